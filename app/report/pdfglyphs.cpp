#include "pdfglyphs.h"

#include <vector>

namespace lectern::pdfglyphs {

namespace {

struct RunStyle {
    const PangoColor *background = nullptr;
    const PangoColor *foreground = nullptr;
    int rise = 0;
};

RunStyle styleOf(const PangoItem *item)
{
    RunStyle style;
    for (const GSList *a = item->analysis.extra_attrs; a; a = a->next) {
        const auto *attr = static_cast<const PangoAttribute *>(a->data);
        switch (attr->klass->type) {
        case PANGO_ATTR_BACKGROUND: style.background = &reinterpret_cast<const PangoAttrColor *>(attr)->color; break;
        case PANGO_ATTR_FOREGROUND: style.foreground = &reinterpret_cast<const PangoAttrColor *>(attr)->color; break;
        case PANGO_ATTR_RISE: style.rise = reinterpret_cast<const PangoAttrInt *>(attr)->value; break;
        default: break;
        }
    }
    return style;
}

// One run's glyphs in the order they stand on the line, each cluster with the text it shows.
// Right-to-left runs keep their clusters in visual order too, so a reader of the PDF meets
// the glyphs as they are laid out and joins them into words; each cluster's text stays in
// logical order inside it.
void showRun(cairo_t *cr, const char *text, PangoGlyphItem *run, double x, double baseline)
{
    const PangoItem *item = run->item;
    const PangoGlyphString *glyphs = run->glyphs;
    const RunStyle style = styleOf(item);
    const double y = baseline - style.rise / double(PANGO_SCALE);
    // The byte length of each cluster: up to the next larger cluster start in the item.
    std::vector<int> starts(glyphs->log_clusters, glyphs->log_clusters + glyphs->num_glyphs);
    std::vector<int> sorted = starts;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    const auto length = [&](int start) {
        const auto next = std::upper_bound(sorted.begin(), sorted.end(), start);
        return (next == sorted.end() ? item->length : *next) - start;
    };
    std::vector<cairo_glyph_t> out;
    std::vector<cairo_text_cluster_t> clusters;
    QByteArray utf8;
    double pen = x;
    for (int i = 0; i < glyphs->num_glyphs;) {
        const int start = starts[size_t(i)];
        cairo_text_cluster_t cluster{length(start), 0};
        utf8.append(text + item->offset + start, cluster.num_bytes);
        for (; i < glyphs->num_glyphs && starts[size_t(i)] == start; ++i) {
            const PangoGlyphInfo &g = glyphs->glyphs[i];
            if (g.glyph != PANGO_GLYPH_EMPTY && !(g.glyph & PANGO_GLYPH_UNKNOWN_FLAG)) {
                out.push_back({g.glyph, pen + g.geometry.x_offset / double(PANGO_SCALE), y + g.geometry.y_offset / double(PANGO_SCALE)});
                ++cluster.num_glyphs;
            }
            pen += g.geometry.width / double(PANGO_SCALE);
        }
        clusters.push_back(cluster);
    }
    if (style.background) {
        PangoRectangle logical;
        pango_glyph_string_extents(run->glyphs, item->analysis.font, nullptr, &logical);
        cairo_save(cr);
        cairo_set_source_rgb(cr, style.background->red / 65535.0, style.background->green / 65535.0, style.background->blue / 65535.0);
        cairo_rectangle(cr, x, baseline + logical.y / double(PANGO_SCALE), pen - x, logical.height / double(PANGO_SCALE));
        cairo_fill(cr);
        cairo_restore(cr);
    }
    cairo_save(cr);
    if (style.foreground)
        cairo_set_source_rgb(cr, style.foreground->red / 65535.0, style.foreground->green / 65535.0, style.foreground->blue / 65535.0);
    cairo_set_scaled_font(cr, pango_cairo_font_get_scaled_font(PANGO_CAIRO_FONT(item->analysis.font)));
    cairo_show_text_glyphs(cr, utf8.constData(), int(utf8.size()), out.data(), int(out.size()), clusters.data(),
                           int(clusters.size()), cairo_text_cluster_flags_t(0));
    cairo_restore(cr);
}

} // namespace

void showLine(cairo_t *cr, PangoLayout *layout, PangoLayoutLine *line, double x, double baseline)
{
    const char *text = pango_layout_get_text(layout);
    double pen = x;
    for (GSList *r = line->runs; r; r = r->next) {
        auto *run = static_cast<PangoGlyphItem *>(r->data);
        showRun(cr, text, run, pen, baseline);
        pen += pango_glyph_string_get_width(run->glyphs) / double(PANGO_SCALE);
    }
}

void showLayout(cairo_t *cr, PangoLayout *layout, double x, double y)
{
    PangoLayoutIter *iter = pango_layout_get_iter(layout);
    do {
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(iter, nullptr, &logical);
        showLine(cr, layout, pango_layout_iter_get_line_readonly(iter), x + logical.x / double(PANGO_SCALE),
                 y + pango_layout_iter_get_baseline(iter) / double(PANGO_SCALE));
    } while (pango_layout_iter_next_line(iter));
    pango_layout_iter_free(iter);
}

} // namespace lectern::pdfglyphs
