#include "numberwords.h"

#include <QRegularExpression>

#include <algorithm>

namespace lectern::numbers {

bool isCjkScale(QChar c)
{
    static const QString scales = QStringLiteral("천만억조千万萬億亿兆");
    return scales.contains(c);
}

double cjkScale(QChar c)
{
    switch (c.unicode()) {
    case 0xCC9C: case 0x5343: return 1e3;            // 천 千
    case 0xB9CC: case 0x4E07: case 0x842C: return 1e4; // 만 万 萬
    case 0xC5B5: case 0x5104: case 0x4EBF: return 1e8; // 억 億 亿
    case 0xC870: case 0x5146: return 1e12;           // 조 兆
    default: return 1;
    }
}

// Every decimal digit as ASCII (full-width, Arabic-Indic, Persian, Devanagari, Thai ...),
// and full-width and Arabic signs and separators, one for one, so offsets stay.
QString asciiDigits(QStringView text)
{
    QString out = text.toString();
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            continue;
        if (c.category() == QChar::Number_DecimalDigit && c.digitValue() >= 0)
            c = QChar(u'0' + c.digitValue());
        else if (u == 0xFF05 || u == 0x066A)
            c = QLatin1Char('%');
        else if (u == 0x066C)
            c = QLatin1Char(','); // Arabic thousands separator ٬
        else if (u == 0xFF0E || u == 0x066B)
            c = QLatin1Char('.'); // full-width full stop, Arabic decimal separator ٫
    }
    // A full-width comma groups digits only between digits; elsewhere it is punctuation.
    for (qsizetype i = 1; i + 1 < out.size(); ++i)
        if (out[i].unicode() == 0xFF0C && out[i - 1].isDigit() && out[i + 1].isDigit())
            out[i] = QLatin1Char(',');
    return out;
}

// The longest entry of `table` that `text` ends with (before trailing spaces).
std::pair<int, QString> suffixIn(QStringView text, const QHash<QString, QString> &table, bool needBoundary,
                                 const KeyIndex *index)
{
    std::pair<int, QString> best{0, {}};
    const QString lower = text.right(40).toString().toLower().replace(QChar(0x2019), QLatin1Char('\''));
    auto consider = [&](const QString &key, const QString &value) {
        if (key.size() <= best.first || !lower.endsWith(key))
            return;
        const qsizetype before = lower.size() - key.size() - 1;
        if (needBoundary && before >= 0 && lower.at(before).isLetterOrNumber() && key.front().isLetterOrNumber())
            return;
        best = {int(key.size()), value};
    };
    forEachCandidate(table, index, lower, true, consider);
    return best;
}

std::pair<int, QString> durationIn(QStringView text, const Lexicon &lex)
{
    // "let" (years) is not "letounů" (aircraft); Turkish adds case endings to short words ("günden").
    static const QStringList agglutinative = {QStringLiteral("tr"), QStringLiteral("hu"), QStringLiteral("fi"), QStringLiteral("et")};
    return inflectedIn(text, lex.durations, lex, agglutinative.contains(lex.lang) ? 3 : 4);
}

// A number that reads as a year in this language's calendars: Gregorian 1800-2100, and
// the Solar Hijri (1300-1500) in Persian, the Hijri (1400-1500) in Arabic, the Buddhist era
// (2400-2700) in Thai.
bool isYearNumber(double value, const Lexicon &lex)
{
    if (value >= 1800 && value <= 2100)
        return true;
    if (lex.lang == QLatin1String("fa") || lex.lang == QLatin1String("ar"))
        return value >= 1300 && value <= 1500;
    if (lex.lang == QLatin1String("th"))
        return value >= 2400 && value <= 2700;
    return false;
}

// Languages that write the day after the month: "October 29", "október 8-án", "spalio 28 d.".
bool monthFirst(const QString &lang)
{
    return lang == QLatin1String("en") || lang == QLatin1String("hu") || lang == QLatin1String("lt");
}

// "多名", "余家": more than, then a counter.
bool moreBeforeCounter(QStringView rest, const Lexicon &lex)
{
    return rest.size() > 1 && QStringLiteral("多余餘").contains(rest.front())
        && prefixIn(rest.mid(1), lex.counters, false).first > 0;
}

int skipSpaces(QStringView text, int at)
{
    while (at < text.size() && (text[at] == QLatin1Char(' ') || text[at] == QChar(0xA0) || text[at] == QChar(0x202F)))
        ++at;
    return at;
}

