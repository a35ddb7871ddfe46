#pragma once

#include "../model/claim.h"

#include <memory>
#include <optional>

namespace lectern {

class Database;
class Statement;
namespace sqlite {
class BulkStatement;
}

// The claims found in articles, with the analyst's decisions (accepted, rejected, edited).
// Call writes inside a transaction.
class ClaimRepository
{
public:
    explicit ClaimRepository(Database &db);
    ~ClaimRepository();

    void insert(qint64 articleId, const QList<Claim> &claims);
    QList<Claim> claims(qint64 articleId);
    // Every claim of the project, by article and position.
    QList<Claim> all();
    // Whether the analyst has decided on any claim of the project.
    bool anyDecided();
    // Whether any claim was found by rules older than `version` (its score means less).
    bool anyOlderThan(int version);
    std::optional<Claim> claim(qint64 id);
    // Stores a claim's span, status and link to an annotation (an edit or a decision).
    void update(const Claim &claim);
    // Makes the article's claims exactly these (ids kept), for undo.
    void restore(qint64 articleId, const QList<Claim> &claims);
    void remove(qint64 id);
    // The article's claims after re-running extraction: fresh automatic claims, and every
    // claim the analyst decided on kept as it is (re-running after a lexicon change).
    QList<Claim> merged(qint64 articleId, const QList<Claim> &fresh);
    // The same, written in place for a whole project: automatic claims replaced by fresh
    // ones, decided claims kept, fresh claims on a decided sentence left out.
    void replaceUndecided(qint64 articleId, const QList<Claim> &fresh);

    static QString quantitiesToJson(const QList<Quantity> &quantities);
    static QList<Quantity> quantitiesFromJson(const QString &json);

private:
    Database &m_db;
    std::unique_ptr<sqlite::BulkStatement> m_insert;
    std::unique_ptr<Statement> m_deleteUndecided, m_decidedSpans;
};

} // namespace lectern
