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

qsizetype utf16Offset(QStringView text, qsizetype points)
{
    qsizetype at = 0;
    for (qsizetype n = 0; n < points && at < text.size(); ++n)
        at += (text[at].isHighSurrogate() && at + 1 < text.size() && text[at + 1].isLowSurrogate()) ? 2 : 1;
    return at;
}

QString xmlSafe(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out += c;
            out += text[++i];
        } else if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || c.isSurrogate() || u == 0xFFFE || u == 0xFFFF) {
            out += QChar(QChar::ReplacementCharacter);
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace lectern::textcut
