// Fuzzes the project opener: any file is either refused with a StorageError or opens as a
// project whose article list can be read. A refused file is never written to.
#include "fuzzcommon.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/projectfile.h"
#include "storage/storageerror.h"

#include <QFile>
#include <QTemporaryDir>

LECTERN_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.lectern"));
    const QByteArray input = fuzz::bytes(data, size);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(input);
    }
    try {
        lectern::Database db;
        lectern::projectfile::open(db, path, lectern::projectfile::Intent::OpenReadOnly);
        lectern::ArticleRepository(db).list();
    } catch (const lectern::StorageError &) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll() != input)
            __builtin_trap(); // a refused file was changed
    }
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    return 0;
}
