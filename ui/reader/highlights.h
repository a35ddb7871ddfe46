#pragma once

#include "model/annotation.h"

#include <QColor>
#include <QHash>
#include <QList>

namespace lectern {

// A stretch of text covered by the same set of annotations, for painting overlaps.
struct HighlightSegment {
    int start = 0;
    int end = 0;
    QList<qint64> annotationIds; // in text order of the annotations
    QColor background;           // first tag of the first annotation, blended for overlaps
    QColor underline;            // a second colour (second tag or second annotation), or invalid
};

// Cuts annotations into non-overlapping segments (a sweep over their boundaries), so any
// overlap stays readable: the background deepens and a second colour shows as underline.
QList<HighlightSegment> highlightSegments(const QList<Annotation> &annotations,
                                          const QHash<qint64, QColor> &tagColors);

// The colour shown for an annotation without tags.
QColor untaggedColor();

} // namespace lectern
