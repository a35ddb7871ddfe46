#pragma once

#include "phrasepattern.h"
#include "wordtable.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <memory>

namespace lectern {

// The cue words of one language, loaded from resources/lexicons/<lang>.json (built in) and
// extended by <user data>/lexicons/<lang>.json, so a user can add or extend a language by
// dropping a file there. A language without a lexicon gets an empty one: numbers, symbols
// and quotation marks are still found.
class Lexicon
{
public:
    // The lexicon of a language, loaded once and shared; thread-safe.
    static std::shared_ptr<const Lexicon> forLanguage(const QString &lang);
    // Forgets loaded lexicons, so edited files are read again.
    static void reload();
    static QStringList builtInLanguages();

    QString lang;
    bool spaceless = false;        // ko, ja, zh: cue words need no word boundaries
    QChar decimal = QLatin1Char('.');
    QChar grouping = QLatin1Char(','); // CLDR's; a space, no-break space or apostrophe in many languages
    WordTable<double> scales;
    QHash<QString, double> numberWords;
    QStringList vagueNumbers;
    WordTable<QString> boundsBefore;
    WordTable<QString> boundsAfter;
    WordTable<QString> currencies;
    WordTable<QString> percentWords; // word (lower case) -> "percent"
    WordTable<QString> durations;
    QStringList months;
    QStringList weekdays;                 // CLDR's, lower case: never a source
    QSet<QString> calendarWords;          // weekdays and months, lower case, to look up
    QHash<QString, QString> nounConcepts;    // noun (lower case) -> concept
    QHash<QString, QString> contextConcepts; // word -> concept, for bare counters
    WordTable<QString> counters;        // 명, 人 -> concept
    QStringList stopNames;
    QStringList connectors;
    QStringList sourceRoles;              // 대변인, 社長: a role after a name, not part of it
    QStringList unitConnectors;           // "de", "d'" between a scale word and its unit

    // Compiled cue-word matchers.
    PhrasePattern attributionSourceAfter; // "according to X"
    PhrasePattern attributionBeforeParticle; // "X에 따르면"
    PhrasePattern attributionVerbs;
    PhrasePattern prediction;
    PhrasePattern causal;
    PhrasePattern comparison;
    PhrasePattern companyReferences; // "the company", "virksomheden": the firm the article is about
    PhrasePattern numberWordPattern;
    PhrasePattern cutWords;    // figures that go down: cuts, layoffs, fyringer, 감원
    PhrasePattern growthWords; // figures that go up: openings, new jobs, ledige, 채용
    PhrasePattern monthNames;  // the month names of `months`

    // Finds any of words (longest first), as whole words unless the language is spaceless.
    // A word may go on for up to `inflection` letters ("despedirá" for "despedir").
    PhrasePattern phrases(const QStringList &words, int inflection = 0) const;
};

} // namespace lectern
