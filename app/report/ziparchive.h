#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Zip archives through libzip, in memory: .qdpx and .odt are written and read with it.
namespace lectern::ziparchive {

struct Entry {
    QString name;
    QByteArray data;
    bool compress = true; // ODT's "mimetype" must be stored, and first
};

// Empty, with the reason in error, when libzip fails.
QByteArray write(const QList<Entry> &entries, QString *error = nullptr);

// Reads every entry, or nothing with the reason in error when the archive is refused: a
// name that is absolute or climbs out (.., \, C:), an entry or a whole larger than the
// limits (zip bombs: an entry that inflates past its declared size is stopped there), a
// wrong checksum, a damaged archive.
struct Limits {
    qint64 entryBytes = 64LL * 1024 * 1024;
    qint64 totalBytes = 256LL * 1024 * 1024;
    qint64 entries = 100000;
};
QList<Entry> read(const QByteArray &archive, const Limits &limits = {}, QString *error = nullptr);

} // namespace lectern::ziparchive
