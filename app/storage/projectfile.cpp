#include "projectfile.h"

#include "database.h"
#include "schema.h"
#include "sqlitefile.h"
#include "storageerror.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace lectern::projectfile {

static QString tr(const char *text)
{
    return QCoreApplication::translate("lectern::projectfile", text);
}

static void refuseNewer(const QString &path, int version)
{
    throw StorageError(tr("%1 was written by a newer version of Lectern (project format %2; this "
                          "version reads up to %3). Open it with a newer Lectern; the file was not changed.")
                           .arg(path).arg(version).arg(schema::currentVersion()));
}

// SQLite's Unix file layer takes paths of up to 512 bytes (MAX_PATHNAME), its -wal and
// -journal names included.
constexpr qsizetype MaxPathBytes = 512 - 8;

static void checkHeader(const QString &path, Intent intent)
{
    const qsizetype bytes = QFileInfo(path).absoluteFilePath().toUtf8().size();
    if (bytes > MaxPathBytes)
        throw StorageError(tr("Cannot use %1: its path is %2 bytes long, and a project's path can be at most %3. "
                              "Move the project to a folder with a shorter path.")
                               .arg(path).arg(bytes).arg(MaxPathBytes));
    const sqlite::FileHeader header = sqlite::readHeader(path);
    using Kind = sqlite::FileHeader::Kind;
    switch (header.kind) {
    case Kind::Missing:
        if (intent != Intent::Create)
            throw StorageError(tr("%1 does not exist.").arg(path));
        if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
            throw StorageError(tr("Cannot create %1: the folder does not exist.").arg(path));
        return;
    case Kind::Unreadable:
        throw StorageError(tr("Cannot read %1: %2").arg(path, header.error));
    case Kind::NotAFile:
        throw StorageError(header.folder ? tr("%1 is a folder, not a Lectern project.").arg(path)
                                         : tr("%1 is a named pipe, socket or device, not a Lectern project; it was not opened.").arg(path));
    case Kind::Empty:
        throw StorageError(tr("%1 is an empty file, not a Lectern project.").arg(path));
    case Kind::NotSqlite:
        throw StorageError(tr("%1 is not a Lectern project (it is not an SQLite database, or its "
                              "header is damaged).").arg(path));
    case Kind::Sqlite:
        break;
    }
    if (intent == Intent::Create)
        throw StorageError(tr("%1 already exists.").arg(path));
    if (header.applicationId != sqlite::ApplicationId)
        throw StorageError(tr("%1 is an SQLite database, but not a Lectern project.").arg(path));
    if (header.userVersion > schema::currentVersion())
        refuseNewer(path, header.userVersion);
    // With a write-ahead log beside it, a file interrupted mid-checkpoint is legitimately
    // shorter than its new header says: the log still holds the pages (the kill test found
    // this). Without one, a short file was cut.
    if (header.fileSize < header.expectedSize && QFileInfo(path + QStringLiteral("-wal")).size() == 0)
        throw StorageError(tr("%1 is damaged: it is shorter than its header says (%2 of %3 bytes; cut short "
                              "by a failed copy or a full disk?). Restore a backup (File ▸ Restore Backup…) "
                              "or use a copy from before; the file was not changed.")
                               .arg(path).arg(header.fileSize).arg(header.expectedSize));
}

// Files up to this size are checked page by page on open (PRAGMA quick_check reads them
// all: 0.19 s for 175 MB measured with a warm cache); larger ones report damage when a
// damaged page is read (Database::failure).
// LECTERN_QUICK_CHECK_LIMIT (bytes) overrides it, so tests reach the read-time path.
static qint64 quickCheckLimit()
{
    bool ok = false;
    const qint64 limit = qEnvironmentVariableIntValue("LECTERN_QUICK_CHECK_LIMIT", &ok);
    return ok ? limit : 64LL * 1024 * 1024;
}

// Checks an existing project through a read-only connection, so a file that is refused is
// never written to (a read-write connection would switch it to WAL first).
static void inspect(Database &db, const QString &path)
{
    // The WAL may hold a newer header than the main file: ask SQLite as well.
    const int version = sqlite::userVersion(db);
    if (version > schema::currentVersion())
        refuseNewer(path, version);
    if (sqlite::applicationId(db) != sqlite::ApplicationId)
        throw StorageError(tr("%1 is an SQLite database, but not a Lectern project.").arg(path));
    if (const QString difference = schema::difference(db, version); !difference.isEmpty())
        throw StorageError(tr("%1 is not as Lectern made it: %2. It may have been changed by another program or "
                              "made to harm; Lectern does not open it, and the file was not changed.")
                               .arg(path, difference));
    if (QFileInfo(path).size() <= quickCheckLimit()) {
        const QString check = db.scalar(QStringLiteral("PRAGMA quick_check(1)")).toString();
        if (check != QLatin1String("ok"))
            throw StorageError(Database::damaged(path, check));
    }
}

void open(Database &db, const QString &path, Intent intent)
{
    checkHeader(path, intent);
    const bool readOnly = intent == Intent::OpenReadOnly;
    if (intent != Intent::Create) {
        // Strictly read-only: a refused file (newer, damaged, crafted) is never written, not
        // even by the checkpoint a closing connection may run.
        Database probe;
        probe.open(path, Database::Mode::Inspect);
        inspect(probe, path);
    }
    db.open(path, readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
    try {
        if (sqlite::userVersion(db) < schema::currentVersion()) {
            if (readOnly)
                throw StorageError(tr("%1 needs an upgrade and cannot be opened read-only.").arg(path));
            schema::migrate(db);
            sqlite::checkpoint(db);
        }
    } catch (...) {
        db.close();
        throw;
    }
}

} // namespace lectern::projectfile
