#pragma once

#include <QString>

// The budget of one file's import: the CPU time of the thread reading it and the memory its
// parse may add, checked while parsing (HTML: gumbo's allocator; PDF: poppler's abort
// callback; Markdown: md4c's callbacks; text and claims: per block). A file past its budget
// is refused with a reason that names the budget, and the other files go on.
namespace lectern::parsebudget {

// 20 s of CPU time and 1 GiB; LECTERN_PARSE_BUDGET_MS and LECTERN_PARSE_MEMORY_MB set
// others. With LECTERN_PARSE_BUDGET_ABORT=1 (the fuzz targets) a file past its budget
// aborts the process instead, so a slow input is a finding.
qint64 timeLimitMs();
qint64 memoryLimitBytes();

// The budget of the file being read on this thread, from construction to destruction.
class Scope
{
public:
    Scope();
    ~Scope();
    Scope(const Scope &) = delete;
    Scope &operator=(const Scope &) = delete;
};

// Whether this thread's file is past its budget (false outside a Scope). Cheap enough to
// call often: the clock is read every few calls.
bool exceeded();
// Throws ImportError naming the budget when exceeded().
void check();
// The ImportError for a file past its budget (for parsers that stop on their own).
[[noreturn]] void refuse();

} // namespace lectern::parsebudget
