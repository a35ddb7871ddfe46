// The ODT report, written as OpenDocument XML from the book: highlight colours blended over
// white, each paragraph's language and writing direction, headings kept with what follows,
// a contents index, page numbers in the footer.
#include "odtwriter.h"

#include "../model/textcut.h"
#include "ziparchive.h"

#include <QCoreApplication>
#include <QMap>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace lectern::writers {

namespace {

using book::Role;

const QString Office = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString StyleNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString TextNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString TableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString Fo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString Svg = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
const QString XLink = QStringLiteral("http://www.w3.org/1999/xlink");
const QString Meta = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
const QString Dc = QStringLiteral("http://purl.org/dc/elements/1.1/");

const double TextWidthCm = 17.0; // A4 less 2 cm margins

void namespaces(QXmlStreamWriter &w)
{
    w.writeNamespace(Office, QStringLiteral("office"));
    w.writeNamespace(StyleNs, QStringLiteral("style"));
    w.writeNamespace(TextNs, QStringLiteral("text"));
    w.writeNamespace(TableNs, QStringLiteral("table"));
    w.writeNamespace(Fo, QStringLiteral("fo"));
    w.writeNamespace(Svg, QStringLiteral("svg"));
    w.writeNamespace(XLink, QStringLiteral("xlink"));
    w.writeNamespace(Meta, QStringLiteral("meta"));
    w.writeNamespace(Dc, QStringLiteral("dc"));
}

QString styleName(Role role)
{
    switch (role) {
    case Role::Title: return QStringLiteral("Title");
    case Role::Subtitle: return QStringLiteral("Subtitle");
    case Role::Heading: return QStringLiteral("Heading_20_1");
    case Role::Subheading: return QStringLiteral("Heading_20_3");
    case Role::BlockHeading: return QStringLiteral("Heading_20_2");
    case Role::Meta: return QStringLiteral("Meta");
    case Role::Quote: return QStringLiteral("Quotations");
    case Role::Note: return QStringLiteral("Note");
    case Role::Item: return QStringLiteral("Item");
    case Role::Body: break;
    }
    return QStringLiteral("Text_20_body");
}

int outlineLevel(Role role)
{
    return role == Role::Heading ? 1 : role == Role::BlockHeading ? 2 : role == Role::Subheading ? 3 : 0;
}

// Text with line breaks, tabs and runs of spaces as ODF keeps them.
void writeText(QXmlStreamWriter &w, const QString &raw)
{
    const QString text = textcut::xmlSafe(raw);
    QString pending;
    auto flush = [&] {
        if (!pending.isEmpty())
            w.writeCharacters(pending);
        pending.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            flush();
            w.writeEmptyElement(TextNs, QStringLiteral("line-break"));
        } else if (c == QLatin1Char('\t')) {
            flush();
            w.writeEmptyElement(TextNs, QStringLiteral("tab"));
        } else if (c == QLatin1Char(' ') && (i == 0 || text[i - 1] == QLatin1Char(' '))) {
            qsizetype n = 1;
            while (i + 1 < text.size() && text[i + 1] == QLatin1Char(' ')) {
                ++n;
                ++i;
            }
            flush();
            w.writeEmptyElement(TextNs, QStringLiteral("s"));
            if (n > 1)
                w.writeAttribute(TextNs, QStringLiteral("c"), QString::number(n));
        } else {
            pending += c;
        }
    }
    flush();
}

// The automatic styles a document needs, named as they are first asked for.
class Styles
{
public:
    QString paragraph(Role role, const QString &lang, bool rtl)
    {
        const QString key = QStringLiteral("%1|%2|%3").arg(styleName(role), lang).arg(rtl);
        if (!m_paragraphs.contains(key))
            m_paragraphs.insert(key, {QStringLiteral("P%1").arg(m_paragraphs.size() + 1), styleName(role), lang, rtl});
        return m_paragraphs.value(key).name;
    }
    QString text(const book::Run &r)
    {
        const QString key = QStringLiteral("%1|%2|%3|%4").arg(r.background.isValid() ? r.background.name() : QString())
                                .arg(r.strong).arg(r.emphasis).arg(r.footnote > 0);
        if (!m_texts.contains(key))
            m_texts.insert(key, {QStringLiteral("T%1").arg(m_texts.size() + 1), r});
        return m_texts.value(key).name;
    }
    QString cell(const QColor &background)
    {
        const QString key = background.isValid() ? background.name() : QString();
        if (!m_cells.contains(key))
            m_cells.insert(key, QStringLiteral("C%1").arg(m_cells.size() + 1));
        return m_cells.value(key);
    }
    QString table(const QList<qreal> &widths)
    {
        QStringList parts;
        for (qreal w : widths)
            parts << QString::number(w, 'f', 3);
        const QString key = parts.join(QLatin1Char(','));
        if (!m_tables.contains(key))
            m_tables.insert(key, {QStringLiteral("Table%1").arg(m_tables.size() + 1), widths});
        return m_tables.value(key).name;
    }
    void write(QXmlStreamWriter &w) const;

private:
    struct ParagraphStyle {
        QString name, parent, lang;
        bool rtl = false;
    };
    struct TextStyle {
        QString name;
        book::Run run;
    };
    struct TableStyle {
        QString name;
        QList<qreal> widths;
    };
    QMap<QString, ParagraphStyle> m_paragraphs;
    QMap<QString, TextStyle> m_texts;
    QMap<QString, QString> m_cells;
    QMap<QString, TableStyle> m_tables;
};

