// Importing a REFI-QDA project (.qdpx) into a Lectern project, in one transaction.
#include "projectdocument.h"

#include "../ingest/importer.h"
#include "../ingest/localfile.h"
#include "../model/textcut.h"
#include "../report/qdpxreader.h"
#include "../storage/annotationrepository.h"
#include "../storage/articlerepository.h"
#include "../storage/database.h"
#include "../storage/linkrepository.h"
#include "../storage/storageerror.h"

#include <QCoreApplication>
#include <QUndoStack>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace lectern {

namespace {

// "Figures (Economy)" under Economy is "Figures": the name a unique-name export gave it.
QString plainName(const qdpx::Code &code, const QHash<QString, QString> &names)
{
    const QString parent = names.value(code.parent);
    if (!parent.isEmpty()) {
        const QRegularExpression suffix(QStringLiteral("^(.+) \\(%1(?: \\d+)?\\)$").arg(QRegularExpression::escape(parent)));
        if (const auto m = suffix.match(code.name); m.hasMatch())
            return m.captured(1);
    }
    return code.name.trimmed().isEmpty() ? QCoreApplication::translate("lectern::qdpx", "Unnamed code") : code.name.trimmed();
}

QString color(const QString &refi)
{
    static const QRegularExpression rgb(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    return rgb.match(refi).hasMatch() ? refi.toLower() : QStringLiteral("#f2c94c");
}

struct Importer {
    Database &db;
    const qdpx::Project &project;
    QdpxOutcome &outcome;
    QHash<QString, qint64> tags;                  // code guid → tag id
    QHash<QString, qint64> articles;              // source guid → article id
    QHash<QString, QString> texts;                // source guid → the article's text
    QHash<QString, std::pair<QString, Span>> ends; // selection guid → (source guid, span)
    QSet<QString> linked;                         // what links point to

    QString notesText(const QStringList &guids, const QString &description) const
    {
        QStringList parts;
        if (!description.trimmed().isEmpty())
            parts << description.trimmed();
        for (const QString &g : guids)
            if (const QString text = project.notes.value(g).text.trimmed(); !text.isEmpty() && !parts.contains(text))
                parts << text;
        return parts.join(QStringLiteral("\n\n"));
    }

    void codebook()
    {
        AnnotationRepository repo(db);
        QHash<QString, QString> names;
        for (const qdpx::Code &c : project.codes)
            names.insert(c.guid, c.name);
        const QList<Tag> existing = repo.tags();
        for (const qdpx::Code &c : project.codes) {
            Tag tag;
            tag.name = plainName(c, names);
            tag.parentId = tags.value(c.parent);
            tag.color = color(c.color);
            tag.description = c.description;
            const auto same = std::find_if(existing.begin(), existing.end(), [&](const Tag &t) {
                return t.parentId == tag.parentId && t.name.compare(tag.name, Qt::CaseInsensitive) == 0;
            });
            if (same != existing.end()) {
                tags.insert(c.guid, same->id);
                continue;
            }
            tags.insert(c.guid, repo.saveTag(tag));
            ++outcome.tags;
        }
    }

    QList<qint64> tagIds(const QStringList &codes) const
    {
        QList<qint64> ids;
        for (const QString &c : codes)
            if (tags.contains(c) && !ids.contains(tags.value(c)))
                ids << tags.value(c);
        return ids;
    }

    void source(const qdpx::Source &s, const QString &fileName)
    {
        if (s.text.trimmed().isEmpty())
            return; // named in the reader's warnings
        const QString text = QString(s.text).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        const QString outlet = s.variables.value(QStringLiteral("Outlet"), s.cases.size() == 1 ? s.cases.first() : QString());
        ParsedDocument meta;
        meta.title = s.name;
        meta.outlet = outlet;
        meta.byline = s.variables.value(QStringLiteral("Byline"));
        meta.published = s.variables.value(QStringLiteral("Published"));
        meta.url = s.variables.value(QStringLiteral("URL"));
        meta.langHint = s.variables.value(QStringLiteral("Language"));
        const NewArticle article = importer::prepareText(text, meta, fileName);
        ArticleRepository repo(db);
        qint64 id = repo.findBySha256(article.sha256);
        if (id)
            ++outcome.reused;
        else {
            id = repo.insert(article);
            outcome.ids << id;
        }
        articles.insert(s.guid, id);
        texts.insert(s.guid, text);
        // Positions count code points in the text as the file has it; a CR of a CRLF is gone.
        const auto at = [&](qint64 points) {
            const qsizetype raw = textcut::utf16Offset(s.text, points);
            return int(raw - QStringView(s.text).left(raw).count(QStringLiteral("\r\n")));
        };
        AnnotationRepository notes(db);
        const QList<Annotation> present = notes.annotations(id);
        for (const qdpx::Selection &sel : s.selections) {
            const int start = at(sel.start), end = at(sel.end);
            if (end <= start) {
                outcome.warnings << QCoreApplication::translate("lectern::qdpx", "A selection in %1 is empty or outside the text (%2–%3): left out.").arg(s.name).arg(sel.start).arg(sel.end);
                continue;
            }
            const Span span = Span::fromText(text, start, end);
            ends.insert(sel.guid, {s.guid, span});
            Annotation a;
            a.articleId = id;
            a.span = span;
            a.tagIds = tagIds(sel.codes);
            a.note = notesText(sel.notes, sel.description);
            a.created = a.modified = QDateTime::currentDateTimeUtc();
            if (a.tagIds.isEmpty() && a.note.isEmpty() && linked.contains(sel.guid))
                continue; // a bare selection a link points to: the link's end, not an annotation
            const bool already = std::any_of(present.begin(), present.end(), [&](const Annotation &p) {
                return p.span.start == span.start && p.span.end == span.end && p.tagIds == a.tagIds && p.note == a.note;
            });
            if (!already) {
                notes.saveAnnotation(a);
                ++outcome.annotations;
            }
        }
        QList<qint64> whole = notes.articleTags(id);
        for (qint64 t : tagIds(s.codes))
            if (!whole.contains(t))
                whole << t;
        notes.setArticleTags(id, whole);
        const QString note = notesText(s.notes, s.description);
        if (!note.isEmpty() && notes.articleNote(id).first.isEmpty())
            notes.setArticleNote(id, note, {});
    }

    LinkEnd end(const QString &guid) const
    {
        LinkEnd e;
        if (articles.contains(guid)) {
            e.articleId = articles.value(guid);
        } else if (ends.contains(guid)) {
            const auto &[source, span] = ends.value(guid);
            e.articleId = articles.value(source);
            e.wholeArticle = false;
            e.span = span;
        }
        return e;
    }

    void links()
    {
        LinkRepository repo(db);
        QList<Relation> relations = repo.relations();
        const QList<Link> present = repo.links();
        for (const qdpx::LinkRecord &l : project.links) {
            const LinkEnd from = end(l.origin), to = end(l.target);
            if (!from.articleId || !to.articleId) {
                outcome.warnings << QCoreApplication::translate("lectern::qdpx", "Link %1 joins something Lectern did not import (a code or a picture): left out.").arg(l.name);
                continue;
            }
            const QString name = l.name.trimmed().isEmpty() ? QStringLiteral("related") : l.name.trimmed();
            auto relation = std::find_if(relations.begin(), relations.end(), [&](const Relation &r) {
                return r.name.compare(name, Qt::CaseInsensitive) == 0 || r.key.compare(name, Qt::CaseInsensitive) == 0;
            });
            if (relation == relations.end()) {
                Relation r;
                r.name = name;
                r.key = name.toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
                r.directed = l.direction != QLatin1String("Associative");
                r.id = repo.saveRelation(r);
                relations.append(r);
                relation = relations.end() - 1;
            }
            Link link;
            link.relation = relation->key;
            link.from = from;
            link.to = to;
            link.note = notesText(l.notes, {});
            const bool already = std::any_of(present.begin(), present.end(), [&](const Link &p) {
                return p.relation == link.relation && p.from.articleId == from.articleId && p.to.articleId == to.articleId
                    && p.from.span.start == from.span.start && p.to.span.start == to.span.start;
            });
            if (!already) {
                repo.save(link);
                ++outcome.links;
            }
        }
    }
};

} // namespace

bool ProjectDocument::importQdpx(const QString &path, QdpxOutcome *outcome, QString *error)
{
    auto fail = [&](const QString &reason) {
        if (error)
            *error = QCoreApplication::translate("lectern::qdpx", "Cannot import %1: %2").arg(path, reason);
        return false;
    };
    if (isReadOnly())
        return fail(QCoreApplication::translate("lectern::qdpx", "the project is open read-only"));
    QByteArray bytes;
    try {
        bytes = localfile::readRegular(path, importer::MaxFileSize * 4);
    } catch (const ImportError &e) {
        return fail(e.reason());
    }
    QdpxOutcome result;
    const std::optional<qdpx::Project> project = qdpx::read(bytes, &result.warnings, error);
    if (!project)
        return fail(error ? *error : QString());
    try {
        Transaction transaction(*m_db);
        Importer importer{*m_db, *project, result, {}, {}, {}, {}, {}};
        for (const qdpx::LinkRecord &l : project->links)
            importer.linked << l.origin << l.target;
        importer.codebook();
        const QString name = localfile::display(QFileInfo(path).fileName());
        for (const qdpx::Source &s : project->sources)
            importer.source(s, name);
        importer.links();
        transaction.commit();
    } catch (const StorageError &e) {
        return fail(e.message()); // rolled back: the project is as it was
    } catch (const ImportError &e) {
        return fail(e.reason());
    }
    if (project->users.size() > 1)
        result.warnings << QCoreApplication::translate("lectern::qdpx", "The file names %n coder(s); Lectern keeps their codings, not yet who made them: %1.", nullptr, int(project->users.size())).arg(project->users.join(QStringLiteral(", ")));
    // Not one undo step: an import into articles already here cannot be taken back apart.
    m_undoStack->clear();
    emit articlesChanged();
    emit tagsChanged();
    emit annotationsChanged(0);
    emit articleTagsChanged(0);
    emit linksChanged();
    if (outcome)
        *outcome = result;
    return true;
}

} // namespace lectern
