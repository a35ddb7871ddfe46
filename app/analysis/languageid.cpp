#include "languageid.h"

#include <cld2/public/compact_lang_det.h>

#include <QHash>
#include <QList>

#include <algorithm>

namespace CLD2 {
const char *LanguageCode(Language lang); // cld2/internal/lang_script.h
}

namespace lectern::language {

namespace {

// Scripts that name their language outright, with the weight of one character
// (an ideograph or syllable carries more than a Latin letter).
struct ScriptCount {
    double latin = 0, hangul = 0, kana = 0, han = 0, other = 0;
    QString otherLang;
};

QString languageOfScript(char32_t c)
{
    if (c >= 0x0370 && c <= 0x03FF) return QStringLiteral("el");
    if (c >= 0x0590 && c <= 0x05FF) return QStringLiteral("he");
    if (c >= 0x0E00 && c <= 0x0E7F) return QStringLiteral("th");
    if (c >= 0x10A0 && c <= 0x10FF) return QStringLiteral("ka");
    if (c >= 0x0530 && c <= 0x058F) return QStringLiteral("hy");
    return {};
}

ScriptCount countScripts(QStringView text)
{
    ScriptCount count;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (!QChar::isLetter(c))
            continue;
        if ((c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F))
            count.hangul += 3;
        else if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0xFF66 && c <= 0xFF9F))
            count.kana += 3;
        else if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || c >= 0x20000)
            count.han += 3;
        else if (c < 0x0250 || (c >= 0x1E00 && c <= 0x1EFF))
            count.latin += 1;
        else if (const QString lang = languageOfScript(c); !lang.isEmpty()) {
            count.other += 1;
            count.otherLang = lang;
        }
    }
    return count;
}

QString normalizeCode(const char *cldCode)
{
    const QString code = QString::fromLatin1(cldCode);
    if (code == QLatin1String("un") || code == QLatin1String("xxx") || code.isEmpty())
        return QStringLiteral("und");
    if (code == QLatin1String("iw")) return QStringLiteral("he");
    if (code == QLatin1String("no")) return QStringLiteral("nb");
    if (code.startsWith(QLatin1String("zh"))) return QStringLiteral("zh");
    return code;
}

Guess detectWithCld2(QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    bool reliable = false;
    const CLD2::Language lang = CLD2::DetectLanguage(utf8.constData(), int(utf8.size()), true, &reliable);
    return {normalizeCode(CLD2::LanguageCode(lang)), reliable};
}

} // namespace

Guess detectByScript(QStringView text)
{
    const ScriptCount count = countScripts(text);
    const double total = count.latin + count.hangul + count.kana + count.han + count.other;
    if (total == 0)
        return {QStringLiteral("und"), false};
    // Script shares decide where a script has one language; weights favour CJK, see above.
    if (count.hangul / total >= 0.3)
        return {QStringLiteral("ko"), true};
    if (count.kana / total >= 0.1 && (count.kana + count.han) / total >= 0.3)
        return {QStringLiteral("ja"), true};
    if (count.han / total >= 0.3 && count.kana == 0)
        return {QStringLiteral("zh"), true};
    if (count.other / total >= 0.5)
        return {count.otherLang, true};
    return {QStringLiteral("und"), false};
}

Guess detect(QStringView text)
{
    const Guess byScript = detectByScript(text);
    // A paragraph in another language further on is found on its own (detectBlock).
    return byScript.reliable ? byScript : detectWithCld2(text.left(JudgedLength));
}

namespace {

// Calls f with every word of text (letters only).
template<typename F>
void forEachWord(QStringView text, F f)
{
    qsizetype i = 0;
    while (i < text.size()) {
        if (!text[i].isLetter()) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && text[end].isLetter())
            ++end;
        f(text.mid(i, end - i));
        i = end;
    }
}

} // namespace

QSet<QString> commonWords(QStringView text)
{
    // Counted as written (no copies), folded afterwards: "The" and "the" are one word.
    QHash<QStringView, int> written;
    forEachWord(text, [&written](QStringView word) { ++written[word]; });
    QHash<QString, int> counts;
    for (auto it = written.cbegin(); it != written.cend(); ++it)
        counts[it.key().toString().toLower()] += it.value();
    QList<QPair<int, QString>> ranked;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() >= 3)
            ranked.append({-it.value(), it.key()});
    std::sort(ranked.begin(), ranked.end());
    QSet<QString> words;
    for (qsizetype i = 0; i < std::min<qsizetype>(ranked.size(), 30); ++i)
        words.insert(ranked[i].second);
    return words;
}

QString detectBlock(QStringView text, const QString &articleLang, const QSet<QString> &articleWords)
{
    if (text.size() >= 40 && !articleWords.isEmpty() && !detectByScript(text).reliable) {
        // A quarter of its words (three at least) among the article's most used: the
        // article's language. A quoted paragraph in another language shares few of them.
        int words = 0, common = 0;
        forEachWord(text, [&](QStringView word) {
            ++words;
            if (articleWords.contains(word.toString().toLower()))
                ++common;
        });
        if (common >= 3 && common * 4 >= words)
            return {};
    }
    // Statistics need some text: a short line is only told apart by its script.
    const Guess guess = text.size() >= 40 ? detect(text) : detectByScript(text);
    if (guess.code == QLatin1String("und") || guess.code == articleLang)
        return {};
    // Kanji-only lines in a Japanese article are Japanese.
    if (guess.code == QLatin1String("zh") && articleLang == QLatin1String("ja"))
        return {};
    // Script-based guesses are sure even for a short line; statistics need some text.
    const bool scriptBased = guess.code == QLatin1String("ko") || guess.code == QLatin1String("ja")
        || guess.code == QLatin1String("zh");
    if (scriptBased || (guess.reliable && text.size() >= 40))
        return guess.code;
    return {};
}

} // namespace lectern::language
