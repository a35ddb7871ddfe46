#include "stagecost.h"

#include <array>
#include <atomic>
#include <ctime>

namespace lectern::stagecost {

namespace {

std::atomic<bool> s_enabled = false;
std::array<std::atomic<qint64>, size_t(Stage::Count)> s_nanoseconds{};
thread_local Scope *t_current = nullptr;

qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

void charge(Stage stage, qint64 ns)
{
    s_nanoseconds[size_t(stage)] += ns;
}

} // namespace

void setEnabled(bool on)
{
    s_enabled = on;
}

bool enabled()
{
    return s_enabled;
}

void reset()
{
    for (auto &ns : s_nanoseconds)
        ns = 0;
}

QList<QPair<QString, double>> seconds()
{
    static const char *const names[] = {"read and decode", "reader mode", "language id", "segmentation",
                                        "extraction", "index text", "write", "FTS"};
    static_assert(std::size(names) == size_t(Stage::Count));
    QList<QPair<QString, double>> result;
    for (size_t i = 0; i < size_t(Stage::Count); ++i)
        result.append({QString::fromLatin1(names[i]), s_nanoseconds[i] / 1e9});
    return result;
}

Scope::Scope(Stage stage) : m_stage(stage)
{
    if (!s_enabled)
        return;
    m_since = threadCpuNs();
    m_outer = t_current;
    if (m_outer && m_outer->m_since >= 0)
        charge(m_outer->m_stage, m_since - m_outer->m_since);
    t_current = this;
}

Scope::~Scope()
{
    if (m_since < 0)
        return;
    const qint64 now = threadCpuNs();
    charge(m_stage, now - m_since);
    if (m_outer && m_outer->m_since >= 0)
        m_outer->m_since = now;
    t_current = m_outer;
}

} // namespace lectern::stagecost
