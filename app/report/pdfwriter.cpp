// The PDF report through Pango and cairo: Pango shapes and breaks every script (HarfBuzz,
// FriBidi), cairo writes fonts with ToUnicode maps from the text itself, so copying and
// searching give back what was written, ideographs and characters outside the BMP included.
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "pdfglyphs.h"
#include "pdfwriter.h"

#include <QHash>
#include <QLocale>

#include <vector>
#include <memory>

namespace lectern::writers {

namespace {

using book::Role;

constexpr double PageWidth = 595.276, PageHeight = 841.89; // A4 in points
constexpr double Margin = 56.7;                             // 20 mm
constexpr double TextWidth = PageWidth - 2 * Margin;
constexpr double Bottom = PageHeight - Margin;
constexpr double CellPadding = 4;

struct Style {
    bool serif = true;
    double size = 10.5;
    bool bold = false;
    bool italic = false;
    double before = 0, after = 6;
    double indent = 0;
    double grey = 0.13;
    bool keepWithNext = false;
};

Style styleFor(Role role)
{
    switch (role) {
    case Role::Title: return {false, 26, true, false, 180, 14, 0, 0.1, true};
    case Role::Subtitle: return {false, 15, false, false, 0, 10, 0, 0.3, true};
    case Role::Heading: return {false, 16, true, false, 22, 6, 0, 0.1, true};
    case Role::Subheading: return {false, 11.5, true, false, 12, 4, 0, 0.2, true};
    case Role::BlockHeading: return {true, 12, true, false, 10, 4, 0, 0.13, true};
    case Role::Meta: return {false, 9, false, false, 0, 3, 0, 0.4, false};
    case Role::Quote: return {true, 10.5, false, true, 0, 6, 18, 0.2, false};
    case Role::Note: return {true, 9.5, false, false, 2, 6, 0, 0.2, false};
    case Role::Item: return {true, 9.5, false, false, 0, 3, 12, 0.2, false};
    case Role::Body: break;
    }
    return {};
}

// A family for the script: Noto's Naskh for Arabic script, the CJK faces in the variant of
// the language (a Chinese 骨 is not a Japanese one); fontconfig falls back for the rest.
QByteArray families(bool serif, const QString &lang)
{
    const QString base = lang.section(QLatin1Char('-'), 0, 0);
    const QByteArray latin = serif ? "Noto Serif" : "Noto Sans";
    const QByteArray cjk = serif ? "Noto Serif CJK " : "Noto Sans CJK ";
    if (base == QLatin1String("ar") || base == QLatin1String("fa") || base == QLatin1String("ur"))
        return (serif ? "Noto Naskh Arabic," : "Noto Sans Arabic,") + latin;
    if (base == QLatin1String("he") || base == QLatin1String("yi"))
        return (serif ? "Noto Serif Hebrew,Noto Sans Hebrew," : "Noto Sans Hebrew,") + latin;
    if (base == QLatin1String("ja"))
        return latin + ',' + cjk + "JP";
    if (base == QLatin1String("ko"))
        return latin + ',' + cjk + "KR";
    if (base == QLatin1String("zh"))
        return latin + ',' + cjk + (lang.contains(QLatin1String("TW")) || lang.contains(QLatin1String("Hant")) ? "TC" : "SC");
    return latin + ',' + cjk + "JP";
}

struct LayoutDeleter {
    void operator()(PangoLayout *l) const { g_object_unref(l); }
};
using Layout = std::unique_ptr<PangoLayout, LayoutDeleter>;

guint16 channel(int value)
{
    return guint16(value * 257);
}

class Writer
{
public:
    Writer(const book::Book &book) : m_book(book)
    {
        m_surface = cairo_pdf_surface_create_for_stream(&Writer::write, this, PageWidth, PageHeight);
        m_cr = cairo_create(m_surface);
        m_fontMap = pango_cairo_font_map_new();
        for (int rtl = 0; rtl < 2; ++rtl) {
            m_context[rtl] = pango_font_map_create_context(m_fontMap);
            cairo_font_options_t *options = cairo_font_options_create();
            cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
            cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
            pango_cairo_context_set_font_options(m_context[rtl], options);
            cairo_font_options_destroy(options);
            pango_context_set_base_dir(m_context[rtl], rtl ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);
        }
        const QByteArray title = book.title.toUtf8();
        cairo_pdf_surface_set_metadata(m_surface, CAIRO_PDF_METADATA_TITLE, title.constData());
        cairo_pdf_surface_set_metadata(m_surface, CAIRO_PDF_METADATA_CREATOR, "Lectern");
    }

    ~Writer()
    {
        for (PangoContext *c : m_context)
            g_object_unref(c);
        g_object_unref(m_fontMap);
        cairo_destroy(m_cr);
        cairo_surface_destroy(m_surface);
    }

