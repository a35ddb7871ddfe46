// ProjectDocument's file side: creating, opening (with the one-writer lock), closing,
// copies, dated backups and restoring them. The editing side is in projectdocument.cpp.
#include "projectdocument.h"

#include "../storage/database.h"
#include "../storage/projectfile.h"
#include "../storage/sqlitefile.h"
#include "../storage/storageerror.h"
#include "claimranking.h"
#include "writerlock.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace lectern {

bool ProjectDocument::create(const QString &path, QString *error)
{
    return openFile(path, error, int(projectfile::Intent::Create));
}

bool ProjectDocument::open(const QString &path, QString *error, bool readOnly)
{
    return openFile(path, error, int(readOnly ? projectfile::Intent::OpenReadOnly
                                              : projectfile::Intent::Open));
}

bool ProjectDocument::isReadOnly() const
{
    return isOpen() && m_db->isReadOnly();
}

bool ProjectDocument::isWritable(const QString &path)
{
    const QFileInfo file(path);
    return file.isWritable() && QFileInfo(file.absolutePath()).isWritable();
}

bool ProjectDocument::openFile(const QString &givenPath, QString *error, int intent)
{
    close();
    // Through a symbolic link, the file itself: its log and lock then lie beside it
    // whichever name opened it.
    const QString real = QFileInfo(givenPath).canonicalFilePath();
    const QString path = real.isEmpty() ? givenPath : real;
    const auto mode = projectfile::Intent(intent);
    if (mode == projectfile::Intent::Open && QFileInfo::exists(path) && !isWritable(path)) {
        if (error)
            *error = tr("%1 cannot be changed: the file or its folder is read-only. You can open it read-only.").arg(path);
        return false;
    }
    // Two windows writing one project would lose each other's edits: the first to open
    // it for writing holds the lock; others may still open it read-only.
    const bool existed = QFileInfo::exists(path);
    if (mode != projectfile::Intent::OpenReadOnly) {
        auto lock = std::make_unique<WriterLock>(path);
        if (!lock->take(error))
            return false;
        m_lock = std::move(lock);
    } else if (!WriterLock::readableHere(path, error)) {
        return false;
    }
    try {
        projectfile::open(*m_db, path, mode);
        if (m_lock && !m_lock->lockFile(error)) {
            m_db->close();
            m_lock.reset();
            return false;
        }
    } catch (const StorageError &e) {
        m_lock.reset();
        // A project that could not be made leaves nothing behind to block the next try.
        if (mode == projectfile::Intent::Create && !existed)
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
                QFile::remove(path + suffix);
        if (error)
            *error = e.message();
        return false;
    }
    emit articlesChanged();
    emit tagsChanged();
    return true;
}

void ProjectDocument::close()
{
    m_ranking->refresh(QString());
    m_ranking->waitForFinished();
    m_sentenceCounts.clear(); // article ids belong to the project
    m_undoStack->clear();
    m_db->close();
    m_lock.reset();
}

bool ProjectDocument::isOpen() const
{
    return m_db->isOpen();
}

QString ProjectDocument::path() const
{
    return m_db->path();
}

static QString backupFolder(const QString &projectPath)
{
    const QFileInfo project(projectPath);
    return project.absolutePath() + QLatin1Char('/') + project.completeBaseName() + QStringLiteral("-backups");
}

// The backups of a project, newest first: names carry the time, so name order is time order.
static QStringList backupFiles(const QString &projectPath)
{
    const QDir folder(backupFolder(projectPath));
    QStringList files;
    for (const QString &name : folder.entryList({QStringLiteral("*.lectern")}, QDir::Files, QDir::Name | QDir::Reversed))
        files << folder.filePath(name);
    return files;
}

// One backup of the project at `projectPath` through a connection of its own (any thread:
// a read transaction, so edits go on meanwhile), written under a temporary name and renamed
// when complete; the oldest beyond `keep` are removed.
static QString makeBackup(const QString &projectPath, int keep, QString *error)
{
    const QDir folder(backupFolder(projectPath));
    if (!folder.exists() && !QDir().mkpath(folder.path())) {
        if (error)
            *error = ProjectDocument::tr("Cannot create %1.").arg(folder.path());
        return {};
    }
    // Named by the time only: the folder already names the project, and a long project
    // name plus a date would pass the file system's 255-byte limit.
    const QString target = folder.filePath(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"))
                                           + QStringLiteral(".lectern"));
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    try {
        Database db;
        db.open(projectPath, Database::Mode::ReadOnly);
        sqlite::copyTo(db, partial);
    } catch (const StorageError &e) {
        QFile::remove(partial);
        if (error)
            *error = ProjectDocument::tr("Cannot save a copy as %1: %2").arg(target, e.message());
        return {};
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        if (error)
            *error = ProjectDocument::tr("Cannot create %1.").arg(target);
        return {};
    }
    const QStringList all = backupFiles(projectPath);
    for (qsizetype i = std::max(1, keep); i < all.size(); ++i)
        QFile::remove(all[i]);
    return target;
}

QString ProjectDocument::backup(int keep, QString *error) const
{
    return makeBackup(path(), keep, error);
}

QFuture<QString> ProjectDocument::backupInBackground(int keep) const
{
    return QtConcurrent::run([project = path(), keep] { return makeBackup(project, keep, nullptr); });
}

bool ProjectDocument::inUse(const QString &path)
{
    // The same test as opening: an empty lock left by a killed process is not "in use".
    return WriterLock::isHeld(path);
}

QStringList ProjectDocument::backups() const
{
    return backupFiles(path());
}

bool ProjectDocument::restoreBackup(const QString &backupPath, QString *error)
{
    const QString project = path();
    {
        // Check the backup is a project this version reads before touching anything.
        ProjectDocument probe;
        if (!probe.open(backupPath, error, true))
            return false;
    }
    if (backup(1000, error).isEmpty())
        return false; // the state being replaced is kept too
    close();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(project + suffix);
    if (!QFile::copy(backupPath, project)) {
        if (error)
            *error = tr("Cannot restore %1 from %2.").arg(project, backupPath);
        return false;
    }
    QFile(project).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return open(project, error);
}

bool ProjectDocument::saveCopy(const QString &path, QString *error) const
{
    if (QFile::exists(path) && !QFile::remove(path)) {
        if (error)
            *error = tr("Cannot replace %1.").arg(path);
        return false;
    }
    try {
        sqlite::copyTo(*m_db, path);
    } catch (const StorageError &e) {
        if (error)
            *error = tr("Cannot save a copy as %1: %2").arg(path, e.message());
        return false;
    }
    return true;
}

} // namespace lectern