const WordTable<QString> &currencySymbols()
{
    static const WordTable<QString> symbols = [] {
        WordTable<QString> table = QHash<QString, QString>{
        {QStringLiteral("us$"), QStringLiteral("USD")}, {QStringLiteral("$"), QStringLiteral("USD")},
        {QStringLiteral("r$"), QStringLiteral("BRL")}, {QStringLiteral("a$"), QStringLiteral("AUD")},
        {QStringLiteral("c$"), QStringLiteral("CAD")}, {QStringLiteral("hk$"), QStringLiteral("HKD")},
        {QStringLiteral("nt$"), QStringLiteral("TWD")}, {QStringLiteral("₹"), QStringLiteral("INR")},
        {QStringLiteral("₽"), QStringLiteral("RUB")}, {QStringLiteral("₺"), QStringLiteral("TRY")},
        {QStringLiteral("₫"), QStringLiteral("VND")}, {QStringLiteral("฿"), QStringLiteral("THB")},
        {QStringLiteral("₪"), QStringLiteral("ILS")}, {QStringLiteral("₴"), QStringLiteral("UAH")},
        {QStringLiteral("€"), QStringLiteral("EUR")}, {QStringLiteral("£"), QStringLiteral("GBP")},
        {QStringLiteral("¥"), QStringLiteral("JPY")}, {QStringLiteral("₩"), QStringLiteral("KRW")},
        {QStringLiteral("dkk"), QStringLiteral("DKK")}, {QStringLiteral("usd"), QStringLiteral("USD")},
        {QStringLiteral("eur"), QStringLiteral("EUR")}, {QStringLiteral("gbp"), QStringLiteral("GBP")},
        {QStringLiteral("jpy"), QStringLiteral("JPY")}, {QStringLiteral("krw"), QStringLiteral("KRW")},
        {QStringLiteral("cny"), QStringLiteral("CNY")}, {QStringLiteral("sek"), QStringLiteral("SEK")},
        {QStringLiteral("nok"), QStringLiteral("NOK")}, {QStringLiteral("chf"), QStringLiteral("CHF")},
        {QStringLiteral("kr."), QStringLiteral("DKK")}};
        table.reindex();
        return table;
    }();
    return symbols;
}

void readCjkNumerals(const QString &text, const Lexicon &lex, QList<Parsed> &found)
{
    // Chinese and Japanese numerals: 十四万, 二千三百, 三百余, 三年. Kept when a counter
    // follows or a 万/亿 is in them; a lone numeral only before a unit of time.
    if (lex.lang == QLatin1String("zh") || lex.lang == QLatin1String("ja")) {
        static const QRegularExpression numerals(QStringLiteral("[〇零一二两兩三四五六七八九十百千万萬亿億]+"));
        static const QRegularExpression counted(QStringLiteral("^(?:[余多餘]?(?:个|個|名|人|家|座|件|所|位|年|个月|個月|か月|カ月|ヶ月|天|日間|周|週間|店|社|台))"));
        for (auto it = numerals.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const QString digits = m.captured();
            static const QRegularExpression timeUnit(QStringLiteral("^(?:年|个月|個月|か月|カ月|ヶ月|天|日間|周|週間)"));
            const QStringView after = QStringView(text).mid(m.capturedEnd(), 4);
            // One character counts only time ("三年"); "十分" is "enough", "二人の兄弟" a phrase.
            const bool bigUnit = digits.contains(QChar(0x4E07)) || digits.contains(QChar(0x842C)) || digits.contains(QChar(0x4EBF))
                || digits.contains(QChar(0x5104));
            // "二十国集团" (the G20) is a name: a numeral counts with a counter or a 万/亿 in it.
            if (digits.size() == 1 ? !timeUnit.match(after).hasMatch() : (!bigUnit && !counted.match(after).hasMatch()))
                continue;
            if (m.capturedStart() > 0 && text[m.capturedStart() - 1] == QChar(0x6570)) // 数千: a vague number, read below
                continue;
            if (m.capturedStart() > 0 && text[m.capturedStart() - 1] == QChar(0x7B2C)) // 第: an ordinal
                continue;
            if (std::any_of(found.begin(), found.end(), [&](const Parsed &d) { return m.capturedStart() < d.end && d.start < m.capturedEnd(); }))
                continue;
            double total = 0, section = 0, digit = 0;
            for (QChar c : digits) {
                static const QString figures = QStringLiteral("〇一二三四五六七八九");
                if (const qsizetype d = figures.indexOf(c); d >= 0) digit = double(d);
                else if (c == QChar(0x96F6)) digit = 0;                      // 零
                else if (c == QChar(0x4E24) || c == QChar(0x5169)) digit = 2; // 两 兩
                else if (c == QChar(0x5341)) { section += (digit == 0 ? 1 : digit) * 10; digit = 0; }    // 十
                else if (c == QChar(0x767E)) { section += (digit == 0 ? 1 : digit) * 100; digit = 0; }   // 百
                else if (c == QChar(0x5343)) { section += (digit == 0 ? 1 : digit) * 1000; digit = 0; }  // 千
                else if (c == QChar(0x4E07) || c == QChar(0x842C)) { total += (section + digit) * 1e4; section = digit = 0; }
                else { total = (total + section + digit) * 1e8; section = digit = 0; }                   // 亿 億
            }
            Parsed p;
            p.start = int(m.capturedStart());
            p.end = int(m.capturedEnd());
            p.value = total + section + digit;
            if (p.value < 2)
                continue;
            if (p.end < text.size() && QStringLiteral("余多餘").contains(text[p.end])) {
                p.moreThan = true;
                ++p.end;
            }
            found.append(p);
        }
    }
}

} // namespace lectern::numbers