    QByteArray run(QString *error)
    {
        // Measured first, then drawn: the contents need the page of every heading, and the
        // footer the number of pages.
        m_draw = false;
        m_page = 1;
        contents();
        const int contentsPages = m_page; // counted from 1
        m_page = 2 + contentsPages;
        m_y = Margin;
        body();
        m_pages = m_page;
        m_draw = true;
        m_page = 1;
        cover();
        newPage();
        contents();
        newPage();
        body();
        footer();
        cairo_surface_finish(m_surface);
        if (const cairo_status_t status = cairo_surface_status(m_surface); status != CAIRO_STATUS_SUCCESS) {
            if (error)
                *error = QString::fromUtf8(cairo_status_to_string(status));
            return {};
        }
        return m_bytes;
    }

private:
    static cairo_status_t write(void *closure, const unsigned char *data, unsigned int length)
    {
        static_cast<Writer *>(closure)->m_bytes.append(reinterpret_cast<const char *>(data), length);
        return CAIRO_STATUS_SUCCESS;
    }

    Layout layout(const QList<book::Run> &runs, const Style &style, double width, const QString &lang, bool rtl)
    {
        Layout l(pango_layout_new(m_context[rtl ? 1 : 0]));
        QByteArray text;
        PangoAttrList *attrs = pango_attr_list_new();
        for (const book::Run &r : runs) {
            const guint start = guint(text.size());
            text += r.text.toUtf8();
            const guint end = guint(text.size());
            auto add = [&](PangoAttribute *a) {
                a->start_index = start;
                a->end_index = end;
                pango_attr_list_insert(attrs, a);
            };
            if (r.background.isValid()) {
                add(pango_attr_background_new(channel(r.background.red()), channel(r.background.green()),
                                              channel(r.background.blue())));
            }
            if (r.strong)
                add(pango_attr_weight_new(PANGO_WEIGHT_BOLD));
            if (r.emphasis)
                add(pango_attr_style_new(PANGO_STYLE_ITALIC));
            if (r.footnote > 0) {
                add(pango_attr_rise_new(int(style.size * 0.35 * PANGO_SCALE)));
                add(pango_attr_scale_new(0.7));
                add(pango_attr_foreground_new(channel(90), channel(90), channel(90)));
            }
        }
        if (!lang.isEmpty()) {
            PangoAttribute *a = pango_attr_language_new(pango_language_from_string(lang.toUtf8().constData()));
            pango_attr_list_insert_before(attrs, a);
        }
        pango_layout_set_text(l.get(), text.constData(), int(text.size()));
        pango_layout_set_attributes(l.get(), attrs);
        pango_attr_list_unref(attrs);
        PangoFontDescription *font = pango_font_description_new();
        pango_font_description_set_family(font, families(style.serif, lang).constData());
        pango_font_description_set_size(font, int(style.size * PANGO_SCALE));
        pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
        pango_layout_set_font_description(l.get(), font);
        pango_font_description_free(font);
        pango_layout_set_width(l.get(), int(width * PANGO_SCALE));
        pango_layout_set_wrap(l.get(), PANGO_WRAP_WORD_CHAR);
        pango_layout_set_auto_dir(l.get(), false);
        pango_layout_set_alignment(l.get(), rtl ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
        pango_layout_set_spacing(l.get(), int(style.size * (rtl ? 0.5 : 0.25) * PANGO_SCALE));
        return l;
    }

    void newPage()
    {
        if (m_draw) {
            footer();
            cairo_show_page(m_cr);
        }
        ++m_page;
        m_y = Margin;
    }

    void footer()
    {
        if (!m_draw || m_page == 1)
            return;
        Style style{false, 8, false, false, 0, 0, 0, 0.45};
        const QString text = QStringLiteral("%1 · %2 / %3").arg(m_book.title, QLocale().toString(m_page), QLocale().toString(m_pages));
        Layout l = layout({book::Run{text}}, style, TextWidth, {}, false);
        pango_layout_set_alignment(l.get(), PANGO_ALIGN_CENTER);
        cairo_set_source_rgb(m_cr, style.grey, style.grey, style.grey);
        pdfglyphs::showLayout(m_cr, l.get(), Margin, PageHeight - Margin * 0.6);
    }

    double height(PangoLayout *l) const
    {
        PangoRectangle logical;
        pango_layout_get_extents(l, nullptr, &logical);
        return logical.height / double(PANGO_SCALE);
    }

    // Lines flow onto the next page where the page ends, never fewer than two at either end.
    // A heading is kept with this much of what follows it (0: nothing follows).
    void paragraph(const book::Paragraph &p, double following = 80)
    {
        const Style style = styleFor(p.role);
        const double indent = style.indent;
        Layout l = layout(p.runs, style, TextWidth - indent, p.lang, p.rtl);
        if (m_y > Margin)
            m_y += style.before;
        const int lines = pango_layout_get_line_count(l.get());
        double firstLines = 0;
        struct Line {
            double top, height, baseline, x;
            PangoLayoutLine *line;
        };
        QList<Line> extents;
        PangoLayoutIter *iter = pango_layout_get_iter(l.get());
        do {
            PangoRectangle logical;
            pango_layout_iter_get_line_extents(iter, nullptr, &logical);
            extents.append({logical.y / double(PANGO_SCALE), logical.height / double(PANGO_SCALE),
                            pango_layout_iter_get_baseline(iter) / double(PANGO_SCALE), logical.x / double(PANGO_SCALE),
                            pango_layout_iter_get_line_readonly(iter)});
        } while (pango_layout_iter_next_line(iter));
        pango_layout_iter_free(iter);
        for (int i = 0; i < std::min(lines, 2); ++i)
            firstLines += extents[i].height;
        // A heading is kept with what follows: three lines, or a table's header and first rows.
        const double needed = style.keepWithNext ? height(l.get()) + following : lines <= 3 ? height(l.get()) : firstLines;
        if (m_y + needed > Bottom && m_y > Margin)
            newPage();
        if (!p.anchor.isEmpty()) {
            m_anchors[p.anchor] = m_page;
            if (m_draw) {
                const QByteArray name = "name='" + p.anchor.toUtf8() + "'";
                cairo_tag_begin(m_cr, CAIRO_TAG_DEST, name.constData());
                cairo_tag_end(m_cr, CAIRO_TAG_DEST);
                const QByteArray dest = "dest='" + p.anchor.toUtf8() + "'";
                cairo_pdf_surface_add_outline(m_surface, CAIRO_PDF_OUTLINE_ROOT, p.plainText().toUtf8().constData(),
                                              dest.constData(), cairo_pdf_outline_flags_t(0));
            }
        }
        cairo_set_source_rgb(m_cr, style.grey, style.grey, style.grey);
        double shift = m_y - extents[0].top; // page y of the layout's top
        for (int i = 0; i < lines; ++i) {
            const bool lastTwo = lines >= 4 && i == lines - 2;
            const double need = lastTwo ? extents[i].height + extents[i + 1].height : extents[i].height;
            if (shift + extents[i].top + need > Bottom && i > 0) {
                newPage();
                shift = m_y - extents[i].top;
                cairo_set_source_rgb(m_cr, style.grey, style.grey, style.grey);
            }
            if (m_draw) {
                pdfglyphs::showLine(m_cr, l.get(), extents[i].line, Margin + (p.rtl ? 0 : indent) + extents[i].x,
                                    shift + extents[i].baseline);
            }
        }
        m_y = shift + extents.last().top + extents.last().height + style.after;
    }

    double row(const QList<book::Cell> &cells, const QList<qreal> &widths, bool header)
    {
        Style style{false, 8.5, header, false, 0, 0, 0, 0.13};
        std::vector<Layout> layouts;
        double tallest = 0;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const double width = widths.value(c, 1.0 / cells.size()) * TextWidth - 2 * CellPadding;
            layouts.push_back(layout(cells[c].runs, style, width, cells[c].lang, cells[c].rtl));
            tallest = std::max(tallest, height(layouts.back().get()));
        }
        const double rowHeight = tallest + 2 * CellPadding;
        if (!m_draw)
            return rowHeight;
        double x = Margin;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const double width = widths.value(c, 1.0 / cells.size()) * TextWidth;
            const QColor bg = header ? QColor(0xee, 0xee, 0xee) : cells[c].background;
            if (bg.isValid()) {
                cairo_set_source_rgb(m_cr, bg.redF(), bg.greenF(), bg.blueF());
                cairo_rectangle(m_cr, x, m_y, width, rowHeight);
                cairo_fill(m_cr);
            }
            cairo_set_source_rgb(m_cr, 0.75, 0.75, 0.75);
            cairo_set_line_width(m_cr, 0.5);
            cairo_rectangle(m_cr, x, m_y, width, rowHeight);
            cairo_stroke(m_cr);
            cairo_set_source_rgb(m_cr, style.grey, style.grey, style.grey);
            pdfglyphs::showLayout(m_cr, layouts[size_t(c)].get(), x + CellPadding, m_y + CellPadding);
            x += width;
        }
        return rowHeight;
    }

