#include "sqlitefile.h"

#include "database.h"
#include "statement.h"

#include <QFile>
#include <QtEndian>

namespace lectern::sqlite {

FileHeader readHeader(const QString &path)
{
    FileHeader header;
    QFile file(path);
    if (!file.exists())
        return header;
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

void configureConnection(Database &db, bool readOnly)
{
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

void copyTo(Database &db, const QString &path)
{
    Statement(db, QStringLiteral("VACUUM INTO ?")).run(path);
}

} // namespace lectern::sqlite
