#pragma once

#include <QString>

#include <exception>

namespace lectern {

// Thrown by the storage layer when SQLite refuses something. Caught at the edges of the
// core (ProjectDocument, the import writer, the command line) and turned into a message.
class StorageError : public std::exception
{
public:
    explicit StorageError(QString message) : m_message(std::move(message)), m_utf8(m_message.toUtf8()) {}
    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
};

} // namespace lectern
