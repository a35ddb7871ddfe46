// Fuzzes the number and quantity parser in every built-in language: offsets stay inside
// the text and numbers are never NaN.
#include "fuzzcommon.h"
#include "analysis/lexicon.h"
#include "analysis/quantity.h"

#include <cmath>

LECTERN_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const auto lexicon = lectern::Lexicon::forLanguage(fuzz::language(data, size));
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    for (const auto &quantity : lectern::findQuantities(text, *lexicon)) {
        if (quantity.start < 0 || quantity.end > text.size() || quantity.start > quantity.end)
            __builtin_trap();
        if (std::isnan(quantity.value))
            __builtin_trap();
    }
    const double number = lectern::parseNumber(text, lexicon->decimal, lexicon->grouping);
    (void)number;
    return 0;
}
