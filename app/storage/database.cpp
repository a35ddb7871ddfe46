#include "database.h"

#include "sqlitefile.h"
#include "statement.h"
#include "storageerror.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QSqlError>
#include <QSqlQuery>

namespace lectern {

static QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("lectern-%1").arg(counter.fetchAndAddRelaxed(1));
}

Database::Database() : m_connection(nextConnectionName()) {}

Database::~Database()
{
    close();
}

void Database::open(const QString &path, Mode mode)
{
    close();
    m_path = path;
    m_mode = mode;
    m_queryBudgetMs = queryBudgetMs();
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    const QFileInfo file(path);
    if (mode != Mode::ReadWrite && !QFileInfo(file.absolutePath()).isWritable()
        && !QFile::exists(path + QStringLiteral("-shm")) && QFileInfo(path + QStringLiteral("-wal")).size() == 0
        && file.exists()) {
        // A read-only folder (a CD, a shared drive, another user's folder): SQLite cannot
        // make the WAL's shared-memory file there, and nobody else can write the project
        // without one, so it is read as immutable (never with a log beside it, whose pages
        // immutable reading would skip).
        db.setDatabaseName(QUrl::fromLocalFile(file.absoluteFilePath()).toString(QUrl::FullyEncoded)
                           + QStringLiteral("?immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else if (mode == Mode::Inspect || (mode == Mode::ReadOnly && !(file.isWritable() && QFileInfo(file.absolutePath()).isWritable()))) {
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    }
    // A reader of a file it could write opens it read-write but never writes (query_only,
    // in configureConnection): the last connection to close checkpoints the write-ahead log
    // into the file, which a read-only connection cannot, so a reader that outlives a writer
    // no longer leaves committed articles only in the -wal file.
    if (!db.open()) {
        const QString reason = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
        throw StorageError(QCoreApplication::translate("Database", "Cannot open %1: %2")
                               .arg(path, reason));
    }
    try {
        sqlite::configureConnection(*this, mode != Mode::ReadWrite);
    } catch (...) {
        close();
        throw;
    }
}

qint64 Database::queryBudgetMs()
{
    bool ok = false;
    const qint64 value = qEnvironmentVariableIntValue("LECTERN_QUERY_BUDGET_MS", &ok);
    return ok && value > 0 ? value : qint64(60000);
}

void Database::openInMemory()
{
    open(QStringLiteral(":memory:"));
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        auto db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen() && m_mode == Mode::ReadWrite)
            sqlite::checkpointOnClose(*this);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connection)
        && QSqlDatabase::database(m_connection, false).isOpen();
}

QSqlDatabase Database::handle() const
{
    return QSqlDatabase::database(m_connection, false);
}

QString Database::damaged(const QString &path, const QString &detail)
{
    return QCoreApplication::translate("Database", "%1 is damaged (%2). Restore a backup (File ▸ Restore Backup…) or use a copy from "
                     "before; Lectern has not changed it.").arg(path, detail);
}

