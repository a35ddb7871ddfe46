#pragma once

#include <QList>
#include <QStringList>

namespace lectern {

// What ProjectDocument::importQdpx brought in.
struct QdpxOutcome {
    QList<qint64> ids; // the new articles
    int reused = 0, tags = 0, annotations = 0, links = 0;
    QStringList warnings; // what the file carries that Lectern left out or cannot keep yet
};

} // namespace lectern
