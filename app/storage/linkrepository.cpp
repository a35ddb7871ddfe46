#include "linkrepository.h"

#include "database.h"
#include "statement.h"

#include <QDateTime>

namespace lectern {

QList<Relation> LinkRepository::relations()
{
    Statement query(m_db, QStringLiteral("SELECT id, key, name, directed FROM relations ORDER BY position, id"));
    query.exec();
    QList<Relation> result;
    while (query.next())
        result.append({query.integer(0), query.text(1), query.text(2), query.integer(3) != 0});
    return result;
}

qint64 LinkRepository::saveRelation(const Relation &r)
{
    Statement save(m_db, QStringLiteral(
        "INSERT INTO relations (id, key, name, directed, position) VALUES (?, ?, ?, ?,"
        " coalesce((SELECT max(position) + 1 FROM relations), 0))"
        " ON CONFLICT(id) DO UPDATE SET name = excluded.name, directed = excluded.directed"));
    save.run(r.id ? QVariant(r.id) : QVariant(), r.key, r.name, r.directed ? 1 : 0);
    return r.id ? r.id : save.lastInsertId();
}

void LinkRepository::removeRelation(qint64 id)
{
    Statement(m_db, QStringLiteral("DELETE FROM relations WHERE id = ?")).run(id);
}

static const char *const linkColumns =
    "SELECT l.id, r.key, l.note,"
    " l.from_article, l.from_start, l.from_end, coalesce(l.from_quote, ''), coalesce(l.from_prefix, ''),"
    " coalesce(l.from_suffix, ''), coalesce(l.from_claim, 0),"
    " l.to_article, l.to_start, l.to_end, coalesce(l.to_quote, ''), coalesce(l.to_prefix, ''),"
    " coalesce(l.to_suffix, ''), coalesce(l.to_claim, 0)"
    " FROM links l JOIN relations r ON r.id = l.relation_id";

static LinkEnd readEnd(const Statement &row, int first)
{
    LinkEnd end;
    end.articleId = row.integer(first);
    end.wholeArticle = row.value(first + 1).isNull();
    if (!end.wholeArticle)
        end.span = Span{int(row.integer(first + 1)), int(row.integer(first + 2)), row.text(first + 3),
                        row.text(first + 4), row.text(first + 5)};
    end.claimId = row.integer(first + 6);
    return end;
}

static QList<Link> readLinks(Statement &query)
{
    QList<Link> result;
    while (query.next()) {
        Link link;
        link.id = query.integer(0);
        link.relation = query.text(1);
        link.note = query.text(2);
        link.from = readEnd(query, 3);
        link.to = readEnd(query, 10);
        result.append(link);
    }
    return result;
}

QList<Link> LinkRepository::links(qint64 articleId)
{
    Statement query(m_db, QLatin1String(linkColumns)
                              + (articleId ? QStringLiteral(" WHERE l.from_article = ? OR l.to_article = ?") : QString())
                              + QStringLiteral(" ORDER BY l.id"));
    if (articleId)
        query.bind(0, articleId).bind(1, articleId);
    query.exec();
    return readLinks(query);
}

std::optional<Link> LinkRepository::link(qint64 id)
{
    Statement query(m_db, QLatin1String(linkColumns) + QStringLiteral(" WHERE l.id = ?"));
    query.run(id);
    const QList<Link> found = readLinks(query);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

qint64 LinkRepository::save(const Link &link)
{
    Statement relation(m_db, QStringLiteral("SELECT id FROM relations WHERE key = ?"));
    relation.run(link.relation);
    const qint64 relationId = relation.next() ? relation.integer(0) : 0;
    auto end = [](const LinkEnd &e, int field) -> QVariant {
        if (field == 0)
            return e.articleId;
        if (field == 6)
            return e.claimId ? QVariant(e.claimId) : QVariant();
        if (e.wholeArticle)
            return QVariant();
        switch (field) {
        case 1: return e.span.start;
        case 2: return e.span.end;
        case 3: return e.span.quote;
        case 4: return e.span.prefix;
        default: return e.span.suffix;
        }
    };
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    Statement save(m_db, QStringLiteral(
        "INSERT INTO links (id, relation_id, note, created_at, modified_at,"
        " from_article, from_start, from_end, from_quote, from_prefix, from_suffix, from_claim,"
        " to_article, to_start, to_end, to_quote, to_prefix, to_suffix, to_claim)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
        " ON CONFLICT(id) DO UPDATE SET relation_id = excluded.relation_id, note = excluded.note,"
        " modified_at = excluded.modified_at"));
    int i = 0;
    save.bind(i++, link.id ? QVariant(link.id) : QVariant());
    save.bind(i++, relationId);
    save.bind(i++, link.note);
    save.bind(i++, now);
    save.bind(i++, now);
    for (const LinkEnd *e : {&link.from, &link.to})
        for (int field = 0; field < 7; ++field)
            save.bind(i++, end(*e, field));
    save.exec();
    return link.id ? link.id : save.lastInsertId();
}

void LinkRepository::remove(qint64 id)
{
    Statement(m_db, QStringLiteral("DELETE FROM links WHERE id = ?")).run(id);
}

} // namespace lectern
