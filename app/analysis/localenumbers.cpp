#include "localenumbers.h"

#include <QMutex>

#include <unicode/compactdecimalformat.h>
#include <unicode/dcfmtsym.h>
#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/numberformatter.h>
#include <unicode/rbnf.h>
#include <unicode/ucurr.h>
#include <unicode/uloc.h>

#include <cmath>
#include <memory>
#include <optional>

namespace lectern::localenumbers {

namespace {

QString fromIcu(const icu::UnicodeString &s)
{
    return QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
}

// The locale with Latin digits, so formatted samples can be split into number and words.
icu::Locale latinDigits(const QString &lang)
{
    return icu::Locale((lang.toStdString() + "@numbers=latn").c_str());
}

// A formatted sample split into its number and the words around it: "2 millones" ->
// (2, "millones"); "1万" -> (1, "万"); "1000 M" -> (1000, "m").
std::optional<std::pair<double, QString>> split(const QString &formatted, QChar decimal)
{
    QString number, words;
    for (qsizetype i = 0; i < formatted.size(); ++i) {
        const QChar c = formatted[i];
        const bool digitNext = i + 1 < formatted.size() && formatted[i + 1].isDigit();
        if (c.isDigit() || ((c == decimal || c == QLatin1Char('.')) && !number.isEmpty() && digitNext))
            number += c.isDigit() ? c : QLatin1Char('.');
        else if (c.isLetter() || c.isMark() || c == QLatin1Char('.') || c == QLatin1Char(' ') || c == QChar(0xA0) || c == QChar(0x202F))
            words += c;
    }
    bool ok = false;
    const double value = number.toDouble(&ok);
    words = words.simplified().replace(QChar(0xA0), QLatin1Char(' ')).toLower();
    if (!ok || value <= 0 || words.isEmpty())
        return std::nullopt;
    return std::make_pair(value, words);
}

// Adds a word, and its form without a final dot ("тыс." and "тыс").
template<typename Value>
void addWord(QHash<QString, Value> &table, const QString &word, const Value &value)
{
    if (word.isEmpty() || table.contains(word))
        return;
    table.insert(word, value);
    if (word.size() > 2 && word.endsWith(QLatin1Char('.')))
        table.insert(word.chopped(1), value);
}

void readSeparators(const QString &lang, Data &data)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::DecimalFormatSymbols symbols(latinDigits(lang), status);
    if (U_FAILURE(status))
        return;
    const QString decimal = fromIcu(symbols.getConstSymbol(icu::DecimalFormatSymbols::kDecimalSeparatorSymbol));
    const QString grouping = fromIcu(symbols.getConstSymbol(icu::DecimalFormatSymbols::kGroupingSeparatorSymbol));
    // Arabic and Persian write ٫ for the decimal mark: the reader turns it into '.' first.
    data.decimal = decimal.isEmpty() || decimal.front() == QChar(0x066B) ? QLatin1Char('.') : decimal.front();
    data.grouping = grouping.isEmpty() ? QLatin1Char(',') : grouping.front();
}

// Compact number forms, long ("2 millones", "10 тысяч") and short ("2 M", "10 тыс.").
void readScales(const QString &lang, Data &data)
{
    for (const auto style : {UNUM_LONG, UNUM_SHORT}) {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::CompactDecimalFormat> format(
            icu::CompactDecimalFormat::createInstance(latinDigits(lang), style, status));
        if (U_FAILURE(status) || !format)
            continue;
        for (int exponent = 3; exponent <= 12; ++exponent) {
            for (const double mantissa : {1.0, 2.0, 3.0, 5.0}) {
                const double value = mantissa * std::pow(10.0, exponent);
                icu::UnicodeString out;
                format->format(value, out);
                const auto parts = split(fromIcu(out), data.decimal);
                if (!parts)
                    continue;
                const double scale = value / parts->first;
                const QString &word = parts->second;
                // One-letter abbreviations ("M", "B", "K") are left to the lexicons: alone they
                // are initials as often as scales.
                if (scale >= 1000 && word.size() >= 2)
                    addWord(data.scales, word, std::round(scale));
            }
        }
    }
}

// Spelled-out cardinals from the spell-out rules (every cardinal rule set: feminine and
// neuter forms too). Not for the scripts without spaces, whose numerals the quantity
// reader takes apart itself, and never "one", which is an article as often as a number.
void readNumberWords(const QString &lang, Data &data)
{
    UErrorCode status = U_ZERO_ERROR;
    icu::RuleBasedNumberFormat format(icu::URBNF_SPELLOUT, icu::Locale(lang.toStdString().c_str()), status);
    if (U_FAILURE(status))
        return;
    QList<double> values;
    for (int v = 2; v <= 20; ++v)
        values << v;
    for (int v = 30; v <= 90; v += 10)
        values << v;
    for (int v = 100; v <= 900; v += 100)
        values << v;
    values << 1000 << 1e6 << 1e9;
    for (int32_t i = 0; i < format.getNumberOfRuleSetNames(); ++i) {
        const icu::UnicodeString name = format.getRuleSetName(i);
        if (!fromIcu(name).startsWith(QLatin1String("%spellout-cardinal")))
            continue;
        for (const double value : std::as_const(values)) {
            icu::UnicodeString out;
            UErrorCode formatStatus = U_ZERO_ERROR;
            icu::FieldPosition position;
            format.format(value, name, out, position, formatStatus);
            const QString word = fromIcu(out).toLower().simplified();
            if (U_SUCCESS(formatStatus) && word.size() >= 2) // "üç", "ba", "on": short, but only with a unit or noun
                addWord(data.numberWords, word, value);
        }
    }
}

// Currencies a news article names: each by ISO code, name, plural names and symbols in
// the language. A symbol two currencies share goes to the language's own currency first.
void readCurrencies(const QString &lang, Data &data)
{
    static const char16_t *const codes[] = {
        u"USD", u"EUR", u"GBP", u"JPY", u"CNY", u"KRW", u"DKK", u"SEK", u"NOK", u"CHF", u"INR", u"RUB", u"UAH",
        u"PLN", u"CZK", u"HUF", u"RON", u"TRY", u"BRL", u"IDR", u"VND", u"THB", u"ILS", u"IRR", u"SAR", u"AED",
        u"EGP", u"RSD", u"HKD", u"TWD", u"AUD", u"CAD", u"MXN", u"ISK", u"BGN", u"HRK", u"ZAR", u"SGD", u"MYR",
        u"PHP", u"PKR", u"NGN", u"KES", u"QAR", u"KWD", u"MAD", u"ARS", u"CLP", u"COP"};
    char maximized[ULOC_FULLNAME_CAPACITY] = {};
    UErrorCode status = U_ZERO_ERROR;
    uloc_addLikelySubtags(lang.toLatin1().constData(), maximized, sizeof maximized, &status);
    char16_t local[4] = {};
    UErrorCode localStatus = U_ZERO_ERROR;
    ucurr_forLocale(maximized, local, 4, &localStatus);
    const QString localCode = U_SUCCESS(localStatus) ? QString::fromUtf16(local, 3) : QString();
    const QByteArray locale = QByteArray(maximized);
    QHash<QString, QString> symbols;
    for (const char16_t *code : codes) {
        const QString iso = QString::fromUtf16(code, 3);
        data.currencies.insert(iso.toLower(), iso);
        UBool isChoice = false;
        int32_t length = 0;
        auto name = [&](UCurrNameStyle style) {
            UErrorCode s = U_ZERO_ERROR;
            const UChar *text = ucurr_getName(code, locale.constData(), style, &isChoice, &length, &s);
            return U_SUCCESS(s) && text ? QString::fromUtf16(text, length).toLower() : QString();
        };
        const QString longName = name(UCURR_LONG_NAME);
        if (longName.size() >= 3 && longName != iso.toLower())
            addWord(data.currencies, longName, iso);
        for (const char *plural : {"zero", "one", "two", "few", "many", "other"}) {
            UErrorCode s = U_ZERO_ERROR;
            const UChar *text = ucurr_getPluralName(code, locale.constData(), &isChoice, plural, &length, &s);
            const QString pluralName = U_SUCCESS(s) && text ? QString::fromUtf16(text, length).toLower() : QString();
            if (pluralName.size() >= 3 && pluralName != iso.toLower())
                addWord(data.currencies, pluralName, iso);
        }
        for (const auto style : {UCURR_SYMBOL_NAME, UCURR_NARROW_SYMBOL_NAME}) {
            const QString symbol = name(style);
            // A symbol of letters must be at least two long ("kr", "zł", "Rp"); "$", "€" are one.
            const bool letters = std::any_of(symbol.begin(), symbol.end(), [](QChar c) { return c.isLetter(); });
            if (symbol.isEmpty() || symbol == iso.toLower() || (letters && symbol.size() < 2))
                continue;
            const QString holder = symbols.value(symbol);
            if (holder.isEmpty() || iso == localCode || (holder != localCode && iso == QLatin1String("USD")))
                symbols.insert(symbol, iso);
        }
    }
    for (auto it = symbols.cbegin(); it != symbols.cend(); ++it)
        if (!data.currencies.contains(it.key()))
            data.currencies.insert(it.key(), it.value());
}

// Units of time and percent, in full ("días", "недель", "por ciento") and short forms of
// three letters or more ("sem.", "мес.").
void readUnits(const QString &lang, Data &data)
{
    const icu::Locale locale = latinDigits(lang);
    const std::pair<icu::MeasureUnit, const char *> units[] = {
        {icu::MeasureUnit::getDay(), "day"}, {icu::MeasureUnit::getWeek(), "week"},
        {icu::MeasureUnit::getMonth(), "month"}, {icu::MeasureUnit::getYear(), "year"},
        {icu::MeasureUnit::getPercent(), "percent"}};
    for (const auto &[unit, id] : units) {
        for (const auto width : {UNUM_UNIT_WIDTH_FULL_NAME, UNUM_UNIT_WIDTH_SHORT}) {
            for (const double value : {1.0, 2.0, 3.0, 5.0, 11.0, 21.0, 1.5}) {
                UErrorCode status = U_ZERO_ERROR;
                const auto formatted = icu::number::NumberFormatter::withLocale(locale).unit(unit).unitWidth(width)
                                           .formatDouble(value, status);
                const icu::UnicodeString out = formatted.toString(status);
                if (U_FAILURE(status))
                    continue;
                const auto parts = split(fromIcu(out), data.decimal);
                if (!parts || parts->second.size() < (width == UNUM_UNIT_WIDTH_FULL_NAME ? 2 : 3))
                    continue;
                if (qstrcmp(id, "percent") == 0) {
                    if (!data.percentWords.contains(parts->second))
                        data.percentWords << parts->second;
                } else {
                    addWord(data.durations, parts->second, QString::fromLatin1(id));
                }
            }
        }
    }
}

void readCalendarMonths(const QString &lang, const QString &calendar, Data &data);

void readMonths(const QString &lang, Data &data)
{
    // The Gregorian months, and those of the calendar the language's press also dates by:
    // Solar Hijri in Persian, Hijri in Arabic, Hebrew in Hebrew.
    QStringList calendars{QStringLiteral("gregorian")};
    if (lang.startsWith(QLatin1String("fa")))
        calendars << QStringLiteral("persian");
    if (lang.startsWith(QLatin1String("ar")))
        calendars << QStringLiteral("islamic");
    if (lang.startsWith(QLatin1String("he")))
        calendars << QStringLiteral("hebrew");
    for (const QString &calendar : std::as_const(calendars))
        readCalendarMonths(lang, calendar, data);
}

void readCalendarMonths(const QString &lang, const QString &calendar, Data &data)
{
    UErrorCode status = U_ZERO_ERROR;
    const QByteArray type = calendar.toLatin1();
    const icu::DateFormatSymbols symbols(icu::Locale(lang.toStdString().c_str()), type.constData(), status);
    if (U_FAILURE(status))
        return;
    for (const auto context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE}) {
        for (const auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
            int32_t days = 0;
            const icu::UnicodeString *weekdays = symbols.getWeekdays(days, context, width);
            for (int32_t i = 1; calendar == QLatin1String("gregorian") && i < days; ++i) {
                QString day = fromIcu(weekdays[i]).toLower();
                if (day.endsWith(QLatin1Char('.')))
                    day.chop(1);
                if (day.size() >= 2 && !data.weekdays.contains(day))
                    data.weekdays << day;
            }
            int32_t count = 0;
            const icu::UnicodeString *months = symbols.getMonths(count, context, width);
            for (int32_t i = 0; i < count; ++i) {
                QString month = fromIcu(months[i]).toLower();
                if (month.endsWith(QLatin1Char('.')))
                    month.chop(1);
                // "5月" style names are numbers themselves: the reader knows 月 already.
                if (month.size() >= 3 && !month.front().isDigit() && !data.months.contains(month))
                    data.months << month;
                // Hindi is often written without the nukta ("फरवरी" for "फ़रवरी").
                const QString plain = QString(month).remove(QChar(0x093C));
                if (plain != month && !data.months.contains(plain))
                    data.months << plain;
            }
        }
    }
}

