// Fuzzes the claim extractor in every built-in language: spans stay inside the text.
#include "fuzzcommon.h"
#include "analysis/claimextractor.h"

LECTERN_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    for (const auto &claim : lectern::extractClaims(text, fuzz::language(data, size))) {
        if (claim.start < 0 || claim.end > text.size() || claim.start >= claim.end)
            __builtin_trap();
        if (claim.score < 0 || claim.score > 1)
            __builtin_trap();
    }
    return 0;
}
