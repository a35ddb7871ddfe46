#include "quantity.h"

#include "lexicon.h"
#include "notfigures.h"
#include "numberwords.h"

#include <QRegularExpression>

#include <cmath>

namespace lectern {

using namespace numbers;

double parseNumber(QStringView digits, QChar decimal, QChar grouping)
{
    QString s;
    for (QChar c : digits)
        if (c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char(','))
            s += c;
    const qsizetype dots = s.count(QLatin1Char('.'));
    const qsizetype commas = s.count(QLatin1Char(','));
    QChar decimalMark;
    if (dots && commas) {
        decimalMark = s.lastIndexOf(QLatin1Char('.')) > s.lastIndexOf(QLatin1Char(',')) ? QLatin1Char('.') : QLatin1Char(',');
    } else if (dots + commas == 1) {
        const QChar sep = dots ? QLatin1Char('.') : QLatin1Char(',');
        const qsizetype after = s.size() - s.indexOf(sep) - 1;
        // One mark is ambiguous ("1.500": 1500 in Danish, 1.5 in English). The language
        // decides first (its CLDR marks), then the number's shape.
        const QChar other = sep == QLatin1Char('.') ? QLatin1Char(',') : QLatin1Char('.');
        if (sep == grouping) {
            // The language's own grouping mark: "14.000" in Vietnamese, "1,500" in English.
        } else if (sep == decimal && grouping == other) {
            decimalMark = sep; // the language uses both marks, each for one thing: "1.5" in English
        } else if (after != 3 || s.startsWith(QLatin1Char('0'))) {
            decimalMark = sep; // the shape: not a group of three ("3,4", "0,125")
        }
        // else the shape again: a group of exactly three after one mark, in a language that
        // groups with spaces ("14.000" in French, "2,500" in Albanian), groups thousands.
    }
    QString plain;
    for (QChar c : std::as_const(s)) {
        if (c.isDigit())
            plain += c;
        else if (c == decimalMark)
            plain += QLatin1Char('.');
    }
    return plain.toDouble();
}

QList<Quantity> findQuantities(QStringView original, const Lexicon &lex)
{
    QList<Quantity> result;
    const QString text = asciiDigits(original);
    const bool needBoundary = !lex.spaceless;
    static const QRegularExpression number(QStringLiteral(
        // Not inside a word ("A320" is a name), except after a currency glued to it ("Rp41,2", "R$5").
        "(?<![\\p{N}.,\\p{Greek}\\p{Cyrillic}])(?:(?<=Rp)|(?<=RM)|(?<=Rs)|(?<![\\p{Latin}]))"
        "(\\d{1,2}(?:,\\d{2})+,\\d{3}(?![\\d,])|"
        "\\d{1,3}(?:(?:[,.'’]|[ \\x{A0}\\x{202F}])\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)"),
        QRegularExpression::UseUnicodePropertiesOption);

    QList<Parsed> found;
    int consumed = 0; // the end of the last number, composites included
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (m.capturedStart() < consumed)
            continue; // the 9000 of 4억9000만
        Parsed p;
        p.start = int(m.capturedStart());
        p.end = int(m.capturedEnd());
        const QStringView digits = QStringView(text).mid(p.start, p.end - p.start);
        p.value = parseNumber(digits, lex.decimal, lex.grouping);
        p.plainInteger = std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); });
        // CJK composite numbers: 4억9000만, 1万4000, 1천677억. 천/千 count within a group of
        // four digits; 만/万, 억/億 and 조/兆 multiply the group before them.
        int at = p.end;
        // "1900多万", "2천300여": more than, before the scale.
        static const QString moreMarks = QStringLiteral("多余餘여");
        if (at + 1 < text.size() && moreMarks.contains(text[at]) && isCjkScale(text[at + 1])) {
            p.moreThan = true;
            ++at;
        }
        if (at < text.size() && isCjkScale(text[at])) {
            double total = 0, group = 0, current = p.value, lastBig = 0;
            bool afterBig = false;
            while (at < text.size() && isCjkScale(text[at])) {
                const double scale = cjkScale(text[at]);
                if (scale >= 1e4 && afterBig && current == 0 && group == 0) {
                    total += lastBig * (scale - 1); // 万亿: the part just counted, times again
                    lastBig *= scale;
                } else if (scale < 1e4) {
                    group += (current == 0 ? 1 : current) * scale;
                } else {
                    lastBig = (group + current) * scale;
                    total += lastBig;
                    group = 0;
                }
                afterBig = scale >= 1e4;
                current = 0;
                ++at;
                p.plainInteger = false;
                static const QRegularExpression digitsOnly(QStringLiteral("\\d+(?:[.,]\\d+)?"));
                const auto more = digitsOnly.match(text, at, QRegularExpression::NormalMatch,
                                                   QRegularExpression::AnchorAtOffsetMatchOption);
                if (!more.hasMatch()) {
                    if (at < text.size() && isCjkScale(text[at]))
                        continue; // 万亿, 千亿: scales in a row
                    break;
                }
                current = parseNumber(more.captured(), lex.decimal, lex.grouping);
                at = int(more.capturedEnd());
            }
            p.value = total + group + current;
            p.end = at;
        }
        consumed = p.end;
        found.append(p);
    }
    readCjkNumerals(text, lex, found);
    // Spelled-out numbers ("ninety days", "tusindvis af job"), only when they count something.
    for (auto it = lex.numberWordPattern.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        Parsed p;
        p.start = int(m.capturedStart());
        p.end = int(m.capturedEnd());
        QString word = m.captured().toLower();
        // Hebrew joins prepositions to words: "כשלוש" is "about three" (כ: about, as in "כ-400").
        if (!lex.numberWords.contains(word) && lex.lang == QLatin1String("he") && word.size() > 2
            && lex.numberWords.contains(word.mid(1))) {
            p.moreThan = false;
            p.about = word.front() == QChar(0x05DB);
            word = word.mid(1);
        }
        p.value = lex.numberWords.value(word);
        p.vague = lex.vagueNumbers.contains(word);
        p.spelled = true;
        // A number and its unit in one word: Hebrew duals ("שנתיים", two years).
        if (lex.lang == QLatin1String("he")) // elsewhere a word may be both ("năm": five, and year)
            p.ownUnit = lex.durations.value(word);
        // "twelve hundred": a multiplier word right after.
        const int next = skipSpaces(text, p.end);
        const auto more = lex.numberWordPattern.match(text, next, QRegularExpression::NormalMatch,
                                                      QRegularExpression::AnchorAtOffsetMatchOption);
        if (more.hasMatch() && !p.vague) {
            const double multiplier = lex.numberWords.value(more.captured().toLower());
            if (multiplier >= 100) {
                p.value *= multiplier;
                p.end = int(more.capturedEnd());
            }
        }
        // A number word right after digits is their scale ("1,2 millioner"), not a number.
        int back = p.start;
        while (back > 0 && text[back - 1].isSpace())
            --back;
        const bool afterDigits = back > 0 && text[back - 1].isDigit();
        const bool overlaps = afterDigits || std::any_of(found.begin(), found.end(), [&](const Parsed &d) {
            return p.start < d.end && d.start < p.end;
        });
        if (!overlaps)
            found.append(p);
    }
    std::sort(found.begin(), found.end(), [](const Parsed &a, const Parsed &b) { return a.start < b.start; });

    if (found.isEmpty())
        return result; // most sentences hold no number: no need to look for dates and names
    QList<QPair<int, int>> candidates;
    for (const Parsed &p : std::as_const(found))
        candidates.append({p.start, p.end});
    const QList<QPair<int, int>> masked = notFigureSpans(text, lex, candidates);
    auto isMasked = [&masked](int start, int end) {
        return std::any_of(masked.begin(), masked.end(), [&](const QPair<int, int> &m) { return start < m.second && m.first < end; });
    };
    int covered = 0; // the end of the last figure, its scale and rest included ("3 bin 200")
    for (const Parsed &p : std::as_const(found)) {
        if (p.start < covered)
            continue;
        if (isMasked(p.start, p.end))
            continue; // a date, time, version, phone number, ordinal ...
        {
            // One grouping mark of the language not before three digits ("16.30" in Spanish) is no
            // number this language writes: a time, a score, a reference.
            const QStringView digits = QStringView(text).mid(p.start, p.end - p.start);
            const qsizetype mark = digits.indexOf(lex.grouping);
            if (lex.grouping != lex.decimal && (lex.grouping == QLatin1Char('.') || lex.grouping == QLatin1Char(','))
                && mark > 0 && digits.count(lex.grouping) == 1 && !digits.contains(lex.decimal) && digits.size() - mark - 1 != 3)
                continue;
        }
        const QStringView before = QStringView(text).left(p.start);
        // Parts of words and identifiers: "Covid-19", "A320", times "08:15".
        if (p.start > 1 && text[p.start - 1] == QLatin1Char('-') && text[p.start - 2].isLetter()
            && text[p.start - 2].script() != QChar::Script_Hebrew) // Hebrew joins prefixes so: "כ-400"
            continue;
        if (p.end < text.size() && text[p.end] == QLatin1Char(':') && p.end + 1 < text.size() && text[p.end + 1].isDigit())
            continue;
        if (p.start > 0 && text[p.start - 1] == QLatin1Char(':') && p.start > 1 && text[p.start - 2].isDigit())
            continue;
        Quantity q;
        q.value = p.value;
        q.unit = QStringLiteral("count");
        q.bound = p.vague || p.moreThan ? QStringLiteral("at_least") : p.about ? QStringLiteral("about") : QStringLiteral("exact");
        if (!p.ownUnit.isEmpty())
            q.unit = QStringLiteral("duration:") + p.ownUnit;
        int start = p.start;
        int end = p.end;
        // Dates: ordinals, month names around, day counters.
        const QString right = text.mid(end, 12).toLower();
        if (!p.spelled) {
            static const QRegularExpression ordinal(QStringLiteral("^(?:st|nd|rd|th)\\b"));
            if (ordinal.match(right).hasMatch())
                continue;
            const bool days = right.startsWith(QStringLiteral("일간")) || right.startsWith(QStringLiteral("日間"));
            if ((!days && (right.startsWith(QStringLiteral("일")) || right.startsWith(QStringLiteral("日"))))
                || right.startsWith(QStringLiteral("월")) || right.startsWith(QStringLiteral("月"))
                || right.startsWith(QStringLiteral("号")))
                continue;
            const QString afterDot = right.startsWith(QLatin1Char('.')) ? right.mid(1).trimmed() : right.trimmed();
            const QString beforeWord = before.trimmed().toString().section(QLatin1Char(' '), -1).toLower();
            const bool monthAfter = std::any_of(lex.months.begin(), lex.months.end(), [&](const QString &month) {
                return afterDot.startsWith(month) && (afterDot.size() == month.size() || !afterDot.at(month.size()).isLetter());
            });
            // A day before its month ("29 October"), or after it in English only ("October 29"):
            // elsewhere a number after a month name is a figure ("فروردین ۲۰ درصد").
            if (p.value >= 1 && p.value <= 31 && p.plainInteger
                && (monthAfter || (monthFirst(lex.lang) && lex.months.contains(beforeWord))))
                continue;
        }
        // Currency before: "$8 billion", "DKK 3.4 billion", "US$ 5".
        int cursor = start;
        {
            const QStringView left = QStringView(text).mid(std::max(0, start - 6), std::min(6, start)).trimmed();
            auto [length, code] = suffixIn(left, currencySymbols(), true);
            if (length == 0) { // "Rp5.000", "R$ 4,5 bi", "US$": symbols and codes of the language (CLDR)
                const auto [symbolLength, symbolCode] = suffixIn(left, lex.currencies, true);
                if (symbolLength > 0 && symbolLength <= 3) {
                    length = symbolLength;
                    code = symbolCode;
                }
            }
            if (length > 0) {
                q.unit = QStringLiteral("currency:") + code;
                const QStringView trimmedBefore = before.trimmed();
                start = int(trimmedBefore.size() - length);
                cursor = start;
            }
        }
        bool namedNoun = false; // a counter's noun was found ("35万名员工"): no guessing from context
        // Bound before: "up to", "op til", "최대", "約".
        QString boundWord;
        {
            QStringView left = QStringView(text).left(cursor).trimmed();
            // Hebrew joins a prefix to the number with a hyphen: "כ-400", "יותר מ-8,000".
            if (lex.lang == QLatin1String("he") && (left.endsWith(QLatin1Char('-')) || left.endsWith(QChar(0x05BE))))
                left.chop(1);
            const auto [length, bound] = suffixIn(left, lex.boundsBefore, needBoundary);
            if (length > 0 && !p.vague) {
                q.bound = bound;
                boundWord = left.right(length).toString().toLower();
            }
        }
        // Percent written before the number: "yüzde 35", "%2,2", "ร้อยละ 5", "百分之5".
        {
            const QStringView left = QStringView(text).left(cursor).trimmed();
            if (left.endsWith(QLatin1Char('%')) || suffixIn(left, lex.percentWords, needBoundary).first > 0
                || left.endsWith(QStringLiteral("百分之")))
                q.unit = QStringLiteral("percent");
        }
        // Scale and currency in one: "2,5 M€", "3 Md€", "5bn$".
        int at = end;
        {
            static const QRegularExpression scaledCurrency(QStringLiteral("\\s?(k|M|Md|Mds|Mrd|Mio|Mn|bn|mld|mln)\\s?(€|\\$|£)"));
            const auto m = scaledCurrency.match(text, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            if (m.hasMatch()) {
                const QString scale = m.captured(1).toLower();
                q.value *= scale == QLatin1String("k") ? 1e3 : (scale.startsWith(QLatin1Char('m')) && scale != QLatin1String("md")
                                                                    && scale != QLatin1String("mds") && scale != QLatin1String("mrd")
                                                                    && scale != QLatin1String("mld")) ? 1e6 : 1e9;
                q.unit = QStringLiteral("currency:") + currencySymbols().value(m.captured(2));
                end = at = int(m.capturedEnd());
            }
        }
        // Scale words and suffixes after: "million", "mia.", "bn", "8B".
        if (!p.vague) {
            const int next = skipSpaces(text, at);
            const auto [length, scale] = inflectedIn(QStringView(text).mid(next), lex.scales, lex);
            const QString word = text.mid(next, length).toLower();
            const bool attachedLetter = next == at && length > 0;
            const bool allowed = length > 0 && (word.size() > 1 || word == QLatin1String("k") || q.unit.startsWith(QLatin1String("currency"))
                                                || attachedLetter);
            if (allowed && !(word == QLatin1String("m") && !q.unit.startsWith(QLatin1String("currency")))) {
                q.value *= scale;
                at = next + length;
                // Scales in a row multiply: "लाख करोड़" (lakh crore), "mil millones" is one word already.
                const int following = skipSpaces(text, at);
                const auto [moreLength, moreScale] = prefixIn(QStringView(text).mid(following), lex.scales, needBoundary);
                if (moreLength > 1 && moreScale >= 1000) {
                    q.value *= moreScale;
                    at = following + moreLength;
                }
                // "۲ میلیون و ۵۰۰ هزار", "2 million and 500 thousand": a smaller scaled part joined on.
                static const QRegularExpression joined(QStringLiteral("\\s*(?:و|and|und|et|y|e|ve|và|og|och|en|i|и|і)\\s+(\\d{1,3})\\s*"),
                                                       QRegularExpression::UseUnicodePropertiesOption);
                if (const auto j = joined.match(text, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
                    j.hasMatch()) {
                    const int after = int(j.capturedEnd());
                    const auto [smallLength, smallScale] = inflectedIn(QStringView(text).mid(after), lex.scales, lex);
                    if (smallLength > 0 && smallScale < scale) {
                        q.value += j.captured(1).toDouble() * smallScale;
                        at = after + smallLength;
                    }
                }
                // "3 bin 200 kişi", "2 тысячи 300 человек": the rest of the number after its scale.
                static const QRegularExpression rest(QStringLiteral("\\s+(\\d{1,3})(?=\\s+\\p{L})"),
                                                     QRegularExpression::UseUnicodePropertiesOption);
                const auto more = rest.match(text, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
                if (more.hasMatch() && scale >= 1000 && more.captured(1).toDouble() < scale) {
                    q.value += more.captured(1).toDouble() * (scale >= 1e6 ? scale / 1000 : 1);
                    at = int(more.capturedEnd());
                }
            }
        }
        q.value = std::round(q.value * 1e6) / 1e6;
        // Bounds right after the number: 1만여 명, 1000명 이상, 1万人超.
        auto boundAfter = [&](int from) {
            // Turkish case endings after an apostrophe: "yüzde 10'un altına".
            if (lex.lang == QLatin1String("tr") && from < text.size() && (text[from] == QLatin1Char('\'') || text[from] == QChar(0x2019))) {
                int past = from + 1;
                while (past < text.size() && text[past].isLetter())
                    ++past;
                from = past;
            }
            const int next = skipSpaces(text, from);
            const auto [length, bound] = prefixIn(QStringView(text).mid(next), lex.boundsAfter, needBoundary);
            if (length > 0) {
                q.bound = bound;
                return next + length;
            }
            return from;
        };
        at = boundAfter(at);
        // "2027년", "2027年": a year, before 년/年 could be read as a duration.
        const bool cjkYear = p.plainInteger && isYearNumber(p.value, lex)
            && (text.mid(at, 1) == QStringLiteral("년") || text.mid(at, 1) == QStringLiteral("年"));
        if (cjkYear) { // "2021년 직원" is a year, whatever noun follows
            q.unit = QStringLiteral("year");
            q.bound = QStringLiteral("exact");
            ++at;
        }
        // Percent, currency, duration, counters after ("3,4 milliards de couronnes").
        if (!cjkYear) {
            int next = skipSpaces(text, at);
            for (const QString &connector : lex.unitConnectors) {
                const QStringView rest = QStringView(text).mid(next);
                if (rest.startsWith(connector, Qt::CaseInsensitive)
                    && (connector.back() == QLatin1Char('\'') || connector.back() == QChar(0x2019)
                        || (rest.size() > connector.size() && rest[connector.size()].isSpace()))) {
                    const int after = skipSpaces(text, next + int(connector.size()));
                    const QStringView unit = QStringView(text).mid(after);
                    if (inflectedIn(unit, lex.currencies, lex, 4).first > 0 || prefixIn(unit, lex.percentWords, needBoundary).first > 0)
                        next = after;
                    break;
                }
            }
            const QStringView rest = QStringView(text).mid(next);
            if (rest.startsWith(QLatin1Char('%'))) {
                q.unit = QStringLiteral("percent");
                at = next + 1;
            } else if (const auto [length, unused] = inflectedIn(rest, lex.percentWords, lex); length > 0) {
                q.unit = QStringLiteral("percent");
                at = next + length;
            } else if (const auto [clen, code] = inflectedIn(rest, lex.currencies, lex, 4); clen > 0) {
                q.unit = QStringLiteral("currency:") + code;
                at = next + clen;
            } else if (const auto [slen, scode] = prefixIn(rest, currencySymbols(), true); slen > 0 && q.unit == QLatin1String("count")) {
                q.unit = QStringLiteral("currency:") + scode;
                at = next + slen;
            } else if (const auto [dlen, duration] = durationIn(rest, lex);
                       dlen > 0 && q.unit == QLatin1String("count")) {
                q.unit = QStringLiteral("duration:") + duration;
                at = next + dlen;
            } else if (const auto [nlen, counter] = prefixIn(rest.mid(moreBeforeCounter(rest, lex) ? 1 : 0), lex.counters, false);
                       nlen > 0 && lex.spaceless) {
                if (moreBeforeCounter(rest, lex)) { // "5000多名", "300余家": more than
                    q.bound = QStringLiteral("at_least");
                    ++next;
                }
                q.noun = QStringView(text).mid(next, nlen).toString();
                q.conceptId = counter;
                at = next + nlen;
                at = boundAfter(at);
                // What the counter counts: a noun right after ("35万名企业员工", "5000개의 일자리",
                // "約35万人いる本社部門の従業員") or right before ("직원 350명", "従業員300人").
                static const QString pauses = QStringLiteral("，。、,.;；！？()（）「」\"“”");
                auto nounIn = [&](QStringView where) {
                    QString best;
                    qsizetype bestLength = 0;
                    for (auto it = lex.nounConcepts.cbegin(); it != lex.nounConcepts.cend(); ++it)
                        if (it.key().size() >= 2 && it.key().size() > bestLength && where.contains(it.key())) {
                            bestLength = it.key().size();
                            best = it.value();
                        }
                    return best;
                };
                // After: up to a pause or another number. Before: back to one.
                QStringView after = QStringView(text).mid(at, 14);
                for (qsizetype i = 0; i < after.size(); ++i)
                    if (after[i].isDigit() || pauses.contains(after[i])) {
                        after = after.left(i);
                        break;
                    }
                const int back = lex.lang == QLatin1String("th") ? 24 : 14;
                QStringView preceding = QStringView(text).mid(std::max(0, start - back), std::min(back, start));
                for (qsizetype i = preceding.size(); i > 0; --i)
                    if (preceding[i - 1].isDigit() || pauses.contains(preceding[i - 1])) {
                        preceding = preceding.mid(i);
                        break;
                    }
                QString named = nounIn(after);
                if (named.isEmpty())
                    named = nounIn(preceding);
                if (!named.isEmpty()) {
                    q.conceptId = named;
                    namedNoun = true;
                }
            }
        }
        at = boundAfter(at); // "100만 달러 이상"
        // "2026 yılı", "в 2024 году", "2025 год": a calendar year named with the word for year.
        if (q.unit == QLatin1String("duration:year") && p.plainInteger && isYearNumber(p.value, lex)
            && end - p.start == 4)
            q.unit = QStringLiteral("year");
        // "over five years", "under 2026": a span of time, not a bound.
        static const QStringList spanWords = {QStringLiteral("over"), QStringLiteral("under"), QStringLiteral("över"),
                                              QStringLiteral("über"), QStringLiteral("unter"), QStringLiteral("sur"),
                                              QStringLiteral("sous"), QStringLiteral("i løbet af"), QStringLiteral("during")};
        if ((q.unit.startsWith(QLatin1String("duration")) || q.unit == QLatin1String("year")) && spanWords.contains(boundWord))
            q.bound = QStringLiteral("exact");
        // Years: four plain digits counting nothing.
        const bool yearSuffix = text.mid(at, 1) == QStringLiteral("년") || text.mid(at, 1) == QStringLiteral("年");
        // What is counted: a concept noun among the next few words.
        if (q.unit == QLatin1String("count") && q.noun.isEmpty()) {
            static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{M}'’-]+"), QRegularExpression::UseUnicodePropertiesOption);
            int scan = at;
            for (int n = 0; n < 4; ++n) {
                const auto m = word.match(text, scan);
                // Punctuation or another number between: the noun is not this number's.
                static const QRegularExpression stop(QStringLiteral("[.,;:!?()\\[\\]\"“”–—\\d]"));
                if (!m.hasMatch() || QStringView(text).mid(scan, m.capturedStart() - scan).contains(stop))
                    break;
                QString token = m.captured().toLower();
                static const QRegularExpression elision(QStringLiteral("^(?:[dlDL]['’]|-)"));
                token.remove(elision);
                // Phrases of up to three words, longest first: "posti di lavoro", "рабочих мест".
                const auto second = word.match(text, int(m.capturedEnd()));
                const QString two = token + QLatin1Char(' ') + second.captured().toLower();
                const QString three = two + QLatin1Char(' ')
                    + (second.hasMatch() ? word.match(text, int(second.capturedEnd())).captured().toLower() : QString());
                const QString phrase = lex.nounConcepts.contains(three) ? three
                    : lex.nounConcepts.contains(two)                    ? two
                                                                        : token;
                if (lex.nounConcepts.contains(phrase)) {
                    q.noun = m.captured();
                    q.noun.remove(elision);
                    q.conceptId = lex.nounConcepts.value(phrase);
                    at = int(m.capturedEnd());
                    break;
                }
                if (n == 0 && !lex.connectors.contains(token))
                    q.noun = m.captured(); // the word right after, in case nothing better comes
                scan = int(m.capturedEnd());
            }
            if (q.conceptId.isEmpty() && !q.noun.isEmpty() && !lex.nounConcepts.contains(q.noun.toLower())) {
                // Keep a plain following word only when it is a noun-like word, not "and".
                if (q.noun.size() < 3 || lex.stopNames.contains(q.noun, Qt::CaseInsensitive))
                    q.noun.clear();
            }
        }
        if (p.plainInteger && q.unit == QLatin1String("count") && q.conceptId.isEmpty()
            && ((isYearNumber(q.value, lex) && end - p.start == 4) || yearSuffix)) {
            q.unit = QStringLiteral("year");
            q.noun.clear();
            q.bound = QStringLiteral("exact");
            if (yearSuffix)
                ++at;
        }
        if (p.spelled && q.unit == QLatin1String("count") && q.conceptId.isEmpty())
            continue; // "one of the", "ten" alone: not a figure
        // Staff laid off are jobs cut: "fyrer 450 medarbejdere", "1.200 Mitarbeiter zu entlassen",
        // "varslar 1 200 anställda". A cut word right before the number or right after its noun.
        if (q.unit == QLatin1String("count")
            && (q.conceptId == QLatin1String("employees") || q.conceptId == QLatin1String("people"))) {
            // Without spaces a character is about a word: a narrower look.
            const bool thai = lex.lang == QLatin1String("th"); // Thai words run longer than a CJK character
            const int reach = thai ? 24 : lex.spaceless ? 10 : 40;
            const int from = std::max(0, start - reach);
            const QStringView near = QStringView(text).mid(from, std::min<qsizetype>(at + (lex.spaceless ? 8 : 30), text.size()) - from);
            const QStringView preceding = QStringView(text).mid(from, start - from);
            static const QRegularExpression employsBefore(QStringLiteral(
                "(?:employ|emplea|empleaba|emprega|emploie|impiega|occupa|beschäftigt|beskæftiger|sysselsätter|sysselsetter|"
                "työllistää|zatrudnia|zaměstnává|foglalkoztat|απασχολεί|працює|работают|работает|istihdam|mempekerjakan)\\p{L}*\\s+(?:\\p{L}+\\s+){0,3}$"),
                QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption);
            static const QRegularExpression employsAfter(QStringLiteral("^\\s*(?:\\p{L}+\\s+){0,1}(?:foglalkoztat|istihdam ed|çalış)"),
                                                         QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption);
            if (employsBefore.match(preceding).hasMatch()
                || employsAfter.match(QStringView(text).mid(at, std::min<qsizetype>(30, text.size() - at))).hasMatch())
                q.conceptId = QStringLiteral("employees"); // "employs 63,000 people": a workforce
            else if (lex.cutWords.match(near).hasMatch())
                q.conceptId = QStringLiteral("jobs");
        }
        // Bare counters and nouns take their concept from the sentence: 1200명 in a sentence
        // about layoffs counts jobs.
        const bool personCounter = lex.counters.value(q.noun) == QLatin1String("people");
        if (q.unit == QLatin1String("count") && !namedNoun && (q.conceptId.isEmpty() || q.conceptId == QLatin1String("people"))
            && (q.noun.isEmpty() || personCounter)) {
            for (auto it = lex.contextConcepts.cbegin(); it != lex.contextConcepts.cend(); ++it) {
                if (text.contains(it.key(), Qt::CaseInsensitive)) {
                    q.conceptId = it.value();
                    break;
                }
            }
        }
        q.start = start;
        q.end = at;
        covered = at;
        q.text = original.mid(start, at - start).toString().trimmed();
        result.append(q);
    }
    // "12 of its 140 stores", "12 af sine 140 filialer", "12 ihrer 480 Filialen": the first
    // number counts what the second does.
    static const QRegularExpression partitive(QStringLiteral(
        "^\\s*(?:of|af|av|van|von|ihrer|seiner|ihren|de|des|di|del|dos|das|z|ze|из|от|із|dari|trong số|の|중)"
        "(?:\\s+(?:its|their|our|sine|sina|sin|haar|hun|zijn|ses|leurs|sus|seus|suoi|svých|swoich|своих|її|их))?\\s*$"),
        QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption);
    for (qsizetype i = 0; i + 1 < result.size(); ++i) {
        Quantity &first = result[i];
        const Quantity &second = result[i + 1];
        if (first.unit == QLatin1String("count") && second.unit == QLatin1String("count") && !second.conceptId.isEmpty()
            && second.start > first.end
            && partitive.match(QStringView(text).mid(first.end, second.start - first.end)).hasMatch())
            first.conceptId = second.conceptId;
    }
    // The same figure said twice in one sentence is one quantity.
    QList<Quantity> once;
    for (const Quantity &q : std::as_const(result)) {
        const bool repeated = std::any_of(once.begin(), once.end(), [&q](const Quantity &o) {
            return o.value == q.value && o.unit == q.unit && o.conceptId == q.conceptId;
        });
        if (!repeated)
            once.append(q);
    }
    return once;
}

} // namespace lectern
