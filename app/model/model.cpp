#include "article.h"
#include "span.h"

#include <algorithm>

namespace lectern {

QString blockKindName(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Heading: return QStringLiteral("heading");
    case BlockKind::ListItem: return QStringLiteral("item");
    case BlockKind::Quote: return QStringLiteral("quote");
    case BlockKind::Preformatted: return QStringLiteral("pre");
    case BlockKind::Paragraph: break;
    }
    return QStringLiteral("paragraph");
}

BlockKind blockKindFromName(const QString &name)
{
    for (auto kind : {BlockKind::Heading, BlockKind::ListItem, BlockKind::Quote,
                      BlockKind::Preformatted}) {
        if (blockKindName(kind) == name)
            return kind;
    }
    return BlockKind::Paragraph;
}

static int snapToCodePoint(const QString &text, int pos)
{
    if (pos > 0 && pos < text.size() && text.at(pos).isLowSurrogate()
        && text.at(pos - 1).isHighSurrogate())
        return pos - 1;
    return pos;
}

Span Span::fromText(const QString &text, int start, int end)
{
    Span span;
    span.start = snapToCodePoint(text, std::clamp(start, 0, int(text.size())));
    span.end = snapToCodePoint(text, std::clamp(end, span.start, int(text.size())));
    span.quote = text.mid(span.start, span.end - span.start);
    const int prefixStart = snapToCodePoint(text, std::max(0, span.start - ContextLength));
    span.prefix = text.mid(prefixStart, span.start - prefixStart);
    const int suffixEnd = snapToCodePoint(text, std::min(int(text.size()), span.end + ContextLength));
    span.suffix = text.mid(span.end, suffixEnd - span.end);
    return span;
}

bool Span::matches(const QString &text) const
{
    return start >= 0 && end >= start && end <= text.size()
        && QStringView(text).mid(start, end - start) == quote;
}

} // namespace lectern
