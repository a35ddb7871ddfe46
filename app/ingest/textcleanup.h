#pragma once

#include "parseddocument.h"

namespace lectern::cleanup {

// Paragraphs of a plain text: blank lines separate paragraphs; inside a paragraph, lines
// that look hard-wrapped are joined, other lines stay blocks of their own.
QList<RawBlock> blocksFromPlainText(QStringView text);

// Collapses runs of white space to one space and trims; keeps single line breaks.
QString normalizeSpace(QStringView text);

// Reads title, byline, outlet and date from the leading blocks of a plain document
// ("Source: X", "출처: X", "Written by X", "By X", "Af X", a date line), without removing
// those blocks: the text stays as written. Fills only what is still empty.
void readLeadingMetadata(ParsedDocument &doc);

// Removes what a reader does not want in the article: "Read also"/"Læs også" link lines
// and photo credits anywhere, and a trailing run of newsletter boxes, advertising, event
// and job listings. Recognised by cue words in many languages and by the shape of blocks.
void removeBoilerplate(QList<RawBlock> &blocks);

// A date in one of the common written forms ("2025-10-28", "28 October 2025",
// "October 28, 2025", "28. oktober 2025", "2025년 10월 28일", "2025年10月28日") as
// ISO 8601, or empty.
QString parseDate(QStringView text);

} // namespace lectern::cleanup
