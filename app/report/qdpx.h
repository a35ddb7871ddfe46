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

} // namespace lectern::qdpx