void language(QXmlStreamWriter &w, const QString &lang)
{
    if (lang.isEmpty() || lang == QLatin1String("und"))
        return;
    const QString code = lang.section(QLatin1Char('-'), 0, 0);
    for (const char *kind : {"language", "language-asian", "language-complex"})
        w.writeAttribute(QString::fromLatin1(kind) == QLatin1String("language") ? Fo : StyleNs, QString::fromLatin1(kind), code);
    w.writeAttribute(Fo, QStringLiteral("country"), QStringLiteral("none"));
}

void Styles::write(QXmlStreamWriter &w) const
{
    for (const ParagraphStyle &p : m_paragraphs) {
        w.writeStartElement(StyleNs, QStringLiteral("style"));
        w.writeAttribute(StyleNs, QStringLiteral("name"), p.name);
        w.writeAttribute(StyleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
        w.writeAttribute(StyleNs, QStringLiteral("parent-style-name"), p.parent);
        w.writeEmptyElement(StyleNs, QStringLiteral("paragraph-properties"));
        // Right to left: the paragraph runs from the right, and "start" is the right edge.
        w.writeAttribute(StyleNs, QStringLiteral("writing-mode"), p.rtl ? QStringLiteral("rl-tb") : QStringLiteral("lr-tb"));
        w.writeAttribute(Fo, QStringLiteral("text-align"), QStringLiteral("start"));
        w.writeEmptyElement(StyleNs, QStringLiteral("text-properties"));
        language(w, p.lang);
        w.writeEndElement();
    }
    for (const TextStyle &t : m_texts) {
        w.writeStartElement(StyleNs, QStringLiteral("style"));
        w.writeAttribute(StyleNs, QStringLiteral("name"), t.name);
        w.writeAttribute(StyleNs, QStringLiteral("family"), QStringLiteral("text"));
        w.writeEmptyElement(StyleNs, QStringLiteral("text-properties"));
        if (t.run.background.isValid())
            w.writeAttribute(Fo, QStringLiteral("background-color"), t.run.background.name());
        if (t.run.strong)
            for (const char *weight : {"font-weight", "font-weight-asian", "font-weight-complex"})
                w.writeAttribute(QLatin1String(weight) == QLatin1String("font-weight") ? Fo : StyleNs, QString::fromLatin1(weight), QStringLiteral("bold"));
        if (t.run.emphasis)
            for (const char *style : {"font-style", "font-style-asian", "font-style-complex"})
                w.writeAttribute(QLatin1String(style) == QLatin1String("font-style") ? Fo : StyleNs, QString::fromLatin1(style), QStringLiteral("italic"));
        if (t.run.footnote > 0) {
            w.writeAttribute(StyleNs, QStringLiteral("text-position"), QStringLiteral("super 58%"));
            w.writeAttribute(Fo, QStringLiteral("color"), QStringLiteral("#555555"));
        }
        w.writeEndElement();
    }
    for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it) {
        w.writeStartElement(StyleNs, QStringLiteral("style"));
        w.writeAttribute(StyleNs, QStringLiteral("name"), it.value());
        w.writeAttribute(StyleNs, QStringLiteral("family"), QStringLiteral("table-cell"));
        w.writeEmptyElement(StyleNs, QStringLiteral("table-cell-properties"));
        w.writeAttribute(Fo, QStringLiteral("border"), QStringLiteral("0.5pt solid #bfbfbf"));
        w.writeAttribute(Fo, QStringLiteral("padding"), QStringLiteral("0.1cm"));
        if (!it.key().isEmpty())
            w.writeAttribute(Fo, QStringLiteral("background-color"), it.key());
        w.writeEndElement();
    }
    for (const TableStyle &t : m_tables) {
        w.writeStartElement(StyleNs, QStringLiteral("style"));
        w.writeAttribute(StyleNs, QStringLiteral("name"), t.name);
        w.writeAttribute(StyleNs, QStringLiteral("family"), QStringLiteral("table"));
        w.writeEmptyElement(StyleNs, QStringLiteral("table-properties"));
        w.writeAttribute(StyleNs, QStringLiteral("width"), QStringLiteral("%1cm").arg(TextWidthCm));
        w.writeAttribute(TableNs, QStringLiteral("align"), QStringLiteral("margins"));
        w.writeAttribute(Fo, QStringLiteral("margin-top"), QStringLiteral("0.2cm"));
        w.writeAttribute(Fo, QStringLiteral("margin-bottom"), QStringLiteral("0.3cm"));
        w.writeEndElement();
        for (qsizetype c = 0; c < t.widths.size(); ++c) {
            w.writeStartElement(StyleNs, QStringLiteral("style"));
            w.writeAttribute(StyleNs, QStringLiteral("name"), QStringLiteral("%1.%2").arg(t.name).arg(c + 1));
            w.writeAttribute(StyleNs, QStringLiteral("family"), QStringLiteral("table-column"));
            w.writeEmptyElement(StyleNs, QStringLiteral("table-column-properties"));
            w.writeAttribute(StyleNs, QStringLiteral("column-width"), QStringLiteral("%1cm").arg(t.widths[c] * TextWidthCm, 0, 'f', 2));
            w.writeEndElement();
        }
    }
    // A page break before the contents and before the body.
    w.writeStartElement(StyleNs, QStringLiteral("style"));
    w.writeAttribute(StyleNs, QStringLiteral("name"), QStringLiteral("Break"));
    w.writeAttribute(StyleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
    w.writeAttribute(StyleNs, QStringLiteral("parent-style-name"), QStringLiteral("Heading_20_1"));
    w.writeEmptyElement(StyleNs, QStringLiteral("paragraph-properties"));
    w.writeAttribute(Fo, QStringLiteral("break-before"), QStringLiteral("page"));
    w.writeEndElement();
}

class Content
{
public:
    explicit Content(QXmlStreamWriter &w, Styles &styles) : m_w(w), m_styles(styles) { }

    void runs(const QList<book::Run> &list)
    {
        for (const book::Run &r : list) {
            const bool plain = !r.background.isValid() && !r.strong && !r.emphasis && r.footnote == 0;
            if (!plain) {
                m_w.writeStartElement(TextNs, QStringLiteral("span"));
                m_w.writeAttribute(TextNs, QStringLiteral("style-name"), m_styles.text(r));
            }
            writeText(m_w, r.footnote > 0 ? QString::number(r.footnote) : r.text);
            if (!plain)
                m_w.writeEndElement();
        }
    }

    void paragraph(const book::Paragraph &p, const QString &style = {})
    {
        const int level = outlineLevel(p.role);
        m_w.writeStartElement(TextNs, level ? QStringLiteral("h") : QStringLiteral("p"));
        m_w.writeAttribute(TextNs, QStringLiteral("style-name"), style.isEmpty() ? m_styles.paragraph(p.role, p.lang, p.rtl) : style);
        if (level)
            m_w.writeAttribute(TextNs, QStringLiteral("outline-level"), QString::number(level));
        if (!p.anchor.isEmpty()) {
            m_w.writeEmptyElement(TextNs, QStringLiteral("bookmark"));
            m_w.writeAttribute(TextNs, QStringLiteral("name"), p.anchor);
        }
        runs(p.runs);
        m_w.writeEndElement();
    }

    void table(const book::Table &t)
    {
        const QString style = m_styles.table(t.widths);
        m_w.writeStartElement(TableNs, QStringLiteral("table"));
        m_w.writeAttribute(TableNs, QStringLiteral("name"), QStringLiteral("Table%1").arg(++m_tables));
        m_w.writeAttribute(TableNs, QStringLiteral("style-name"), style);
        for (qsizetype c = 0; c < t.widths.size(); ++c) {
            m_w.writeEmptyElement(TableNs, QStringLiteral("table-column"));
            m_w.writeAttribute(TableNs, QStringLiteral("style-name"), QStringLiteral("%1.%2").arg(style).arg(c + 1));
        }
        m_w.writeStartElement(TableNs, QStringLiteral("table-header-rows"));
        QList<book::Cell> header;
        for (const QString &h : t.header)
            header.append(book::Cell{{book::Run::bold(h)}, {}, false, QColor(0xee, 0xee, 0xee)});
        row(header);
        m_w.writeEndElement();
        for (const QList<book::Cell> &cells : t.rows)
            row(cells);
        m_w.writeEndElement();
    }

private:
    void row(const QList<book::Cell> &cells)
    {
        m_w.writeStartElement(TableNs, QStringLiteral("table-row"));
        for (const book::Cell &c : cells) {
            m_w.writeStartElement(TableNs, QStringLiteral("table-cell"));
            m_w.writeAttribute(TableNs, QStringLiteral("style-name"), m_styles.cell(c.background));
            m_w.writeAttribute(Office, QStringLiteral("value-type"), QStringLiteral("string"));
            m_w.writeStartElement(TextNs, QStringLiteral("p"));
            m_w.writeAttribute(TextNs, QStringLiteral("style-name"), m_styles.paragraph(Role::Meta, c.lang, c.rtl));
            runs(c.runs);
            m_w.writeEndElement();
            m_w.writeEndElement();
        }
        m_w.writeEndElement();
    }

    QXmlStreamWriter &m_w;
    Styles &m_styles;
    int m_tables = 0;
};

void writeBody(QXmlStreamWriter &w, const book::Book &book, Styles &styles)
{
    Content content(w, styles);
    w.writeStartElement(Office, QStringLiteral("text"));
    for (const book::Paragraph &p : book.cover)
        content.paragraph(p);
    // The contents as an index LibreOffice updates (Tools ▸ Update ▸ Indexes adds the page
    // numbers of its own layout); written filled in, with links, so it reads at once.
    w.writeStartElement(TextNs, QStringLiteral("table-of-content"));
    w.writeAttribute(TextNs, QStringLiteral("name"), QStringLiteral("Contents"));
    w.writeStartElement(TextNs, QStringLiteral("table-of-content-source"));
    w.writeAttribute(TextNs, QStringLiteral("outline-level"), QStringLiteral("1"));
    w.writeStartElement(TextNs, QStringLiteral("index-title-template"));
    w.writeAttribute(TextNs, QStringLiteral("style-name"), QStringLiteral("Contents_20_Heading"));
    w.writeCharacters(book.contentsTitle);
    w.writeEndElement();
    w.writeEndElement();
    w.writeStartElement(TextNs, QStringLiteral("index-body"));
    w.writeStartElement(TextNs, QStringLiteral("index-title"));
    w.writeAttribute(TextNs, QStringLiteral("name"), QStringLiteral("Contents_Head"));
    book::Paragraph title;
    title.role = Role::Heading;
    title.runs = {book::Run{book.contentsTitle}};
    w.writeStartElement(TextNs, QStringLiteral("p"));
    w.writeAttribute(TextNs, QStringLiteral("style-name"), QStringLiteral("Break"));
    writeText(w, book.contentsTitle);
    w.writeEndElement();
    w.writeEndElement();
    for (const book::Item &item : book.body) {
        const auto *p = std::get_if<book::Paragraph>(&item);
        if (!p || p->anchor.isEmpty())
            continue;
        w.writeStartElement(TextNs, QStringLiteral("p"));
        w.writeAttribute(TextNs, QStringLiteral("style-name"), QStringLiteral("Contents_20_1"));
        w.writeStartElement(TextNs, QStringLiteral("a"));
        w.writeAttribute(XLink, QStringLiteral("type"), QStringLiteral("simple"));
        w.writeAttribute(XLink, QStringLiteral("href"), QLatin1Char('#') + p->anchor);
        writeText(w, p->plainText());
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
    bool first = true;
    for (const book::Item &item : book.body) {
        if (const auto *p = std::get_if<book::Paragraph>(&item)) {
            content.paragraph(*p, first ? QStringLiteral("Break") : QString());
            first = false;
        } else {
            content.table(std::get<book::Table>(item));
        }
    }
    w.writeEndElement();
}

} // namespace

QByteArray odtContent(const book::Book &book)
{
    // The body is written twice: first to learn the automatic styles it uses, which come
    // before it in the file.
    Styles styles;
    QByteArray scratch;
    QXmlStreamWriter first(&scratch);
    writeBody(first, book, styles);
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument();
    w.writeStartElement(Office, QStringLiteral("document-content"));
    namespaces(w);
    w.writeAttribute(Office, QStringLiteral("version"), QStringLiteral("1.3"));
    w.writeStartElement(Office, QStringLiteral("automatic-styles"));
    styles.write(w);
    w.writeEndElement();
    w.writeStartElement(Office, QStringLiteral("body"));
    writeBody(w, book, styles);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

} // namespace lectern::writers
