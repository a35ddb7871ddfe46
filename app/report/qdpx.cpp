#include "qdpx.h"
#include "../model/textcut.h"
#include "ziparchive.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>
#include <QUuid>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <functional>

namespace lectern::qdpx {

namespace {

// Stable GUIDs from Lectern ids, so exporting twice gives the same file.
QString guid(const QString &kind, qint64 id)
{
    const QByteArray hash = QCryptographicHash::hash(QStringLiteral("lectern:%1:%2").arg(kind).arg(id).toUtf8(),
                                                     QCryptographicHash::Sha1);
    return QUuid::fromRfc4122(hash.left(16)).toString(QUuid::WithoutBraces);
}

} // namespace

QByteArray write(const Report &report, QStringList *warnings, QString *error)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    const QString user = guid(QStringLiteral("user"), 1);
    const QString now = report.created.toUTC().toString(Qt::ISODate);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("Project"));
    w.writeDefaultNamespace(QStringLiteral("urn:QDA-XML:project:1.0"));
    w.writeAttribute(QStringLiteral("name"), report.projectName);
    w.writeAttribute(QStringLiteral("origin"), QStringLiteral("Lectern " LECTERN_VERSION));
    w.writeAttribute(QStringLiteral("creationDateTime"), now);
    w.writeStartElement(QStringLiteral("Users"));
    w.writeEmptyElement(QStringLiteral("User"));
    w.writeAttribute(QStringLiteral("guid"), user);
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("Lectern"));
    w.writeEndElement();
    // The codebook, nested as the tags are (the schema wants at least one code, if any).
    if (!report.tags.isEmpty()) {
    w.writeStartElement(QStringLiteral("CodeBook"));
    w.writeStartElement(QStringLiteral("Codes"));
    std::function<void(qint64)> codes = [&](qint64 parent) {
        for (const Tag &t : report.tags) {
            if (t.parentId != parent)
                continue;
            w.writeStartElement(QStringLiteral("Code"));
            w.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("tag"), t.id));
            w.writeAttribute(QStringLiteral("name"), t.name);
            w.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("true"));
            w.writeAttribute(QStringLiteral("color"), t.color.toUpper());
            if (!t.description.isEmpty())
                w.writeTextElement(QStringLiteral("Description"), t.description);
            codes(t.id);
            w.writeEndElement();
        }
    };
    codes(0);
    w.writeEndElement();
    w.writeEndElement();
    }
    QList<ziparchive::Entry> files;
    w.writeStartElement(QStringLiteral("Sources"));
    int skippedClaims = 0;
    for (const ReportArticle &a : report.articles) {
        const QString source = guid(QStringLiteral("article"), a.meta.id);
        files.append({QStringLiteral("sources/%1.txt").arg(source), a.text.toUtf8()});
        w.writeStartElement(QStringLiteral("TextSource"));
        w.writeAttribute(QStringLiteral("guid"), source);
        w.writeAttribute(QStringLiteral("name"), a.meta.title);
        w.writeAttribute(QStringLiteral("plainTextPath"), QStringLiteral("internal://%1.txt").arg(source));
        w.writeAttribute(QStringLiteral("creatingUser"), user);
        w.writeAttribute(QStringLiteral("creationDateTime"), a.meta.importedAt.toUTC().toString(Qt::ISODate));
        if (!a.note.isEmpty())
            w.writeTextElement(QStringLiteral("Description"), a.note);
        for (const Annotation &an : a.annotations) {
            w.writeStartElement(QStringLiteral("PlainTextSelection"));
            w.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("annotation"), an.id));
            w.writeAttribute(QStringLiteral("name"), textcut::head(an.span.quote.simplified(), 80));
            w.writeAttribute(QStringLiteral("startPosition"), QString::number(textcut::codePoints(a.text, an.span.start)));
            w.writeAttribute(QStringLiteral("endPosition"), QString::number(textcut::codePoints(a.text, an.span.end)));
            w.writeAttribute(QStringLiteral("creatingUser"), user);
            w.writeAttribute(QStringLiteral("creationDateTime"), an.created.toUTC().toString(Qt::ISODate));
            if (!an.note.isEmpty())
                w.writeTextElement(QStringLiteral("Description"), an.note);
            for (qint64 t : an.tagIds) {
                w.writeStartElement(QStringLiteral("Coding"));
                w.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("coding"), an.id * 100000 + t));
                w.writeAttribute(QStringLiteral("creatingUser"), user);
                w.writeAttribute(QStringLiteral("creationDateTime"), an.created.toUTC().toString(Qt::ISODate));
                w.writeEmptyElement(QStringLiteral("CodeRef"));
                w.writeAttribute(QStringLiteral("targetGUID"), guid(QStringLiteral("tag"), t));
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        skippedClaims += int(a.claims.size());
        w.writeEndElement();
    }
    w.writeEndElement();
    // Links between whole sources or between selections that are annotations.
    QStringList annotated;
    for (const ReportArticle &a : report.articles)
        for (const Annotation &an : a.annotations)
            annotated << QStringLiteral("%1:%2:%3").arg(a.meta.id).arg(an.span.start).arg(an.span.end);
    auto endGuid = [&](const LinkEnd &end) -> QString {
        if (end.wholeArticle)
            return guid(QStringLiteral("article"), end.articleId);
        for (const ReportArticle &a : report.articles)
            if (a.meta.id == end.articleId)
                for (const Annotation &an : a.annotations)
                    if (an.span.start == end.span.start && an.span.end == end.span.end)
                        return guid(QStringLiteral("annotation"), an.id);
        return guid(QStringLiteral("article"), end.articleId); // a passage REFI-QDA cannot hold: its source
    };
    QSet<qint64> written;
    int approximated = 0;
    bool anyLink = false;
    for (const ReportArticle &a : report.articles) {
        for (const Link &l : a.links) {
            if (written.contains(l.id) || report.articleTitle(l.to.articleId).isEmpty() || report.articleTitle(l.from.articleId).isEmpty())
                continue;
            written.insert(l.id);
            if (!anyLink)
                w.writeStartElement(QStringLiteral("Links"));
            anyLink = true;
            if ((!l.from.wholeArticle && endGuid(l.from) == guid(QStringLiteral("article"), l.from.articleId))
                || (!l.to.wholeArticle && endGuid(l.to) == guid(QStringLiteral("article"), l.to.articleId)))
                ++approximated;
            w.writeEmptyElement(QStringLiteral("Link"));
            w.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("link"), l.id));
            w.writeAttribute(QStringLiteral("name"), l.relation);
            w.writeAttribute(QStringLiteral("direction"), l.relation == QLatin1String("contradicts") || l.relation == QLatin1String("same_claim")
                                                              ? QStringLiteral("Associative") : QStringLiteral("OneWay"));
            w.writeAttribute(QStringLiteral("originGUID"), endGuid(l.from));
            w.writeAttribute(QStringLiteral("targetGUID"), endGuid(l.to));
        }
    }
    if (anyLink)
        w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    if (warnings) {
        if (skippedClaims)
            warnings->append(QCoreApplication::translate("Export", "%n claim(s) are not carried over: REFI-QDA has no claims.", nullptr, skippedClaims));
        if (approximated)
            warnings->append(QCoreApplication::translate("Export", "%n link(s) to passages that are not annotations now link whole sources.", nullptr, approximated));
    }
    QXmlStreamReader check(xml);
    while (!check.atEnd())
        check.readNext();
    if (w.hasError() || check.hasError()) {
        if (error)
            *error = QCoreApplication::translate("Export", "the REFI-QDA project came out malformed (%1)")
                         .arg(check.hasError() ? check.errorString() : QStringLiteral("write error"));
        return {};
    }
    files.prepend({QStringLiteral("project.qde"), xml});
    return ziparchive::write(files, error);
}

} // namespace lectern::qdpx
