// Fuzzes encoding detection and decoding. The first line may name a declared charset, the
// way an HTML <meta charset> would.
#include "fuzzcommon.h"
#include "ingest/encoding.h"

LECTERN_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QByteArray declared = newline > 0 && newline < 24 ? input.left(newline) : QByteArray();
    const auto decoded = lectern::encoding::decode(newline > 0 ? input.mid(newline + 1) : input, declared);
    if (decoded.ok() == !decoded.error.isEmpty())
        __builtin_trap();
    qsizetype firstBad = -1;
    if (!lectern::encoding::isValidUtf8(input, &firstBad) && (firstBad < 0 || firstBad >= input.size()))
        __builtin_trap(); // the first bad byte lies inside the input
    return 0;
}
