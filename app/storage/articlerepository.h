#pragma once

#include "../model/article.h"
#include "../model/claim.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace lectern {

class Database;
class Statement;
namespace fulltext { class Writer; }
class ClaimRepository;

// An article ready to be stored: its content plus what provenance and search need.
// Everything here is computed off the writer thread.
struct NewArticle {
    ArticleContent content;
    QByteArray sha256;
    qint64 originalSize = 0;
    QByteArray storedOriginal; // the original bytes as stored (see compression)
    QString compression;       // "none" or "zlib" (qCompress)
    QString indexTitle;        // searchtext::indexText() of the title
    QString indexBody;         // searchtext::indexText() of the text
    QList<Claim> claims;       // found in the text on import
};

struct ArticleFilter {
    enum class Sort { Id, Title, Outlet, Published, Lang, Annotations };

    QString lang;
    QString outlet;
    qint64 tagId = 0;           // on the article or on one of its annotations
    QString titleContains;
    QString fullText;           // an FTS5 expression (searchtext::parseQuery)
    bool includeDeleted = false;
    Sort sort = Sort::Id;
    bool descending = false;
};

// Reads and writes articles, their texts, originals and search entries.
class ArticleRepository
{
public:
    explicit ArticleRepository(Database &db);
    ~ArticleRepository();

    // Stores one article with its text, original and search entry; returns its id.
    // Call inside a transaction. Throws StorageError.
    qint64 insert(const NewArticle &article);
    // The id of a stored article with these original bytes, 0 when none.
    qint64 findBySha256(const QByteArray &sha256);
    // Moves articles to and from the trash (the undo of an import).
    void setDeleted(const QList<qint64> &ids, bool deleted);

    int count(const ArticleFilter &filter = {});
    QList<ArticleMeta> list(const ArticleFilter &filter = {}, int limit = -1, int offset = 0);
    std::optional<ArticleMeta> meta(qint64 id);
    QString text(qint64 id);
    QList<Block> blocks(qint64 id);
    QByteArray original(qint64 id);
    QStringList outlets();
    QStringList languages();

    static QString blocksToJson(const QList<Block> &blocks);
    static QList<Block> blocksFromJson(const QString &json);

private:
    qint64 sourceId(const QString &name);

    Database &m_db;
    QHash<QString, qint64> m_sourceIds;
    std::unique_ptr<Statement> m_insertArticle;
    std::unique_ptr<Statement> m_insertText;
    std::unique_ptr<Statement> m_insertOriginal;
    std::unique_ptr<Statement> m_findSha;
    std::unique_ptr<fulltext::Writer> m_search;
    std::unique_ptr<ClaimRepository> m_claims;
};

} // namespace lectern
