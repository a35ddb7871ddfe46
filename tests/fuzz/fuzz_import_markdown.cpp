// Fuzzes the Markdown importer (fuzzimport.h says what must hold).
#include "fuzzimport.h"

LECTERN_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzz::importOne(data, size, QStringLiteral("input.md"), lectern::importer::Format::Markdown);
}
