#pragma once

#include "../model/annotation.h"

#include <optional>

namespace lectern {

class Database;

// Links between passages, claims and articles, and the project's list of relations.
// Call writes inside a transaction.
class LinkRepository
{
public:
    explicit LinkRepository(Database &db) : m_db(db) {}

    QList<Relation> relations();
    qint64 saveRelation(const Relation &relation);
    void removeRelation(qint64 id);

    // Links with an end in the article (0: all links of the project).
    QList<Link> links(qint64 articleId = 0);
    std::optional<Link> link(qint64 id);
    // Stores a link; an id of 0 gets a new one. Returns the id.
    qint64 save(const Link &link);
    void remove(qint64 id);

private:
    Database &m_db;
};

} // namespace lectern
