#pragma once

// The pieces the quantity reader (quantity.cpp) is made of: digit normalisation, word
// lookups that tolerate inflection, CJK numerals and scales, years of other calendars.
// Internal to app/analysis.

#include "lexicon.h"
#include "wordtable.h"

#include <type_traits>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

namespace lectern::numbers {

struct Parsed {
    int start = 0;       // of the number (or spelled-out words)
    int end = 0;
    double value = 0;
    bool plainInteger = false; // digits only, no separators or decimals
    bool vague = false;        // "thousands of"
    bool spelled = false;
    bool moreThan = false;     // "1900多万", "2천300여"
    bool about = false;        // "כשלוש": about three
    QString ownUnit;           // a duration the word itself names ("שנתיים")
};

bool isCjkScale(QChar c);
double cjkScale(QChar c);
// Every decimal digit as ASCII, one for one, so offsets stay (see numberwords.cpp).
QString asciiDigits(QStringView text);
std::pair<int, QString> suffixIn(QStringView text, const QHash<QString, QString> &table, bool needBoundary,
                                 const KeyIndex *index = nullptr);
inline std::pair<int, QString> suffixIn(QStringView text, const WordTable<QString> &table, bool needBoundary)
{
    return suffixIn(text, table, needBoundary, table.ends());
}
std::pair<int, QString> durationIn(QStringView text, const Lexicon &lex);
bool isYearNumber(double value, const Lexicon &lex);
bool monthFirst(const QString &lang);
bool moreBeforeCounter(QStringView rest, const Lexicon &lex);
int skipSpaces(QStringView text, int at);
const WordTable<QString> &currencySymbols();
// Chinese and Japanese numerals (十四万, 二千三百) added to `found` where they count.
void readCjkNumerals(const QString &text, const Lexicon &lex, QList<Parsed> &found);

// The longest entry of `table` that `text` starts with (after spaces), as (length, value).
// Calls consider(key, value) with the keys of table that may start (or end) `lower`: from
// the index when there is one (the same answer, sooner), else every key.
template<typename Map, typename Consider>
void forEachCandidate(const Map &table, const KeyIndex *index, const QString &lower, bool atEnd, Consider consider)
{
    if (!index) {
        for (auto it = table.cbegin(); it != table.cend(); ++it)
            consider(it.key(), it.value());
        return;
    }
    for (int length : index->matches(lower)) {
        const QString key = atEnd ? lower.right(length) : lower.left(length);
        consider(key, table.value(key));
    }
}

template<typename Map>
std::pair<int, typename Map::mapped_type> prefixIn(QStringView text, const Map &table, bool needBoundary)
{
    std::pair<int, typename Map::mapped_type> best{0, {}};
    const QString lower = text.left(40).toString().toLower().replace(QChar(0x2019), QLatin1Char('\''));
    auto consider = [&](const QString &key, const typename Map::mapped_type &value) {
        if (key.size() <= best.first || !lower.startsWith(key))
            return;
        if (needBoundary && lower.size() > key.size() && lower.at(key.size()).isLetterOrNumber()
            && key.back().isLetterOrNumber())
            return;
        best = {int(key.size()), value};
    };
    const KeyIndex *index = nullptr;
    if constexpr (std::is_base_of_v<WordTable<typename Map::mapped_type>, Map>)
        index = table.starts();
    forEachCandidate(table, index, lower, false, consider);
    return best;
}

// A word of `table` at the start of `text`, in any inflection the table does not list: the
// word itself, or a word that starts with it and goes on for at most four letters
// ("månedene", "месяцами", "liradan", "binden", "рублей" for "рубл"). English inflects none
// of these beyond CLDR's forms ("weekly" is not weeks); scripts without spaces need no
// boundary at all.
template<typename Map>
std::pair<int, typename Map::mapped_type> inflectedIn(QStringView text, const Map &table, const Lexicon &lex,
                                                      int shortest = 3)
{
    const auto exact = prefixIn(text, table, !lex.spaceless);
    if (exact.first > 0 || lex.spaceless || lex.lang == QLatin1String("en"))
        return exact;
    const auto loose = prefixIn(text, table, false);
    if (loose.first < shortest || (!text.isEmpty() && text.front().isUpper()))
        return {0, {}}; // "Milano" is no "mila"
    int end = loose.first;
    while (end < text.size() && (text[end].isLetter() || text[end].isMark()) && end - loose.first < 5)
        ++end;
    if (end - loose.first > 4 || (end < text.size() && text[end].isLetter()))
        return {0, {}};
    // Turkish writes suffixes after an apostrophe: "TL'ye", "1.450'ye".
    return {end, loose.second};
}

} // namespace lectern::numbers
