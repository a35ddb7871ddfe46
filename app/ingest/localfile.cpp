#include "localfile.h"

#include "parseddocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lectern::localfile {

static QString tr(const char *text)
{
    return QCoreApplication::translate("lectern::localfile", text);
}

// The length of the valid UTF-8 sequence at p (at most n bytes), or 0.
static int utf8Sequence(const unsigned char *p, qsizetype n, char32_t *out)
{
    const unsigned char c = p[0];
    int length = 0;
    char32_t value = 0, least = 0;
    if (c < 0x80) {
        *out = c;
        return 1;
    } else if ((c & 0xE0) == 0xC0) {
        length = 2, value = c & 0x1F, least = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        length = 3, value = c & 0x0F, least = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        length = 4, value = c & 0x07, least = 0x10000;
    } else {
        return 0;
    }
    if (n < length)
        return 0;
    for (int i = 1; i < length; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        value = (value << 6) | (p[i] & 0x3F);
    }
    if (value < least || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return 0; // overlong, out of range, or a surrogate written as UTF-8
    *out = value;
    return length;
}

QString fromNative(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size());
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        char32_t c = 0;
        const int length = utf8Sequence(p + i, n - i, &c);
        if (length == 0) {
            out += QChar(char16_t(0xDC00 + p[i]));
            ++i;
            continue;
        }
        out += QChar::fromUcs4(c);
        i += length;
    }
    return out;
}

QByteArray toNative(const QString &path)
{
    QByteArray out;
    out.reserve(path.size());
    for (qsizetype i = 0; i < path.size(); ++i) {
        const char16_t u = path[i].unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < path.size() && path[i + 1].isLowSurrogate()) {
            out += QString(path.mid(i, 2)).toUtf8();
            ++i;
        } else if (u >= 0xDC80 && u <= 0xDCFF) {
            out += char(u - 0xDC00); // a byte kept by fromNative
        } else {
            out += QString(QChar(u)).toUtf8();
        }
    }
    return out;
}

QString display(const QString &path)
{
    QString out = path;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out[i];
        if (c.isHighSurrogate() && i + 1 < out.size() && out[i + 1].isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            out[i] = QChar::ReplacementCharacter;
    }
    return out;
}

static Kind kindOfMode(mode_t mode)
{
    if (S_ISREG(mode)) return Kind::Regular;
    if (S_ISDIR(mode)) return Kind::Folder;
    if (S_ISFIFO(mode)) return Kind::Fifo;
    if (S_ISSOCK(mode)) return Kind::Socket;
    if (S_ISCHR(mode) || S_ISBLK(mode)) return Kind::Device;
    return Kind::Other;
}

Status status(const QString &path)
{
    Status result;
    const QByteArray native = toNative(path);
    struct stat st {};
    if (::lstat(native.constData(), &st) != 0) {
        result.error = errno;
        result.kind = errno == ENOENT || errno == ENOTDIR ? Kind::Missing : Kind::Unreadable;
        return result;
    }
    if (S_ISLNK(st.st_mode)) {
        result.link = true;
        if (::stat(native.constData(), &st) != 0) {
            result.error = errno;
            result.kind = errno == ENOENT ? Kind::Missing : Kind::Unreadable;
            return result;
        }
    }
    result.kind = kindOfMode(st.st_mode);
    result.size = st.st_size;
    result.device = st.st_dev;
    result.inode = st.st_ino;
    return result;
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Fifo: return tr("a named pipe (FIFO)");
    case Kind::Socket: return tr("a socket");
    case Kind::Device: return tr("a device");
    case Kind::Folder: return tr("a folder");
    case Kind::Missing: return tr("missing");
    default: return tr("not a regular file");
    }
}

