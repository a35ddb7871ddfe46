#include "claimrepository.h"

#include "../analysis/claimextractor.h"
#include "../model/span.h"
#include "database.h"
#include "sqlitefile.h"
#include "statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lectern {

ClaimRepository::ClaimRepository(Database &db) : m_db(db) {}
ClaimRepository::~ClaimRepository() = default;

// The quantities as compact JSON, UTF-8.
static QByteArray quantitiesJson(const QList<Quantity> &quantities)
{
    if (quantities.isEmpty())
        return QByteArrayLiteral("[]");
    QJsonArray array;
    for (const Quantity &q : quantities)
        array.append(QJsonObject{{QStringLiteral("start"), q.start}, {QStringLiteral("end"), q.end},
                                 {QStringLiteral("text"), q.text}, {QStringLiteral("value"), q.value},
                                 {QStringLiteral("unit"), q.unit}, {QStringLiteral("noun"), q.noun},
                                 {QStringLiteral("concept"), q.conceptId}, {QStringLiteral("bound"), q.bound}});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QString ClaimRepository::quantitiesToJson(const QList<Quantity> &quantities)
{
    return QString::fromUtf8(quantitiesJson(quantities));
}

QList<Quantity> ClaimRepository::quantitiesFromJson(const QString &json)
{
    QList<Quantity> result;
    for (const auto &value : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = value.toObject();
        Quantity q;
        q.start = o.value(QLatin1String("start")).toInt();
        q.end = o.value(QLatin1String("end")).toInt();
        q.text = o.value(QLatin1String("text")).toString();
        q.value = o.value(QLatin1String("value")).toDouble();
        q.unit = o.value(QLatin1String("unit")).toString();
        q.noun = o.value(QLatin1String("noun")).toString();
        q.conceptId = o.value(QLatin1String("concept")).toString();
        q.bound = o.value(QLatin1String("bound")).toString();
        result.append(q);
    }
    return result;
}

void ClaimRepository::insert(qint64 articleId, const QList<Claim> &claims)
{
    if (!m_insert)
        m_insert = std::make_unique<sqlite::BulkStatement>(m_db,
            "INSERT INTO claims (article_id, start, \"end\", quote, prefix, suffix, lang, kinds, score, claimant,"
            " quantities, status, extractor_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    for (const Claim &c : claims) {
        m_insert->bind(0, articleId);
        m_insert->bind(1, qint64(c.start));
        m_insert->bind(2, qint64(c.end));
        m_insert->bind(3, c.text);
        m_insert->bind(4, QStringView());
        m_insert->bind(5, QStringView());
        m_insert->bind(6, c.lang);
        const QString kinds = c.kinds.join(QLatin1Char(','));
        m_insert->bind(7, kinds);
        m_insert->bind(8, c.score);
        if (c.claimant.isEmpty())
            m_insert->bindNull(9);
        else
            m_insert->bind(9, c.claimant);
        m_insert->bindUtf8(10, quantitiesJson(c.quantities));
        m_insert->bind(11, c.status);
        m_insert->bind(12, qint64(extractorVersion()));
        m_insert->run();
    }
}

static Claim readClaim(const Statement &row)
{
    Claim c;
    c.id = row.integer(0);
    c.articleId = row.integer(1);
    c.start = int(row.integer(2));
    c.end = int(row.integer(3));
    c.text = row.text(4);
    c.lang = row.text(5);
    c.kinds = row.text(6).split(QLatin1Char(','), Qt::SkipEmptyParts);
    c.score = row.value(7).toDouble();
    c.claimant = row.text(8);
    c.quantities = ClaimRepository::quantitiesFromJson(row.text(9));
    c.status = row.text(10);
    c.annotationId = row.integer(11);
    return c;
}

static const char *const claimColumns =
    "SELECT id, article_id, start, \"end\", quote, coalesce(lang, ''), kinds, score, coalesce(claimant, ''),"
    " quantities, status, coalesce(annotation_id, 0) FROM claims";

QList<Claim> ClaimRepository::claims(qint64 articleId)
{
    Statement query(m_db, QLatin1String(claimColumns) + QStringLiteral(" WHERE article_id = ? ORDER BY start, id"));
    query.run(articleId);
    QList<Claim> result;
    while (query.next())
        result.append(readClaim(query));
    return result;
}

QList<Claim> ClaimRepository::all()
{
    Statement query(m_db, QLatin1String(claimColumns) + QStringLiteral(" ORDER BY article_id, start, id"));
    query.run();
    QList<Claim> result;
    while (query.next())
        result.append(readClaim(query));
    return result;
}

bool ClaimRepository::anyDecided()
{
    Statement query(m_db, QStringLiteral("SELECT 1 FROM claims WHERE status <> 'auto' LIMIT 1"));
    query.run();
    return query.next();
}

bool ClaimRepository::anyOlderThan(int version)
{
    Statement query(m_db, QStringLiteral("SELECT 1 FROM claims WHERE extractor_version < ? LIMIT 1"));
    query.run(version);
    return query.next();
}

std::optional<Claim> ClaimRepository::claim(qint64 id)
{
    Statement query(m_db, QLatin1String(claimColumns) + QStringLiteral(" WHERE id = ?"));
    query.run(id);
    if (!query.next())
        return std::nullopt;
    return readClaim(query);
}

void ClaimRepository::restore(qint64 articleId, const QList<Claim> &claims)
{
    Statement(m_db, QStringLiteral("DELETE FROM claims WHERE article_id = ?")).run(articleId);
    for (const Claim &c : claims)
        update(c);
}

void ClaimRepository::update(const Claim &c)
{
    const qint64 annotationId = c.annotationId;
    Statement(m_db, QStringLiteral("INSERT INTO claims (id, article_id, start, \"end\", quote, prefix, suffix, lang,"
                                   " kinds, score, claimant, quantities, status, extractor_version, annotation_id)"
                                   " VALUES (?,?,?,?,?,'','',?,?,?,?,?,?,?,?)"
                                   " ON CONFLICT(id) DO UPDATE SET start = excluded.start, \"end\" = excluded.\"end\","
                                   " quote = excluded.quote, status = excluded.status, kinds = excluded.kinds,"
                                   " quantities = excluded.quantities, annotation_id = excluded.annotation_id"))
        .run(c.id ? QVariant(c.id) : QVariant(), c.articleId, c.start, c.end, c.text, c.lang, c.kinds.join(QLatin1Char(',')), c.score,
             c.claimant.isEmpty() ? QVariant() : QVariant(c.claimant), quantitiesToJson(c.quantities), c.status,
             extractorVersion(), annotationId ? QVariant(annotationId) : QVariant());
}

void ClaimRepository::remove(qint64 id)
{
    Statement(m_db, QStringLiteral("DELETE FROM claims WHERE id = ?")).run(id);
}

void ClaimRepository::replaceUndecided(qint64 articleId, const QList<Claim> &fresh)
{
    if (!m_deleteUndecided) {
        m_deleteUndecided = std::make_unique<Statement>(
            m_db, QStringLiteral("DELETE FROM claims WHERE article_id = ? AND status = 'auto'"));
        m_decidedSpans = std::make_unique<Statement>(
            m_db, QStringLiteral("SELECT start, \"end\" FROM claims WHERE article_id = ?"));
    }
    m_deleteUndecided->run(articleId);
    QList<QPair<int, int>> decided;
    m_decidedSpans->run(articleId);
    while (m_decidedSpans->next())
        decided.append({int(m_decidedSpans->integer(0)), int(m_decidedSpans->integer(1))});
    m_decidedSpans->finish();
    QList<Claim> kept;
    for (const Claim &c : fresh)
        if (std::none_of(decided.begin(), decided.end(), [&](const QPair<int, int> &k) { return k.first < c.end && c.start < k.second; }))
            kept.append(c);
    insert(articleId, kept);
}

QList<Claim> ClaimRepository::merged(qint64 articleId, const QList<Claim> &fresh)
{
    QList<Claim> result;
    for (const Claim &c : claims(articleId))
        if (c.status != QLatin1String("auto"))
            result.append(c);
    const qsizetype decided = result.size();
    for (Claim c : fresh) {
        // A sentence the analyst already decided on keeps that decision.
        const bool overlaps = std::any_of(result.begin(), result.begin() + decided, [&](const Claim &k) {
            return k.start < c.end && c.start < k.end;
        });
        if (!overlaps) {
            c.id = 0;
            c.articleId = articleId;
            result.append(c);
        }
    }
    std::sort(result.begin(), result.end(), [](const Claim &a, const Claim &b) { return a.start < b.start; });
    return result;
}

} // namespace lectern
