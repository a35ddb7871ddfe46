#include "textcut.h"

#include <QTextBoundaryFinder>

namespace lectern::textcut {

QString head(QStringView text, qsizetype maxUnits)
{
    if (text.size() <= maxUnits)
        return text.toString();
    if (maxUnits <= 0)
        return {};
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text.constData(), text.size());
    finder.setPosition(maxUnits);
    if (!finder.isAtBoundary() && finder.toPreviousBoundary() < 0)
        return {};
    return text.left(finder.position()).toString();
}

QString elided(QStringView text, qsizetype maxUnits)
{
    if (text.size() <= maxUnits)
        return text.toString();
    return head(text, maxUnits - 1) + QChar(0x2026);
}

qsizetype codePoints(QStringView text, qsizetype utf16)
{
    qsizetype points = 0;
    for (qsizetype i = 0; i < utf16 && i < text.size(); ++i)
        if (!text[i].isLowSurrogate())
            ++points;
    return points;
}

} // namespace lectern::textcut
