#pragma once

#include "../ingest/importjob.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QThread;

namespace lectern {

// An import on a thread of its own, with its own connection to the project file (WAL lets
// the window keep reading and editing meanwhile). Made by ProjectDocument::startImport.
class ImportTask : public QObject
{
    Q_OBJECT

public:
    ImportTask(const QString &projectPath, const QStringList &paths, QObject *parent = nullptr);
    ~ImportTask() override;

    void start();
    void cancel();
    bool isRunning() const;
    bool wasCancelled() const { return m_job && m_job->isCancelled(); }
    QList<ImportOutcome> outcomes() const { return m_outcomes; }
    QList<qint64> importedIds() const { return m_imported; }
    QString error() const { return m_error; }

signals:
    void progress(int done, int total, const QString &path);
    void finished();

private:
    void run();

    QString m_projectPath;
    QStringList m_paths;
    QThread *m_thread = nullptr;
    ImportJob *m_job = nullptr; // lives on the worker thread while it runs
    QList<ImportOutcome> m_outcomes;
    QList<qint64> m_imported;
    QString m_error;
};

} // namespace lectern
