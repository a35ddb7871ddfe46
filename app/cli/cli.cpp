#include "cli.h"

#include "../analysis/checkworthiness.h"
#include "../analysis/claimextractor.h"

#include "../analysis/alignment.h"
#include "../ingest/importer.h"
#include "../ingest/localfile.h"
#include "../report/exporter.h"
#include "../ingest/parseddocument.h"
#include "../project/projectdocument.h"
#include "../storage/storageerror.h"
#include "../storage/sqlitefile.h"
#include "editverbs.h"
#include "jsonformat.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMultiHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTextStream>

#include <optional>

namespace lectern::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("lectern::cli", text, disambiguation, n);
}

struct Arguments {
    QStringList positional;
    QStringList flags;
    QMultiHash<QString, QString> values; // --format html, --article 3 (repeatable)
    bool has(const char *flag) const { return flags.contains(QLatin1String(flag)); }
    QStringList all(const char *option) const
    {
        QStringList list = values.values(QLatin1String(option));
        std::reverse(list.begin(), list.end()); // QMultiHash gives the last first
        return list;
    }
};

Arguments parse(const QStringList &args)
{
    static const QStringList withValue = {QStringLiteral("--format"), QStringLiteral("--out"), QStringLiteral("--article"),
                                          QStringLiteral("--tag"), QStringLiteral("--outlet"),
                                          QStringLiteral("--min-score"), QStringLiteral("--encoding")};
    Arguments parsed;
    for (qsizetype i = 2; i < args.size(); ++i) {
        if (withValue.contains(args[i]) && i + 1 < args.size()) {
            parsed.values.insert(args[i], args[i + 1]);
            ++i;
        }
        else if (args[i].startsWith(QLatin1String("--")))
            parsed.flags.append(args[i]);
        else
            parsed.positional.append(args[i]);
    }
    return parsed;
}

void printLine(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
}

int fail(QTextStream &err, const QString &message, int code = 2)
{
    err << "lectern: " << message << '\n';
    return code;
}

// Opens the project named first for reading; on failure says why on err.
bool openForReading(ProjectDocument &project, const Arguments &a, QTextStream &err)
{
    QString error;
    if (project.open(a.positional.first(), &error, true))
        return true;
    fail(err, error);
    return false;
}

int cmdNew(const Arguments &a, QTextStream &out, QTextStream &err)
{
    if (a.positional.size() != 1)
        return fail(err, tr("usage: lectern new PROJECT"));
    ProjectDocument project;
    QString error;
    if (!project.create(a.positional[0], &error))
        return fail(err, error);
    out << tr("Created %1").arg(a.positional[0]) << '\n';
    return 0;
}

