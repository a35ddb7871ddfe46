#pragma once

#include <QRegularExpression>
#include <QStringList>

#include "wordtable.h"

#include <vector>
#include <algorithm>

namespace lectern {

// A lexicon's list of cue phrases as one regular expression, with a cheap gate in front:
// the regular expression runs only where a phrase's first word could start (a walk through
// a trie of first words, case-folded), so a sentence without any of them costs a scan of
// its word starts instead of a full match. Results are exactly the regular expression's.
class PhrasePattern
{
public:
    PhrasePattern();
    // Phrases (longest first) as whole words unless spaceless; a phrase may go on for up to
    // `inflection` letters ("despedirá" for "despedir").
    PhrasePattern(const QStringList &phrases, bool spaceless, int inflection);

    // One of `letters` may be joined to the front of a phrase: "وقال" (and said), "בשלושה".
    void allowJoinedPrefix(const QString &letters);

    QRegularExpressionMatch match(QStringView subject, qsizetype offset = 0,
                                  QRegularExpression::MatchType type = QRegularExpression::NormalMatch,
                                  QRegularExpression::MatchOptions options = QRegularExpression::NoMatchOption) const;
    QRegularExpressionMatchIterator globalMatch(QStringView subject) const;
    bool isValid() const { return m_regex.isValid(); }
    const QRegularExpression &regex() const { return m_regex; }

private:
    // Whether a phrase could start at some position from `from` on (only at `from` when anchored).
    bool mayMatch(QStringView subject, qsizetype from, bool anchored) const;
    bool startsHere(QStringView subject, qsizetype at) const;

    QRegularExpression m_regex;
    KeyIndex m_firstWords;      // case-folded
    std::vector<bool> m_firsts; // the first characters of the phrases, by UTF-16 code unit
    bool m_always = false;   // a phrase with no first word to look for: always run the regex
    bool m_anywhere = false; // phrases may start inside a word
};

} // namespace lectern
