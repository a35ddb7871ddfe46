#include "alignment.h"

#include "lexicon.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace lectern {

namespace {

QStringList subjectsOf(const QString &text)
{
    // Capitalised Latin-script words that are not sentence openers or common words.
    static const QRegularExpression word(QStringLiteral("(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}\\p{N}.&-]{2,})"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    static const QSet<QString> common = {
        QStringLiteral("The"), QStringLiteral("This"), QStringLiteral("That"), QStringLiteral("CEO"),
        QStringLiteral("Det"), QStringLiteral("Den"), QStringLiteral("Der"), QStringLiteral("Die"), QStringLiteral("Das"),
        QStringLiteral("Les"), QStringLiteral("Le"), QStringLiteral("La"), QStringLiteral("According"),
        QStringLiteral("Ifølge"), QStringLiteral("Laut"), QStringLiteral("Selon"), QStringLiteral("While"),
        QStringLiteral("AI"), QStringLiteral("Corporate"), QStringLiteral("Jobs")};
    QStringList found;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured(1);
        QString key = w;
        key.remove(QRegularExpression(QStringLiteral("['’]s$")));
        key = key.section(QLatin1Char('.'), 0, 0); // Amazon.com -> Amazon
        if (!common.contains(key) && key.size() >= 3 && !found.contains(key))
            found << key;
    }
    return found;
}

QList<int> yearsOf(const Claim &claim)
{
    QList<int> years;
    for (const Quantity &q : claim.quantities)
        if (q.unit == QLatin1String("year"))
            years << int(q.value);
    return years;
}

// The interval a figure allows, by its bound.
std::pair<double, double> interval(const Quantity &q)
{
    const double v = q.value;
    const double inf = std::numeric_limits<double>::infinity();
    if (q.bound == QLatin1String("about")) return {v * 0.85, v * 1.15};
    if (q.bound == QLatin1String("at_least")) return {v, inf};
    if (q.bound == QLatin1String("at_most") || q.bound == QLatin1String("up_to")) return {0, v};
    return {v * 0.98, v * 1.02};
}

int directionOf(const Claim &claim)
{
    const auto lexicon = Lexicon::forLanguage(claim.lang);
    const bool cut = lexicon->cutWords.match(claim.text).hasMatch();
    const bool growth = lexicon->growthWords.match(claim.text).hasMatch();
    return cut == growth ? 0 : (cut ? -1 : 1);
}

bool related(const AlignedFigure &a, const AlignedFigure &b)
{
    // 14,000 jobs cut and 16,000 jobs open are different things.
    if (a.direction && b.direction && a.direction != b.direction)
        return false;
    // Different years ("27,000 cuts in 2022-23" against this year's cut) are different events.
    if (a.years.isEmpty() != b.years.isEmpty())
        return false;
    if (!a.years.isEmpty()) {
        const bool shared = std::any_of(a.years.begin(), a.years.end(), [&](int y) { return b.years.contains(y); });
        if (!shared)
            return false;
    }
    // Named subjects must meet when both articles name some (cross-script pairs cannot tell).
    if (!a.subjects.isEmpty() && !b.subjects.isEmpty()) {
        const bool shared = std::any_of(a.subjects.begin(), a.subjects.end(), [&](const QString &s) { return b.subjects.contains(s); });
        if (!shared)
            return false;
    }
    const double low = std::min(a.quantity.value, b.quantity.value);
    const double high = std::max(a.quantity.value, b.quantity.value);
    // Counts of a named thing may differ widely between reports ("up to 30,000" and
    // "14,000"); money, percentages and durations of unnamed things align only when close.
    const double factor = a.quantity.conceptId.isEmpty() ? 1.2 : 2.5;
    return low > 0 && high / low <= factor;
}

QString number(double v)
{
    return QString::number(v, 'g', 15);
}

} // namespace

QString verdictOf(const QList<AlignedFigure> &members)
{
    QSet<qint64> articles;
    for (const AlignedFigure &m : members)
        articles.insert(m.articleId);
    if (articles.size() < 2)
        return QStringLiteral("single");
    double low = members.first().quantity.value, high = low;
    double from = 0, to = std::numeric_limits<double>::infinity();
    for (const AlignedFigure &m : members) {
        low = std::min(low, m.quantity.value);
        high = std::max(high, m.quantity.value);
        const auto [a, b] = interval(m.quantity);
        from = std::max(from, a);
        to = std::min(to, b);
    }
    if ((high - low) <= 0.02 * high)
        return QStringLiteral("agree");
    return from <= to ? QStringLiteral("compatible") : QStringLiteral("conflict");
}

QList<AlignedGroup> alignFigures(const QList<AlignmentInput> &articles)
{
    // Candidates, bucketed by concept and unit.
    QHash<QString, QList<AlignedFigure>> buckets;
    for (const AlignmentInput &article : articles) {
        const QStringList titleSubjects = subjectsOf(article.title);
        for (const Claim &claim : article.claims) {
            if (claim.status == QLatin1String("rejected"))
                continue;
            const QList<int> years = yearsOf(claim);
            const int direction = directionOf(claim);
            QStringList subjects = subjectsOf(claim.text);
            for (const QString &s : titleSubjects)
                if (!subjects.contains(s))
                    subjects << s;
            for (const Quantity &q : claim.quantities) {
                if (q.unit == QLatin1String("year") || q.value <= 0)
                    continue;
                if (q.unit == QLatin1String("count") && q.conceptId.isEmpty())
                    continue; // a count of nothing named cannot be compared
                AlignedFigure figure{article.articleId, claim.id, q, claim.lang, article.source, subjects, years, direction};
                buckets[q.conceptId + QLatin1Char('|') + q.unit].append(figure);
            }
        }
    }
    QList<AlignedGroup> groups;
    for (auto it = buckets.cbegin(); it != buckets.cend(); ++it) {
        // Leader clustering, largest value first: a figure joins the first group whose first
        // figure it relates to, so groups do not chain from 10 up to a million. Groups are
        // found through the subjects they name.
        QList<AlignedFigure> figures = it.value();
        std::sort(figures.begin(), figures.end(), [](const AlignedFigure &a, const AlignedFigure &b) {
            return a.quantity.value > b.quantity.value;
        });
        QList<AlignedGroup> bucketGroups;
        QHash<QString, QList<int>> bySubject; // subject -> groups whose first figure names it
        QList<int> unnamed;                   // groups whose first figure names nothing
        for (const AlignedFigure &f : std::as_const(figures)) {
            // A figure naming nothing Latin (Korean, Japanese, Arabic) can go with any group.
            QList<int> candidates;
            if (f.subjects.isEmpty()) {
                for (int g = 0; g < bucketGroups.size(); ++g)
                    candidates << g;
            } else {
                for (const QString &subject : f.subjects)
                    candidates += bySubject.value(subject);
                candidates += unnamed;
            }
            std::sort(candidates.begin(), candidates.end());
            int joined = -1;
            for (int g : std::as_const(candidates)) {
                const AlignedFigure &seed = bucketGroups[g].members.first();
                const bool repeat = std::any_of(bucketGroups[g].members.cbegin(), bucketGroups[g].members.cend(),
                                                [&](const AlignedFigure &m) {
                                                    return m.articleId == f.articleId && m.quantity.value == f.quantity.value;
                                                });
                if (repeat || (seed.articleId != f.articleId && related(seed, f))) {
                    joined = g;
                    break;
                }
            }
            if (joined < 0) {
                joined = int(bucketGroups.size());
                AlignedGroup group;
                group.conceptId = f.quantity.conceptId;
                group.unit = f.quantity.unit;
                bucketGroups.append(group);
                if (f.subjects.isEmpty())
                    unnamed.append(joined);
                for (const QString &subject : f.subjects)
                    bySubject[subject].append(joined);
            }
            bucketGroups[joined].members.append(f);
        }
        for (AlignedGroup group : std::as_const(bucketGroups)) {
            group.verdict = verdictOf(group.members);
            QSet<QString> shared;
            bool first = true;
            for (const AlignedFigure &m : std::as_const(group.members)) {
                const QSet<QString> subjects(m.subjects.begin(), m.subjects.end());
                if (m.subjects.isEmpty())
                    continue;
                shared = first ? subjects : shared.intersect(subjects);
                first = false;
            }
            QStringList values;
            for (const AlignedFigure &m : std::as_const(group.members)) {
                const QString v = number(m.quantity.value)
                    + (m.quantity.bound == QLatin1String("exact") ? QString() : QStringLiteral(" (%1)").arg(m.quantity.bound));
                if (!values.contains(v))
                    values << v;
            }
            QStringList sharedList(shared.begin(), shared.end());
            sharedList.sort();
            if (group.verdict == QLatin1String("single")) {
                group.why = QStringLiteral("only one article reports this (%1, %2), values %3")
                                .arg(group.conceptId.isEmpty() ? QStringLiteral("-") : group.conceptId, group.unit,
                                     values.join(QStringLiteral(" vs ")));
            } else
            group.why = QStringLiteral("same concept%1 (%2, %3)%4, values %5")
                            .arg(sharedList.isEmpty() ? QString() : QStringLiteral(" and subject"),
                                 group.conceptId.isEmpty() ? QStringLiteral("-") : group.conceptId, group.unit,
                                 sharedList.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(sharedList.join(QStringLiteral(", "))),
                                 values.join(QStringLiteral(" vs ")));
            std::sort(group.members.begin(), group.members.end(), [](const AlignedFigure &a, const AlignedFigure &b) {
                return a.articleId != b.articleId ? a.articleId < b.articleId : a.quantity.start < b.quantity.start;
            });
            groups.append(group);
        }
    }
    std::sort(groups.begin(), groups.end(), [](const AlignedGroup &a, const AlignedGroup &b) {
        if (a.members.size() != b.members.size())
            return a.members.size() > b.members.size();
        if (a.conceptId != b.conceptId)
            return a.conceptId < b.conceptId;
        return a.members.first().quantity.value > b.members.first().quantity.value;
    });
    return groups;
}

} // namespace lectern
