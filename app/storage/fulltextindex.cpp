#include "fulltextindex.h"

#include "database.h"
#include "statement.h"

namespace lectern::fulltext {

void createIndex(Database &db)
{
    // remove_diacritics 2: "Kundigung" finds "Kündigung", "Sorensen" finds "Sørensen"'s
    // neighbours with decomposable accents. CJK arrives pre-split into bigrams.
    db.exec(QStringLiteral("CREATE VIRTUAL TABLE search_index USING fts5("
                           "title, body, content='', tokenize='unicode61 remove_diacritics 2')"));
}

Writer::Writer(Database &db)
    : m_insert(std::make_unique<Statement>(
          db, QStringLiteral("INSERT INTO search_index (rowid, title, body) VALUES (?, ?, ?)")))
    , m_delete(std::make_unique<Statement>(
          db, QStringLiteral("INSERT INTO search_index (search_index, rowid, title, body)"
                             " VALUES ('delete', ?, ?, ?)")))
{
}

Writer::~Writer() = default;

void Writer::add(qint64 articleId, const QString &indexTitle, const QString &indexBody)
{
    m_insert->run(articleId, indexTitle, indexBody);
}

void Writer::remove(qint64 articleId, const QString &indexTitle, const QString &indexBody)
{
    m_delete->run(articleId, indexTitle, indexBody);
}

QList<Hit> search(Database &db, const QString &ftsExpression, int limit, int offset)
{
    QList<Hit> hits;
    if (ftsExpression.isEmpty())
        return hits;
    // Titles weigh five times the body in the ranking.
    Statement query(db, QStringLiteral(
        "SELECT s.rowid, bm25(search_index, 5.0, 1.0) AS r FROM search_index s"
        " JOIN articles a ON a.id = s.rowid"
        " WHERE search_index MATCH ? AND a.deleted_at IS NULL"
        " ORDER BY r LIMIT ? OFFSET ?"));
    query.run(ftsExpression, limit, offset);
    while (query.next())
        hits.append({query.integer(0), query.value(1).toDouble()});
    return hits;
}

int count(Database &db, const QString &ftsExpression)
{
    if (ftsExpression.isEmpty())
        return 0;
    Statement query(db, QStringLiteral(
        "SELECT count(*) FROM search_index s JOIN articles a ON a.id = s.rowid"
        " WHERE search_index MATCH ? AND a.deleted_at IS NULL"));
    query.run(ftsExpression);
    return query.next() ? int(query.integer(0)) : 0;
}

} // namespace lectern::fulltext