int cmdImport(const Arguments &a, QTextStream &out, QTextStream &err)
{
    if (a.positional.size() < 2)
        return fail(err, tr("usage: lectern import PROJECT (PATH | FILE.qdpx)..."));
    ProjectDocument project;
    QString error;
    if (!project.open(a.positional[0], &error))
        return fail(err, error);
    // REFI-QDA projects by their own importer, everything else as articles.
    QStringList files;
    int failed = 0, imported = 0, duplicates = 0, skipped = 0;
    for (const QString &path : a.positional.mid(1)) {
        if (!path.endsWith(QLatin1String(".qdpx"), Qt::CaseInsensitive)) {
            files << path;
            continue;
        }
        QdpxOutcome qdpx;
        if (!project.importQdpx(path, &qdpx, &error)) {
            ++failed;
            err << "lectern: " << error << '\n';
            continue;
        }
        imported += int(qdpx.ids.size());
        duplicates += qdpx.reused;
        out << tr("imported %1: %2 articles (%3 already here), %4 tags, %5 annotations, %6 links")
                   .arg(localfile::display(path)).arg(int(qdpx.ids.size())).arg(qdpx.reused).arg(qdpx.tags).arg(qdpx.annotations)
                   .arg(qdpx.links) << '\n';
        for (const QString &warning : std::as_const(qdpx.warnings))
            out << tr("note: %1").arg(warning) << '\n';
    }
    const QList<ImportOutcome> outcomes = files.isEmpty() ? QList<ImportOutcome>() : project.importFiles(files);
    for (const ImportOutcome &o : outcomes) {
        const QString path = localfile::display(o.path);
        switch (o.status) {
        case ImportOutcome::Status::Imported:
            ++imported;
            out << tr("imported %1 [%2] %3 (%4)").arg(o.articleId).arg(o.lang, o.title, path) << '\n';
            break;
        case ImportOutcome::Status::Duplicate:
            ++duplicates;
            out << tr("skipped %1: %2").arg(path, o.reason) << '\n';
            break;
        case ImportOutcome::Status::Skipped:
            ++skipped;
            out << tr("skipped %1: %2").arg(path, o.reason) << '\n';
            break;
        case ImportOutcome::Status::Failed:
            ++failed;
            err << "lectern: " << path << ": " << o.reason << '\n';
            break;
        }
    }
    out << tr("%1 imported, %2 duplicates skipped, %3 other files skipped, %4 failed")
               .arg(imported).arg(duplicates).arg(skipped).arg(failed) << '\n';
    return failed ? 1 : 0;
}

int cmdList(const Arguments &a, QTextStream &out, QTextStream &err)
{
    if (a.positional.size() != 1)
        return fail(err, tr("usage: lectern list PROJECT [--json]"));
    ProjectDocument project;
    if (!openForReading(project, a, err))
        return 2;
    const bool json = a.has("--json");
    // Page through the list so a large project is never held in memory at once.
    constexpr int page = 1000;
    for (int offset = 0;; offset += page) {
        const QList<ArticleMeta> articles = project.articles(page, offset);
        for (const ArticleMeta &m : articles) {
            if (json)
                printLine(out, json::article(m));
            else
                out << QStringLiteral("%1\t%2\t%3\t%4\t%5").arg(m.id).arg(m.lang, m.published.left(10),
                                                                        m.outlet, m.title) << '\n';
        }
        if (articles.size() < page)
            break;
    }
    return 0;
}

int cmdShow(const Arguments &a, QTextStream &out, QTextStream &err)
{
    bool ok = false;
    const qint64 id = a.positional.value(1).toLongLong(&ok);
    if (a.positional.size() != 2 || !ok)
        return fail(err, tr("usage: lectern show PROJECT ID [--text | --json]"));
    ProjectDocument project;
    if (!openForReading(project, a, err))
        return 2;
    const auto meta = project.article(id);
    if (!meta)
        return fail(err, tr("%1 has no article %2").arg(a.positional[0]).arg(id));
    const QString text = project.articleText(id);
    if (a.has("--json")) {
        printLine(out, json::articleWithText(*meta, text, project.articleBlocks(id)));
    } else if (a.has("--text")) {
        out << text << '\n';
    } else {
        out << meta->title << '\n';
        const QStringList details = {meta->byline, meta->outlet, meta->published, meta->lang,
                                     meta->fileName};
        QStringList present;
        for (const QString &d : details)
            if (!d.isEmpty())
                present << d;
        out << present.join(QStringLiteral(" · ")) << "\n\n" << text << '\n';
    }
    return 0;
}

int cmdSearch(const Arguments &a, QTextStream &out, QTextStream &err)
{
    if (a.positional.size() < 2)
        return fail(err, tr("usage: lectern search PROJECT QUERY [--json]"));
    ProjectDocument project;
    if (!openForReading(project, a, err))
        return 2;
    const SearchResults results = project.search(a.positional.mid(1).join(QLatin1Char(' ')), 100);
    for (const SearchHit &hit : results.hits) {
        if (a.has("--json")) {
            printLine(out, json::searchHit(hit));
        } else {
            QString marked = hit.snippet;
            for (auto it = hit.marks.crbegin(); it != hit.marks.crend(); ++it)
                marked.insert(it->second, QLatin1Char(']')).insert(it->first, QLatin1Char('['));
            out << hit.article.id << '\t' << hit.article.title << "\n\t" << marked << '\n';
        }
    }
    if (!a.has("--json"))
        out << tr("%n article(s) found", nullptr, results.total) << '\n';
    return 0;
}

