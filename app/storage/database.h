#pragma once

#include "storageerror.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QString>

class QSqlError;

namespace lectern {

// Owns one QtSql connection (QSqlDatabase is a handle to a named, thread-bound connection;
// this class gives it a unique name and removes it again, so connections never leak or get
// shared between threads). A Database must be used only on the thread that opened it.
class Database
{
public:
    // ReadOnly reads a file it could write through a query_only connection, so that closing
    // last checkpoints the log; Inspect is strictly read-only (SQLite's own flag), for a
    // file that may yet be refused and must then stay byte for byte as it was.
    enum class Mode { ReadWrite, ReadOnly, Inspect };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating when allowed) the file and applies the connection PRAGMAs.
    // Throws StorageError.
    void open(const QString &path, Mode mode = Mode::ReadWrite);
    void openInMemory();
    void close();

    bool isOpen() const;
    bool isReadOnly() const { return m_mode != Mode::ReadWrite; }
    QString path() const { return m_path; }
    QSqlDatabase handle() const;

    // Runs one statement without results. Throws StorageError.
    void exec(const QString &sql);
    // Runs a statement and returns the first column of the first row (invalid when none).
    QVariant scalar(const QString &sql);

    // Each statement step is timed from its start (Statement::exec and next); SQLite's
    // progress handler (sqlitefile.cpp) stops one that runs past queryBudgetMs(), so no
    // project, however crafted, can stall Lectern with an endless query.
    void startQuery() { m_queryClock.start(); }
    bool pastQueryBudget() const { return m_queryClock.isValid() && m_queryClock.elapsed() > m_queryBudgetMs; }
    // 60 seconds; LECTERN_QUERY_BUDGET_MS sets another (tests).
    static qint64 queryBudgetMs();

    // The StorageError for a failed statement on the file at `path`: damage, a full disk and
    // read-only files get a message a user can act on; anything else names the statement.
    static StorageError failure(const QString &path, const QSqlError &error, const QString &sql);
    // The message for a damaged project file.
    static QString damaged(const QString &path, const QString &detail);

private:
    QString m_connection;
    QString m_path;
    Mode m_mode = Mode::ReadWrite;
    QElapsedTimer m_queryClock;
    qint64 m_queryBudgetMs = 60000;
};

// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() was called.
// IMMEDIATE takes the write lock up front so a second writer fails at once, not mid-way.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

// A named SAVEPOINT inside a transaction, so one failed item rolls back alone.
class Savepoint
{
public:
    Savepoint(Database &db, const QString &name);
    ~Savepoint();
    void release();

private:
    Database &m_db;
    QString m_name;
    bool m_done = false;
};

} // namespace lectern
