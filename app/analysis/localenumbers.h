#pragma once

#include <QChar>
#include <QHash>
#include <QString>
#include <QStringList>

// What ICU's copy of CLDR says about writing numbers in a language: the lexicon of every
// language starts from this, and resources/lexicons/<lang>.json adds only what CLDR lacks
// (concept nouns, bounds, attribution, prediction and cause cues). A language without a
// lexicon file still gets its separators, scale words, spelled-out numbers, currency
// names, units and months from here.
namespace lectern::localenumbers {

struct Data {
    QChar decimal = QLatin1Char('.');
    QChar grouping = QLatin1Char(',');
    QHash<QString, double> scales;      // lower case: "millones" 1e6, "тыс." 1e3, "万" 1e4, "लाख" 1e5
    QHash<QString, double> numberWords; // spelled-out cardinals: "noventa" 90, "negentig" 90
    QHash<QString, QString> currencies; // names, plural names, symbols, ISO codes (lower case) -> ISO
    QHash<QString, QString> durations;  // "días" -> day, "недель" -> week
    QStringList percentWords;           // "por ciento", "процентов", "درصد"
    QStringList months;                 // wide and abbreviated, format and stand-alone, lower case
    QStringList weekdays;               // wide and abbreviated, lower case
};

// Built from ICU on first use and kept; thread-safe.
const Data &forLanguage(const QString &lang);

} // namespace lectern::localenumbers
