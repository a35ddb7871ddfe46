#pragma once

#include <QHash>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <utility>
#include <vector>

namespace lectern {

// The keys of a table in a trie, read forwards or backwards, so that the keys a text starts
// (or ends) with are found by walking the text once instead of trying every key.
class KeyIndex
{
public:
    enum class Direction { Forward, Backward };
    KeyIndex() = default;
    KeyIndex(const QList<QString> &keys, Direction direction);

    // The lengths of the keys that text starts with (Forward) or ends with (Backward),
    // shortest first.
    QVarLengthArray<int, 8> matches(QStringView text) const;
    // Whether a key starts at `at` (Forward), each character of text mapped by `map` first
    // (case folding, say).
    template<typename Map>
    bool startsAt(QStringView text, qsizetype at, Map map) const
    {
        int node = m_nodes.empty() ? -1 : 0;
        for (qsizetype i = at; node >= 0 && i < text.size(); ++i) {
            node = step(node, map(text[i]));
            if (node >= 0 && m_nodes[size_t(node)].end)
                return true;
        }
        return false;
    }
    bool isEmpty() const { return m_nodes.empty(); }

private:
    int step(int node, char16_t c) const; // the child for c, or -1
    struct Node {
        std::vector<std::pair<char16_t, int>> next; // sorted by character
        bool end = false;
    };
    std::vector<Node> m_nodes;
    Direction m_direction = Direction::Forward;
};

// A lexicon's word table (key in lower case → value) with its keys indexed both ways.
// Filled as a QHash, then reindex() once; the lookups in numberwords.h use the index while
// the table is unchanged since, else they try every key.
template<typename V>
class WordTable : public QHash<QString, V>
{
public:
    WordTable() = default;
    WordTable(const QHash<QString, V> &other) : QHash<QString, V>(other) {}
    WordTable &operator=(const QHash<QString, V> &other)
    {
        QHash<QString, V>::operator=(other);
        return *this;
    }

    void reindex()
    {
        const QList<QString> keys = this->keys();
        m_starts = KeyIndex(keys, KeyIndex::Direction::Forward);
        m_ends = KeyIndex(keys, KeyIndex::Direction::Backward);
        m_indexed = *this; // shares the data until either changes
    }
    // The index, while the table is exactly what was indexed (any change detaches the data).
    const KeyIndex *starts() const { return upToDate() ? &m_starts : nullptr; }
    const KeyIndex *ends() const { return upToDate() ? &m_ends : nullptr; }

private:
    bool upToDate() const { return !m_starts.isEmpty() && this->isSharedWith(m_indexed); }
    KeyIndex m_starts, m_ends;
    QHash<QString, V> m_indexed;
};

} // namespace lectern
