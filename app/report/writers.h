#pragma once

#include "report.h"

#include <QByteArray>

namespace lectern::writers {

// One self-contained HTML file: inline CSS, no scripts, no remote resources; every text
// from the project is escaped. Highlights in tag colours with numbered notes.
QString html(const Report &report);
QString markdown(const Report &report);
// One row per annotation, link and claim: type, article, outlet, quote, tags, note, start,
// end, details. Cells a spreadsheet would run as a formula are neutralised.
QByteArray csv(const Report &report, bool byteOrderMark);
// The W3C Web Annotation data model: an AnnotationCollection of annotations with
// TextQuoteSelector and TextPositionSelector targets.
QByteArray webAnnotations(const Report &report);

} // namespace lectern::writers
