#include "lexicon.h"

#include "localenumbers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QStandardPaths>

#include <algorithm>

namespace lectern {

namespace {

QMutex &cacheMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, std::shared_ptr<const Lexicon>> &cache()
{
    static QHash<QString, std::shared_ptr<const Lexicon>> lexicons;
    return lexicons;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        qWarning("Lectern: lexicon %s is not valid JSON: %s", qPrintable(path), qPrintable(error.errorString()));
        return {};
    }
    return doc.object();
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const auto &item : value.toArray())
        list << item.toString();
    return list;
}

template<typename T>
void mergeMap(QHash<QString, T> &into, const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        into.insert(it.key().toLower(), it.value().toVariant().value<T>());
}

// Applies one lexicon file: lists are extended, maps are added to (a user's file adds).
void apply(Lexicon &lexicon, const QJsonObject &json, QHash<QString, QStringList> &lists)
{
    if (json.contains(QLatin1String("decimal")))
        lexicon.decimal = json.value(QLatin1String("decimal")).toString(QStringLiteral(".")).front();
    mergeMap(lexicon.scales, json.value(QLatin1String("scales")));
    mergeMap(lexicon.numberWords, json.value(QLatin1String("number_words")));
    mergeMap(lexicon.boundsBefore, json.value(QLatin1String("bounds_before")));
    mergeMap(lexicon.boundsAfter, json.value(QLatin1String("bounds_after")));
    mergeMap(lexicon.currencies, json.value(QLatin1String("currencies")));
    mergeMap(lexicon.durations, json.value(QLatin1String("durations")));
    mergeMap(lexicon.counters, json.value(QLatin1String("counters")));
    lexicon.vagueNumbers += strings(json.value(QLatin1String("vague_numbers")));
    for (const QString &word : strings(json.value(QLatin1String("percent"))))
        lexicon.percentWords.insert(word.toLower(), QStringLiteral("percent"));
    lexicon.months += strings(json.value(QLatin1String("months")));
    lexicon.stopNames += strings(json.value(QLatin1String("stop_names")));
    lexicon.sourceRoles += strings(json.value(QLatin1String("source_roles")));
    lexicon.connectors += strings(json.value(QLatin1String("connectors")));
    lexicon.unitConnectors += strings(json.value(QLatin1String("unit_connectors")));
    const QJsonObject concepts = json.value(QLatin1String("concepts")).toObject();
    for (auto it = concepts.begin(); it != concepts.end(); ++it)
        for (const QString &noun : strings(it.value()))
            lexicon.nounConcepts.insert(noun.toLower(), it.key());
    const QJsonObject context = json.value(QLatin1String("context_concepts")).toObject();
    for (auto it = context.begin(); it != context.end(); ++it)
        for (const QString &word : strings(it.value()))
            lexicon.contextConcepts.insert(word.toLower(), it.key());
    for (const char *key : {"attribution_source_after", "attribution_before_particle", "attribution_verbs",
                            "prediction", "causal", "comparison", "cut_words", "growth_words", "company_references"})
        lists[QLatin1String(key)] += strings(json.value(QLatin1String(key)));
}

} // namespace

PhrasePattern Lexicon::phrases(const QStringList &words, int inflection) const
{
    return PhrasePattern(words, spaceless, inflection);
}

QStringList Lexicon::builtInLanguages()
{
    QStringList langs;
    for (const QString &file : QDir(QStringLiteral(":/lexicons")).entryList({QStringLiteral("*.json")}))
        langs << file.chopped(5);
    return langs;
}

void Lexicon::reload()
{
    QMutexLocker lock(&cacheMutex());
    cache().clear();
}

