#pragma once

#include "model/article.h"

#include <QList>

namespace lectern {

// Maps between offsets in an article's canonical text and positions in the viewer's
// QTextDocument. The viewer gives each Block a QTextBlock of its own, so the two-character
// "\n\n" between blocks becomes one block separator: block i sits i characters earlier.
class TextMap
{
public:
    TextMap() = default;
    explicit TextMap(const QList<Block> &blocks) : m_blocks(blocks) {}

    int toDocument(int offset) const;
    int toText(int position) const;
    // The block holding a canonical offset (the one before, for offsets between blocks).
    int blockIndex(int offset) const;

private:
    QList<Block> m_blocks;
};

} // namespace lectern
