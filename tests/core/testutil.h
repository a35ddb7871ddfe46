#pragma once

// Small helpers shared by the core test suites.

#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace testutil {

inline QString dataPath(const QString &relative)
{
    return QStringLiteral(LECTERN_TEST_DATA "/") + relative;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline QString seedsDir()
{
    return QDir::cleanPath(QStringLiteral(LECTERN_SEEDS_DIR));
}

} // namespace testutil
