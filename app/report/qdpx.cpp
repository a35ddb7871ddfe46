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

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("lectern::qdpx", text, disambiguation, n);
}

// Stable GUIDs from Lectern ids, so exporting twice gives the same file.
QString guid(const QString &kind, qint64 id, const QString &more = {})
{
    const QByteArray hash = QCryptographicHash::hash(QStringLiteral("lectern:%1:%2%3").arg(kind).arg(id).arg(more).toUtf8(),
                                                     QCryptographicHash::Sha1);
    return QUuid::fromRfc4122(hash.left(16)).toString(QUuid::WithoutBraces);
}

QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// The variables every article carries, as REFI-QDA text variables.
struct Variable {
    const char *name;
    QString (*value)(const ArticleMeta &);
};
const Variable variables[] = {
    {"Outlet", [](const ArticleMeta &m) { return m.outlet; }},
    {"Byline", [](const ArticleMeta &m) { return m.byline; }},
    {"Published", [](const ArticleMeta &m) { return m.published; }},
    {"URL", [](const ArticleMeta &m) { return m.url; }},
    {"Language", [](const ArticleMeta &m) { return m.lang == QLatin1String("und") ? QString() : m.lang; }},
};

class Writer
{
public:
    Writer(const Report &report, QByteArray &xml) : m_report(report), m_w(&xml)
    {
        m_w.setAutoFormatting(true);
        uniqueNames();
        for (const ReportArticle &a : report.articles)
            for (const Link &l : a.links)
                if (!m_links.contains(l.id) && !report.articleTitle(l.from.articleId).isEmpty()
                    && !report.articleTitle(l.to.articleId).isEmpty())
                    m_links.insert(l.id, l);
    }

    void write()
    {
        m_w.writeStartDocument();
        m_w.writeStartElement(QStringLiteral("Project"));
        m_w.writeDefaultNamespace(QStringLiteral("urn:QDA-XML:project:1.0"));
        m_w.writeAttribute(QStringLiteral("name"), m_report.projectName);
        m_w.writeAttribute(QStringLiteral("origin"), QStringLiteral("Lectern " LECTERN_VERSION));
        m_w.writeAttribute(QStringLiteral("creatingUserGUID"), m_user);
        m_w.writeAttribute(QStringLiteral("creationDateTime"), stamp(m_report.created));
        m_w.writeStartElement(QStringLiteral("Users"));
        m_w.writeEmptyElement(QStringLiteral("User"));
        m_w.writeAttribute(QStringLiteral("guid"), m_user);
        m_w.writeAttribute(QStringLiteral("name"), QStringLiteral("Lectern"));
        m_w.writeEndElement();
        codeBook();
        variablesAndCases();
        sources();
        notes();
        links();
        m_w.writeEndElement();
        m_w.writeEndDocument();
    }

    bool failed() const { return m_w.hasError(); }
    QList<ziparchive::Entry> files;
    QStringList renamed;
    int notesWithLanguage = 0;
    int claims = 0;

private:
    // QualCoder needs every code's name unique: a name used twice is written with its
    // parent's, "Figures (Economy)"; Lectern reads it back as it was.
    void uniqueNames()
    {
        QHash<QString, int> uses;
        for (const Tag &t : m_report.tags)
            ++uses[t.name.toCaseFolded()];
        QSet<QString> taken;
        for (const Tag &t : m_report.tags) {
            QString name = t.name;
            if (uses.value(t.name.toCaseFolded()) > 1) {
                const QString parent = m_report.tagName(t.parentId);
                name = parent.isEmpty() ? t.name : QStringLiteral("%1 (%2)").arg(t.name, parent);
                for (int n = 2; taken.contains(name.toCaseFolded()); ++n)
                    name = QStringLiteral("%1 (%2 %3)").arg(t.name, parent).arg(n);
                renamed << QStringLiteral("%1 → %2").arg(t.name, name);
            }
            taken.insert(name.toCaseFolded());
            m_names.insert(t.id, name);
        }
    }

