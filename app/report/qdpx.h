#pragma once

#include "report.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace lectern::qdpx {

// A REFI-QDA project (.qdpx: project.qde plus sources/), so MAXQDA, NVivo, ATLAS.ti and
// QualCoder open a Lectern project: articles as text sources, tags as the codebook with
// colours, annotations as codings with notes, links as Links. Positions in code points.
// Empty, with the reason in error, when the XML did not come out well-formed (it is read
// back before it is zipped: a writer's silence is not trusted).
QByteArray write(const Report &report, QStringList *warnings, QString *error = nullptr);

// A zip archive of stored (uncompressed) entries, enough for .qdpx; unzip reads stored and
// deflated entries with sizes in their local headers (ours and Qt's ODT). It returns
// nothing for an archive it refuses: a name that is absolute or climbs out (.., \, C:),
// an entry or a whole larger than the limits (zip bombs; a deflated entry that grows past
// its declared size is caught as it inflates), a wrong checksum.
struct UnzipLimits {
    qint64 entryBytes = 64LL * 1024 * 1024;
    qint64 totalBytes = 256LL * 1024 * 1024;
};
QByteArray zip(const QList<QPair<QString, QByteArray>> &entries);
QList<QPair<QString, QByteArray>> unzip(const QByteArray &archive, const UnzipLimits &limits = {});

} // namespace lectern::qdpx
