#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Local files as the system names them. Linux file names are bytes: a name from an old
// archive or a Windows zip may be Latin-1, not UTF-8. Lectern keeps such a name whole in
// a QString the way Python's "surrogateescape" does (each byte that is not part of valid
// UTF-8 becomes the lone surrogate U+DC80+byte), so a path read from a folder or from the
// command line opens the same file again, and shows with replacement characters.
namespace lectern::localfile {

QString fromNative(const QByteArray &bytes);
QByteArray toNative(const QString &path);
// The path as a user reads it: each kept byte shown as U+FFFD.
QString display(const QString &path);

enum class Kind { Missing, Regular, Folder, Fifo, Socket, Device, Other, Unreadable };

struct Status {
    Kind kind = Kind::Missing;
    bool link = false;  // the path itself is a symbolic link (kind is what it leads to)
    qint64 size = 0;
    quint64 device = 0;
    quint64 inode = 0;
    int error = 0;      // errno when the status could not be read
};

Status status(const QString &path);
// "a named pipe (FIFO)", "a device" ...: why a non-regular file is not read, for messages.
QString kindName(Kind kind);

// Reads a regular file of at most maxSize bytes without ever blocking on it: the file is
// opened non-blocking and checked to be a regular file before a byte is read, so a FIFO,
// socket or device named by mistake is refused with a reason. Throws ImportError.
QByteArray readRegular(const QString &path, qint64 maxSize);

// One entry met while walking a folder.
struct Entry {
    QString path;
    Kind kind = Kind::Missing;
    QString problem; // empty, or why the entry is not read (unreadable, a link out of the folder ...)
};

// Every entry below `root`, files and problems alike, in name order, without following a
// symbolic link that leads outside `root` or back into a folder already walked. Folders
// themselves are not listed unless they cannot be read.
QList<Entry> walk(const QString &root);

} // namespace lectern::localfile
