#pragma once
// The body of the four importer targets: any bytes either become a whole article (text,
// blocks and claims inside it) or an ImportError with a reason.
#include "fuzzcommon.h"
#include "ingest/importer.h"
#include "ingest/parseddocument.h"

namespace fuzz {

inline int importOne(const uint8_t *data, size_t size, const QString &fileName, lectern::importer::Format format)
{
    try {
        const auto article = lectern::importer::prepareBytes(bytes(data, size), fileName, format);
        const QString &text = article.content.text;
        if (text.isEmpty())
            __builtin_trap(); // an accepted article always has text
        for (const auto &block : article.content.blocks)
            if (block.start < 0 || block.end > text.size() || block.start > block.end)
                __builtin_trap();
        for (const auto &claim : article.claims)
            if (claim.start < 0 || claim.end > text.size() || claim.start >= claim.end)
                __builtin_trap();
    } catch (const lectern::ImportError &) {
    }
    return 0;
}

} // namespace fuzz
