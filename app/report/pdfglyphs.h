#pragma once

#include <pango/pangocairo.h>

#include <QByteArray>

// Drawing Pango's laid-out text into a cairo PDF with every glyph mapped to the text it
// shows: glyphs go out in visual order, grouped in clusters that carry their characters, so
// the PDF's text extracts as written (ideographs, characters outside the BMP, Arabic
// letters rather than presentation forms) and right-to-left words stay whole. Backgrounds,
// colours and rises (note numbers) from the layout's attributes are drawn too.
namespace lectern::pdfglyphs {

void showLine(cairo_t *cr, PangoLayout *layout, PangoLayoutLine *line, double x, double baseline);
// The whole layout with its top-left corner at (x, y).
void showLayout(cairo_t *cr, PangoLayout *layout, double x, double y);

} // namespace lectern::pdfglyphs
