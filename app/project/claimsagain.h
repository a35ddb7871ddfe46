#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QThread;

namespace lectern {

class Database;

// Finds the claims of every article of a project again (after a lexicon change): texts are
// read here in batches, extracted on the thread pool while this thread writes the batch
// before, one transaction a batch. Decided claims stay; automatic ones are replaced.
class ClaimsAgainJob
{
public:
    using Progress = std::function<void(int done, int total)>;

    // `stop`, when given, cancels the job too once set (a flag that outlives the job).
    explicit ClaimsAgainJob(Database &db, const std::atomic<bool> *stop = nullptr);
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // From any thread: the batch being extracted is still written, then the job stops
    // (whole articles only).
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled || (m_stop && *m_stop); }
    // The number of articles whose claims were found again.
    int run();

private:
    Database &m_db;
    Progress m_progress;
    std::atomic<bool> m_cancelled = false;
    const std::atomic<bool> *m_stop;
};

// The job on a thread of its own with its own connection, for the window.
class ClaimsAgainTask : public QObject
{
    Q_OBJECT

public:
    ClaimsAgainTask(const QString &projectPath, QObject *parent = nullptr);
    ~ClaimsAgainTask() override;

    void start();
    void cancel();
    int done() const { return m_done; }
    bool wasCancelled() const { return m_cancelled; }
    QString error() const { return m_error; }

signals:
    void progress(int done, int total);
    void finished();

private:
    QString m_projectPath;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancelled = false;
    int m_done = 0;
    QString m_error;
};

} // namespace lectern