// The article ids given after the project path; an id that is not a number or not an
// article of the project is named on err, and nullopt comes back.
std::optional<QList<qint64>> articleIds(const Arguments &a, const ProjectDocument &project, QTextStream &err)
{
    QList<qint64> ids;
    bool good = true;
    for (const QString &id : a.positional.mid(1)) {
        bool ok = false;
        const qint64 value = id.toLongLong(&ok);
        if (!ok || !project.article(value)) {
            err << "lectern: " << tr("%1 has no article %2").arg(a.positional.first(), id) << '\n';
            good = false;
        }
        ids << value;
    }
    if (!good)
        return std::nullopt;
    return ids;
}

void printClaims(QTextStream &out, qint64 article, const QList<Claim> &claims, bool json)
{
    for (const Claim &c : claims) {
        if (json) {
            printLine(out, json::claim(article, c));
            continue;
        }
        QStringList figures;
        for (const Quantity &q : c.quantities)
            figures << QStringLiteral("%1=%2 %3%4").arg(q.text).arg(q.value, 0, 'g', 12).arg(q.unit,
                           q.bound == QLatin1String("exact") ? QString() : QStringLiteral(" (%1)").arg(q.bound));
        out << article << ':' << c.start << '-' << c.end << " [" << c.kinds.join(QLatin1Char(',')) << "] "
            << QString::number(c.score, 'f', 2)
            << (c.claimant.isEmpty() ? QString() : QStringLiteral(" <%1>").arg(c.claimant)) << '\n'
            << "    " << c.text << '\n';
        if (!figures.isEmpty())
            out << "    " << figures.join(QStringLiteral("; ")) << '\n';
    }
}

// What the reader highlights (highlights()), or with --all every candidate.
QList<Claim> highlighted(QList<Claim> claims, int sentences, double threshold, bool all)
{
    for (Claim &c : claims)
        c.score = std::round(c.score * 1000) / 1000;
    if (all)
        return claims;
    const QList<bool> shown = highlights(claims, sentences, threshold);
    QList<Claim> result;
    for (qsizetype i = 0; i < claims.size(); ++i)
        if (shown[i])
            result.append(claims[i]);
    return result;
}