static QString errorText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QByteArray readRegular(const QString &path, qint64 maxSize)
{
    const Status before = status(path);
    if (before.kind == Kind::Missing)
        throw ImportError(tr("no such file"));
    if (before.kind == Kind::Unreadable)
        throw ImportError(tr("cannot read the file: %1").arg(errorText(before.error)));
    if (before.kind == Kind::Folder)
        throw ImportError(tr("is a folder"));
    if (before.kind != Kind::Regular)
        throw ImportError(tr("is %1, not a file; it was not opened").arg(kindName(before.kind)));
    auto tooLarge = [maxSize](qint64 size) {
        return ImportError(tr("the file is too large (%1; the limit is %2)")
                               .arg(QLocale::c().formattedDataSize(size), QLocale::c().formattedDataSize(maxSize)));
    };
    if (before.size > maxSize)
        throw tooLarge(before.size);
    // Non-blocking, so that a file swapped for a FIFO after the check cannot stall us either.
    const int fd = ::open(toNative(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        throw ImportError(tr("cannot read the file: %1").arg(errorText(errno)));
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        throw ImportError(tr("is %1, not a file; it was not opened").arg(kindName(kindOfMode(st.st_mode))));
    }
    // Read what the size says (plus a little, for a file still growing), never the limit.
    QByteArray bytes;
    bytes.resize(std::min<qint64>(st.st_size + 65536, maxSize + 1));
    qint64 done = 0;
    while (done < bytes.size()) {
        const ssize_t got = ::read(fd, bytes.data() + done, size_t(bytes.size() - done));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            const int error = errno;
            ::close(fd);
            throw ImportError(tr("cannot read the file: %1").arg(errorText(error)));
        }
        if (got == 0)
            break;
        done += got;
    }
    ::close(fd);
    bytes.truncate(done);
    if (bytes.size() > maxSize)
        throw tooLarge(bytes.size());
    return bytes;
}

namespace {

QByteArray realPath(const QByteArray &native)
{
    char *resolved = ::realpath(native.constData(), nullptr);
    if (!resolved)
        return {};
    QByteArray result(resolved);
    ::free(resolved);
    return result;
}

bool isInside(const QByteArray &path, const QByteArray &root)
{
    return path == root || path.startsWith(root.endsWith('/') ? root : root + '/');
}

} // namespace

QList<Entry> walk(const QString &root)
{
    QList<Entry> entries;
    const QByteArray realRoot = realPath(toNative(root));
    QSet<QPair<quint64, quint64>> walked; // folders by device and inode: no link loops
    QList<QString> folders{root};
    while (!folders.isEmpty()) {
        const QString folder = folders.takeLast();
        const Status folderStatus = status(folder);
        if (walked.contains({folderStatus.device, folderStatus.inode}))
            continue;
        walked.insert({folderStatus.device, folderStatus.inode});
        DIR *dir = ::opendir(toNative(folder).constData());
        if (!dir) {
            entries.append({folder, Kind::Unreadable, tr("the folder cannot be read: %1").arg(errorText(errno))});
            continue;
        }
        while (const dirent *d = ::readdir(dir)) {
            const QByteArray name(d->d_name);
            if (name == "." || name == "..")
                continue;
            const QString path = folder + QLatin1Char('/') + fromNative(name);
            const Status st = status(path);
            if (st.link) {
                const QByteArray target = realPath(toNative(path));
                if (target.isEmpty() || !isInside(target, realRoot)) {
                    entries.append({path, st.kind, target.isEmpty()
                        ? tr("a link that leads nowhere; not followed")
                        : tr("a link that leads outside the imported folder (to %1); not followed")
                              .arg(display(fromNative(target)))});
                    continue;
                }
            }
            if (st.kind == Kind::Folder)
                folders.append(path);
            else if (st.kind == Kind::Unreadable)
                entries.append({path, st.kind, tr("cannot be read: %1").arg(errorText(st.error))});
            else
                entries.append({path, st.kind, {}});
        }
        ::closedir(dir);
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.path < b.path; });
    return entries;
}

} // namespace lectern::localfile
