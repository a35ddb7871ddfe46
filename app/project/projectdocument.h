#pragma once

#include "../ingest/importjob.h"
#include "qdpxoutcome.h"
#include "../model/annotation.h"
#include "../model/article.h"
#include "../analysis/alignment.h"
#include "../model/claim.h"
#include "../storage/articlerepository.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>


class QUndoStack;

namespace lectern {

class ClaimRanking;
class Database;
class ImportTask;
class ClaimsAgainTask;
class WriterLock;
namespace commands { class Command; }

struct SearchHit {
    ArticleMeta article;
    QString snippet;
    QList<QPair<int, int>> marks; // within snippet
    int matchStart = -1;          // offset of the first match in the article text
};

struct SearchResults {
    int total = 0;
    QList<SearchHit> hits;
};

// The one edit API of a project (STYLE.md 2): every change goes through a method here,
// runs in one transaction that is committed when the call returns, lands on the undo
// stack, and is announced by a signal. Views read through the const methods.
class ProjectDocument : public QObject
{
    Q_OBJECT

public:
    explicit ProjectDocument(QObject *parent = nullptr);
    ~ProjectDocument() override;

    // Both return false and set *error (file name and reason) on failure.
    bool create(const QString &path, QString *error);
    bool open(const QString &path, QString *error, bool readOnly = false);
    void close();
    bool isOpen() const;
    bool isReadOnly() const;
    QString path() const;
    QUndoStack *undoStack() const { return m_undoStack; }
    // The message of the last edit that failed (disk full, read-only file ...).
    QString lastError() const { return m_lastError; }
    // Writes a consistent copy of the whole project to a new file.
    bool saveCopy(const QString &path, QString *error) const;
    // Dated copies in "<project>-backups/" beside the file: one more now, the oldest
    // beyond `keep` removed. Returns the new backup's path, empty on failure.
    QString backup(int keep, QString *error = nullptr) const;
    // The same on a worker thread with a connection of its own, so opening a large project
    // never waits for its copy; the future gives the backup's path, empty on failure.
    QFuture<QString> backupInBackground(int keep) const;
    QStringList backups() const; // newest first
    // True when another process has the project open for writing.
    static bool inUse(const QString &path);
    // False when the file or its folder is read-only for this user: open it read-only.
    static bool isWritable(const QString &path);
    // Replaces the project by a backup (the current state is backed up first) and reopens.
    bool restoreBackup(const QString &backupPath, QString *error);

    // Reading.
    int articleCount(const ArticleFilter &filter = {}) const;
    QList<ArticleMeta> articles(int limit = -1, int offset = 0, const ArticleFilter &filter = {}) const;
    std::optional<ArticleMeta> article(qint64 id) const;
    QString articleText(qint64 id) const;
    QList<Block> articleBlocks(qint64 id) const;
    QByteArray articleOriginal(qint64 id) const;
    QStringList outlets() const;
    QStringList languages() const;
    SearchResults search(const QString &query, int limit = 50, int offset = 0) const;
    QList<Tag> tags() const;
    int tagUsage(qint64 tagId) const;
    QList<Annotation> annotations(qint64 articleId) const;
    QList<qint64> articleTags(qint64 articleId) const;
    QPair<QString, QString> articleNote(qint64 articleId) const; // note, language
    QStringList projectWords(const QString &lang) const;
    QList<Claim> claims(qint64 articleId) const;
    QList<Claim> allClaims() const; // every article's
    // The same claims with the analyst's scores (claimScore): what views and exports show.
    QList<Claim> withAnalystScores(QList<Claim> claims) const;
    // The article's sentences as the extractor cuts them (counted once: the text never changes).
    int sentenceCount(qint64 articleId) const;
    // Figures aligned across the given articles (all when empty), with verdicts.
    QList<AlignedGroup> compare(const QList<qint64> &articleIds = {}) const;

    // Importing. importFiles blocks (parsing uses worker threads); startImport runs on a
    // thread of its own and reports through the task. Either way one undo step takes back
    // the whole import.
    QList<ImportOutcome> importFiles(const QStringList &paths, ImportJob::Progress progress = {});
    ImportTask *startImport(const QStringList &paths);
    // A REFI-QDA project (.qdpx): sources become articles (one already here is reused), codes
    // tags, codings annotations, notes and links what they are here. All or nothing; not
    // undoable. False, with the reason in error, when the file cannot be read.
    bool importQdpx(const QString &path, QdpxOutcome *outcome, QString *error);

