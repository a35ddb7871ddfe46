// Markdown, CSV and W3C Web Annotation JSON.
#include "writers.h"

#include "../model/textcut.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QStringEncoder>
#include <QUuid>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lectern::writers {

namespace {

// Markdown special characters in text from the project are escaped, so a note cannot
// become markup (links, images, HTML).
QString md(QString text)
{
    // Text stays text in CommonMark and its common extensions (GitHub's, pandoc's):
    // emphasis, code, links, images, HTML, entities (&amp;), tables, strike-through (~~),
    // math ($), citations (@), super- and subscripts (^ ~), braces; and, at the start of
    // the line, list markers and headings ("4. marts 2026", "- x", "+ x", "= x"); autolinks
    // ("https://", "www."). A backslash before ASCII punctuation is always a literal.
    static const QString special = QStringLiteral("\\`*_[]<>|#~$@&^{}");
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    QString out;
    bool digitsOnly = true; // so far on the line
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        bool escape = special.contains(c);
        if ((c == QLatin1Char('.') || c == QLatin1Char(')')) && i > 0 && digitsOnly)
            escape = true; // an ordered list's marker
        if (i == 0 && QStringLiteral("-+=").contains(c))
            escape = true; // a bullet, a setext underline
        if (c == QLatin1Char(':') && QStringView(text).mid(i + 1).startsWith(QLatin1String("//")))
            escape = true; // an autolink's scheme
        if (c == QLatin1Char('.') && out.endsWith(QLatin1String("www"), Qt::CaseInsensitive))
            escape = true; // an autolink's www.
        digitsOnly = digitsOnly && c.isDigit();
        if (escape)
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString csvCell(QString text)
{
    // =, +, - and @ start formulas in spreadsheets: a leading apostrophe neutralises them.
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

} // namespace

QString markdown(const Report &report)
{
    QString out = QStringLiteral("# %1\n\n%2\n").arg(md(report.projectName), report.created.toString(Qt::ISODate).left(10));
    for (const ReportArticle &a : report.articles) {
        QStringList meta{a.meta.outlet, a.meta.published.left(10), a.meta.lang};
        meta.removeAll(QString());
        out += QStringLiteral("\n## %1\n\n*%2*\n\n").arg(md(a.meta.title), md(meta.join(QStringLiteral(" · "))));
        if (!a.note.isEmpty())
            out += QStringLiteral("> %1\n\n").arg(md(a.note));
        if (report.scope.text)
            for (const Block &b : a.blocks)
                out += md(a.text.mid(b.start, b.end - b.start)) + QStringLiteral("\n\n");
        if (report.scope.notes && !a.annotations.isEmpty()) {
            int n = 0;
            for (const Annotation &an : a.annotations) {
                QStringList tags;
                for (qint64 t : an.tagIds)
                    tags << md(report.tagName(t));
                out += QStringLiteral("%1. “%2”%3%4\n").arg(++n).arg(md(an.span.quote.simplified()),
                           tags.isEmpty() ? QString() : QStringLiteral(" \\[%1\\]").arg(tags.join(QStringLiteral(", "))),
                           an.note.isEmpty() ? QString() : QStringLiteral(" — ") + md(an.note));
            }
            out += QLatin1Char('\n');
        }
    }
    return out;
}

QByteArray csv(const Report &report, CsvEncoding encoding)
{
    // start and end count code points (as Python and R index strings); start_utf16 and
    // end_utf16 are Lectern's own offsets, for `lectern annotate` and the like.
    QStringList lines{QStringLiteral("type,article,outlet,quote,tags,note,start,end,details,start_utf16,end_utf16")};
    for (const ReportArticle &a : report.articles) {
        auto row = [&](const QString &type, const QString &quote, const QString &tags, const QString &note, int start,
                       int end, const QString &details) {
            auto points = [&](int utf16) { return utf16 < 0 ? QString::number(utf16) : QString::number(textcut::codePoints(a.text, utf16)); };
            lines << QStringList{csvCell(type), csvCell(a.meta.title), csvCell(a.meta.outlet), csvCell(quote), csvCell(tags),
                                 csvCell(note), points(start), points(end), csvCell(details), QString::number(start),
                                 QString::number(end)}
                         .join(QLatin1Char(','));
        };
        for (const Annotation &an : a.annotations) {
            QStringList tags;
            for (qint64 t : an.tagIds)
                tags << report.tagName(t);
            row(QStringLiteral("annotation"), an.span.quote, tags.join(QStringLiteral("; ")), an.note, an.span.start, an.span.end, QString());
        }
        for (const Link &l : a.links)
            if (l.from.articleId == a.meta.id) // once, from its first end
                row(QStringLiteral("link"), l.from.wholeArticle ? QString() : l.from.span.quote, QString(), l.note,
                    l.from.wholeArticle ? -1 : l.from.span.start, l.from.wholeArticle ? -1 : l.from.span.end,
                    QStringLiteral("%1 %2").arg(l.relation, report.articleTitle(l.to.articleId)));
        for (const Claim &c : a.claims)
            row(QStringLiteral("claim"), c.text, c.kinds.join(QStringLiteral("; ")), c.claimant, c.start, c.end,
                QStringLiteral("%1 %2").arg(c.status).arg(c.score, 0, 'f', 2));
    }
    const QString text = lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
    if (encoding == CsvEncoding::Utf16) {
        QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        return utf16.encode(text);
    }
    QByteArray bytes = text.toUtf8();
    if (encoding == CsvEncoding::Utf8WithBom)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

std::optional<CsvEncoding> csvEncoding(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("utf-8") || n == QLatin1String("utf8"))
        return CsvEncoding::Utf8;
    if (n == QLatin1String("utf-8-bom") || n == QLatin1String("utf8-bom"))
        return CsvEncoding::Utf8WithBom;
    if (n == QLatin1String("utf-16") || n == QLatin1String("utf16"))
        return CsvEncoding::Utf16;
    return std::nullopt;
}

QByteArray webAnnotations(const Report &report)
{
    QJsonArray items;
    for (const ReportArticle &a : report.articles) {
        // The selectors describe Lectern's text of the article, not the web page: the source
        // names that text by its SHA-256 (the same text gives the same name in any project),
        // and the page it came from is its `via`.
        QJsonObject source{{QStringLiteral("id"), QStringLiteral("urn:lectern:text:sha256:%1")
                                                      .arg(QString::fromLatin1(QCryptographicHash::hash(a.text.toUtf8(),
                                                          QCryptographicHash::Sha256).toHex()))},
                           {QStringLiteral("type"), QStringLiteral("Text")},
                           {QStringLiteral("format"), QStringLiteral("text/plain")}};
        if (!a.meta.lang.isEmpty() && a.meta.lang != QLatin1String("und"))
            source.insert(QStringLiteral("language"), a.meta.lang);
        if (!a.meta.url.isEmpty())
            source.insert(QStringLiteral("via"), a.meta.url);
        for (const Annotation &an : a.annotations) {
            QJsonArray bodies;
            if (!an.note.isEmpty())
                bodies.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")},
                                          {QStringLiteral("value"), an.note},
                                          {QStringLiteral("purpose"), QStringLiteral("commenting")},
                                          {QStringLiteral("language"), an.noteLang.isEmpty() ? a.meta.lang : an.noteLang}});
            for (qint64 t : an.tagIds)
                bodies.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")},
                                          {QStringLiteral("value"), report.tagName(t)},
                                          {QStringLiteral("purpose"), QStringLiteral("tagging")}});
            QJsonObject target{
                {QStringLiteral("source"), source},
                {QStringLiteral("selector"), QJsonArray{
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                                {QStringLiteral("exact"), an.span.quote}, {QStringLiteral("prefix"), an.span.prefix},
                                {QStringLiteral("suffix"), an.span.suffix}},
                    // Code points, as the model and every client count (Lectern counts UTF-16).
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                                {QStringLiteral("start"), qint64(textcut::codePoints(a.text, an.span.start))},
                                {QStringLiteral("end"), qint64(textcut::codePoints(a.text, an.span.end))}}}}};
            QJsonObject annotation{{QStringLiteral("id"), QStringLiteral("urn:lectern:annotation:%1").arg(an.id)},
                                   {QStringLiteral("type"), QStringLiteral("Annotation")},
                                   {QStringLiteral("created"), an.created.toString(Qt::ISODate)},
                                   {QStringLiteral("modified"), an.modified.toString(Qt::ISODate)},
                                   {QStringLiteral("target"), target}};
            if (!bodies.isEmpty()) // a highlight without note or tag has no body: never an empty list
                annotation.insert(QStringLiteral("body"), bodies);
            items.append(annotation);
        }
    }
    // One page holds every annotation; the collection and the page are named after the
    // project file, so the same project exports under the same names.
    const QUuid project = QUuid::createUuidV5(QUuid(), QFileInfo(report.projectPath).absoluteFilePath());
    const QString collectionId = QStringLiteral("urn:uuid:") + project.toString(QUuid::WithoutBraces);
    const QString pageId = QStringLiteral("urn:uuid:") + QUuid::createUuidV5(project, QStringLiteral("page 1")).toString(QUuid::WithoutBraces);
    const QJsonObject page{{QStringLiteral("id"), pageId},
                           {QStringLiteral("type"), QStringLiteral("AnnotationPage")},
                           {QStringLiteral("partOf"), collectionId},
                           {QStringLiteral("startIndex"), 0},
                           {QStringLiteral("items"), items}};
    const QJsonObject collection{{QStringLiteral("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld")},
                                 {QStringLiteral("id"), collectionId},
                                 {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
                                 {QStringLiteral("label"), report.projectName},
                                 {QStringLiteral("total"), items.size()},
                                 {QStringLiteral("first"), page}};
    return QJsonDocument(collection).toJson(QJsonDocument::Indented);
}

} // namespace lectern::writers
