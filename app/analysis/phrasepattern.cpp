#include "phrasepattern.h"

#include <algorithm>

namespace lectern {

namespace {

// Case folding that never tells apart what a caseless match joins: simple folding, and the
// Turkish i's folded together (more permissive than PCRE, which is safe for a gate).
char16_t foldOne(char16_t u)
{
    if (u == 0x130 || u == 0x131)
        return u'i';
    // Pairs PCRE2 matches caselessly that simple folding keeps apart.
    if (u == 0x1FD3)
        return 0x390;
    if (u == 0x1FE3)
        return 0x3B0;
    if (u == 0xFB05)
        return 0xFB06;
    return QChar::toCaseFolded(QChar::toLower(u));
}

// One table for every UTF-16 unit (128 KB), filled before main.
const std::vector<char16_t> foldTable = [] {
    std::vector<char16_t> t(0x10000);
    for (char32_t u = 0; u < 0x10000; ++u)
        t[u] = foldOne(char16_t(u));
    return t;
}();

inline char16_t fold(QChar c)
{
    return foldTable[c.unicode()];
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

} // namespace

PhrasePattern::PhrasePattern() : m_regex(QStringLiteral("(?!)")) {}

PhrasePattern::PhrasePattern(const QStringList &phrases, bool spaceless, int inflection)
    : m_anywhere(spaceless)
{
    QStringList sorted = phrases;
    sorted.removeAll(QString());
    if (sorted.isEmpty()) {
        m_regex = QRegularExpression(QStringLiteral("(?!)")); // matches nothing
        return;
    }
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList escaped;
    for (const QString &word : std::as_const(sorted))
        escaped << QRegularExpression::escape(word).replace(QStringLiteral("\\ "), QStringLiteral("\\s+"))
                       .replace(QStringLiteral("'"), QStringLiteral("['’]"))
                       .replace(QStringLiteral("’"), QStringLiteral("['’]"));
    const QString alternation = QStringLiteral("(?:") + escaped.join(QLatin1Char('|')) + QLatin1Char(')');
    const QString pattern = spaceless ? alternation
                                      : QStringLiteral("(?<![\\p{L}\\p{N}])") + alternation
                                            + (inflection > 0 ? QStringLiteral("\\p{L}{0,%1}").arg(inflection) : QString())
                                            + QStringLiteral("(?![\\p{L}\\p{N}])");
    m_regex = QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    m_regex.optimize();
    // The first words: up to a space or an apostrophe, which the pattern widens.
    QStringList firstWords;
    m_firsts.assign(0x10000, false);
    for (const QString &phrase : std::as_const(sorted)) {
        QString word;
        for (QChar c : phrase) {
            if (c.isSpace() || c == QLatin1Char('\'') || c == QChar(0x2019))
                break;
            word += QChar(fold(c));
        }
        // Case outside the BMP (Adlam, Deseret) is not folded here: such phrases always run.
        if (word.isEmpty() || std::any_of(word.begin(), word.end(), [](QChar c) { return c.isSurrogate(); }))
            m_always = true;
        else
            m_firsts[word.front().unicode()] = true;
        firstWords << word;
    }
    m_firstWords = KeyIndex(firstWords, KeyIndex::Direction::Forward);
}

void PhrasePattern::allowJoinedPrefix(const QString &letters)
{
    QString pattern = m_regex.pattern();
    pattern.replace(QStringLiteral("(?<![\\p{L}\\p{N}])(?:"),
                    QStringLiteral("(?<![\\p{L}\\p{N}])[%1]?(?:").arg(letters));
    m_regex.setPattern(pattern);
    m_regex.optimize();
    m_anywhere = true; // the first word then starts after a letter
}

bool PhrasePattern::startsHere(QStringView subject, qsizetype at) const
{
    return m_firstWords.startsAt(subject, at, [](QChar c) { return fold(c); });
}

bool PhrasePattern::mayMatch(QStringView subject, qsizetype from, bool anchored) const
{
    if (m_always)
        return true;
    // Anchored, a phrase starts at `from`, or one letter later after a joined prefix.
    const qsizetype last = anchored ? std::min(from + (m_anywhere ? 2 : 1), subject.size()) : subject.size();
    if (m_firsts.empty())
        return false;
    for (qsizetype at = from; at < last; ++at) {
        if (!m_firsts[fold(subject[at])])
            continue;
        if (!m_anywhere && at > 0 && isWordChar(subject[at - 1]))
            continue;
        if (startsHere(subject, at))
            return true;
    }
    return false;
}

QRegularExpressionMatch PhrasePattern::match(QStringView subject, qsizetype offset, QRegularExpression::MatchType type,
                                             QRegularExpression::MatchOptions options) const
{
    if (!mayMatch(subject, std::max<qsizetype>(0, offset), options.testFlag(QRegularExpression::AnchorAtOffsetMatchOption)))
        return {};
    return m_regex.match(subject, offset, type, options);
}

QRegularExpressionMatchIterator PhrasePattern::globalMatch(QStringView subject) const
{
    if (!mayMatch(subject, 0, false))
        return {};
    return m_regex.globalMatch(subject);
}

} // namespace lectern
