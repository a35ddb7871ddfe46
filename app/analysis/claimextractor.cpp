#include "claimextractor.h"

#include "lexicon.h"
#include "quantity.h"

#include <QHash>
#include <QRegularExpression>

#include <unicode/brkiter.h>
#include <unicode/locid.h>

#include <memory>

namespace lectern {

int extractorVersion()
{
    return 1;
}

namespace {

// A sentence longer than this is cut into windows of at most this size (a text without full
// stops, a list run together): every rule below then looks at a bounded span, and the
// whole extraction stays linear in the text.
constexpr int MaxSentence = 1000;

void appendWindows(QStringView text, int s, int e, QList<QPair<int, int>> &result)
{
    while (e - s > MaxSentence) {
        // Cut after the last space or punctuation in the window's last fifth; else at the limit,
        // never between the halves of a surrogate pair.
        int cut = s + MaxSentence;
        for (int i = cut; i > s + MaxSentence * 4 / 5; --i) {
            if (text[i - 1].isSpace() || text[i - 1].isPunct()) {
                cut = i;
                break;
            }
        }
        if (text[cut - 1].isHighSurrogate())
            --cut;
        int end = cut;
        while (end > s && text[end - 1].isSpace())
            --end;
        if (end > s)
            result.append({s, end});
        s = cut;
        while (s < e && text[s].isSpace())
            ++s;
    }
    if (e > s)
        result.append({s, e});
}

// Sentence boundaries with ICU, with the standard abbreviation suppressions (Mr., Inc.).
QList<QPair<int, int>> sentences(QStringView text, const QString &lang)
{
    QList<QPair<int, int>> result;
    // Building an iterator with abbreviation suppressions costs far more than using one:
    // each thread keeps one per language.
    thread_local QHash<QString, std::shared_ptr<icu::BreakIterator>> iterators;
    std::shared_ptr<icu::BreakIterator> &breaker = iterators[lang];
    if (!breaker) {
        UErrorCode status = U_ZERO_ERROR;
        const QByteArray locale = (lang.isEmpty() || lang == QLatin1String("und") ? QStringLiteral("en") : lang).toLatin1()
            + "@ss=standard";
        breaker.reset(icu::BreakIterator::createSentenceInstance(icu::Locale(locale.constData()), status));
        if (U_FAILURE(status))
            breaker.reset();
    }
    if (!breaker) {
        appendWindows(text, 0, int(text.size()), result);
        return result;
    }
    const icu::UnicodeString unicode(false, reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    breaker->setText(unicode);
    int32_t start = breaker->first();
    for (int32_t end = breaker->next(); end != icu::BreakIterator::DONE; start = end, end = breaker->next()) {
        int s = start, e = end;
        while (s < e && text[s].isSpace())
            ++s;
        while (e > s && text[e - 1].isSpace())
            --e;
        appendWindows(text, s, e, result);
    }
    return result;
}

bool hasQuote(QStringView sentence)
{
    // A quotation of a few words in any common style: “ ” ‘ ’ " „ » « 「 」 『 』.
    static const QRegularExpression quoted(QStringLiteral(
        "[\"“”„«»「『]\\s*[^\"“”„«»「」『』]{12,}[\"“”«»」』]|^\\s*[\"“„«»「]\\s*\\S.{8,}|[\"“”„«»」』]\\s*$"),
        QRegularExpression::UseUnicodePropertiesOption);
    return quoted.match(sentence).hasMatch();
}

using Words = QList<QPair<int, int>>;

// The words of a sentence, once: every search for a name below looks them up by position.
Words wordsOf(QStringView text)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}][\\p{L}\\p{N}.&'’-]*"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    Words words;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        words.append({int(m.capturedStart()), int(m.capturedEnd())});
    }
    return words;
}