    void table(const book::Table &t)
    {
        QList<book::Cell> header;
        for (const QString &h : t.header)
            header.append(book::Cell{{book::Run{h}}, {}, false, {}});
        const bool drawing = m_draw;
        m_draw = false;
        const double headerHeight = row(header, t.widths, true);
        m_draw = drawing;
        m_y += 4;
        m_draw = false;
        const double firstRow = t.rows.isEmpty() ? 0 : row(t.rows.first(), t.widths, false);
        m_draw = drawing;
        if (m_y + headerHeight + std::min(firstRow, Bottom - Margin - headerHeight) > Bottom)
            newPage();
        m_y += row(header, t.widths, true);
        for (const QList<book::Cell> &cells : t.rows) {
            m_draw = false;
            const double h = row(cells, t.widths, false);
            m_draw = drawing;
            if (m_y + h > Bottom && m_y > Margin + headerHeight) {
                newPage();
                m_y += row(header, t.widths, true); // the header again on every page
            }
            m_y += row(cells, t.widths, false);
        }
        m_y += 10;
    }

    void cover()
    {
        m_y = Margin;
        for (const book::Paragraph &p : m_book.cover)
            paragraph(p);
    }

    void contents()
    {
        book::Paragraph title;
        title.role = Role::Heading;
        title.runs = {book::Run{m_book.contentsTitle}};
        title.lang = m_book.lang;
        title.rtl = book::rightToLeft(m_book.lang);
        paragraph(title);
        for (const book::Item &item : m_book.body) {
            const auto *p = std::get_if<book::Paragraph>(&item);
            if (!p || p->anchor.isEmpty())
                continue;
            book::Paragraph entry = *p;
            entry.role = Role::Item;
            entry.anchor.clear();
            const QString number = m_anchors.contains(p->anchor) ? QLocale().toString(m_anchors.value(p->anchor)) : QStringLiteral("000");
            if (m_draw) {
                const QByteArray link = "dest='" + p->anchor.toUtf8() + "'";
                cairo_tag_begin(m_cr, CAIRO_TAG_LINK, link.constData());
            }
            Style style = styleFor(Role::Item);
            Layout l = layout(entry.runs, style, TextWidth - 60, entry.lang, entry.rtl);
            const double h = height(l.get());
            if (m_y + h > Bottom)
                newPage();
            if (m_draw) {
                cairo_set_source_rgb(m_cr, 0.13, 0.13, 0.13);
                pdfglyphs::showLayout(m_cr, l.get(), Margin + (entry.rtl ? 0 : 12), m_y);
                Layout n = layout({book::Run{number}}, style, 40, {}, false);
                pango_layout_set_alignment(n.get(), PANGO_ALIGN_RIGHT);
                pdfglyphs::showLayout(m_cr, n.get(), PageWidth - Margin - 40, m_y + h - height(n.get()));
                cairo_tag_end(m_cr, CAIRO_TAG_LINK);
            }
            m_y += h + 3;
        }
    }

