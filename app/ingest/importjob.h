#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace lectern {

class Database;

struct ImportOutcome {
    // Skipped: an entry of an imported folder that is not an article file (an image, a
    // spreadsheet); every entry of a folder comes back as one of these four.
    enum class Status { Imported, Duplicate, Skipped, Failed };
    QString path;
    Status status = Status::Failed;
    qint64 articleId = 0; // the new article, or the one a duplicate repeats
    QString title;
    QString lang;
    QString reason;       // why it failed, in words for the user
};

// Imports files and folders into a project: files are parsed on worker threads, one writer
// (the calling thread) stores them in batches, one transaction each. A file that fails is
// reported with its reason and the others go on; a duplicate (same bytes) is skipped.
class ImportJob
{
public:
    using Progress = std::function<void(int done, int total, const ImportOutcome &last)>;

    explicit ImportJob(Database &db);

    // Files to import from paths: files as given, folders recursively (files of a known
    // format, sorted). Every other entry comes back in `others`: paths that do not exist,
    // special files, unreadable folders and links out of a folder as Failed with the
    // reason, files of another type as Skipped.
    static QStringList expand(const QStringList &paths, QList<ImportOutcome> *others);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setBatchSize(int size) { m_batchSize = size; }
    // A batch holds at most this many bytes of files (at least one file).
    static constexpr qint64 MaxBatchBytes = 16 * 1024 * 1024;
    // May be called from any thread; the job stops after the batch it is writing.
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }

    QList<ImportOutcome> run(const QStringList &paths);
    QList<qint64> importedIds() const { return m_imported; }

private:
    Database &m_db;
    Progress m_progress;
    int m_batchSize = 64;
    std::atomic<bool> m_cancelled = false;
    QList<qint64> m_imported;
};

} // namespace lectern