// A run of capitalised words ("Wall Street Journal", "Lene Dahl"), allowing lower-case
// connectors inside ("University of San Diego"). Looks at no more words than it needs.
QString capitalisedRun(QStringView text, const Words &words, int from, int direction, const Lexicon &lex, int maxSkip)
{
    auto isCapital = [&](int i) {
        const QStringView w = text.mid(words[i].first, words[i].second - words[i].first);
        return w.front().isUpper() && !lex.stopNames.contains(w.toString());
    };
    auto isConnector = [&](int i) {
        return lex.connectors.contains(text.mid(words[i].first, words[i].second - words[i].first).toString());
    };
    int index = -1;
    if (direction > 0) {
        // The first word starting at or after `from`.
        const auto it = std::lower_bound(words.begin(), words.end(), from,
                                         [](const QPair<int, int> &w, int at) { return w.first < at; });
        if (it != words.end())
            index = int(it - words.begin());
    } else {
        // The last word ending at or before `from`.
        const auto it = std::upper_bound(words.begin(), words.end(), from,
                                         [](int at, const QPair<int, int> &w) { return at < w.second; });
        index = int(it - words.begin()) - 1;
    }
    if (index < 0)
        return {};
    // Skip lower-case words ("an exclusive report from") up to maxSkip.
    int skipped = 0;
    while (index >= 0 && index < words.size() && !isCapital(index)) {
        // Punctuation between words ends the search.
        if (++skipped > maxSkip)
            return {};
        const int next = index + direction;
        if (next < 0 || next >= words.size())
            return {};
        const int gapFrom = direction > 0 ? words[index].second : words[next].second;
        const int gapTo = direction > 0 ? words[next].first : words[index].first;
        static const QRegularExpression stop(QStringLiteral("[,;:.!?\"“”()]"));
        if (text.mid(gapFrom, gapTo - gapFrom).contains(stop))
            return {};
        index = next;
    }
    if (index < 0 || index >= words.size())
        return {};
    int first = index, last = index;
    auto gapOk = [&](int a, int b) {
        const QStringView gap = text.mid(words[a].second, words[b].first - words[a].second);
        return gap.trimmed().isEmpty();
    };
    // A name is a few words: a run of capitals past that is a heading in capitals, not a source.
    constexpr int MaxNameWords = 8;
    if (direction > 0) {
        while (last + 1 < words.size() && last - first < MaxNameWords && gapOk(last, last + 1)
               && (isCapital(last + 1) || (isConnector(last + 1) && last + 2 < words.size() && isCapital(last + 2) && gapOk(last + 1, last + 2))))
            ++last;
    } else {
        while (first - 1 >= 0 && last - first < MaxNameWords && gapOk(first - 1, first)
               && (isCapital(first - 1) || (isConnector(first - 1) && first - 2 >= 0 && isCapital(first - 2) && gapOk(first - 2, first - 1))))
            --first;
    }
    QString run = text.mid(words[first].first, words[last].second - words[first].first).toString();
    static const QRegularExpression possessive(QStringLiteral("['’]s$"));
    run.remove(possessive);
    return run;
}

QString claimant(QStringView sentence, const Lexicon &lex)
{
    if (lex.spaceless) {
        // "X에 따르면", "Xによると": the words right before the particle.
        const auto m = lex.attributionBeforeParticle.match(sentence);
        if (m.hasMatch()) {
            // Only the last few characters can be the name: a bounded look, never a scan
            // of the whole sentence from each position.
            const QString before = sentence.left(m.capturedStart()).right(64).toString();
            static const QRegularExpression tail(QStringLiteral("([\\p{L}\\p{N}·・]+(?:\\s[\\p{L}\\p{N}]+)?)\\s*$"),
                                                 QRegularExpression::UseUnicodePropertiesOption);
            const auto t = tail.match(before);
            if (t.hasMatch()) {
                QString name = t.captured(1).trimmed();
                // Drop a leading sentence particle run such as "이날" is not handled; keep the noun phrase.
                static const QRegularExpression comma(QStringLiteral("[,、，]"));
                return name.section(comma, -1).trimmed();
            }
        }
        if (lex.attributionVerbs.match(sentence).hasMatch()) {
            // The topic or subject at the start: "X는/은/이/가", "Xは/が".
            static const QRegularExpression subject(QStringLiteral(
                "^([\\p{L}\\p{N}·・ ]{2,30}?)(?:은|는|이|가|は|が)[\\s\\p{L}]"), QRegularExpression::UseUnicodePropertiesOption);
            const auto s = subject.match(sentence.left(40));
            if (s.hasMatch())
                return s.captured(1).trimmed();
        }
        return {};
    }
    const Words words = wordsOf(sentence);
    if (const auto m = lex.attributionSourceAfter.match(sentence); m.hasMatch()) {
        const QString name = capitalisedRun(sentence, words, int(m.capturedEnd()), 1, lex, 5);
        if (!name.isEmpty())
            return name;
    }
    for (auto it = lex.attributionVerbs.globalMatch(sentence); it.hasNext();) {
        const auto m = it.next();
        // "Bloomberg revealed", "Amazon oplyser": the name just before the verb ...
        QString name = capitalisedRun(sentence, words, int(m.capturedStart()), -1, lex, 2);
        if (name.isEmpty()) // ... or after it: "said Lene Dahl", "skriver ... Bloomberg".
            name = capitalisedRun(sentence, words, int(m.capturedEnd()), 1, lex, 4);
        if (!name.isEmpty())
            return name;
    }
    return {};
}

} // namespace

