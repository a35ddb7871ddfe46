#include "qdpxreader.h"

#include "ziparchive.h"

#include <QCoreApplication>
#include <QSet>
#include <QXmlStreamReader>

namespace lectern::qdpx {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("lectern::qdpx", text, disambiguation, n);
}

QString text(const QByteArray &bytes)
{
    QString s = QString::fromUtf8(bytes);
    if (s.startsWith(QChar(0xFEFF)))
        s.remove(0, 1);
    return s;
}

// The reader walks project.qde once; each element's handler reads what it needs.
class Reader
{
public:
    Reader(const QHash<QString, QByteArray> &files, QStringList &warnings) : m_files(files), m_warnings(warnings) { }

    bool read(const QByteArray &xml, Project &project, QString &error)
    {
        m_xml.addData(xml);
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isStartElement())
                start(project);
            else if (m_xml.isEndElement())
                end();
        }
        if (m_xml.hasError()) {
            error = QCoreApplication::translate("lectern::qdpx", "project.qde is not well-formed XML (line %1: %2)").arg(m_xml.lineNumber()).arg(m_xml.errorString());
            return false;
        }
        if (!m_sawProject) {
            error = QCoreApplication::translate("lectern::qdpx", "project.qde is not a REFI-QDA project (no Project element)");
            return false;
        }
        // Variable values refer to variables by guid; the names are known only now.
        for (Source &s : project.sources) {
            QHash<QString, QString> named;
            for (auto it = s.variables.cbegin(); it != s.variables.cend(); ++it)
                named.insert(m_variables.value(it.key(), it.key()), it.value());
            s.variables = named;
            for (auto it = m_cases.cbegin(); it != m_cases.cend(); ++it)
                if (it.value().contains(s.guid))
                    s.cases << it.key();
        }
        if (m_skipped > 0)
            m_warnings << QCoreApplication::translate("lectern::qdpx", "%n source(s) other than text (pictures, audio, video, PDF without a text representation) were left out.", nullptr, m_skipped);
        return true;
    }

