#pragma once

#include "../ingest/importjob.h"
#include "../model/annotation.h"
#include "../model/article.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QUndoStack;

namespace lectern {

class AnnotationRepository;
class ArticleRepository;
class Database;
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
    QString path() const;
    QUndoStack *undoStack() const { return m_undoStack; }
    // The message of the last edit that failed (disk full, read-only file ...).
    QString lastError() const { return m_lastError; }

    // Reading.
    int articleCount() const;
    QList<ArticleMeta> articles(int limit = -1, int offset = 0) const;
    std::optional<ArticleMeta> article(qint64 id) const;
    QString articleText(qint64 id) const;
    QList<Block> articleBlocks(qint64 id) const;
    QByteArray articleOriginal(qint64 id) const;
    SearchResults search(const QString &query, int limit = 50, int offset = 0) const;
    QList<Tag> tags() const;
    QList<Annotation> annotations(qint64 articleId) const;

    // Editing. Import runs on the calling thread (parsing uses worker threads); one undo
    // step takes back the whole import.
    QList<ImportOutcome> importFiles(const QStringList &paths, ImportJob::Progress progress = {});
    qint64 createTag(const QString &name, const QString &color, qint64 parentId = 0);
    bool renameTag(qint64 id, const QString &name);
    bool setTagColor(qint64 id, const QString &color);
    qint64 addAnnotation(qint64 articleId, int start, int end, const QList<qint64> &tagIds = {},
                         const QString &note = {});
    bool setAnnotationNote(qint64 id, const QString &note);
    bool removeAnnotation(qint64 id);

    // For commands: the storage they work on and the signals they raise.
    Database &database() const { return *m_db; }
    void announceArticles() { emit articlesChanged(); }
    void announceTags() { emit tagsChanged(); }
    void announceAnnotations(qint64 articleId) { emit annotationsChanged(articleId); }
    void reportFailure(const QString &message);

signals:
    void articlesChanged();
    void tagsChanged();
    void annotationsChanged(qint64 articleId);
    void editFailed(const QString &message);

private:
    bool openFile(const QString &path, QString *error, int intent);
    bool push(std::unique_ptr<commands::Command> command);
    bool changeTag(qint64 id, const QString &text, const std::function<void(Tag &)> &change);

    std::unique_ptr<Database> m_db;
    QUndoStack *m_undoStack = nullptr;
    QString m_lastError;
};

} // namespace lectern
