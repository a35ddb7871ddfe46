#pragma once

#include <QString>
#include <QStringView>

namespace lectern::textcut {

// The longest start of text that is at most maxUnits UTF-16 units and ends on a grapheme
// boundary: never half a surrogate pair (an emoji, 𠮷), never a letter without its accents
// or a Hangul syllable without its jamo. Every place that shortens text for display or
// export uses this, never QString::left.
QString head(QStringView text, qsizetype maxUnits);
// The same with "…" at the end when text was cut (the ellipsis fits within maxUnits).
QString elided(QStringView text, qsizetype maxUnits);

// A UTF-16 offset of text (Lectern's, QString's) as a count of code points (what REFI-QDA,
// the W3C model, Python and R count): surrogate pairs count once.
qsizetype codePoints(QStringView text, qsizetype utf16);
// The other way: the UTF-16 offset of the code point at `points`, clamped to the text.
qsizetype utf16Offset(QStringView text, qsizetype points);

// Text as XML 1.0 can carry it: control characters other than tab and line breaks, lone
// surrogates and U+FFFE/U+FFFF become U+FFFD (an XML writer would write them as they are,
// and the file would not parse).
QString xmlSafe(QStringView text);

} // namespace lectern::textcut
