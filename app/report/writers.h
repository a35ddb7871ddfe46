#pragma once

#include "report.h"

#include <QByteArray>

#include <optional>

namespace lectern::writers {

// One self-contained HTML file: inline CSS, no scripts, no remote resources; every text
// from the project is escaped. Highlights in tag colours with numbered notes.
QString html(const Report &report);
QString markdown(const Report &report);
// One row per annotation, link and claim: type, article, outlet, quote, tags, note, start,
// end, details. Cells a spreadsheet would run as a formula are neutralised. UTF-8 for
// Python and R; with a byte order mark for Excel; UTF-16 (little-endian, with its mark) for
// LibreOffice, which reads a UTF-8 file as Windows-1252 when it converts without asking.
enum class CsvEncoding { Utf8, Utf8WithBom, Utf16 };
QByteArray csv(const Report &report, CsvEncoding encoding = CsvEncoding::Utf8);
// "utf-8", "utf-8-bom", "utf-16" as the command line takes them; nothing for another word.
std::optional<CsvEncoding> csvEncoding(const QString &name);
// The W3C Web Annotation data model: an AnnotationCollection of annotations with
// TextQuoteSelector and TextPositionSelector targets.
QByteArray webAnnotations(const Report &report);

} // namespace lectern::writers
