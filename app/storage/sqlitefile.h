#pragma once

#include <QString>
#include <QStringView>

struct sqlite3_stmt;

namespace lectern {

class Database;

// Everything that is SQLite-only lives in sqlitefile.cpp and fulltextindex.cpp: the file
// header, PRAGMAs, FTS5. A second backend (PostgreSQL) would replace these two files.
namespace sqlite {

// PRAGMA application_id of a Lectern project: "LCTR".
constexpr quint32 ApplicationId = 0x4C435452;

// What the first 100 bytes of a file say, read without opening it through SQLite, so a
// foreign or newer file is never touched.
struct FileHeader {
    enum class Kind { Missing, Unreadable, NotAFile, Empty, NotSqlite, Sqlite };
    Kind kind = Kind::Missing;
    quint32 applicationId = 0;
    int userVersion = 0;
    qint64 fileSize = 0;
    qint64 expectedSize = 0; // page size × the header's page count, or 0 when not recorded
    QString error;
    bool folder = false; // with NotAFile: a folder rather than a FIFO, socket or device
};
FileHeader readHeader(const QString &path);

// PRAGMAs every connection gets: foreign keys, WAL, busy timeout, cache size; and the
// progress handler that stops a statement past Database::queryBudgetMs().
void configureConnection(Database &db, bool readOnly);
int userVersion(Database &db);
void setUserVersion(Database &db, int version);
quint32 applicationId(Database &db);
void setApplicationId(Database &db);
// Bulk mode for imports: synchronous=NORMAL (WAL stays consistent after a crash or power
// cut; a power cut may lose the last batches, which a repeated import restores) and a
// larger page cache. Turning it off restores FULL durability for edits.
void setBulkMode(Database &db, bool on);
// Writes the WAL back into the main file, so its header shows the schema version.
void checkpoint(Database &db);
// At the close of a connection that wrote: waits for readers, then empties the log.
void checkpointOnClose(Database &db);
// Copies the whole database consistently into a new file (SQLite's backup API).
void copyTo(Database &db, const QString &path);

// A prepared statement on SQLite's own handle, for rows written by the thousand (an
// import's claims, twenty an article), where QSqlQuery's per-value conversions cost more
// than SQLite's own work. Failures throw StorageError as Statement's do.
class BulkStatement
{
public:
    BulkStatement(Database &db, const char *sql);
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    // Indexes from 0, as Statement's. A null string binds as an empty one, not NULL.
    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bind(int index, QStringView text);
    void bindUtf8(int index, const QByteArray &utf8);
    void bindNull(int index);
    // Runs the statement with the values bound, then clears them.
    void run();

private:
    [[noreturn]] void fail(int code);
    Database &m_db;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace sqlite
} // namespace lectern
