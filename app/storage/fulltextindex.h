#pragma once

#include <QList>
#include <QString>

#include <memory>

namespace lectern {

class Database;
class Statement;

namespace fulltext {

// Creates the FTS5 table. Contentless: the index keeps no second copy of the text, and
// the rowid is the article id. What goes in is searchtext::indexText() of title and body.
void createIndex(Database &db);

struct Hit {
    qint64 articleId = 0;
    double rank = 0; // bm25, lower is better
};

// Adds and removes articles; keeps its prepared statements for batch use.
class Writer
{
public:
    explicit Writer(Database &db);
    ~Writer();
    // indexTitle/indexBody must be searchtext::indexText() of the title and text.
    void add(qint64 articleId, const QString &indexTitle, const QString &indexBody);
    // A contentless FTS5 table forgets a row only when given the same values again.
    void remove(qint64 articleId, const QString &indexTitle, const QString &indexBody);

private:
    std::unique_ptr<Statement> m_insert;
    std::unique_ptr<Statement> m_delete;
};

// Articles (not in the trash) matching an FTS5 expression, best first.
QList<Hit> search(Database &db, const QString &ftsExpression, int limit, int offset = 0);
// How many articles match, for "N results".
int count(Database &db, const QString &ftsExpression);

} // namespace fulltext
} // namespace lectern