private:
    QString attr(const char *name) const { return m_xml.attributes().value(QLatin1String(name)).toString(); }

    void start(Project &project)
    {
        const QStringView name = m_xml.name();
        m_path.append(name.toString());
        if (name == u"Project") {
            m_sawProject = true;
            project.name = attr("name");
            project.origin = attr("origin");
        } else if (name == u"User") {
            project.users << (attr("name").isEmpty() ? attr("guid") : attr("name"));
        } else if (name == u"Code") {
            project.codes.append({attr("guid"), attr("name"), attr("color"), {}, m_codes.isEmpty() ? QString() : m_codes.last()});
            m_codes.append(attr("guid"));
        } else if (name == u"Variable") {
            m_variables.insert(attr("guid"), attr("name"));
        } else if (name == u"Case") {
            m_case = attr("name").isEmpty() ? attr("guid") : attr("name");
        } else if (name == u"SourceRef" && !m_case.isEmpty()) {
            m_cases[m_case].insert(attr("targetGUID"));
        } else if (name == u"TextSource" && inside(u"Sources")) {
            source(project);
        } else if ((name == u"PictureSource" || name == u"AudioSource" || name == u"VideoSource") && inside(u"Sources")) {
            ++m_skipped;
        } else if (name == u"PDFSource") {
            m_pdf = attr("guid");
            m_pdfName = attr("name");
        } else if (name == u"Representation" && !m_pdf.isEmpty()) {
            source(project);
            project.sources.last().guid = m_pdf; // the PDF's selections are not read: its text's are
            project.sources.last().name = m_pdfName;
            m_pdfHasText = true;
        } else if (name == u"PlainTextSelection" && m_source) {
            Selection s{attr("guid"), attr("name"), {}, attr("startPosition").toLongLong(), attr("endPosition").toLongLong(), {}, {}};
            m_source->selections.append(s);
            m_selection = &m_source->selections.last();
        } else if (name == u"CodeRef" && inside(u"Coding")) {
            (m_selection ? m_selection->codes : m_source ? m_source->codes : m_ignored) << attr("targetGUID");
        } else if (name == u"NoteRef") {
            if (m_link)
                m_link->notes << attr("targetGUID");
            else if (m_selection)
                m_selection->notes << attr("targetGUID");
            else if (m_source)
                m_source->notes << attr("targetGUID");
        } else if (name == u"VariableRef" && m_source) {
            m_variable = attr("targetGUID");
        } else if (m_source && !m_variable.isEmpty() && name.endsWith(u"Value") && name != u"VariableValue") {
            m_source->variables.insert(m_variable, m_xml.readElementText(QXmlStreamReader::IncludeChildElements));
            m_path.removeLast();
        } else if (name == u"Note" && inside(u"Notes")) {
            m_note = Note{attr("guid"), attr("name"), {}};
            m_inNote = true;
            if (const QString path = attr("plainTextPath"); !path.isEmpty())
                m_note.text = fileText(path);
        } else if (name == u"PlainTextContent" && m_inNote) {
            m_note.text = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
            m_path.removeLast();
        } else if (name == u"PlainTextContent" && m_source) {
            m_source->text = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
            m_path.removeLast();
        } else if (name == u"Description") {
            description(project);
        } else if (name == u"Link") {
            project.links.append({attr("guid"), attr("name"), attr("direction"), attr("originGUID"), attr("targetGUID"), {}});
            m_link = &project.links.last();
        }
        m_allNotes = &project.notes;
    }

    void description(Project &project)
    {
        const QString value = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
        m_path.removeLast();
        const QString &parent = m_path.isEmpty() ? QString() : m_path.last();
        if (parent == QLatin1String("Code") && !project.codes.isEmpty())
            project.codes.last().description = value;
        else if (parent == QLatin1String("PlainTextSelection") && m_selection)
            m_selection->description = value;
        else if ((parent == QLatin1String("TextSource") || parent == QLatin1String("PDFSource")) && m_source && !m_inNote)
            m_source->description = value;
    }

    void source(Project &project)
    {
        Source s;
        s.guid = attr("guid");
        s.name = attr("name");
        const QString path = attr("plainTextPath");
        if (!path.isEmpty())
            s.text = fileText(path);
        project.sources.append(s);
        m_source = &project.sources.last();
    }

    // internal://x.txt is sources/x.txt in the archive; other paths are outside it.
    QString fileText(const QString &path)
    {
        if (path.startsWith(QLatin1String("internal://"))) {
            const QString inside = QStringLiteral("sources/") + path.mid(11);
            if (m_files.contains(inside))
                return text(m_files.value(inside));
        }
        m_warnings << QCoreApplication::translate("lectern::qdpx", "The text of %1 is not in the file (%2): it was left out.").arg(attr("name"), path);
        return {};
    }

    void end()
    {
        const QStringView name = m_xml.name();
        if (!m_path.isEmpty())
            m_path.removeLast();
        if (name == u"Code" && !m_codes.isEmpty())
            m_codes.removeLast();
        else if (name == u"Case")
            m_case.clear();
        else if (name == u"PlainTextSelection")
            m_selection = nullptr;
        else if ((name == u"TextSource" && !m_inNote) || name == u"Representation")
            m_source = nullptr;
        else if (name == u"PDFSource") {
            if (!m_pdfHasText)
                ++m_skipped;
            m_pdf.clear();
            m_pdfHasText = false;
        } else if (name == u"VariableValue")
            m_variable.clear();
        else if (name == u"Note" && m_inNote) {
            m_allNotes->insert(m_note.guid, m_note);
            m_inNote = false;
        } else if (name == u"Link")
            m_link = nullptr;
    }

    bool inside(QStringView element) const { return m_path.size() >= 2 && m_path[m_path.size() - 2] == element; }

    const QHash<QString, QByteArray> &m_files;
    QStringList &m_warnings;
    QXmlStreamReader m_xml;
    QStringList m_path, m_codes, m_ignored;
    QHash<QString, QString> m_variables;
    QHash<QString, QSet<QString>> m_cases;
    QString m_case, m_variable, m_pdf, m_pdfName;
    Source *m_source = nullptr;
    Selection *m_selection = nullptr;
    LinkRecord *m_link = nullptr;
    QHash<QString, Note> *m_allNotes = nullptr;
    Note m_note;
    bool m_inNote = false, m_sawProject = false, m_pdfHasText = false;
    int m_skipped = 0;
};

} // namespace

std::optional<Project> read(const QByteArray &archive, QStringList *warnings, QString *error)
{
    QString reason;
    const QList<ziparchive::Entry> entries = ziparchive::read(archive, {}, &reason);
    if (entries.isEmpty()) {
        if (error)
            *error = reason.isEmpty() ? tr("the archive is empty") : reason;
        return std::nullopt;
    }
    QHash<QString, QByteArray> files;
    for (const ziparchive::Entry &e : entries)
        files.insert(e.name, e.data);
    QByteArray xml = files.value(QStringLiteral("project.qde"));
    if (xml.isEmpty()) // some tools write it under another name
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            if (it.key().endsWith(QLatin1String(".qde")))
                xml = it.value();
    if (xml.isEmpty()) {
        if (error)
            *error = tr("the archive holds no project.qde: it is not a REFI-QDA project");
        return std::nullopt;
    }
    QStringList ignored;
    Project project;
    Reader reader(files, warnings ? *warnings : ignored);
    if (!reader.read(xml, project, reason)) {
        if (error)
            *error = reason;
        return std::nullopt;
    }
    return project;
}

} // namespace lectern::qdpx
