#include "importtask.h"

#include "../storage/database.h"
#include "../storage/projectfile.h"
#include "../storage/storageerror.h"

#include <QThread>

namespace lectern {

ImportTask::ImportTask(const QString &projectPath, const QStringList &paths, QObject *parent)
    : QObject(parent), m_projectPath(projectPath), m_paths(paths)
{
}

ImportTask::~ImportTask()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ImportTask::start()
{
    m_thread = QThread::create([this] { run(); });
    connect(m_thread, &QThread::finished, this, &ImportTask::finished);
    m_thread->start();
}

void ImportTask::cancel()
{
    if (m_job)
        m_job->cancel();
}

bool ImportTask::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportTask::run()
{
    try {
        Database db;
        projectfile::open(db, m_projectPath, projectfile::Intent::Open);
        ImportJob job(db);
        job.setProgress([this](int done, int total, const ImportOutcome &last) {
            emit progress(done, total, last.path);
        });
        m_job = &job;
        m_outcomes = job.run(m_paths);
        m_imported = job.importedIds();
        m_job = nullptr;
    } catch (const StorageError &error) {
        m_job = nullptr;
        m_error = error.message();
    }
}

} // namespace lectern