int cmdClaims(const Arguments &a, QTextStream &out, QTextStream &err)
{
    if (a.positional.isEmpty())
        return fail(err, tr("usage: lectern claims (PROJECT [ID...] | FILE...) [--min-score S | --all] [--json]"));
    const bool json = a.has("--json");
    double threshold = CheckWorthinessModel::shipped().threshold;
    if (a.values.contains(QStringLiteral("--min-score"))) {
        bool ok = false;
        threshold = a.values.value(QStringLiteral("--min-score")).toDouble(&ok);
        if (!ok || threshold < 0 || threshold > 1)
            return fail(err, tr("--min-score takes a number from 0 to 1, not “%1”").arg(a.values.value(QStringLiteral("--min-score"))));
    }
    const bool all = a.has("--all");
    const sqlite::FileHeader header = sqlite::readHeader(a.positional.first());
    if (a.has("--find-again")) {
        // After a lexicon change: every article's claims found again, decisions kept.
        ProjectDocument project;
        QString error;
        if (!project.open(a.positional.first(), &error))
            return fail(err, error);
        if (project.isReadOnly())
            return fail(err, tr("%1 is open in another program; its claims cannot be found again now").arg(a.positional.first()));
        QElapsedTimer clock;
        clock.start();
        const int done = project.findAllClaimsAgain([&err, &clock, shown = qint64(-1000)](int n, int total) mutable {
            if (clock.elapsed() - shown >= 1000 || n == total) {
                shown = clock.elapsed();
                err << tr("Finding claims again: %1 of %2 articles").arg(n).arg(total) << '\n';
                err.flush();
            }
        });
        if (done < 0)
            return fail(err, project.lastError(), 1);
        out << tr("Claims found again in %n article(s).", "", done) << '\n';
        return 0;
    }
    if (header.kind == sqlite::FileHeader::Kind::Sqlite) {
        ProjectDocument project;
        if (!openForReading(project, a, err))
            return 2;
        const auto given = articleIds(a, project, err);
        if (!given)
            return 1;
        QList<qint64> ids = *given;
        if (ids.isEmpty())
            for (const ArticleMeta &m : project.articles())
                ids << m.id;
        // The scores the reader shows: adapted to the analyst's decisions in this project.
        project.waitForClaimRanking();
        for (qint64 id : std::as_const(ids))
            printClaims(out, id, highlighted(project.withAnalystScores(project.claims(id)), project.sentenceCount(id), threshold, all),
                        json);
        return 0;
    }
    // Files: each is read as an import would read it, nothing is stored.
    int failed = 0;
    for (int i = 0; i < a.positional.size(); ++i) {
        try {
            const NewArticle article = importer::prepareFile(a.positional[i]);
            const int sentences = int(sentenceSpans(article.content.text, article.content.meta.lang, article.content.blocks).size());
            printClaims(out, i, highlighted(article.claims, sentences, threshold, all), json);
        } catch (const ImportError &e) {
            err << "lectern: " << localfile::display(a.positional[i]) << ": " << e.reason() << '\n';
            ++failed;
        }
    }
    return failed ? 1 : 0;
}

int cmdCompare(const Arguments &a, QTextStream &out, QTextStream &err)
{
    if (a.positional.isEmpty())
        return fail(err, tr("usage: lectern compare PROJECT [ID...] [--json]"));
    ProjectDocument project;
    if (!openForReading(project, a, err))
        return 2;
    const auto ids = articleIds(a, project, err);
    if (!ids)
        return 1;
    const QList<AlignedGroup> groups = project.compare(*ids);
    for (const AlignedGroup &g : groups) {
        if (a.has("--json")) {
            printLine(out, json::alignedGroup(g));
            continue;
        }
        out << g.verdict << '\t' << g.why << '\n';
        for (const AlignedFigure &m : g.members)
            out << "    " << m.articleId << ' ' << (m.source.isEmpty() ? QStringLiteral("-") : m.source) << " [" << m.lang
                << "] " << m.quantity.text << '\n';
    }
    return 0;
}

int cmdExport(const Arguments &a, QTextStream &out, QTextStream &err)
{
    const QString format = exporter::normalFormat(a.values.value(QStringLiteral("--format")));
    const QString path = a.values.value(QStringLiteral("--out"));
    if (a.positional.size() != 1 || format.isEmpty() || path.isEmpty())
        return fail(err, tr("usage: lectern export PROJECT --format html|pdf|odt|md|csv|json|qdpx --out PATH [--article ID]... [--tag NAME]..."));
    ProjectDocument project;
    if (!openForReading(project, a, err))
        return 2;
    ReportScope scope;
    for (const QString &id : a.all("--article")) {
        bool ok = false;
        const qint64 article = id.toLongLong(&ok);
        if (!ok || !project.article(article))
            return fail(err, tr("%1 has no article %2").arg(a.positional.first(), id));
        scope.articleIds << article;
    }
    scope.tags = a.all("--tag");
    scope.outlets = a.all("--outlet");
    writers::CsvEncoding encoding = a.has("--bom") ? writers::CsvEncoding::Utf8WithBom : writers::CsvEncoding::Utf8;
    if (const QString name = a.values.value(QStringLiteral("--encoding")); !name.isEmpty()) {
        const std::optional<writers::CsvEncoding> chosen = writers::csvEncoding(name);
        if (!chosen)
            return fail(err, tr("Unknown encoding %1: choose utf-8, utf-8-bom or utf-16.").arg(name));
        encoding = *chosen;
    }
    QStringList warnings;
    QString error;
    if (!exporter::exportReport(project, format, path, scope, &error, encoding, &warnings))
        return fail(err, error);
    for (const QString &warning : std::as_const(warnings))
        err << "lectern: " << warning << '\n';
    if (path != QLatin1String("-")) // standard output carries the export itself
        out << tr("Wrote %1").arg(path) << '\n';
    return 0;
}

} // namespace

