#include "claimextractor.h"

#include "checkworthiness.h"
#include "lexicon.h"
#include "../model/stagecost.h"
#include "quantity.h"
#include "../model/textcut.h"

#include <QHash>
#include <QSet>
#include <QRegularExpression>

#include <unicode/brkiter.h>
#include <unicode/locid.h>

#include <memory>
#include <optional>

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
    const stagecost::Scope cost(stagecost::Stage::Segmentation);
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
        int start = int(m.capturedStart());
        // An elided article is not part of the name: "l'Insee", "d'Halden".
        if (m.capturedLength() > 2 && QStringLiteral("lLdD").contains(text[start])
            && (text[start + 1] == QLatin1Char('\'') || text[start + 1] == QChar(0x2019)) && text[start + 2].isUpper())
            start += 2;
        words.append({start, int(m.capturedEnd())});
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
bool isBarrier(QStringView w)
{
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
    // Inside a name, connectors ("of", "de") and articles ("Yannick Le Goff") join its words.
    auto isConnector = [&](int i) {
        const QString w = word(i).toString();
        return lex.connectors.contains(w) || lex.stopNames.contains(w);
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
        if (++skipped > maxSkip || (direction > 0 && isBarrier(word(index))))
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
    // A role written before a name is not part of it: "Gesundheitsministerin Sabine Kröger",
    // "Finance Minister Lars Holm".
    for (int i = last - 1; i > first && last - i >= 1; --i) {
        const QString lower = word(i - 1).toString().toLower();
        if (last - (i - 1) >= 2 && std::any_of(lex.sourceRoles.begin(), lex.sourceRoles.end(),
                                               [&](const QString &role) { return lower.endsWith(role); })) {
            first = i;
            break;
        }
    }
    QString run = text.mid(words[first].first, words[last].second - words[first].first).toString();
    static const QRegularExpression possessive(QStringLiteral("['’]s$"));
    run.remove(possessive);
    // The sentence's full stop is not part of the name ("..., oplyser Banedanmark.").
    if (run.endsWith(QLatin1Char('.')) && text.mid(words[last].second).trimmed().isEmpty())
        run.chop(1);
    return run;
}

// A name as the spaceless languages write it before a particle: without a role after it
// ("김민수 대변인" → "김민수", "田中健一社長" → "田中健一"); none when only a generic source,
// a role or a day is left ("정부", "社長", "화요일 발표").
QString spacelessName(QString name, const Lexicon &lex)
{
    name = name.trimmed();
    for (bool again = true; again;) {
        again = false;
        for (const QString &role : lex.sourceRoles) {
            if (name.size() > role.size() && name.endsWith(role)) {
                name.chop(role.size());
                name = name.trimmed();
                if (name.endsWith(QChar(0x306E))) // の: "北斗自動車の広報担当者"
                    name.chop(1);
                again = true;
            }
        }
    }
    // A generic phrase, not a name: "한 주민" (a resident), "이날 부산에서 열린 회의에서 참석자들".
    if (name.isEmpty() || lex.stopNames.contains(name) || lex.sourceRoles.contains(name)
        || name.startsWith(QStringLiteral("한 ")) || name.count(QLatin1Char(' ')) > 1)
        return {};
    for (const QString &word : lex.calendarWords)
        if (word.size() >= 2 && name.contains(word))
            return {};
    return name;
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
            return spacelessName(t.captured(1).trimmed().section(comma, -1), lex);
        }
    }
    if (lex.attributionVerbs.match(sentence).hasMatch()) {
        // The topic or subject at the start: "X는/은/이/가", "Xは/が".
        // Korean particles end a word (a space follows); Japanese ones are followed by anything.
        static const QRegularExpression subject(QStringLiteral(
            "^([\\p{L}\\p{N}·・ ]{2,30}?)(?:(?:은|는|이|가)\\s|(?:は|が)[、,\\s\\p{L}])"), QRegularExpression::UseUnicodePropertiesOption);
        const auto s = subject.match(textcut::head(sentence, 40));
        if (s.hasMatch())
            return spacelessName(s.captured(1), lex);
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

// In a script without capitals (Arabic): the words after the verb or "according to", up to
// a word that starts the statement ("إن", "أن") or punctuation, without a leading kind or role
// ("شركة", "المتحدث باسم") or the preposition joined to it ("لوزارة" → "وزارة").
QString caselessClaimant(QStringView sentence, const Words &words, int from, const Lexicon &lex, bool afterPreposition)
{
    static const QRegularExpression stop(QStringLiteral("[,;:.!?\"“”()«»،؛؟]"));
    QStringList name;
    int at = -1;
    for (int i = 0; i < words.size(); ++i)
        if (words[i].first >= from) {
            at = i;
            break;
        }
    if (at < 0 || sentence.mid(from, words[at].first - from).contains(stop))
        return {};
    for (int i = at; i < words.size() && name.size() < 4; ++i) {
        QString w = sentence.mid(words[i].first, words[i].second - words[i].first).toString();
        if (w.endsWith(QLatin1Char('.')))
            w.chop(1);
        if (afterPreposition && name.isEmpty() && w.size() > 3 && w.startsWith(QChar(0x0644)) && !w.startsWith(QStringLiteral("لل")))
            w.remove(0, 1); // "لوزارة": to the ministry
        if (lex.stopNames.contains(w))
            break;
        if (name.isEmpty() && lex.sourceRoles.contains(w))
            continue;
        name << w;
        if (i + 1 < words.size() && sentence.mid(words[i].second, words[i + 1].first - words[i].second).contains(stop))
            break;
    }
    return name.join(QLatin1Char(' '));
}

bool caseless(QStringView sentence, const Words &words)
{
    for (const auto &[s, e] : words)
        if (sentence[s].isLetter())
            return !sentence[s].isUpper() && !sentence[s].isLower();
    return false;
}

QString claimant(QStringView sentence, const Lexicon &lex)
{
    if (lex.spaceless)
        return spacelessClaimant(sentence, lex);
    const Words words = wordsOf(sentence);
    if (caseless(sentence, words)) {
        if (const auto m = lex.attributionSourceAfter.match(sentence); m.hasMatch())
            if (QString name = caselessClaimant(sentence, words, int(m.capturedEnd()), lex, true); !name.isEmpty())
                return name;
        for (auto it = lex.attributionVerbs.globalMatch(sentence); it.hasNext();)
            if (QString name = caselessClaimant(sentence, words, int(it.next().capturedEnd()), lex, false); !name.isEmpty())
                return name;
        return {};
    }
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

// The company an article is about, for "the company said": the first name of its title
// when the article repeats it, else the name it repeats most (three times at least). A run
// of capitals counts once, by its first word: "Amazon Web Services" is Amazon's too.
QString articleSubject(QStringView text, const Lexicon &lex)
{
    QHash<QString, int> counts;
    QString first;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!text[i].isLetter()) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && (text[end].isLetterOrNumber() || text[end] == QLatin1Char('-')))
            ++end;
        const QStringView word = text.mid(i, end - i);
        const bool afterCapital = i >= 2 && text[i - 1] == QLatin1Char(' ') && text[i - 2].isLetter() && text[i - 2].isUpper();
        if (word.size() >= 3 && !afterCapital && isNameWord(word, lex)) {
            ++counts[word.toString()];
            if (first.isEmpty())
                first = word.toString();
        }
        i = end;
    }
    if (counts.value(first) >= 2)
        return first;
    QString best;
    int most = 2;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > most || (it.value() == most && !best.isEmpty() && it.key() < best)) {
            most = it.value();
            best = it.key();
        }
    return best;
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
    const stagecost::Scope cost(stagecost::Stage::Extraction);
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
    // "The company said": the company the article is about.
    std::optional<QString> subject;
    for (Claim &claim : claims) {
        if (!claim.claimant.isEmpty() || !claim.kinds.contains(QLatin1String("attribution")))
            continue;
        const auto lexicon = Lexicon::forLanguage(claim.lang);
        if (!lexicon->companyReferences.match(claim.text).hasMatch())
            continue;
        if (!subject)
            subject = articleSubject(text, *Lexicon::forLanguage(lang));
        claim.claimant = *subject;
    }
    return claims;
}

} // namespace lectern
