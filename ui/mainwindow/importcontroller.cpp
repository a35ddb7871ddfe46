#include "importcontroller.h"

#include "ingest/localfile.h"

#include "project/importtask.h"
#include "project/projectdocument.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>

#include <cmath>
#include <memory>

namespace lectern {

ImportController::ImportController(ProjectDocument *project, QWidget *window)
    : QObject(window), m_project(project), m_window(window)
{
}

void ImportController::import(const QStringList &given)
{
    if (m_task || given.isEmpty() || !m_project->isOpen())
        return;
    // REFI-QDA projects through their own importer; every other file as an article.
    QStringList paths;
    for (const QString &path : given) {
        if (path.endsWith(QLatin1String(".qdpx"), Qt::CaseInsensitive))
            importQdpx(path);
        else
            paths << path;
    }
    if (paths.isEmpty())
        return;
    m_progress = new QProgressDialog(tr("Importing…"), tr("Cancel"), 0, 0, m_window);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setWindowTitle(tr("Import"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_task = m_project->startImport(paths);
    // The dialog by value: a progress report still queued when the import finishes arrives
    // after done() has let go of m_progress (UBSan found the null call).
    QProgressDialog *progress = m_progress;
    m_clock.start();
    auto shown = std::make_shared<qint64>(-1000); // when the label was last written
    connect(m_task, &ImportTask::progress, progress, [this, progress, shown](int done, int total, const QString &path) {
        progress->setMaximum(total);
        progress->setValue(done);
        // Four times a second is enough to read; an import reports every article.
        const qint64 now = m_clock.elapsed();
        if (now - *shown >= 250 || done == total) {
            *shown = now;
            progress->setLabelText(progressText(done, total, now, QFileInfo(path).fileName()));
        }
    });
    connect(m_progress, &QProgressDialog::canceled, m_task, &ImportTask::cancel);
    connect(m_task, &ImportTask::finished, this, &ImportController::done);
}

QString ImportController::progressText(int done, int total, qint64 elapsedMs, const QString &fileName)
{
    const QLocale locale;
    if (elapsedMs < 500 || done <= 0)
        return tr("Importing %1 of %2: %3").arg(locale.toString(done), locale.toString(total), fileName);
    const double perSecond = done * 1000.0 / elapsedMs;
    const qint64 left = qint64(std::ceil((total - done) / perSecond));
    const QString time = QStringLiteral("%1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'));
    return tr("Importing %1 of %2 (%3 articles a second, %4 left): %5")
        .arg(locale.toString(done), locale.toString(total), locale.toString(qRound(perSecond)), time, fileName);
}

void ImportController::importQdpx(const QString &path)
{
    QdpxOutcome outcome;
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_project->importQdpx(path, &outcome, &error);
    QGuiApplication::restoreOverrideCursor();
    emit finished(int(outcome.ids.size()), ok ? 0 : 1);
    auto *box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning, tr("Import"),
                                ok ? tr("%1: %n article(s) imported", nullptr, int(outcome.ids.size())).arg(QFileInfo(path).fileName())
                                   : error,
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("qdpxReport"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (ok) {
        box->setInformativeText(tr("%1 already in the project, %2 new tags, %3 annotations, %4 links. This import cannot be undone.")
                                    .arg(outcome.reused).arg(outcome.tags).arg(outcome.annotations).arg(outcome.links));
        if (!outcome.warnings.isEmpty())
            box->setDetailedText(outcome.warnings.join(QLatin1Char('\n')));
    }
    box->open();
}

void ImportController::done()
{
    const QList<ImportOutcome> outcomes = m_task->outcomes();
    const bool cancelled = m_task->wasCancelled();
    m_task->disconnect(m_progress);
    m_progress->deleteLater();
    m_progress = nullptr;
    m_task->deleteLater();
    m_task = nullptr;
    int imported = 0, duplicates = 0, skipped = 0;
    QStringList failures;
    for (const ImportOutcome &o : outcomes) {
        if (o.status == ImportOutcome::Status::Imported)
            ++imported;
        else if (o.status == ImportOutcome::Status::Duplicate)
            ++duplicates;
        else if (o.status == ImportOutcome::Status::Skipped)
            ++skipped;
        else
            failures << QStringLiteral("%1: %2").arg(localfile::display(o.path), o.reason);
    }
    emit finished(imported, int(failures.size()));
    if (failures.isEmpty() && !cancelled && duplicates == 0 && skipped == 0)
        return;
    QString message = tr("%n article(s) imported.", nullptr, imported);
    if (duplicates)
        message += QLatin1Char(' ') + tr("%n duplicate(s) skipped.", nullptr, duplicates);
    if (skipped)
        message += QLatin1Char(' ') + tr("%n file(s) of other types skipped.", nullptr, skipped);
    if (cancelled)
        message += QLatin1Char(' ') + tr("The import was cancelled.");
    auto *box = new QMessageBox(failures.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, tr("Import"),
                                message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("importReport"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!failures.isEmpty()) {
        box->setInformativeText(tr("%n file(s) could not be imported:", nullptr, int(failures.size())));
        box->setDetailedText(failures.join(QLatin1Char('\n')));
    }
    box->open();
}

} // namespace lectern
