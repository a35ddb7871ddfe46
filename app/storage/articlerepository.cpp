#include "articlerepository.h"

#include "../model/stagecost.h"

#include "claimrepository.h"
#include "database.h"
#include "fulltextindex.h"
#include "statement.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lectern {

static QVariant nullIfEmpty(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

ArticleRepository::ArticleRepository(Database &db) : m_db(db) {}
ArticleRepository::~ArticleRepository() = default;

qint64 ArticleRepository::sourceId(const QString &name)
{
    const QString key = name.trimmed();
    if (key.isEmpty())
        return 0;
    const QString folded = key.toCaseFolded();
    if (auto it = m_sourceIds.constFind(folded); it != m_sourceIds.constEnd())
        return *it;
    Statement(m_db, QStringLiteral("INSERT OR IGNORE INTO sources (name) VALUES (?)")).run(key);
    Statement find(m_db, QStringLiteral("SELECT id FROM sources WHERE name = ?"));
    find.run(key);
    const qint64 id = find.next() ? find.integer(0) : 0;
    m_sourceIds.insert(folded, id);
    return id;
}

qint64 ArticleRepository::insert(const NewArticle &article)
{
    if (!m_insertArticle) {
        m_insertArticle = std::make_unique<Statement>(m_db, QStringLiteral(
            "INSERT INTO articles (title, byline, source_id, published, lang, url, file_name,"
            " format, sha256, text_length, imported_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
        m_insertText = std::make_unique<Statement>(m_db, QStringLiteral(
            "INSERT INTO article_texts (article_id, text, blocks) VALUES (?,?,?)"));
        m_insertOriginal = std::make_unique<Statement>(m_db, QStringLiteral(
            "INSERT INTO article_originals (article_id, size, compression, bytes) VALUES (?,?,?,?)"));
        m_search = std::make_unique<fulltext::Writer>(m_db);
        m_claims = std::make_unique<ClaimRepository>(m_db);
    }
    const ArticleMeta &meta = article.content.meta;
    const qint64 source = sourceId(meta.outlet);
    const QDateTime imported = meta.importedAt.isValid() ? meta.importedAt
                                                         : QDateTime::currentDateTimeUtc();
    m_insertArticle->run(meta.title, nullIfEmpty(meta.byline),
                         source ? QVariant(source) : QVariant(), nullIfEmpty(meta.published),
                         meta.lang.isEmpty() ? QStringLiteral("und") : meta.lang,
                         nullIfEmpty(meta.url), nullIfEmpty(meta.fileName), meta.format,
                         article.sha256, qint64(article.content.text.size()),
                         imported.toString(Qt::ISODateWithMs));
    const qint64 id = m_insertArticle->lastInsertId();
    m_insertText->run(id, article.content.text, blocksToJson(article.content.blocks));
    m_insertOriginal->run(id, article.originalSize, article.compression, article.storedOriginal);
    {
        const stagecost::Scope cost(stagecost::Stage::Fts);
        m_search->add(id, article.indexTitle, article.indexBody);
    }
    m_claims->insert(id, article.claims);
    return id;
}

qint64 ArticleRepository::findBySha256(const QByteArray &sha256)
{
    if (!m_findSha)
        m_findSha = std::make_unique<Statement>(m_db, QStringLiteral("SELECT id FROM articles WHERE sha256 = ?"));
    m_findSha->run(sha256);
    const qint64 id = m_findSha->next() ? m_findSha->integer(0) : 0;
    m_findSha->finish();
    return id;
}

void ArticleRepository::setDeleted(const QList<qint64> &ids, bool deleted)
{
    Statement update(m_db, QStringLiteral("UPDATE articles SET deleted_at = ? WHERE id = ?"));
    const QVariant stamp = deleted
        ? QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)) : QVariant();
    for (qint64 id : ids)
        update.run(stamp, id);
}

// The WHERE clause and its values for a filter; values are always bound.
static QString whereClause(const ArticleFilter &filter, QVariantList &values)
{
    QStringList terms;
    if (!filter.includeDeleted)
        terms << QStringLiteral("a.deleted_at IS NULL");
    if (!filter.lang.isEmpty()) {
        terms << QStringLiteral("a.lang = ?");
        values << filter.lang;
    }
    if (!filter.outlet.isEmpty()) {
        terms << QStringLiteral("s.name = ?");
        values << filter.outlet;
    }
    if (filter.tagId) {
        terms << QStringLiteral("a.id IN (SELECT article_id FROM article_tags WHERE tag_id = ?"
                                " UNION SELECT n.article_id FROM annotations n JOIN annotation_tags t"
                                " ON t.annotation_id = n.id WHERE t.tag_id = ?)");
        values << filter.tagId << filter.tagId;
    }
    if (!filter.titleContains.isEmpty() && !filter.fullText.isEmpty()) {
        terms << QStringLiteral("(instr(lower(a.title), lower(?)) > 0 OR a.id IN"
                                " (SELECT rowid FROM search_index WHERE search_index MATCH ?))");
        values << filter.titleContains << filter.fullText;
    } else if (!filter.titleContains.isEmpty()) {
        terms << QStringLiteral("instr(lower(a.title), lower(?)) > 0");
        values << filter.titleContains;
    } else if (!filter.fullText.isEmpty()) {
        terms << QStringLiteral("a.id IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)");
        values << filter.fullText;
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

int ArticleRepository::count(const ArticleFilter &filter)
{
    QVariantList values;
    Statement query(m_db, QStringLiteral("SELECT count(*) FROM articles a"
                                         " LEFT JOIN sources s ON s.id = a.source_id")
                              + whereClause(filter, values));
    for (int i = 0; i < values.size(); ++i)
        query.bind(i, values[i]);
    query.exec();
    return query.next() ? int(query.integer(0)) : 0;
}

static const char *const metaColumns =
    "SELECT a.id, a.title, a.byline, s.name, a.published, a.lang, a.url, a.file_name, a.format,"
    " a.text_length, a.imported_at,"
    " (SELECT count(*) FROM annotations n WHERE n.article_id = a.id)"
    " FROM articles a LEFT JOIN sources s ON s.id = a.source_id";

static ArticleMeta readMeta(const Statement &row)
{
    ArticleMeta meta;
    meta.id = row.integer(0);
    meta.title = row.text(1);
    meta.byline = row.text(2);
    meta.outlet = row.text(3);
    meta.published = row.text(4);
    meta.lang = row.text(5);
    meta.url = row.text(6);
    meta.fileName = row.text(7);
    meta.format = row.text(8);
    meta.textLength = int(row.integer(9));
    meta.importedAt = QDateTime::fromString(row.text(10), Qt::ISODateWithMs);
    meta.annotationCount = int(row.integer(11));
    return meta;
}

QList<ArticleMeta> ArticleRepository::list(const ArticleFilter &filter, int limit, int offset)
{
    QVariantList values;
    static const char *const sortColumns[] = {"a.id", "a.title COLLATE NOCASE", "s.name COLLATE NOCASE",
                                              "a.published", "a.lang", "12"};
    const QString order = QLatin1String(sortColumns[int(filter.sort)])
        + (filter.descending ? QStringLiteral(" DESC") : QString()) + QStringLiteral(", a.id");
    Statement query(m_db, QLatin1String(metaColumns) + whereClause(filter, values)
                              + QStringLiteral(" ORDER BY ") + order + QStringLiteral(" LIMIT ? OFFSET ?"));
    int i = 0;
    for (; i < values.size(); ++i)
        query.bind(i, values[i]);
    query.bind(i++, limit);
    query.bind(i, offset);
    query.exec();
    QList<ArticleMeta> result;
    while (query.next())
        result.append(readMeta(query));
    return result;
}

std::optional<ArticleMeta> ArticleRepository::meta(qint64 id)
{
    Statement query(m_db, QLatin1String(metaColumns) + QStringLiteral(" WHERE a.id = ?"));
    query.run(id);
    if (!query.next())
        return std::nullopt;
    return readMeta(query);
}

QString ArticleRepository::text(qint64 id)
{
    Statement query(m_db, QStringLiteral("SELECT text FROM article_texts WHERE article_id = ?"));
    query.run(id);
    return query.next() ? query.text(0) : QString();
}

QList<Block> ArticleRepository::blocks(qint64 id)
{
    Statement query(m_db, QStringLiteral("SELECT blocks FROM article_texts WHERE article_id = ?"));
    query.run(id);
    return query.next() ? blocksFromJson(query.text(0)) : QList<Block>();
}

QByteArray ArticleRepository::original(qint64 id)
{
    Statement query(m_db, QStringLiteral(
        "SELECT compression, bytes FROM article_originals WHERE article_id = ?"));
    query.run(id);
    if (!query.next())
        return {};
    const QByteArray stored = query.value(1).toByteArray();
    return query.text(0) == QLatin1String("zlib") ? qUncompress(stored) : stored;
}

static QStringList column(Database &db, const QString &sql)
{
    Statement query(db, sql);
    query.exec();
    QStringList values;
    while (query.next())
        values.append(query.text(0));
    return values;
}

QStringList ArticleRepository::outlets()
{
    return column(m_db, QStringLiteral("SELECT name FROM sources WHERE id IN (SELECT source_id FROM articles"
                                       " WHERE deleted_at IS NULL) ORDER BY name COLLATE NOCASE"));
}

QStringList ArticleRepository::languages()
{
    return column(m_db, QStringLiteral("SELECT DISTINCT lang FROM articles WHERE deleted_at IS NULL ORDER BY lang"));
}

QString ArticleRepository::blocksToJson(const QList<Block> &blocks)
{
    QJsonArray array;
    for (const Block &block : blocks) {
        QJsonArray item{block.start, block.end, blockKindName(block.kind)};
        if (!block.lang.isEmpty())
            item.append(block.lang);
        array.append(item);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<Block> ArticleRepository::blocksFromJson(const QString &json)
{
    QList<Block> blocks;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &value : array) {
        const QJsonArray item = value.toArray();
        Block block;
        block.start = item.at(0).toInt();
        block.end = item.at(1).toInt();
        block.kind = blockKindFromName(item.at(2).toString());
        block.lang = item.at(3).toString();
        blocks.append(block);
    }
    return blocks;
}

} // namespace lectern