QList<Claim> extractClaims(const QString &text, const QString &lang, const QList<Block> &givenBlocks)
{
    QList<Claim> claims;
    QList<Block> blocks = givenBlocks;
    if (blocks.isEmpty()) {
        int start = 0;
        while (start <= text.size()) {
            qsizetype end = text.indexOf(QStringLiteral("\n\n"), start);
            if (end < 0)
                end = text.size();
            if (end > start)
                blocks.append({start, int(end), BlockKind::Paragraph, {}});
            start = int(end) + 2;
        }
    }
    for (qsizetype b = 0; b < blocks.size(); ++b) {
        const Block &block = blocks[b];
        // A title made from the first paragraph repeats its start: its figures are the paragraph's.
        if (block.kind == BlockKind::Heading && b + 1 < blocks.size()) {
            const QStringView heading = QStringView(text).mid(block.start, block.end - block.start).trimmed();
            const QStringView next = QStringView(text).mid(blocks[b + 1].start, blocks[b + 1].end - blocks[b + 1].start);
            if (heading.size() >= 20 && next.startsWith(heading))
                continue;
        }
        const QString blockLang = block.lang.isEmpty() ? lang : block.lang;
        const auto lexicon = Lexicon::forLanguage(blockLang);
        const QStringView blockText = QStringView(text).mid(block.start, block.end - block.start);
        for (const auto &[s, e] : sentences(blockText, blockLang)) {
            const QStringView sentence = blockText.mid(s, e - s);
            Claim claim;
            claim.start = block.start + s;
            claim.end = block.start + e;
            claim.text = sentence.toString();
            claim.lang = blockLang;
            claim.quantities = findQuantities(sentence, *lexicon);
            for (Quantity &q : claim.quantities) {
                q.start += claim.start;
                q.end += claim.start;
            }
            const bool figures = std::any_of(claim.quantities.begin(), claim.quantities.end(),
                                             [](const Quantity &q) { return q.unit != QLatin1String("year"); });
            const bool quote = hasQuote(sentence);
            const bool attribution = lexicon->attributionSourceAfter.match(sentence).hasMatch()
                || lexicon->attributionBeforeParticle.match(sentence).hasMatch()
                || lexicon->attributionVerbs.match(sentence).hasMatch();
            if (attribution)
                claim.claimant = claimant(sentence, *lexicon);
            double score = 0;
            auto add = [&](bool present, const char *kind, double weight) {
                if (present) {
                    claim.kinds << QLatin1String(kind);
                    score += weight;
                }
            };
            add(figures, "quantity", 0.45);
            add(quote, "quote", 0.2);
            add(attribution, "attribution", 0.2);
            add(lexicon->prediction.match(sentence).hasMatch(), "prediction", 0.15);
            add(lexicon->causal.match(sentence).hasMatch(), "causal", 0.15);
            add(lexicon->comparison.match(sentence).hasMatch(), "comparison", 0.1);
            if (claim.kinds.isEmpty())
                continue;
            if (!claim.claimant.isEmpty())
                score += 0.1;
            if (std::any_of(claim.quantities.begin(), claim.quantities.end(), [](const Quantity &q) { return !q.conceptId.isEmpty(); }))
                score += 0.1;
            claim.score = std::min(1.0, std::round(score * 100) / 100);
            claims.append(claim);
        }
    }
    return claims;
}

} // namespace lectern
