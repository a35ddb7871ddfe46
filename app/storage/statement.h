#pragma once

#include "database.h"

#include <QSqlQuery>
#include <QVariant>

namespace lectern {

// A prepared statement. Prepare once, bind and exec many times; every failure throws
// StorageError with the SQL and SQLite's reason. Values are always bound, never spliced
// into SQL text.
class Statement
{
public:
    Statement(Database &db, const QString &sql);

    Statement &bind(int index, const QVariant &value);
    // Binds the values in order from index 0 and runs the statement.
    template<typename... Values>
    Statement &run(const Values &...values)
    {
        int index = 0;
        (bind(index++, QVariant::fromValue(values)), ...);
        return exec();
    }
    Statement &exec();
    bool next();
    QVariant value(int column) const;
    QString text(int column) const { return value(column).toString(); }
    qint64 integer(int column) const { return value(column).toLongLong(); }
    qint64 lastInsertId() const;
    int rowsAffected() const;
    void finish();

private:
    Database *m_db;
    QSqlQuery m_query;
    QString m_sql;
    QString m_path;
};

} // namespace lectern