    void codeBook()
    {
        if (m_report.tags.isEmpty())
            return; // the schema wants at least one code in a codebook
        m_w.writeStartElement(QStringLiteral("CodeBook"));
        m_w.writeStartElement(QStringLiteral("Codes"));
        std::function<void(qint64)> codes = [&](qint64 parent) {
            for (const Tag &t : m_report.tags) {
                if (t.parentId != parent)
                    continue;
                m_w.writeStartElement(QStringLiteral("Code"));
                m_w.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("tag"), t.id));
                m_w.writeAttribute(QStringLiteral("name"), textcut::xmlSafe(m_names.value(t.id)));
                m_w.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("true"));
                m_w.writeAttribute(QStringLiteral("color"), t.color.toUpper());
                if (!t.description.isEmpty())
                    m_w.writeTextElement(QStringLiteral("Description"), textcut::xmlSafe(t.description));
                codes(t.id);
                m_w.writeEndElement();
            }
        };
        codes(0);
        m_w.writeEndElement();
        m_w.writeEndElement();
    }

    // Article metadata as text variables; each outlet a case holding its articles.
    void variablesAndCases()
    {
        QList<const Variable *> used;
        for (const Variable &v : variables)
            if (std::any_of(m_report.articles.begin(), m_report.articles.end(),
                            [&](const ReportArticle &a) { return !v.value(a.meta).isEmpty(); }))
                used << &v;
        if (!used.isEmpty()) {
            m_w.writeStartElement(QStringLiteral("Variables"));
            for (const Variable *v : std::as_const(used)) {
                m_w.writeEmptyElement(QStringLiteral("Variable"));
                m_w.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("variable"), 0, QLatin1String(v->name)));
                m_w.writeAttribute(QStringLiteral("name"), QLatin1String(v->name));
                m_w.writeAttribute(QStringLiteral("typeOfVariable"), QStringLiteral("Text"));
            }
            m_w.writeEndElement();
        }
        m_usedVariables = used;
        QMap<QString, QList<qint64>> outlets;
        for (const ReportArticle &a : m_report.articles)
            if (!a.meta.outlet.isEmpty())
                outlets[a.meta.outlet] << a.meta.id;
        if (outlets.isEmpty())
            return;
        m_w.writeStartElement(QStringLiteral("Cases"));
        for (auto it = outlets.cbegin(); it != outlets.cend(); ++it) {
            m_w.writeStartElement(QStringLiteral("Case"));
            m_w.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("case"), 0, it.key()));
            m_w.writeAttribute(QStringLiteral("name"), textcut::xmlSafe(it.key()));
            for (qint64 id : it.value()) {
                m_w.writeEmptyElement(QStringLiteral("SourceRef"));
                m_w.writeAttribute(QStringLiteral("targetGUID"), guid(QStringLiteral("article"), id));
            }
            m_w.writeEndElement();
        }
        m_w.writeEndElement();
    }

    void coding(qint64 tagId, qint64 owner, const QString &kind, const QDateTime &created)
    {
        m_w.writeStartElement(QStringLiteral("Coding"));
        m_w.writeAttribute(QStringLiteral("guid"), guid(kind, owner, QStringLiteral(":%1").arg(tagId)));
        m_w.writeAttribute(QStringLiteral("creatingUser"), m_user);
        m_w.writeAttribute(QStringLiteral("creationDateTime"), stamp(created));
        m_w.writeEmptyElement(QStringLiteral("CodeRef"));
        m_w.writeAttribute(QStringLiteral("targetGUID"), guid(QStringLiteral("tag"), tagId));
        m_w.writeEndElement();
    }

    void selection(const QString &id, const QString &text, int start, int end, const QDateTime &created)
    {
        m_w.writeStartElement(QStringLiteral("PlainTextSelection"));
        m_w.writeAttribute(QStringLiteral("guid"), id);
        m_w.writeAttribute(QStringLiteral("name"), textcut::xmlSafe(textcut::head(text.mid(start, end - start).simplified(), 80)));
        m_w.writeAttribute(QStringLiteral("startPosition"), QString::number(textcut::codePoints(text, start)));
        m_w.writeAttribute(QStringLiteral("endPosition"), QString::number(textcut::codePoints(text, end)));
        m_w.writeAttribute(QStringLiteral("creatingUser"), m_user);
        m_w.writeAttribute(QStringLiteral("creationDateTime"), stamp(created));
    }

    void sources();
    void notes();
    void links();
    QString endGuid(const LinkEnd &end, qint64 linkId, const char *side) const;

    const Report &m_report;
    QXmlStreamWriter m_w;
    const QString m_user = guid(QStringLiteral("user"), 1);
    QHash<qint64, QString> m_names;
    QMap<qint64, Link> m_links;
    QList<const Variable *> m_usedVariables;
    QList<std::pair<QString, QString>> m_notes; // guid, text
};

