#include "searchtext.h"

#include <QStringView>

#include <algorithm>

namespace lectern::searchtext {

bool isSpacelessScript(char32_t c)
{
    return (c >= 0x1100 && c <= 0x11FF)      // Hangul Jamo
        || (c >= 0x3130 && c <= 0x318F)      // Hangul compatibility Jamo
        || (c >= 0xAC00 && c <= 0xD7AF)      // Hangul syllables
        || (c >= 0x3040 && c <= 0x30FF)      // Hiragana, Katakana
        || (c >= 0x31F0 && c <= 0x31FF)      // Katakana phonetic extensions
        || (c >= 0x3400 && c <= 0x4DBF)      // CJK extension A
        || (c >= 0x4E00 && c <= 0x9FFF)      // CJK unified ideographs
        || (c >= 0xF900 && c <= 0xFAFF)      // CJK compatibility ideographs
        || (c >= 0xFF66 && c <= 0xFF9F)      // half-width Katakana
        || (c >= 0x20000 && c <= 0x3134F)    // CJK extensions B-G
        || (c >= 0x0E00 && c <= 0x0EFF)      // Thai, Lao
        || (c >= 0x1000 && c <= 0x109F)      // Myanmar
        || (c >= 0x1780 && c <= 0x17FF);     // Khmer
}

namespace {

// Splits text into code points, calling onRun(run, spaceless) for maximal runs.
template<typename Emit>
void forEachRun(QStringView text, Emit onRun)
{
    qsizetype runStart = 0;
    bool runSpaceless = false;
    qsizetype i = 0;
    while (i < text.size()) {
        char32_t c = text[i].unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            width = 2;
        }
        const bool spaceless = isSpacelessScript(c);
        if (i == 0) {
            runSpaceless = spaceless;
        } else if (spaceless != runSpaceless) {
            onRun(text.mid(runStart, i - runStart), runSpaceless);
            runStart = i;
            runSpaceless = spaceless;
        }
        i += width;
    }
    if (i > runStart)
        onRun(text.mid(runStart, i - runStart), runSpaceless);
}

QList<QStringView> codePoints(QStringView run)
{
    QList<QStringView> points;
    for (qsizetype i = 0; i < run.size();) {
        const qsizetype width = (run[i].isHighSurrogate() && i + 1 < run.size()) ? 2 : 1;
        points.append(run.mid(i, width));
        i += width;
    }
    return points;
}

void appendBigrams(QString &out, QStringView run)
{
    const auto points = codePoints(run);
    out += QLatin1Char(' ');
    if (points.size() == 1) {
        out += points.first();
    } else {
        for (qsizetype i = 0; i + 1 < points.size(); ++i) {
            if (i > 0)
                out += QLatin1Char(' ');
            out += points[i];
            out += points[i + 1];
        }
    }
    out += QLatin1Char(' ');
}

// The tokens FTS5's unicode61 would see in a non-spaceless run: letters, digits, marks.
QStringList wordTokens(QStringView run)
{
    QStringList tokens;
    QString current;
    for (QChar c : run) {
        if (c.isLetterOrNumber() || c.isMark() || c.isSurrogate()) {
            current += c;
        } else if (!current.isEmpty()) {
            tokens.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        tokens.append(current);
    return tokens;
}

// One term or phrase as an FTS5 phrase string; prefix applies to its last token.
QString ftsPhrase(const QString &term, bool prefix)
{
    QStringList tokens;
    bool endsWithSingleSpaceless = false;
    forEachRun(term, [&](QStringView run, bool spaceless) {
        if (spaceless) {
            const QString bigrams = indexText(run).simplified();
            tokens += bigrams.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            endsWithSingleSpaceless = codePoints(run).size() == 1;
        } else {
            const QStringList words = wordTokens(run);
            tokens += words;
            if (!words.isEmpty())
                endsWithSingleSpaceless = false;
        }
    });
    if (tokens.isEmpty())
        return {};
    // A lone CJK character is indexed inside bigrams: match it as a prefix of one.
    const bool asPrefix = prefix || endsWithSingleSpaceless;
    return QLatin1Char('"') + tokens.join(QLatin1Char(' ')) + QLatin1Char('"')
        + (asPrefix ? QStringLiteral(" *") : QString());
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

} // namespace

QString indexText(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    forEachRun(text, [&out](QStringView run, bool spaceless) {
        if (spaceless)
            appendBigrams(out, run);
        else
            out += run;
    });
    return out;
}

Query parseQuery(const QString &input)
{
    Query query;
    QStringList phrases;
    qsizetype i = 0;
    while (i < input.size()) {
        if (input[i].isSpace()) {
            ++i;
            continue;
        }
        QString term;
        if (input[i] == QLatin1Char('"')) {
            const qsizetype close = input.indexOf(QLatin1Char('"'), i + 1);
            const qsizetype end = close < 0 ? input.size() : close;
            term = input.mid(i + 1, end - i - 1).simplified();
            i = end + 1;
        } else {
            qsizetype end = i;
            while (end < input.size() && !input[end].isSpace())
                ++end;
            term = input.mid(i, end - i);
            i = end;
        }
        const bool prefix = term.endsWith(QLatin1Char('*'));
        while (term.endsWith(QLatin1Char('*')))
            term.chop(1);
        const QString phrase = ftsPhrase(term, prefix);
        if (phrase.isEmpty())
            continue;
        phrases.append(phrase);
        query.terms.append(term);
    }
    query.fts = phrases.join(QLatin1Char(' '));
    return query;
}

QString fold(QStringView text, QList<int> *map)
{
    QString out;
    out.reserve(text.size());
    if (map) {
        map->clear();
        map->reserve(text.size() + 1);
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isSurrogate() || c.unicode() < 0x80) {
            out += c.isSurrogate() ? c : c.toCaseFolded();
            if (map)
                map->append(int(i));
            continue;
        }
        const QString decomposed = c.decomposition();
        const QChar base = decomposed.isEmpty() ? c : decomposed.at(0);
        if (c.isMark())
            continue; // a combining mark folds away with the letter before it
        out += base.toCaseFolded();
        if (map)
            map->append(int(i));
    }
    if (map)
        map->append(int(text.size()));
    return out;
}

Snippet makeSnippet(const QString &text, const QStringList &terms, int radius)
{
    Snippet snippet;
    QList<int> map;
    const QString folded = fold(text, &map);
    QList<QPair<int, int>> matches; // in folded coordinates
    for (const QString &term : terms) {
        const QString needle = fold(term);
        if (needle.isEmpty())
            continue;
        const bool wordBounded = isWordChar(needle.front()) && !isSpacelessScript(needle.front().unicode());
        for (qsizetype at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
            if (wordBounded && at > 0 && isWordChar(folded[at - 1]))
                continue;
            matches.append({int(at), int(at + needle.size())});
        }
    }
    if (matches.isEmpty()) {
        snippet.text = text.left(2 * radius);
        return snippet;
    }
    std::sort(matches.begin(), matches.end());
    const int first = map[matches.first().first];
    snippet.matchStart = first;
    int from = std::max(0, first - radius);
    int to = std::min(int(text.size()), first + radius);
    // Start and end on word boundaries where one is near.
    while (from > 0 && from > first - radius - 15 && !text[from - 1].isSpace())
        --from;
    while (to < text.size() && to < first + radius + 15 && !text[to].isSpace())
        ++to;
    const QString prefix = from > 0 ? QStringLiteral("…") : QString();
    snippet.text = prefix + text.mid(from, to - from).replace(QLatin1Char('\n'), QLatin1Char(' '))
        + (to < text.size() ? QStringLiteral("…") : QString());
    for (const auto &m : std::as_const(matches)) {
        const int start = map[m.first];
        const int end = map[m.second];
        if (start >= from && end <= to)
            snippet.marks.append({int(prefix.size()) + start - from, int(prefix.size()) + end - from});
    }
    return snippet;
}

} // namespace lectern::searchtext
