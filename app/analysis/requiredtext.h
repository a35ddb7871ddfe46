#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lectern {

// What every match of a regular expression must contain, read from its pattern: literal
// runs, alternations of literals, simple character classes and digits that stand at the top
// level and are not optional. mayMatchIn() is a cheap test that a text cannot hold a match;
// anything the reading does not understand asks for nothing, so a "yes" is always safe.
class RequiredText
{
public:
    // A text prepared once for many patterns: case-folded (for case-insensitive patterns),
    // with which ASCII characters and whether digits occur in it.
    class Text
    {
    public:
        Text(QStringView text, bool fold);
        bool contains(const QString &needle) const;
        bool hasDigit() const { return m_digit; }

    private:
        bool has(char16_t c) const;
        QString m_text;
        quint64 m_ascii[2] = {0, 0};
        bool m_digit = false;
    };

    RequiredText() = default;
    RequiredText(const QString &pattern, bool caseInsensitive);

    // False only when no match can lie within text (lookarounds may look outside it). The
    // text must be folded as the pattern is case-insensitive or not.
    bool mayMatchIn(const Text &text) const;
    // How many requirements were read (for tests).
    qsizetype size() const { return m_needs.size(); }

private:
    struct Need {
        QStringList anyOf;    // one of these strings
        bool orDigit = false; // or any decimal digit
    };
    void read(QStringView pattern);
    void addNeed(Need need);

    QList<Need> m_needs;
    bool m_caseInsensitive = false;
};

} // namespace lectern
