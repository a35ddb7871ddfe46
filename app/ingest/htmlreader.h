#pragma once

#include "parseddocument.h"

struct GumboInternalNode;

namespace lectern::html {

// Reader mode over a parsed HTML tree: metadata from the head and JSON-LD, the article
// body from the element whose paragraphs score best, without navigation, asides, forms,
// link lists and boilerplate. Walks the tree iteratively, so depth costs no stack.
ParsedDocument readArticle(GumboInternalNode *root);

} // namespace lectern::html
