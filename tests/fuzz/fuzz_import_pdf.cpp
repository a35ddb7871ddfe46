// Fuzzes the Pdf importer: any bytes either become an article or an ImportError.
#include "fuzzcommon.h"
#include "ingest/importer.h"
#include "ingest/parseddocument.h"

LECTERN_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    try {
        const auto article = lectern::importer::prepareBytes(fuzz::bytes(data, size), QStringLiteral("input.pdf"),
                                                             lectern::importer::Format::Pdf);
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
