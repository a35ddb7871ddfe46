#include "wordtable.h"

#include <algorithm>

namespace lectern {

KeyIndex::KeyIndex(const QList<QString> &keys, Direction direction) : m_nodes(1), m_direction(direction)
{
    for (const QString &key : keys) {
        int node = 0;
        for (qsizetype i = 0; i < key.size(); ++i) {
            const char16_t c = key[direction == Direction::Forward ? i : key.size() - 1 - i].unicode();
            auto &next = m_nodes[size_t(node)].next;
            const auto it = std::find_if(next.begin(), next.end(), [c](const auto &edge) { return edge.first == c; });
            if (it != next.end()) {
                node = it->second;
            } else {
                next.emplace_back(c, int(m_nodes.size()));
                node = int(m_nodes.size());
                m_nodes.emplace_back();
            }
        }
        m_nodes[size_t(node)].end = true;
    }
    for (Node &node : m_nodes)
        std::sort(node.next.begin(), node.next.end());
}

int KeyIndex::step(int node, char16_t c) const
{
    const auto &next = m_nodes[size_t(node)].next;
    const auto it = std::lower_bound(next.begin(), next.end(), c, [](const auto &edge, char16_t x) { return edge.first < x; });
    return it == next.end() || it->first != c ? -1 : it->second;
}

QVarLengthArray<int, 8> KeyIndex::matches(QStringView text) const
{
    QVarLengthArray<int, 8> lengths;
    int node = m_nodes.empty() ? -1 : 0;
    for (qsizetype i = 0; node >= 0 && i < text.size(); ++i) {
        node = step(node, text[m_direction == Direction::Forward ? i : text.size() - 1 - i].unicode());
        if (node >= 0 && m_nodes[size_t(node)].end)
            lengths.append(int(i + 1));
    }
    return lengths;
}

} // namespace lectern
