// The parts of the ODT around its content: the named styles and the page with its footer,
// the metadata, the manifest, and the zip they go into.
#include "odtwriter.h"

#include "../model/textcut.h"
#include "ziparchive.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace lectern::writers {


namespace {

const QString Office = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString StyleNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString TextNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString Fo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString Svg = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
const QString Meta = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
const QString Dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString Manifest = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");

struct Named {
    const char *name;
    const char *parent;
    bool sans;
    double size;
    bool bold;
    bool italic;
    double above, below, indent; // cm
    const char *color;
    bool keepWithNext;
};

const Named named[] = {
    {"Text_20_body", "Standard", false, 10.5, false, false, 0, 0.2, 0, "#222222", false},
    {"Title", "Standard", true, 26, true, false, 5, 0.4, 0, "#1a1a1a", true},
    {"Subtitle", "Standard", true, 15, false, false, 0, 0.3, 0, "#4d4d4d", true},
    {"Heading_20_1", "Standard", true, 16, true, false, 0.7, 0.2, 0, "#1a1a1a", true},
    {"Heading_20_2", "Standard", false, 12, true, false, 0.35, 0.15, 0, "#222222", true},
    {"Heading_20_3", "Standard", true, 11.5, true, false, 0.4, 0.15, 0, "#333333", true},
    {"Meta", "Standard", true, 9, false, false, 0, 0.1, 0, "#666666", false},
    {"Quotations", "Text_20_body", false, 10.5, false, true, 0, 0.2, 0.6, "#333333", false},
    {"Note", "Text_20_body", false, 9.5, false, false, 0.1, 0.2, 0, "#333333", false},
    {"Item", "Text_20_body", false, 9.5, false, false, 0, 0.1, 0.4, "#333333", false},
    {"Contents_20_Heading", "Heading_20_1", true, 16, true, false, 0.7, 0.3, 0, "#1a1a1a", true},
    {"Contents_20_1", "Standard", false, 10, false, false, 0, 0.1, 0.2, "#222222", false},
    {"Footer", "Standard", true, 8, false, false, 0, 0, 0, "#737373", false},
};

void fonts(QXmlStreamWriter &w, bool sans)
{
    w.writeAttribute(StyleNs, QStringLiteral("font-name"), sans ? QStringLiteral("Noto Sans") : QStringLiteral("Noto Serif"));
    w.writeAttribute(StyleNs, QStringLiteral("font-name-asian"), sans ? QStringLiteral("Noto Sans CJK JP") : QStringLiteral("Noto Serif CJK JP"));
    w.writeAttribute(StyleNs, QStringLiteral("font-name-complex"), sans ? QStringLiteral("Noto Sans Arabic") : QStringLiteral("Noto Naskh Arabic"));
}

void sizeAndWeight(QXmlStreamWriter &w, const Named &n)
{
    const QString size = QStringLiteral("%1pt").arg(n.size);
    w.writeAttribute(Fo, QStringLiteral("font-size"), size);
    w.writeAttribute(StyleNs, QStringLiteral("font-size-asian"), size);
    w.writeAttribute(StyleNs, QStringLiteral("font-size-complex"), size);
    w.writeAttribute(Fo, QStringLiteral("color"), QLatin1String(n.color));
    if (n.bold) {
        w.writeAttribute(Fo, QStringLiteral("font-weight"), QStringLiteral("bold"));
        w.writeAttribute(StyleNs, QStringLiteral("font-weight-asian"), QStringLiteral("bold"));
        w.writeAttribute(StyleNs, QStringLiteral("font-weight-complex"), QStringLiteral("bold"));
    }
    if (n.italic) {
        w.writeAttribute(Fo, QStringLiteral("font-style"), QStringLiteral("italic"));
        w.writeAttribute(StyleNs, QStringLiteral("font-style-asian"), QStringLiteral("italic"));
        w.writeAttribute(StyleNs, QStringLiteral("font-style-complex"), QStringLiteral("italic"));
    }
}

QByteArray stylesXml(const book::Book &book)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument();
    w.writeStartElement(Office, QStringLiteral("document-styles"));
    w.writeNamespace(Office, QStringLiteral("office"));
    w.writeNamespace(StyleNs, QStringLiteral("style"));
    w.writeNamespace(TextNs, QStringLiteral("text"));
    w.writeNamespace(Fo, QStringLiteral("fo"));
    w.writeNamespace(Svg, QStringLiteral("svg"));
    w.writeAttribute(Office, QStringLiteral("version"), QStringLiteral("1.3"));
    w.writeStartElement(Office, QStringLiteral("font-face-decls"));
    for (const char *family : {"Noto Serif", "Noto Sans", "Noto Serif CJK JP", "Noto Sans CJK JP", "Noto Naskh Arabic", "Noto Sans Arabic"}) {
        w.writeEmptyElement(StyleNs, QStringLiteral("font-face"));
        w.writeAttribute(StyleNs, QStringLiteral("name"), QString::fromLatin1(family));
        w.writeAttribute(Svg, QStringLiteral("font-family"), QStringLiteral("'%1'").arg(QLatin1String(family)));
    }
    w.writeEndElement();
    w.writeStartElement(Office, QStringLiteral("styles"));
    w.writeStartElement(StyleNs, QStringLiteral("default-style"));
    w.writeAttribute(StyleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
    w.writeEmptyElement(StyleNs, QStringLiteral("paragraph-properties"));
    w.writeAttribute(Fo, QStringLiteral("orphans"), QStringLiteral("2"));
    w.writeAttribute(Fo, QStringLiteral("widows"), QStringLiteral("2"));
    w.writeAttribute(Fo, QStringLiteral("line-height"), QStringLiteral("125%"));
    w.writeEmptyElement(StyleNs, QStringLiteral("text-properties"));
    fonts(w, false);
    w.writeEndElement();
    w.writeStartElement(StyleNs, QStringLiteral("style"));
    w.writeAttribute(StyleNs, QStringLiteral("name"), QStringLiteral("Standard"));
    w.writeAttribute(StyleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
    w.writeEndElement();
    for (const Named &n : named) {
        w.writeStartElement(StyleNs, QStringLiteral("style"));
        w.writeAttribute(StyleNs, QStringLiteral("name"), QString::fromLatin1(n.name));
        w.writeAttribute(StyleNs, QStringLiteral("display-name"), QString::fromLatin1(n.name).replace(QStringLiteral("_20_"), QStringLiteral(" ")));
        w.writeAttribute(StyleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
        w.writeAttribute(StyleNs, QStringLiteral("parent-style-name"), QString::fromLatin1(n.parent));
        if (QByteArray(n.name).startsWith("Heading_20_"))
            w.writeAttribute(StyleNs, QStringLiteral("default-outline-level"), QString::fromLatin1(n.name).right(1));
        w.writeEmptyElement(StyleNs, QStringLiteral("paragraph-properties"));
        w.writeAttribute(Fo, QStringLiteral("margin-top"), QStringLiteral("%1cm").arg(n.above));
        w.writeAttribute(Fo, QStringLiteral("margin-bottom"), QStringLiteral("%1cm").arg(n.below));
        if (n.indent > 0)
            w.writeAttribute(Fo, QStringLiteral("margin-left"), QStringLiteral("%1cm").arg(n.indent));
        if (n.keepWithNext)
            w.writeAttribute(Fo, QStringLiteral("keep-with-next"), QStringLiteral("always"));
        w.writeEmptyElement(StyleNs, QStringLiteral("text-properties"));
        if (n.sans)
            fonts(w, true);
        sizeAndWeight(w, n);
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeStartElement(Office, QStringLiteral("automatic-styles"));
    w.writeStartElement(StyleNs, QStringLiteral("page-layout"));
    w.writeAttribute(StyleNs, QStringLiteral("name"), QStringLiteral("Page"));
    w.writeEmptyElement(StyleNs, QStringLiteral("page-layout-properties"));
    w.writeAttribute(Fo, QStringLiteral("page-width"), QStringLiteral("21cm"));
    w.writeAttribute(Fo, QStringLiteral("page-height"), QStringLiteral("29.7cm"));
    for (const char *side : {"margin-top", "margin-bottom", "margin-left", "margin-right"})
        w.writeAttribute(Fo, QString::fromLatin1(side), QStringLiteral("2cm"));
    w.writeStartElement(StyleNs, QStringLiteral("footer-style"));
    w.writeEmptyElement(StyleNs, QStringLiteral("header-footer-properties"));
    w.writeAttribute(Fo, QStringLiteral("min-height"), QStringLiteral("0.6cm"));
    w.writeAttribute(Fo, QStringLiteral("margin-top"), QStringLiteral("0.4cm"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeStartElement(StyleNs, QStringLiteral("style"));
    w.writeAttribute(StyleNs, QStringLiteral("name"), QStringLiteral("FooterCentre"));
    w.writeAttribute(StyleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
    w.writeAttribute(StyleNs, QStringLiteral("parent-style-name"), QStringLiteral("Footer"));
    w.writeEmptyElement(StyleNs, QStringLiteral("paragraph-properties"));
    w.writeAttribute(Fo, QStringLiteral("text-align"), QStringLiteral("center"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeStartElement(Office, QStringLiteral("master-styles"));
    w.writeStartElement(StyleNs, QStringLiteral("master-page"));
    w.writeAttribute(StyleNs, QStringLiteral("name"), QStringLiteral("Standard"));
    w.writeAttribute(StyleNs, QStringLiteral("page-layout-name"), QStringLiteral("Page"));
    w.writeStartElement(StyleNs, QStringLiteral("footer"));
    w.writeStartElement(TextNs, QStringLiteral("p"));
    w.writeAttribute(TextNs, QStringLiteral("style-name"), QStringLiteral("FooterCentre"));
    w.writeCharacters(textcut::xmlSafe(book.title) + QStringLiteral(" · "));
    w.writeStartElement(TextNs, QStringLiteral("page-number"));
    w.writeAttribute(TextNs, QStringLiteral("select-page"), QStringLiteral("current"));
    w.writeCharacters(QStringLiteral("1"));
    w.writeEndElement();
    w.writeCharacters(QStringLiteral(" / "));
    w.writeTextElement(TextNs, QStringLiteral("page-count"), QStringLiteral("1"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

QByteArray metaXml(const book::Book &book)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument();
    w.writeStartElement(Office, QStringLiteral("document-meta"));
    w.writeNamespace(Office, QStringLiteral("office"));
    w.writeNamespace(Meta, QStringLiteral("meta"));
    w.writeNamespace(Dc, QStringLiteral("dc"));
    w.writeAttribute(Office, QStringLiteral("version"), QStringLiteral("1.3"));
    w.writeStartElement(Office, QStringLiteral("meta"));
    w.writeTextElement(Meta, QStringLiteral("generator"), QStringLiteral("Lectern"));
    w.writeTextElement(Dc, QStringLiteral("title"), textcut::xmlSafe(book.title));
    if (!book.lang.isEmpty())
        w.writeTextElement(Dc, QStringLiteral("language"), book.lang);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

QByteArray manifestXml()
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument();
    w.writeStartElement(Manifest, QStringLiteral("manifest"));
    w.writeNamespace(Manifest, QStringLiteral("manifest"));
    w.writeAttribute(Manifest, QStringLiteral("version"), QStringLiteral("1.3"));
    const std::pair<const char *, const char *> entries[] = {
        {"/", "application/vnd.oasis.opendocument.text"}, {"content.xml", "text/xml"},
        {"styles.xml", "text/xml"}, {"meta.xml", "text/xml"}};
    for (const auto &[path, type] : entries) {
        w.writeEmptyElement(Manifest, QStringLiteral("file-entry"));
        w.writeAttribute(Manifest, QStringLiteral("full-path"), QString::fromLatin1(path));
        w.writeAttribute(Manifest, QStringLiteral("media-type"), QString::fromLatin1(type));
        if (QByteArray(path) == "/")
            w.writeAttribute(Manifest, QStringLiteral("version"), QStringLiteral("1.3"));
    }
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

bool wellFormed(const QByteArray &xml)
{
    QXmlStreamReader check(xml);
    while (!check.atEnd())
        check.readNext();
    return !check.hasError();
}

} // namespace

QByteArray odt(const book::Book &book, QString *error)
{
    const QList<ziparchive::Entry> parts{
        {QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text"), false},
        {QStringLiteral("content.xml"), odtContent(book)},
        {QStringLiteral("styles.xml"), stylesXml(book)},
        {QStringLiteral("meta.xml"), metaXml(book)},
        {QStringLiteral("META-INF/manifest.xml"), manifestXml()},
    };
    for (const ziparchive::Entry &part : parts)
        if (part.name.endsWith(QLatin1String(".xml")) && !wellFormed(part.data)) {
            if (error)
                *error = QCoreApplication::translate("Export", "the ODT's %1 came out malformed").arg(part.name);
            return {};
        }
    return ziparchive::write(parts, error);
}

} // namespace lectern::writers
