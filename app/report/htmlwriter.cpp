#include "writers.h"

#include "book.h"

#include <QColor>
#include <QMap>
#include <QSet>

namespace lectern::writers {

namespace {

QString e(const QString &text)
{
    return text.toHtmlEscaped();
}

const char *const style =
    "body{font-family:'Noto Serif','DejaVu Serif',serif;max-width:46em;margin:2em auto;padding:0 1em;line-height:1.55;color:#222}"
    "h1{font-size:1.8em;margin-bottom:.2em}h2{margin-top:2.5em;border-bottom:1px solid #ccc;padding-bottom:.2em}"
    ".meta{color:#666;font-size:.9em}.note,.item{font-size:.9em;color:#333}mark{padding:0;border-radius:0}"
    "header{margin-bottom:2em}.subtitle{font-size:1.2em;color:#444}nav ol{padding-left:1.2em}h4{margin:1.5em 0 .4em}"
    "sup{font-size:.7em;color:#555}table{border-collapse:collapse;font-size:.85em;margin:1em 0}"
    "td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}"
    ".conflict{background:#fbe0e0}.compatible{background:#fdf1d8}.agree{background:#e2f3e6}"
    "table{width:100%}[dir=rtl]{text-align:right}h2,h3,h4{page-break-after:avoid}";

QString runs(const QList<book::Run> &list)
{
    QString out;
    for (const book::Run &r : list) {
        if (r.footnote > 0) {
            out += QStringLiteral("<sup>%1</sup>").arg(r.footnote);
            continue;
        }
        QString text = e(r.text);
        text.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        if (r.strong)
            text = QStringLiteral("<b>%1</b>").arg(text);
        if (r.emphasis)
            text = QStringLiteral("<i>%1</i>").arg(text);
        if (r.background.isValid())
            text = QStringLiteral("<mark style=\"background-color:%1\">%2</mark>").arg(r.background.name(), text);
        out += text;
    }
    return out;
}

QString attributes(const QString &lang, bool rtl)
{
    QString out;
    if (!lang.isEmpty())
        out += QStringLiteral(" lang=\"%1\"").arg(e(lang));
    if (rtl)
        out += QStringLiteral(" dir=\"rtl\"");
    return out;
}

QString paragraph(const book::Paragraph &p)
{
    using book::Role;
    static const QMap<Role, QString> tags{{Role::Title, QStringLiteral("h1")}, {Role::Heading, QStringLiteral("h2")},
                                          {Role::Subheading, QStringLiteral("h4")}, {Role::BlockHeading, QStringLiteral("h3")},
                                          {Role::Quote, QStringLiteral("blockquote")}};
    static const QMap<Role, QString> classes{{Role::Subtitle, QStringLiteral("subtitle")}, {Role::Meta, QStringLiteral("meta")},
                                             {Role::Note, QStringLiteral("note")}, {Role::Item, QStringLiteral("item")}};
    const QString tag = tags.value(p.role, QStringLiteral("p"));
    QString attrs = attributes(p.lang, p.rtl);
    if (classes.contains(p.role))
        attrs += QStringLiteral(" class=\"%1\"").arg(classes.value(p.role));
    if (!p.anchor.isEmpty())
        attrs += QStringLiteral(" id=\"%1\"").arg(p.anchor);
    return QStringLiteral("<%1%2>%3</%1>\n").arg(tag, attrs, runs(p.runs));
}

QString table(const book::Table &t)
{
    QString out = QStringLiteral("<table>");
    out += QStringLiteral("<colgroup>");
    for (qreal w : t.widths)
        out += QStringLiteral("<col style=\"width:%1%\">").arg(qRound(w * 100));
    out += QStringLiteral("</colgroup><tr>");
    for (const QString &h : t.header)
        out += QStringLiteral("<th>%1</th>").arg(e(h));
    out += QStringLiteral("</tr>\n");
    for (const QList<book::Cell> &row : t.rows) {
        out += QStringLiteral("<tr>");
        for (const book::Cell &c : row)
            out += QStringLiteral("<td%1%2>%3</td>").arg(attributes(c.lang, c.rtl),
                       c.background.isValid() ? QStringLiteral(" style=\"background-color:%1\"").arg(c.background.name()) : QString(),
                       runs(c.runs));
        out += QStringLiteral("</tr>\n");
    }
    return out + QStringLiteral("</table>\n");
}

} // namespace

QString html(const Report &report)
{
    const book::Book b = book::build(report);
    QString out = QStringLiteral("<!DOCTYPE html>\n<html%1><head><meta charset=\"utf-8\"><title>%2</title><style>%3</style></head><body>\n")
                      .arg(attributes(b.lang, book::rightToLeft(b.lang)), e(b.title), QLatin1String(style));
    out += QStringLiteral("<header>\n");
    for (const book::Paragraph &p : b.cover)
        out += paragraph(p);
    out += QStringLiteral("</header>\n<nav><h2>%1</h2><ol>\n").arg(e(b.contentsTitle));
    for (const book::Item &item : b.body)
        if (const auto *p = std::get_if<book::Paragraph>(&item); p && !p->anchor.isEmpty())
            out += QStringLiteral("<li><a href=\"#%1\">%2</a></li>\n").arg(p->anchor, e(p->plainText()));
    out += QStringLiteral("</ol></nav>\n");
    for (const book::Item &item : b.body)
        out += std::holds_alternative<book::Paragraph>(item) ? paragraph(std::get<book::Paragraph>(item))
                                                            : table(std::get<book::Table>(item));
    out += QStringLiteral("</body></html>\n");
    return out;
}

} // namespace lectern::writers