// A link end on a passage that is no annotation is written as a selection of its own.
QString Writer::endGuid(const LinkEnd &end, qint64 linkId, const char *side) const
{
    if (end.wholeArticle)
        return guid(QStringLiteral("article"), end.articleId);
    for (const ReportArticle &a : m_report.articles)
        if (a.meta.id == end.articleId)
            for (const Annotation &an : a.annotations)
                if (an.span.start == end.span.start && an.span.end == end.span.end)
                    return guid(QStringLiteral("annotation"), an.id);
    return guid(QStringLiteral("linkend"), linkId, QLatin1String(side));
}

void Writer::sources()
{
    m_w.writeStartElement(QStringLiteral("Sources"));
    for (const ReportArticle &a : m_report.articles) {
        const QString source = guid(QStringLiteral("article"), a.meta.id);
        files.append({QStringLiteral("sources/%1.txt").arg(source), a.text.toUtf8()});
        m_w.writeStartElement(QStringLiteral("TextSource"));
        m_w.writeAttribute(QStringLiteral("guid"), source);
        m_w.writeAttribute(QStringLiteral("name"), textcut::xmlSafe(a.meta.title));
        m_w.writeAttribute(QStringLiteral("plainTextPath"), QStringLiteral("internal://%1.txt").arg(source));
        m_w.writeAttribute(QStringLiteral("creatingUser"), m_user);
        m_w.writeAttribute(QStringLiteral("creationDateTime"), stamp(a.meta.importedAt));
        for (const Annotation &an : a.annotations) {
            selection(guid(QStringLiteral("annotation"), an.id), a.text, an.span.start, an.span.end, an.created);
            if (!an.note.isEmpty())
                m_w.writeTextElement(QStringLiteral("Description"), textcut::xmlSafe(an.note));
            notesWithLanguage += !an.note.isEmpty() && !an.noteLang.isEmpty();
            for (qint64 t : an.tagIds)
                coding(t, an.id, QStringLiteral("coding"), an.created);
            m_w.writeEndElement();
        }
        for (const Link &l : std::as_const(m_links))
            for (const auto &[end, side] : {std::pair{l.from, "from"}, std::pair{l.to, "to"}})
                if (end.articleId == a.meta.id && endGuid(end, l.id, side) == guid(QStringLiteral("linkend"), l.id, QLatin1String(side))) {
                    selection(endGuid(end, l.id, side), a.text, end.span.start, end.span.end, a.meta.importedAt);
                    m_w.writeEndElement();
                }
        for (qint64 t : a.articleTags) // tags of the whole article: codings of the source
            coding(t, a.meta.id, QStringLiteral("articlecoding"), a.meta.importedAt);
        if (!a.note.isEmpty()) {
            const QString note = guid(QStringLiteral("articlenote"), a.meta.id);
            m_notes.append({note, a.note});
            m_w.writeEmptyElement(QStringLiteral("NoteRef"));
            m_w.writeAttribute(QStringLiteral("targetGUID"), note);
        }
        for (const Variable *v : std::as_const(m_usedVariables)) {
            const QString value = v->value(a.meta);
            if (value.isEmpty())
                continue;
            m_w.writeStartElement(QStringLiteral("VariableValue"));
            m_w.writeEmptyElement(QStringLiteral("VariableRef"));
            m_w.writeAttribute(QStringLiteral("targetGUID"), guid(QStringLiteral("variable"), 0, QLatin1String(v->name)));
            m_w.writeTextElement(QStringLiteral("TextValue"), textcut::xmlSafe(value));
            m_w.writeEndElement();
        }
        claims += int(a.claims.size());
        m_w.writeEndElement();
    }
    m_w.writeEndElement();
    for (const Link &l : std::as_const(m_links))
        if (!l.note.isEmpty())
            m_notes.append({guid(QStringLiteral("linknote"), l.id), l.note});
}