bool isVerb(const QStringList &args)
{
    static const QStringList verbs = {QStringLiteral("new"), QStringLiteral("import"),
                                      QStringLiteral("list"), QStringLiteral("show"),
                                      QStringLiteral("search"), QStringLiteral("claims"),
                                      QStringLiteral("compare"), QStringLiteral("export"),
                                      QStringLiteral("annotate"), QStringLiteral("link")};
    return args.size() > 1 && verbs.contains(args[1]);
}

QString usage()
{
    // The command syntax is the same in every language; only the words around it are not.
    return tr("usage:") + QStringLiteral(
        " lectern [PROJECT]\n"
        "       lectern new PROJECT\n"
        "       lectern import PROJECT (PATH | FILE.qdpx)...\n"
        "       lectern list PROJECT [--json]\n"
        "       lectern show PROJECT ID [--text | --json]\n"
        "       lectern search PROJECT QUERY [--json]\n"
        "       lectern claims (PROJECT [ID...] | FILE...) [--min-score S | --all] [--json]\n"
        "       lectern claims PROJECT --find-again\n"
        "       lectern compare PROJECT [ID...] [--json]\n"
        "       lectern export PROJECT --format html|pdf|odt|md|csv|json|qdpx --out PATH\n"
        "                      [--article ID]... [--tag NAME]... [--outlet NAME]...\n"
        "                      [--bom | --encoding utf-8|utf-8-bom|utf-16]\n"
        "       lectern annotate PROJECT ARTICLE (START END | --quote TEXT) [--tag NAME]... [--note TEXT]\n"
        "       lectern link PROJECT FROM_ID[:START:END] TO_ID[:START:END] --relation NAME [--note TEXT]\n")
        + tr("With no command, or a project only, the window opens.") + QLatin1Char('\n');
}

static int runVerb(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Arguments parsed = parse(args);
    const QString verb = args.value(1);
    if (verb == QLatin1String("new")) return cmdNew(parsed, out, err);
    if (verb == QLatin1String("import")) return cmdImport(parsed, out, err);
    if (verb == QLatin1String("list")) return cmdList(parsed, out, err);
    if (verb == QLatin1String("show")) return cmdShow(parsed, out, err);
    if (verb == QLatin1String("search")) return cmdSearch(parsed, out, err);
    if (verb == QLatin1String("claims")) return cmdClaims(parsed, out, err);
    if (verb == QLatin1String("compare")) return cmdCompare(parsed, out, err);
    if (verb == QLatin1String("export")) return cmdExport(parsed, out, err);
    if (verb == QLatin1String("annotate")) return annotate(args, out, err);
    if (verb == QLatin1String("link")) return link(args, out, err);
    err << usage();
    return 2;
}

int run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    // A project that turns out damaged half-way, or a disk that fills up, ends the verb
    // with the message and status 1, never with a crash.
    try {
        return runVerb(args, out, err);
    } catch (const StorageError &e) {
        out.flush();
        err << QStringLiteral("lectern: %1\n").arg(e.message());
        return 1;
    }
}

} // namespace lectern::cli
