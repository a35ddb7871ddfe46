#pragma once

#include "parseddocument.h"

#include <QByteArray>

namespace lectern::formats {

// Each parser throws ImportError when the file cannot become an article.
ParsedDocument parseText(const QByteArray &bytes);
ParsedDocument parseHtml(const QByteArray &bytes);
ParsedDocument parseMarkdown(const QByteArray &bytes);
ParsedDocument parsePdf(const QByteArray &bytes);

// The deepest element nesting of an HTML text by a cheap tag scan (void and
// self-closing elements do not nest). Used to refuse pathological files before parsing.
int htmlNestingDepth(const QByteArray &html);

} // namespace lectern::formats