    // How much of an item must stand on the page under a heading: a table's header and first
    // row, a paragraph's first three lines.
    double start(const book::Item &item)
    {
        const bool drawing = m_draw;
        m_draw = false;
        double h = 0;
        if (const auto *t = std::get_if<book::Table>(&item)) {
            QList<book::Cell> header;
            for (const QString &text : t->header)
                header.append(book::Cell{{book::Run::bold(text)}, {}, false, {}});
            h = 4 + row(header, t->widths, true) + (t->rows.isEmpty() ? 0 : row(t->rows.first(), t->widths, false));
        } else {
            const auto &p = std::get<book::Paragraph>(item);
            const Style style = styleFor(p.role);
            Layout l = layout(p.runs, style, TextWidth - style.indent, p.lang, p.rtl);
            h = style.before + std::min(height(l.get()), 3 * style.size * 1.6);
        }
        m_draw = drawing;
        return std::min(h, Bottom - Margin - 60);
    }

    void body()
    {
        const QList<book::Item> &items = m_book.body;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (const auto *p = std::get_if<book::Paragraph>(&items[i]))
                paragraph(*p, i + 1 < items.size() && styleFor(p->role).keepWithNext ? start(items[i + 1]) : 0);
            else
                table(std::get<book::Table>(items[i]));
        }
    }

    const book::Book &m_book;
    cairo_surface_t *m_surface = nullptr;
    cairo_t *m_cr = nullptr;
    PangoFontMap *m_fontMap = nullptr;
    PangoContext *m_context[2] = {nullptr, nullptr};
    QByteArray m_bytes;
    QHash<QString, int> m_anchors;
    bool m_draw = false;
    int m_page = 1;
    int m_pages = 1;
    double m_y = Margin;
};

} // namespace

QByteArray pdf(const book::Book &book, QString *error)
{
    Writer writer(book);
    return writer.run(error);
}

} // namespace lectern::writers
