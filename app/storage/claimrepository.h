#pragma once

#include "../model/claim.h"

#include <memory>
#include <optional>

namespace lectern {

class Database;
class Statement;

// The claims found in articles, with the analyst's decisions (accepted, rejected, edited).
// Call writes inside a transaction.
class ClaimRepository
{
public:
    explicit ClaimRepository(Database &db);
    ~ClaimRepository();

    void insert(qint64 articleId, const QList<Claim> &claims);
    QList<Claim> claims(qint64 articleId);
    std::optional<Claim> claim(qint64 id);
    // Stores a claim's span, status and link to an annotation (an edit or a decision).
    void update(const Claim &claim, qint64 annotationId = 0);
    void remove(qint64 id);
    // Replaces the automatic claims of an article by fresh ones, keeping every claim the
    // analyst decided on (re-running extraction after a lexicon change).
    void replaceAutomatic(qint64 articleId, const QList<Claim> &fresh);

    static QString quantitiesToJson(const QList<Quantity> &quantities);
    static QList<Quantity> quantitiesFromJson(const QString &json);

private:
    Database &m_db;
    std::unique_ptr<Statement> m_insert;
};

} // namespace lectern