    // The codebook.
    qint64 createTag(const QString &name, const QString &color, qint64 parentId = 0);
    bool renameTag(qint64 id, const QString &name);
    bool setTagColor(qint64 id, const QString &color);
    bool moveTag(qint64 id, qint64 newParentId, int position);
    bool deleteTag(qint64 id);
    bool mergeTags(qint64 fromId, qint64 intoId);

    // Annotations and article-level tags and notes.
    qint64 addAnnotation(qint64 articleId, int start, int end, const QList<qint64> &tagIds = {},
                         const QString &note = {});
    bool setAnnotationNote(qint64 id, const QString &note, const QString &lang = {});
    bool setAnnotationTags(qint64 id, const QList<qint64> &tagIds);
    bool removeAnnotation(qint64 id);
    bool setArticleTags(qint64 articleId, const QList<qint64> &tagIds);
    bool setArticleNote(qint64 articleId, const QString &note, const QString &lang = {});
    bool addProjectWord(const QString &word, const QString &lang);

    // Decisions on extracted claims; they survive re-running extraction.
    bool setClaimStatus(qint64 claimId, const QString &status); // accepted, rejected, auto
    // A claim's probability of being worth checking for this analyst: the shipped model's,
    // adapted to the project's decisions once the ranking has learned from them
    // (claimRankingChanged). waitForClaimRanking blocks until it has (command line, tests).
    double claimScore(const Claim &claim) const;
    int rankingDecisions() const;
    void waitForClaimRanking();
    bool setClaimSpan(qint64 claimId, int start, int end);
    qint64 claimToAnnotation(qint64 claimId, const QList<qint64> &tagIds = {});
    bool findClaimsAgain(qint64 articleId);
    // Every article's claims found again (after a lexicon change); decided claims stay. It
    // cannot be undone: the undo history is cleared, its steps name claims that are gone.
    // findAllClaimsAgain blocks (extraction uses worker threads) and returns the number of
    // articles, -1 on failure; startFindingAllClaimsAgain runs on a thread of its own.
    int findAllClaimsAgain(const std::function<void(int done, int total)> &progress = {});
    ClaimsAgainTask *startFindingAllClaimsAgain();

    // Links between passages, claims and whole articles.
    QList<Relation> relations() const;
    QList<Link> links(qint64 articleId = 0) const;
    qint64 createLink(const LinkEnd &from, const LinkEnd &to, const QString &relation, const QString &note = {});
    bool setLinkNote(qint64 linkId, const QString &note);
    bool setLinkRelation(qint64 linkId, const QString &relation);
    bool removeLink(qint64 linkId);
    qint64 addRelation(const QString &name, bool directed);
    // The links that deleting these articles would remove, to warn about them by name.
    QList<Link> linksEndingIn(const QList<qint64> &articleIds) const;
    bool deleteArticles(const QList<qint64> &articleIds);

signals:
    void articlesChanged();
    void tagsChanged();
    void annotationsChanged(qint64 articleId); // 0: any article
    void articleTagsChanged(qint64 articleId); // whole-article tags or note
    void projectWordsChanged(const QString &lang);
    void claimsChanged(qint64 articleId);
    void claimRankingChanged();
    void linksChanged();
    void editFailed(const QString &message);

private:
    friend class commands::Command;

    bool openFile(const QString &path, QString *error, int intent);
    bool push(std::unique_ptr<commands::Command> command);
    bool changeTag(qint64 id, const QString &text, const std::function<void(Tag &)> &change);
    bool changeAnnotation(qint64 id, const QString &text, const std::function<void(Annotation &)> &change,
                          bool mergeable = false);
    void finishImport(ImportTask *task);
    bool hasRelation(const QString &key) const;
    bool changeLink(qint64 id, const QString &text, const std::function<void(Link &)> &change);
    void reportFailure(const QString &message);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<WriterLock> m_lock; // one writer per project file
    QUndoStack *m_undoStack = nullptr;
    ClaimRanking *m_ranking = nullptr;
    mutable QHash<qint64, int> m_sentenceCounts;
    QString m_lastError;
    bool m_applying = false; // a command is running
};

} // namespace lectern
