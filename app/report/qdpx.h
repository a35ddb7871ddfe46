#pragma once

#include "report.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace lectern::qdpx {

// A REFI-QDA project (.qdpx: project.qde plus sources/), so MAXQDA, NVivo, ATLAS.ti and
// QualCoder open a Lectern project: articles as text sources, tags as the codebook with
// colours, annotations as codings with notes, links as Links. Positions in code points.
QByteArray write(const Report &report, QStringList *warnings);

// A zip archive of stored (uncompressed) entries, enough for .qdpx; unzip reads stored and
// deflated entries with sizes in their local headers (ours and Qt's ODT), refusing entries
// over 64 MB and names that climb out of the archive.
QByteArray zip(const QList<QPair<QString, QByteArray>> &entries);
QList<QPair<QString, QByteArray>> unzip(const QByteArray &archive);

} // namespace lectern::qdpx
