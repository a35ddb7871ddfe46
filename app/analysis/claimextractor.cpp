#include "claimextractor.h"

#include "checkworthiness.h"
#include "lexicon.h"
#include "quantity.h"

#include <QHash>
#include <QSet>
#include <QRegularExpression>

#include <unicode/brkiter.h>
#include <unicode/locid.h>

#include <memory>

namespace lectern {

int extractorVersion()
{
    return 2; // 2: scored by the check-worthiness model
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

bool isNameWord(QStringView w, const Lexicon &lex)
{
    if (!w.front().isUpper() || lex.stopNames.contains(w.toString()))
        return false;
    // Weekdays and months are capitalised in many languages, and never a source.
    return !lex.calendarWords.contains(w.toString().toLower());
}

// A short lower-case word that is not an article ("in", "i", "til", "am") ends the search for
// a name after a verb: what follows is a place, a time or the outlet told, not the speaker.
bool isBarrier(QStringView w, const Lexicon &lex)
{
    Q_UNUSED(lex);
    // Articles come before names ("said the Danish Transport Union"); other short words do not.
    static const QSet<QString> articles = {
        QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("der"), QStringLiteral("die"),
        QStringLiteral("das"), QStringLiteral("den"), QStringLiteral("dem"), QStringLiteral("des"), QStringLiteral("ein"),
        QStringLiteral("le"), QStringLiteral("la"), QStringLiteral("les"), QStringLiteral("l"), QStringLiteral("el"),
        QStringLiteral("los"), QStringLiteral("las"), QStringLiteral("un"), QStringLiteral("det"), QStringLiteral("een"),
        QStringLiteral("het")};
    return w.size() <= 3 && w.front().isLower() && !articles.contains(w.toString());
}

// A run of capitalised words ("Wall Street Journal", "Lene Dahl"), allowing lower-case
// connectors inside ("University of San Diego"). Looks at no more words than it needs.
QString capitalisedRun(QStringView text, const Words &words, int from, int direction, const Lexicon &lex, int maxSkip)
{
    auto word = [&](int i) { return text.mid(words[i].first, words[i].second - words[i].first); };
    auto isCapital = [&](int i) { return isNameWord(word(i), lex); };
    auto isConnector = [&](int i) { return lex.connectors.contains(word(i).toString()); };
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
    static const QRegularExpression stop(QStringLiteral("[,;:.!?\"“”()«»„]"));
    // Nor is a name across punctuation from where the search starts ("sagte, der Flughafen").
    const QStringView lead = direction > 0 ? text.mid(from, std::max(0, words[index].first - from))
                                           : text.mid(words[index].second, std::max(0, from - words[index].second));
    if (lead.contains(stop))
        return {};
    // Skip lower-case words ("an exclusive report from") up to maxSkip.
    int skipped = 0;
    while (index >= 0 && index < words.size() && !isCapital(index)) {
        // Punctuation between words ends the search, and so does a preposition after a verb.
        if (++skipped > maxSkip || (direction > 0 && isBarrier(word(index), lex)))
            return {};
        const int next = index + direction;
        if (next < 0 || next >= words.size())
            return {};
        const int gapFrom = direction > 0 ? words[index].second : words[next].second;
        const int gapTo = direction > 0 ? words[next].first : words[index].first;
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
    // The sentence's full stop is not part of the name ("..., oplyser Banedanmark.").
    if (run.endsWith(QLatin1Char('.')) && text.mid(words[last].second).trimmed().isEmpty())
        run.chop(1);
    return run;
}

QString spacelessClaimant(QStringView sentence, const Lexicon &lex)
{
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
            static const QRegularExpression comma(QStringLiteral("[,、，]"));
            return t.captured(1).trimmed().section(comma, -1).trimmed();
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

// The name before a verb: "Lene Dahl said", and past an apposition in commas: "Erik Moe,
// a strategist at Lindgren Capital, said", "Clara Jensen, 34, said".
QString nameBeforeVerb(QStringView sentence, const Words &words, int verbStart, const Lexicon &lex)
{
    const QStringView before = sentence.left(verbStart).trimmed();
    if (before.endsWith(QLatin1Char(','))) {
        const qsizetype open = before.left(before.size() - 1).lastIndexOf(QLatin1Char(','));
        if (open > 0 && before.size() - open < 120) {
            const QString name = capitalisedRun(sentence, words, int(open), -1, lex, 0);
            if (!name.isEmpty())
                return name;
        }
    }
    return capitalisedRun(sentence, words, verbStart, -1, lex, 2);
}

QString claimant(QStringView sentence, const Lexicon &lex)
{
    if (lex.spaceless)
        return spacelessClaimant(sentence, lex);
    const Words words = wordsOf(sentence);
    if (const auto m = lex.attributionSourceAfter.match(sentence); m.hasMatch()) {
        const QString name = capitalisedRun(sentence, words, int(m.capturedEnd()), 1, lex, 5);
        if (!name.isEmpty())
            return name;
    }
    for (auto it = lex.attributionVerbs.globalMatch(sentence); it.hasNext();) {
        const auto m = it.next();
        // After a comma, a quote or a dash the speaker follows the verb ("..., said Lene
        // Dahl", "»...«, siger X"); otherwise the name comes before it ("Bloomberg revealed").
        const QStringView before = sentence.left(m.capturedStart()).trimmed();
        static const QString inverting = QStringLiteral(",\"“”»«’–—-");
        const bool inverted = !before.isEmpty() && inverting.contains(before.back());
        QString name = inverted ? capitalisedRun(sentence, words, int(m.capturedEnd()), 1, lex, 4)
                                : nameBeforeVerb(sentence, words, int(m.capturedStart()), lex);
        if (name.isEmpty())
            name = inverted ? nameBeforeVerb(sentence, words, int(m.capturedStart()), lex)
                            : capitalisedRun(sentence, words, int(m.capturedEnd()), 1, lex, 4);
        if (!name.isEmpty())
            return name;
    }
    // A speaker introducing a quote: "Peter Holm Nielsen: »...«".
    static const QRegularExpression speaker(QStringLiteral("^[–—-]?\\s*([^:]{3,60}):\\s*[\"“„«»‹›「]"));
    if (const auto s = speaker.match(sentence); s.hasMatch()) {
        const QString name = capitalisedRun(sentence, words, int(s.capturedStart(1)), 1, lex, 0);
        if (name.size() == s.captured(1).trimmed().size())
            return name;
    }
    return {};
}

QList<Block> blocksOf(const QString &text, const QList<Block> &given)
{
    if (!given.isEmpty())
        return given;
    QList<Block> blocks;
    int start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(QStringLiteral("\n\n"), start);
        if (end < 0)
            end = text.size();
        if (end > start)
            blocks.append({start, int(end), BlockKind::Paragraph, {}});
        start = int(end) + 2;
    }
    return blocks;
}

} // namespace

QList<QPair<int, int>> sentenceSpans(const QString &text, const QString &lang, const QList<Block> &givenBlocks)
{
    QList<QPair<int, int>> spans;
    for (const Block &block : blocksOf(text, givenBlocks))
        for (const auto &[s, e] : sentences(QStringView(text).mid(block.start, block.end - block.start),
                                            block.lang.isEmpty() ? lang : block.lang))
            spans.append({block.start + s, block.start + e});
    return spans;
}

double candidateFloor()
{
    return 0.2;
}

Claim analyseSentence(QStringView sentence, const Lexicon &lexicon)
{
    Claim claim;
    claim.quantities = findQuantities(sentence, lexicon);
    const bool figures = std::any_of(claim.quantities.begin(), claim.quantities.end(),
                                     [](const Quantity &q) { return q.unit != QLatin1String("year"); });
    const bool attribution = lexicon.attributionSourceAfter.match(sentence).hasMatch()
        || lexicon.attributionBeforeParticle.match(sentence).hasMatch()
        || lexicon.attributionVerbs.match(sentence).hasMatch();
    const bool quote = hasQuote(sentence);
    // A quote's speaker is who says it too: "Peter Holm Nielsen: »...«".
    if (attribution || quote)
        claim.claimant = claimant(sentence, lexicon);
    auto add = [&](bool present, const char *kind) {
        if (present)
            claim.kinds << QLatin1String(kind);
    };
    add(figures, "quantity");
    add(quote, "quote");
    add(attribution || !claim.claimant.isEmpty(), "attribution");
    add(lexicon.prediction.match(sentence).hasMatch(), "prediction");
    add(lexicon.causal.match(sentence).hasMatch(), "causal");
    add(lexicon.comparison.match(sentence).hasMatch(), "comparison");
    return claim;
}

QList<Claim> extractClaims(const QString &text, const QString &lang, const QList<Block> &givenBlocks)
{
    QList<Claim> claims;
    const CheckWorthinessModel &model = CheckWorthinessModel::shipped();
    const QList<Block> blocks = blocksOf(text, givenBlocks);
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
            Claim claim = analyseSentence(sentence, *lexicon);
            claim.score = std::round(model.probability(sentenceFeatures(sentence, claim, *lexicon, false)) * 1000) / 1000;
            // Every sentence with a kind is a candidate, and any other the model finds worth a look.
            if (claim.kinds.isEmpty() && claim.score < candidateFloor())
                continue;
            claim.start = block.start + s;
            claim.end = block.start + e;
            claim.text = sentence.toString();
            claim.lang = blockLang;
            for (Quantity &q : claim.quantities) {
                q.start += claim.start;
                q.end += claim.start;
            }
            claims.append(claim);
        }
    }
    return claims;
}

} // namespace lectern