StorageError Database::failure(const QString &path, const QSqlError &error, const QString &sql)
{
    // SQLite's primary result codes (https://www.sqlite.org/rescode.html).
    enum { Busy = 5, Locked = 6, ReadOnly = 8, Interrupt = 9, IoErr = 10, Corrupt = 11, Full = 13, TooBig = 18,
           NotADb = 26 };
    const QString reason = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case Corrupt:
    case NotADb:
        return StorageError(damaged(path, reason));
    case Full:
        return StorageError(QCoreApplication::translate("Database", "The disk holding %1 is full. Free some space and try again; "
                                      "the change was not saved and the project is as it was.").arg(path));
    case IoErr:
        return StorageError(QCoreApplication::translate("Database", "Cannot read or write %1 (%2): the disk may be full, removed or "
                                      "failing. Nothing was changed.").arg(path, reason));
    case ReadOnly:
        return StorageError(QCoreApplication::translate("Database", "%1 cannot be changed: the file or its folder is read-only.").arg(path));
    case Busy:
    case Locked:
        return StorageError(QCoreApplication::translate("Database", "%1 is busy: another program holds it (another Lectern, the sqlite3 "
                                      "tool, a database browser or a backup tool). Close that program or try again in a "
                                      "moment; nothing was changed.").arg(path));
    case Interrupt:
        return StorageError(QCoreApplication::translate("Database", "A query on %1 ran past its budget of %2 seconds and was stopped. "
                                      "The project may have been made to stall Lectern; nothing was changed.")
                                .arg(path).arg(double(queryBudgetMs()) / 1000));
    case TooBig:
        return StorageError(QCoreApplication::translate("Database", "A text or file is too large for %1. Nothing was changed.").arg(path));
    default:
        // The file and SQLite's reason; the statement itself means nothing to a user.
        Q_UNUSED(sql);
        return StorageError(QCoreApplication::translate("Database", "Cannot read or write %1: %2").arg(path, reason));
    }
}

void Database::exec(const QString &sql)
{
    startQuery();
    QSqlQuery query(handle());
    if (!query.exec(sql))
        throw failure(m_path, query.lastError(), sql);
}

QVariant Database::scalar(const QString &sql)
{
    startQuery();
    QSqlQuery query(handle());
    if (!query.exec(sql))
        throw failure(m_path, query.lastError(), sql);
    return query.next() ? query.value(0) : QVariant();
}

Transaction::Transaction(Database &db) : m_db(db)
{
    m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec(QStringLiteral("ROLLBACK"));
        } catch (const StorageError &) {
            // Nothing more can be done: SQLite rolls back by itself when the
            // connection closes, and the error that brought us here is already on its way.
        }
    }
}

void Transaction::commit()
{
    m_db.exec(QStringLiteral("COMMIT"));
    m_done = true;
}

Savepoint::Savepoint(Database &db, const QString &name) : m_db(db), m_name(name)
{
    m_db.exec(QStringLiteral("SAVEPOINT ") + m_name);
}

Savepoint::~Savepoint()
{
    if (!m_done) {
        try {
            m_db.exec(QStringLiteral("ROLLBACK TO ") + m_name);
            m_db.exec(QStringLiteral("RELEASE ") + m_name);
        } catch (const StorageError &) {
            // As in ~Transaction: the enclosing transaction will roll back.
        }
    }
}

void Savepoint::release()
{
    m_db.exec(QStringLiteral("RELEASE ") + m_name);
    m_done = true;
}

Statement::Statement(Database &db, const QString &sql) : m_db(&db), m_query(db.handle()), m_sql(sql), m_path(db.path())
{
    db.startQuery();
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        throw Database::failure(m_path, m_query.lastError(), sql);
}

Statement &Statement::bind(int index, const QVariant &value)
{
    // A null QString would bind as SQL NULL; NULL is only ever meant as QVariant().
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(index, QStringLiteral(""));
    else
        m_query.bindValue(index, value);
    return *this;
}

Statement &Statement::exec()
{
    m_db->startQuery();
    if (!m_query.exec())
        throw Database::failure(m_path, m_query.lastError(), m_sql);
    return *this;
}

bool Statement::next()
{
    m_db->startQuery();
    if (m_query.next())
        return true;
    // A damaged page met half-way through the rows ends them with an error, not quietly.
    if (m_query.lastError().isValid())
        throw Database::failure(m_path, m_query.lastError(), m_sql);
    return false;
}

QVariant Statement::value(int column) const
{
    return m_query.value(column);
}

qint64 Statement::lastInsertId() const
{
    return m_query.lastInsertId().toLongLong();
}

int Statement::rowsAffected() const
{
    return m_query.numRowsAffected();
}

void Statement::finish()
{
    m_query.finish();
}

} // namespace lectern
