#include "textmap.h"

#include <algorithm>

namespace lectern {

int TextMap::blockIndex(int offset) const
{
    const auto it = std::upper_bound(m_blocks.begin(), m_blocks.end(), offset,
                                     [](int value, const Block &b) { return value < b.start; });
    return std::max(0, int(it - m_blocks.begin()) - 1);
}

int TextMap::toDocument(int offset) const
{
    if (m_blocks.isEmpty())
        return offset;
    const int index = blockIndex(offset);
    const Block &block = m_blocks[index];
    return std::min(offset, block.end) - index;
}

int TextMap::toText(int position) const
{
    if (m_blocks.isEmpty())
        return position;
    // Block i starts at document position start_i - i; find the last block starting <= position.
    int low = 0, high = int(m_blocks.size()) - 1;
    while (low < high) {
        const int mid = (low + high + 1) / 2;
        if (m_blocks[mid].start - mid <= position)
            low = mid;
        else
            high = mid - 1;
    }
    return std::min(position + low, m_blocks[low].end);
}

} // namespace lectern