std::shared_ptr<const Lexicon> Lexicon::forLanguage(const QString &lang)
{
    QMutexLocker lock(&cacheMutex());
    if (auto it = cache().constFind(lang); it != cache().constEnd())
        return *it;
    auto lexicon = std::make_shared<Lexicon>();
    lexicon->lang = lang;
    // Scripts written without spaces between words: cue words need no word boundaries.
    static const QStringList spaceless = {QStringLiteral("ko"), QStringLiteral("ja"), QStringLiteral("zh"),
                                          QStringLiteral("th"), QStringLiteral("lo"), QStringLiteral("km"),
                                          QStringLiteral("my")};
    lexicon->spaceless = spaceless.contains(lang);
    // CLDR first (separators, scale words, spelled-out numbers, currencies, units, months),
    // then the lexicon files, which add and may correct.
    const localenumbers::Data &cldr = localenumbers::forLanguage(lang);
    lexicon->decimal = cldr.decimal;
    lexicon->grouping = cldr.grouping;
    lexicon->scales = cldr.scales;
    lexicon->numberWords = cldr.numberWords;
    lexicon->currencies = cldr.currencies;
    lexicon->durations = cldr.durations;
    for (const QString &word : cldr.percentWords)
        lexicon->percentWords.insert(word, QStringLiteral("percent"));
    lexicon->months = cldr.months;
    lexicon->weekdays = cldr.weekdays;
    QHash<QString, QStringList> lists;
    apply(*lexicon, readJson(QStringLiteral(":/lexicons/common.json")), lists);
    apply(*lexicon, readJson(QStringLiteral(":/lexicons/%1.json").arg(lang)), lists);
    for (const QString &dir : QStandardPaths::standardLocations(QStandardPaths::AppDataLocation))
        apply(*lexicon, readJson(QStringLiteral("%1/lexicons/%2.json").arg(dir, lang)), lists);
    lexicon->attributionSourceAfter = lexicon->phrases(lists.value(QStringLiteral("attribution_source_after")));
    lexicon->attributionBeforeParticle = lexicon->phrases(lists.value(QStringLiteral("attribution_before_particle")));
    lexicon->attributionVerbs = lexicon->phrases(lists.value(QStringLiteral("attribution_verbs")));
    lexicon->prediction = lexicon->phrases(lists.value(QStringLiteral("prediction")));
    lexicon->causal = lexicon->phrases(lists.value(QStringLiteral("causal")));
    lexicon->comparison = lexicon->phrases(lists.value(QStringLiteral("comparison")));
    lexicon->companyReferences = lexicon->phrases(lists.value(QStringLiteral("company_references")));
    if (lang == QLatin1String("ar")) { // "وقال", "فأعلنت": the conjunction is joined to the verb
        for (PhrasePattern *cue : {&lexicon->attributionVerbs, &lexicon->attributionSourceAfter})
            cue->allowJoinedPrefix(QStringLiteral("وف"));
    }
    lexicon->numberWordPattern = lexicon->phrases(lexicon->numberWords.keys());
    if (lang == QLatin1String("he")) // prepositions joined to a number word: "כשלוש", "בשלושה"
        lexicon->numberWordPattern.allowJoinedPrefix(QStringLiteral("כבלמהו"));
    // Cut words inflect ("despedirá", "увольняет"): up to four letters more, except in English.
    // Turkish, Hungarian and Finnish verbs take long endings ("çıkarabileceğini").
    const bool agglutinative = lang == QLatin1String("tr") || lang == QLatin1String("hu") || lang == QLatin1String("fi");
    lexicon->cutWords = lexicon->phrases(lists.value(QStringLiteral("cut_words")), lang == QLatin1String("en") ? 0 : agglutinative ? 10 : 4);
    lexicon->growthWords = lexicon->phrases(lists.value(QStringLiteral("growth_words")));
    // Months inflect too ("lednu", "marca"): abbreviations and names may go on for a few letters.
    static const QStringList inflectedMonths = QStringLiteral("cs sk pl ru uk sr hr bs sl fi hu el lt lv et")
                                                   .split(QLatin1Char(' '));
    lexicon->monthNames = lexicon->phrases(lexicon->months, inflectedMonths.contains(lang) ? 5 : 0);
    if (lang == QLatin1String("he")) // "באוקטובר": in October, the preposition joined to the month
        lexicon->monthNames.allowJoinedPrefix(QStringLiteral("בלמהו"));
    for (WordTable<QString> *table : {&lexicon->boundsBefore, &lexicon->boundsAfter, &lexicon->currencies,
                                      &lexicon->percentWords, &lexicon->durations, &lexicon->counters})
        table->reindex();
    lexicon->scales.reindex();
    for (const QString &word : std::as_const(lexicon->months))
        lexicon->calendarWords.insert(word);
    for (const QString &word : std::as_const(lexicon->weekdays))
        lexicon->calendarWords.insert(word);
    cache().insert(lang, lexicon);
    return lexicon;
}

} // namespace lectern
