#include "editverbs.h"

#include "../project/projectdocument.h"

#include <QCoreApplication>

namespace lectern::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lectern::cli", text);
}

int fail(QTextStream &err, const QString &message, int code = 2)
{
    err << "lectern: " << message << '\n';
    return code;
}

// Positional words and the values of --tag (repeatable), --quote, --note and --relation.
struct Words {
    QStringList positional, tags;
    QString quote, note, relation;
    bool hasQuote = false;
    QString unknown;
};

Words parse(const QStringList &args)
{
    Words w;
    for (qsizetype i = 2; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool valued = a == QLatin1String("--tag") || a == QLatin1String("--quote") || a == QLatin1String("--note")
            || a == QLatin1String("--relation");
        if (valued && i + 1 < args.size()) {
            const QString &value = args[++i];
            if (a == QLatin1String("--tag")) w.tags << value;
            else if (a == QLatin1String("--quote")) { w.quote = value; w.hasQuote = true; }
            else if (a == QLatin1String("--note")) w.note = value;
            else w.relation = value;
        } else if (a.startsWith(QLatin1String("--")) && w.unknown.isEmpty()) {
            w.unknown = a;
        } else {
            w.positional << a;
        }
    }
    return w;
}

bool openProject(ProjectDocument &project, const QString &path, QTextStream &err)
{
    QString error;
    if (project.open(path, &error) && !project.isReadOnly())
        return true;
    fail(err, error.isEmpty() ? tr("%1 is open elsewhere or read-only: nothing was changed.").arg(path) : error);
    return false;
}

// A tag path such as "Figures/Job cuts", each level found by name under its parent or made.
qint64 tagFor(ProjectDocument &project, const QString &path)
{
    qint64 parent = 0;
    for (const QString &raw : path.split(QLatin1Char('/'))) {
        const QString name = raw.trimmed();
        if (name.isEmpty())
            continue;
        qint64 found = 0;
        for (const Tag &t : project.tags())
            if (t.parentId == parent && t.name.compare(name, Qt::CaseInsensitive) == 0)
                found = t.id;
        parent = found ? found : project.createTag(name, QStringLiteral("#f2c94c"), parent);
        if (!parent)
            return 0;
    }
    return parent;
}

// ID, or ID:START:END (UTF-16 offsets, as everywhere in Lectern).
std::optional<LinkEnd> linkEnd(const ProjectDocument &project, const QString &word)
{
    const QStringList parts = word.split(QLatin1Char(':'));
    bool ok = parts.size() == 1 || parts.size() == 3;
    LinkEnd end;
    end.articleId = parts.value(0).toLongLong(&ok) * (ok ? 1 : 0);
    if (!ok || !project.article(end.articleId))
        return std::nullopt;
    if (parts.size() == 3) {
        bool okStart = false, okEnd = false;
        const int start = parts[1].toInt(&okStart), stop = parts[2].toInt(&okEnd);
        const QString text = project.articleText(end.articleId);
        if (!okStart || !okEnd || start < 0 || stop <= start || stop > text.size())
            return std::nullopt;
        end.wholeArticle = false;
        end.span = Span::fromText(text, start, stop);
    }
    return end;
}

} // namespace

int annotate(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Words w = parse(args);
    const QString usage = tr("usage: lectern annotate PROJECT ARTICLE (START END | --quote TEXT) [--tag NAME]... [--note TEXT]");
    if (!w.unknown.isEmpty() || w.positional.size() != (w.hasQuote ? 2 : 4))
        return fail(err, usage);
    ProjectDocument project;
    if (!openProject(project, w.positional[0], err))
        return 2;
    bool ok = false;
    const qint64 article = w.positional[1].toLongLong(&ok);
    if (!ok || !project.article(article))
        return fail(err, tr("No article %1 in %2.").arg(w.positional[1], w.positional[0]), 1);
    const QString text = project.articleText(article);
    int start = 0, end = 0;
    if (w.hasQuote) {
        start = w.quote.isEmpty() ? -1 : int(text.indexOf(w.quote));
        if (start < 0)
            return fail(err, tr("The quote is not in article %1: nothing was changed.").arg(article), 1);
        end = start + int(w.quote.size());
    } else {
        bool okStart = false, okEnd = false;
        start = w.positional[2].toInt(&okStart);
        end = w.positional[3].toInt(&okEnd);
        if (!okStart || !okEnd || start < 0 || end <= start || end > text.size())
            return fail(err, tr("START and END must be offsets in the article's text (0 to %1, START before END).").arg(text.size()), 1);
    }
    QList<qint64> tagIds;
    for (const QString &path : w.tags) {
        const qint64 id = tagFor(project, path);
        if (!id)
            return fail(err, tr("Cannot make the tag %1: nothing was changed.").arg(path), 1);
        tagIds << id;
    }
    const qint64 id = project.addAnnotation(article, start, end, tagIds, w.note);
    if (!id)
        return fail(err, tr("The annotation was not saved."), 1);
    out << tr("annotation %1 in article %2 at %3–%4").arg(id).arg(article).arg(start).arg(end) << '\n';
    return 0;
}

int link(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Words w = parse(args);
    const QString usage = tr("usage: lectern link PROJECT FROM_ID[:START:END] TO_ID[:START:END] --relation NAME [--note TEXT]");
    if (!w.unknown.isEmpty() || w.positional.size() != 3 || w.relation.trimmed().isEmpty())
        return fail(err, usage);
    ProjectDocument project;
    if (!openProject(project, w.positional[0], err))
        return 2;
    const std::optional<LinkEnd> from = linkEnd(project, w.positional[1]), to = linkEnd(project, w.positional[2]);
    if (!from || !to)
        return fail(err, tr("%1 is not an article of the project, or its offsets are outside the text.")
                             .arg(from ? w.positional[2] : w.positional[1]), 1);
    QString key;
    for (const Relation &r : project.relations())
        if (r.key.compare(w.relation, Qt::CaseInsensitive) == 0 || r.name.compare(w.relation, Qt::CaseInsensitive) == 0)
            key = r.key;
    if (key.isEmpty()) {
        if (!project.addRelation(w.relation, true))
            return fail(err, tr("Cannot make the relation %1.").arg(w.relation), 1);
        for (const Relation &r : project.relations())
            if (r.name.compare(w.relation.simplified(), Qt::CaseInsensitive) == 0)
                key = r.key;
        out << tr("new relation: %1").arg(w.relation) << '\n';
    }
    const qint64 id = project.createLink(*from, *to, key, w.note);
    if (!id)
        return fail(err, tr("The link was not saved."), 1);
    out << tr("link %1: %2 → %3").arg(id).arg(w.positional[1], w.positional[2]) << '\n';
    return 0;
}

} // namespace lectern::cli