bool isSpaceless(const QString &lang)
{
    static const QStringList spaceless = {QStringLiteral("ja"), QStringLiteral("zh"), QStringLiteral("ko"),
                                          QStringLiteral("th"), QStringLiteral("lo"), QStringLiteral("km"),
                                          QStringLiteral("my")};
    return spaceless.contains(lang);
}

} // namespace

const Data &forLanguage(const QString &lang)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const Data>> cache;
    const QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(lang); it != cache.constEnd())
        return **it;
    auto data = std::make_shared<Data>();
    if (!lang.isEmpty() && lang != QLatin1String("und")) {
        readSeparators(lang, *data);
        // Serbian is written in both scripts (CLDR's "sr" is Cyrillic, "sr_Latn" Latin);
        // likewise Bosnian. Both scripts' words are read.
        QStringList locales{lang};
        if (lang == QLatin1String("sr") || lang == QLatin1String("bs"))
            locales << lang + (lang == QLatin1String("sr") ? QStringLiteral("_Latn") : QStringLiteral("_Cyrl"));
        for (const QString &locale : std::as_const(locales)) {
            readScales(locale, *data);
            if (!isSpaceless(lang))
                readNumberWords(locale, *data);
            readCurrencies(locale, *data);
            readUnits(locale, *data);
            readMonths(locale, *data);
        }
    }
    if (lang == QLatin1String("hi")) {
        // Hindi is often written without the nukta ("हजार" for "हज़ार"): both spellings.
        auto plain = [](const QString &word) { return QString(word).remove(QChar(0x093C)); };
        for (const QString &word : data->scales.keys())
            data->scales.insert(plain(word), data->scales.value(word));
        for (const QString &word : data->durations.keys())
            data->durations.insert(plain(word), data->durations.value(word));
        for (const QString &word : data->currencies.keys())
            data->currencies.insert(plain(word), data->currencies.value(word));
    }
    cache.insert(lang, data);
    return *data;
}

} // namespace lectern::localenumbers
