#include "parsebudget.h"

#include "parseddocument.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdlib>
#include <ctime>

#include <unistd.h>

namespace lectern::parsebudget {

namespace {

qint64 environment(const char *name, qint64 fallback)
{
    bool ok = false;
    const qint64 value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

qint64 threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

// The resident memory of the process. Shared by the threads that parse at once, so a
// file's growth is measured against what the process held when it started.
qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}

struct State {
    bool active = false;
    bool over = false;
    bool memory = false; // over by memory rather than time
    bool abort = false;  // fuzzing: abort instead of refusing
    qint64 timeLimitMs = 0;
    qint64 memoryLimitBytes = 0;
    qint64 startedMs = 0;
    qint64 startedBytes = 0;
    unsigned calls = 0;
};

thread_local State state;

} // namespace

qint64 timeLimitMs()
{
    return environment("LECTERN_PARSE_BUDGET_MS", 20000);
}

qint64 memoryLimitBytes()
{
    return environment("LECTERN_PARSE_MEMORY_MB", 1024) * 1024 * 1024;
}

Scope::Scope()
{
    state = State();
    state.active = true;
    state.timeLimitMs = timeLimitMs();
    state.memoryLimitBytes = memoryLimitBytes();
    state.abort = qEnvironmentVariableIntValue("LECTERN_PARSE_BUDGET_ABORT") == 1;
    state.startedMs = threadCpuMs();
    state.startedBytes = residentBytes();
}

Scope::~Scope()
{
    state.active = false;
}

bool exceeded()
{
    if (!state.active)
        return false;
    if (state.over)
        return true;
    if (++state.calls % 64 != 0)
        return false;
    if (threadCpuMs() - state.startedMs > state.timeLimitMs)
        state.over = true;
    else if (state.calls % 1024 == 0 && residentBytes() - state.startedBytes > state.memoryLimitBytes)
        state.over = state.memory = true;
    if (state.over && state.abort)
        std::abort(); // fuzzing: a slow input is a finding
    return state.over;
}

void check()
{
    if (exceeded())
        refuse();
}

void refuse()
{
    if (state.memory)
        throw ImportError(QCoreApplication::translate("Import", "reading it needed more than the %1 MB of memory one file may use; "
                                                                "the file was not imported").arg(state.memoryLimitBytes / (1024 * 1024)));
    throw ImportError(QCoreApplication::translate("Import", "reading it took longer than the %1 seconds one file may take; "
                                                            "the file was not imported").arg(double(state.timeLimitMs) / 1000));
}

} // namespace lectern::parsebudget
