#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace lectern {

// The one-writer lock of a project. Two locks, because a file can have many names:
// - a lock file beside the project (QLockFile), which names the holder's process and host
//   for messages and is found stale when that process is gone;
// - an flock() on the project file itself, held for the session: hard links and symbolic
//   links name the same inode, so a second writer through another name is refused too
//   (its write-ahead log would be another file, and the two would fork the project).
class WriterLock
{
public:
    explicit WriterLock(const QString &projectPath);
    ~WriterLock();
    WriterLock(const WriterLock &) = delete;
    WriterLock &operator=(const WriterLock &) = delete;

    // Takes both locks (the file's only when it exists: call lockFile() once it is made).
    // On failure *error says why: in use (by whom), a full disk, a read-only folder.
    bool take(QString *error);
    bool lockFile(QString *error);

    // Whether a writer holds the project, through this name or another.
    static bool isHeld(const QString &projectPath);
    // Whether a reader may open the project under this name: not while a writer holds the
    // file through another name (the reader would not see that writer's log).
    static bool readableHere(const QString &projectPath, QString *error);

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_nameLock;
    int m_fd = -1;
};

} // namespace lectern