void Writer::notes()
{
    if (m_notes.isEmpty())
        return;
    m_w.writeStartElement(QStringLiteral("Notes"));
    for (const auto &[id, text] : std::as_const(m_notes)) {
        m_w.writeStartElement(QStringLiteral("Note"));
        m_w.writeAttribute(QStringLiteral("guid"), id);
        m_w.writeAttribute(QStringLiteral("name"), textcut::xmlSafe(textcut::elided(text.simplified(), 60)));
        m_w.writeAttribute(QStringLiteral("creatingUser"), m_user);
        m_w.writeTextElement(QStringLiteral("PlainTextContent"), textcut::xmlSafe(text));
        m_w.writeEndElement();
    }
    m_w.writeEndElement();
}

void Writer::links()
{
    if (m_links.isEmpty())
        return;
    m_w.writeStartElement(QStringLiteral("Links"));
    for (const Link &l : std::as_const(m_links)) {
        QString name = l.relation;
        bool directed = true;
        for (const Relation &r : m_report.relations)
            if (r.key == l.relation) {
                name = r.name.isEmpty() ? r.key : r.name;
                directed = r.directed;
            }
        m_w.writeStartElement(QStringLiteral("Link"));
        m_w.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("link"), l.id));
        m_w.writeAttribute(QStringLiteral("name"), textcut::xmlSafe(name));
        m_w.writeAttribute(QStringLiteral("direction"), directed ? QStringLiteral("OneWay") : QStringLiteral("Associative"));
        m_w.writeAttribute(QStringLiteral("originGUID"), endGuid(l.from, l.id, "from"));
        m_w.writeAttribute(QStringLiteral("targetGUID"), endGuid(l.to, l.id, "to"));
        if (!l.note.isEmpty()) {
            m_w.writeEmptyElement(QStringLiteral("NoteRef"));
            m_w.writeAttribute(QStringLiteral("targetGUID"), guid(QStringLiteral("linknote"), l.id));
        }
        m_w.writeEndElement();
    }
    m_w.writeEndElement();
}

} // namespace

QByteArray write(const Report &report, QStringList *warnings, QString *error)
{
    QByteArray xml;
    Writer writer(report, xml);
    writer.write();
    if (warnings) {
        // What REFI-QDA cannot carry, named.
        if (writer.claims)
            warnings->append(tr("%n claim(s) are not carried over: REFI-QDA has no claims.", nullptr, writer.claims));
        if (writer.notesWithLanguage)
            warnings->append(tr("The language of %n note(s) is not carried over: REFI-QDA notes have no language.", nullptr, writer.notesWithLanguage));
        if (!writer.renamed.isEmpty())
            warnings->append(tr("Tags with the same name are written with their parent's, as QualCoder needs unique names: %1.")
                                 .arg(writer.renamed.join(QStringLiteral("; "))));
    }
    QXmlStreamReader check(xml);
    while (!check.atEnd())
        check.readNext();
    if (writer.failed() || check.hasError()) {
        if (error)
            *error = tr("the REFI-QDA project came out malformed (%1)").arg(check.hasError() ? check.errorString() : QStringLiteral("write error"));
        return {};
    }
    writer.files.prepend({QStringLiteral("project.qde"), xml});
    return ziparchive::write(writer.files, error);
}

} // namespace lectern::qdpx
