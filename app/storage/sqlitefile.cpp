#include "sqlitefile.h"

#include "database.h"
#include "statement.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QtEndian>

#include <sqlite3.h>

#include <sys/stat.h>

namespace lectern::sqlite {

FileHeader readHeader(const QString &path)
{
    FileHeader header;
    QFile file(path);
    if (!file.exists())
        return header;
    // Never open a FIFO or a device to read a header: the open itself could block.
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0 && !S_ISREG(st.st_mode)) {
        header.kind = FileHeader::Kind::NotAFile;
        header.folder = S_ISDIR(st.st_mode);
        return header;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        header.kind = FileHeader::Kind::Unreadable;
        header.error = file.errorString();
        return header;
    }
    const QByteArray bytes = file.read(100);
    if (bytes.isEmpty()) {
        header.kind = FileHeader::Kind::Empty;
        return header;
    }
    static const QByteArray magic("SQLite format 3\0", 16);
    if (bytes.size() < 100 || !bytes.startsWith(magic)) {
        header.kind = FileHeader::Kind::NotSqlite;
        return header;
    }
    header.kind = FileHeader::Kind::Sqlite;
    // Offsets from https://www.sqlite.org/fileformat.html, "The Database Header".
    header.userVersion = int(qFromBigEndian<quint32>(bytes.constData() + 60));
    header.applicationId = qFromBigEndian<quint32>(bytes.constData() + 68);
    header.fileSize = file.size();
    // The page count at 28 is valid when the "version-valid-for" number at 92 equals the
    // change counter at 24; a page size of 1 means 65536.
    const quint32 pageSizeField = qFromBigEndian<quint16>(bytes.constData() + 16);
    const qint64 pageSize = pageSizeField == 1 ? 65536 : pageSizeField;
    const quint32 pages = qFromBigEndian<quint32>(bytes.constData() + 28);
    if (qFromBigEndian<quint32>(bytes.constData() + 92) == qFromBigEndian<quint32>(bytes.constData() + 24))
        header.expectedSize = pageSize * pages;
    return header;
}

sqlite3 *nativeHandle(Database &db)
{
    const QVariant handle = db.handle().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.data());
    return nullptr;
}

// Called by SQLite every few thousand virtual-machine steps: non-zero stops the statement
// with SQLITE_INTERRUPT, which Database::failure reports as a query past its budget.
static int stopPastBudget(void *database)
{
    return static_cast<Database *>(database)->pastQueryBudget() ? 1 : 0;
}

void configureConnection(Database &db, bool readOnly)
{
    if (sqlite3 *handle = nativeHandle(db))
        sqlite3_progress_handler(handle, 20000, stopPastBudget, &db);
    if (readOnly)
        db.exec(QStringLiteral("PRAGMA query_only = ON")); // opened read-write only to checkpoint on close
    db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    db.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    // 32 MB of page cache: enough to keep the article list and FTS b-tree interiors warm,
    // small enough for the memory budget with a 100,000-article project open.
    db.exec(QStringLiteral("PRAGMA cache_size = -32768"));
    db.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    if (!readOnly && db.path() != QLatin1String(":memory:")) {
        db.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        // FULL: a commit that returned survives a power cut, not only a crash.
        db.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    }
}

