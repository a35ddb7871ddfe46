#pragma once

#include "parseddocument.h"

#include <QByteArray>

namespace lectern::formats {

// Each parser throws ImportError when the file cannot become an article.
ParsedDocument parseText(const QByteArray &bytes);
ParsedDocument parseHtml(const QByteArray &bytes);
ParsedDocument parseMarkdown(const QByteArray &bytes);
ParsedDocument parsePdf(const QByteArray &bytes);

// The deepest element nesting of an HTML text by a linear tag scan that follows HTML5's
// tree-building rules in outline (see htmlformat.cpp), and the most attributes one element
// has. Used to refuse pathological files before parsing.
int htmlNestingDepth(const QByteArray &html, int *mostAttributes = nullptr);

} // namespace lectern::formats
