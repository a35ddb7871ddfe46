#pragma once

#include <QString>

namespace lectern {

// A stretch of an article's canonical text: [start, end) in UTF-16 code units (QString
// indices), with the quoted text and up to 32 characters of context either side, so the
// span can be verified and re-anchored (DESIGN.md, "Text and offsets").
struct Span {
    static constexpr int ContextLength = 32;

    int start = 0;
    int end = 0;
    QString quote;
    QString prefix;
    QString suffix;

    // Builds a span over text[start, end), clamped to the text and to whole surrogate pairs.
    static Span fromText(const QString &text, int start, int end);
    // True when text still holds quote at [start, end).
    bool matches(const QString &text) const;
    bool isEmpty() const { return end <= start; }

    friend bool operator==(const Span &, const Span &) = default;
};

} // namespace lectern
