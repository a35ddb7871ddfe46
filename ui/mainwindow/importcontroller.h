#pragma once

#include <QObject>
#include <QElapsedTimer>
#include <QPointer>

#include "project/importtask.h"
#include <QStringList>

class QProgressDialog;
class QWidget;

namespace lectern {


class ProjectDocument;

// Runs an import off the GUI thread with a progress dialog that can cancel it, and says
// at the end what was imported, skipped and refused (each refused file with its reason).
class ImportController : public QObject
{
    Q_OBJECT

public:
    ImportController(ProjectDocument *project, QWidget *window);

    void import(const QStringList &paths);
    // What the progress dialog says: where the import is, its pace and the time left once
    // there is a pace to tell (after half a second).
    static QString progressText(int done, int total, qint64 elapsedMs, const QString &fileName);
    bool isRunning() const { return m_task != nullptr; }

signals:
    void finished(int imported, int failed);

private:
    void done();
    void importQdpx(const QString &path);

    ProjectDocument *m_project;
    QWidget *m_window;
    QPointer<ImportTask> m_task;
    QProgressDialog *m_progress = nullptr;
    QElapsedTimer m_clock;
};

} // namespace lectern
