#include "highlights.h"

#include <algorithm>
#include <map>

namespace lectern {

QColor untaggedColor()
{
    return QColor(0xf2, 0xc9, 0x4c);
}

static QList<QColor> colorsOf(const Annotation &annotation, const QHash<qint64, QColor> &tagColors)
{
    QList<QColor> colors;
    for (qint64 tag : annotation.tagIds)
        if (tagColors.contains(tag))
            colors.append(tagColors.value(tag));
    if (colors.isEmpty())
        colors.append(untaggedColor());
    return colors;
}

QList<HighlightSegment> highlightSegments(const QList<Annotation> &annotations,
                                          const QHash<qint64, QColor> &tagColors)
{
    // Boundary sweep: +1 where an annotation starts, -1 where it ends.
    std::map<int, QList<QPair<int, bool>>> events; // offset -> (annotation index, starts)
    for (int i = 0; i < annotations.size(); ++i) {
        if (annotations[i].span.isEmpty())
            continue;
        events[annotations[i].span.start].append({i, true});
        events[annotations[i].span.end].append({i, false});
    }
    QList<HighlightSegment> segments;
    QList<int> open;
    int previous = 0;
    for (const auto &[offset, changes] : events) {
        if (!open.isEmpty() && offset > previous) {
            HighlightSegment segment;
            segment.start = previous;
            segment.end = offset;
            QList<int> ordered = open;
            std::sort(ordered.begin(), ordered.end());
            QList<QColor> colors;
            for (int index : ordered) {
                segment.annotationIds.append(annotations[index].id);
                colors += colorsOf(annotations[index], tagColors);
            }
            QColor background = colors.first();
            // Deeper for each further annotation: overlaps read as overlaps.
            background.setAlpha(std::min(255, 70 + 50 * int(ordered.size() - 1)));
            segment.background = background;
            if (colors.size() > 1)
                segment.underline = colors.at(1);
            segments.append(segment);
        }
        for (const auto &[index, starts] : changes) {
            if (starts)
                open.append(index);
            else
                open.removeOne(index);
        }
        previous = offset;
    }
    return segments;
}

} // namespace lectern
