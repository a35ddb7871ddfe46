#include "writerlock.h"

#include "projectdocument.h"

#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStorageInfo>
#include <QThread>

#include <cerrno>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace lectern {

namespace {

// Takes the lock file. A lock file without its owner's details is left by a process
// killed while making it (the kill test found one): once a moment has shown that nobody is
// still writing them, it is stale.
bool takeNameLock(QLockFile &lock)
{
    if (lock.tryLock(100))
        return true;
    if (lock.error() != QLockFile::LockFailedError)
        return false;
    qint64 pid = 0;
    QString host, application;
    if (lock.getLockInfo(&pid, &host, &application))
        return false; // a live holder: QLockFile has checked its process
    QThread::msleep(300);
    if (lock.getLockInfo(&pid, &host, &application))
        return false;
    lock.removeStaleLockFile();
    return lock.tryLock(100);
}

// flock() on the file, retried for a moment: a reader's test holds a shared lock for
// microseconds. Returns the descriptor holding the lock, -1 when another holds it, -2
// when the file cannot be opened.
int flockFile(const QString &path, int operation)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0)
        return -2;
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (::flock(fd, operation | LOCK_NB) == 0)
            return fd;
        if (errno != EWOULDBLOCK && errno != EINTR)
            break;
        QThread::msleep(40);
    }
    ::close(fd);
    return -1;
}

QString inUseElsewhere(const QString &path)
{
    return ProjectDocument::tr("%1 is in use by another Lectern through another name of the same file (a link). "
                               "Close it there first.").arg(path);
}

} // namespace

WriterLock::WriterLock(const QString &projectPath)
    : m_path(projectPath), m_nameLock(std::make_unique<QLockFile>(projectPath + QStringLiteral(".lock")))
{
    m_nameLock->setStaleLockTime(0); // stale only when its process is gone
}

WriterLock::~WriterLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the flock
}

bool WriterLock::take(QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!takeNameLock(*m_nameLock)) {
        const QString folder = QFileInfo(m_path).absolutePath();
        switch (m_nameLock->error()) {
        case QLockFile::LockFailedError: {
            qint64 pid = 0;
            QString host, application;
            m_nameLock->getLockInfo(&pid, &host, &application);
            return fail(ProjectDocument::tr("%1 is in use by another Lectern (process %2 on %3). You can open it read-only.")
                            .arg(m_path).arg(pid).arg(host));
        }
        case QLockFile::PermissionError:
            return fail(ProjectDocument::tr("%1 cannot be changed: the file or its folder is read-only. You can open it read-only.")
                            .arg(m_path));
        default: {
            // The lock file could not be made: most often a full disk.
            const QStorageInfo storage(folder);
            if (storage.isValid() && storage.bytesAvailable() < 64 * 1024)
                return fail(ProjectDocument::tr("Cannot open %1 for writing: the disk holding it is full. Free some space "
                                                "and try again; nothing was changed.").arg(m_path));
            return fail(ProjectDocument::tr("Cannot open %1 for writing: its lock file %2 cannot be made in %3.")
                            .arg(m_path, m_path + QStringLiteral(".lock"), folder));
        }
        }
    }
    if (QFileInfo::exists(m_path))
        return lockFile(error);
    return true;
}

bool WriterLock::lockFile(QString *error)
{
    if (m_fd >= 0)
        return true;
    const int fd = flockFile(m_path, LOCK_EX);
    if (fd == -1) {
        m_nameLock->unlock();
        if (error)
            *error = inUseElsewhere(m_path);
        return false;
    }
    m_fd = fd; // -2 (cannot open) leaves the refusal to SQLite, with its reason
    return true;
}

bool WriterLock::isHeld(const QString &projectPath)
{
    QLockFile lock(projectPath + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!takeNameLock(lock))
        return lock.error() == QLockFile::LockFailedError;
    lock.unlock();
    const int fd = flockFile(projectPath, LOCK_SH);
    if (fd >= 0)
        ::close(fd);
    return fd == -1;
}

bool WriterLock::readableHere(const QString &projectPath, QString *error)
{
    const int fd = flockFile(projectPath, LOCK_SH);
    if (fd != -1) {
        if (fd >= 0)
            ::close(fd);
        return true;
    }
    // A writer holds the file: fine when it writes through this name (its lock file is here).
    QLockFile lock(projectPath + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!takeNameLock(lock) && lock.error() == QLockFile::LockFailedError)
        return true;
    if (error)
        *error = inUseElsewhere(projectPath);
    return false;
}

} // namespace lectern