int userVersion(Database &db)
{
    return db.scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

void setUserVersion(Database &db, int version)
{
    db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

quint32 applicationId(Database &db)
{
    return quint32(db.scalar(QStringLiteral("PRAGMA application_id")).toLongLong());
}

void setApplicationId(Database &db)
{
    db.exec(QStringLiteral("PRAGMA application_id = %1").arg(qint32(ApplicationId)));
}

void setBulkMode(Database &db, bool on)
{
    if (db.isReadOnly() || db.path() == QLatin1String(":memory:"))
        return;
    db.exec(on ? QStringLiteral("PRAGMA synchronous = NORMAL") : QStringLiteral("PRAGMA synchronous = FULL"));
    db.exec(on ? QStringLiteral("PRAGMA cache_size = -65536") : QStringLiteral("PRAGMA cache_size = -32768"));
}

void checkpoint(Database &db)
{
    db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

void checkpointOnClose(Database &db)
{
    if (db.path() == QLatin1String(":memory:"))
        return;
    // TRUNCATE waits (busy_timeout) for readers to leave the log, then empties it: what this
    // connection committed is in the project file itself when it closes. A reader that
    // stays longer checkpoints when it closes (it can write: see Database::open).
    try {
        db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    } catch (const StorageError &) {
        // The connection is closing anyway; the log stays beside the file and is read back.
    }
}

void copyTo(Database &db, const QString &path)
{
    // SQLite's online backup API: a page-for-page copy of one consistent snapshot, the
    // write-ahead log included, into a file of its own (no log beside it).
    sqlite3 *source = nativeHandle(db);
    if (!source)
        throw StorageError(QStringLiteral("no SQLite handle for %1").arg(db.path()));
    sqlite3 *target = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &target,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
        if (backup) {
            do {
                rc = sqlite3_backup_step(backup, -1);
            } while (rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            sqlite3_backup_finish(backup);
            if (rc == SQLITE_DONE)
                rc = SQLITE_OK;
        } else {
            rc = sqlite3_errcode(target);
        }
    }
    const QString reason = QString::fromUtf8(target ? sqlite3_errmsg(target) : sqlite3_errstr(rc));
    const int closed = sqlite3_close(target);
    if (rc != SQLITE_OK || closed != SQLITE_OK) {
        QFile::remove(path);
        if ((rc & 0xff) == SQLITE_FULL || (rc & 0xff) == SQLITE_IOERR)
            throw StorageError(QCoreApplication::translate("Database", "The disk holding %1 is full. Free some space and try again; "
                                                           "the change was not saved and the project is as it was.").arg(path));
        throw StorageError(QCoreApplication::translate("Database", "Cannot open %1: %2").arg(path, reason));
    }
}

BulkStatement::BulkStatement(Database &db, const char *sql) : m_db(db)
{
    sqlite3 *handle = nativeHandle(db);
    if (!handle)
        throw StorageError(QStringLiteral("no SQLite handle for %1").arg(db.path()));
    if (const int rc = sqlite3_prepare_v3(handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr); rc != SQLITE_OK)
        fail(rc);
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_statement);
}

void BulkStatement::fail(int code)
{
    sqlite3 *handle = nativeHandle(m_db);
    const QString reason = QString::fromUtf8(handle ? sqlite3_errmsg(handle) : sqlite3_errstr(code));
    const QString sql = m_statement ? QString::fromUtf8(sqlite3_sql(m_statement)) : QString();
    if (m_statement) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
    throw Database::failure(m_db.path(), QSqlError(QString(), reason, QSqlError::StatementError, QString::number(code)), sql);
}

void BulkStatement::bind(int index, qint64 value)
{
    if (const int rc = sqlite3_bind_int64(m_statement, index + 1, value); rc != SQLITE_OK)
        fail(rc);
}

void BulkStatement::bind(int index, double value)
{
    if (const int rc = sqlite3_bind_double(m_statement, index + 1, value); rc != SQLITE_OK)
        fail(rc);
}

void BulkStatement::bind(int index, QStringView text)
{
    // As UTF-8, the project's encoding: Qt's conversion is faster than SQLite's.
    bindUtf8(index, text.isNull() ? QByteArray("") : text.toUtf8());
}

void BulkStatement::bindUtf8(int index, const QByteArray &utf8)
{
    if (const int rc = sqlite3_bind_text64(m_statement, index + 1, utf8.constData(), sqlite3_uint64(utf8.size()),
                                           SQLITE_TRANSIENT, SQLITE_UTF8);
        rc != SQLITE_OK)
        fail(rc);
}

void BulkStatement::bindNull(int index)
{
    if (const int rc = sqlite3_bind_null(m_statement, index + 1); rc != SQLITE_OK)
        fail(rc);
}

void BulkStatement::run()
{
    const int rc = sqlite3_step(m_statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        fail(sqlite3_extended_errcode(nativeHandle(m_db)));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

} // namespace lectern::sqlite
