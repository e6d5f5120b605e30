#include "sandboxclock.h"

#include <cmath>

namespace IdleGuard::Sandbox {

SandboxClock::SandboxClock(Mode mode, qint64 startMs, double speed)
    : m_mode(mode)
    , m_speed(speed > 0 ? speed : 1.0)
    , m_startMs(startMs)
    , m_steppedMs(startMs)
{
    m_elapsed.start();
}

SandboxClock::SandboxClock(const SandboxClock &other)
    : m_mode(other.m_mode)
    , m_speed(other.m_speed)
    , m_startMs(other.m_startMs)
    , m_elapsed(other.m_elapsed)
    , m_steppedMs(other.m_steppedMs.load())
    , m_pinnedMs(other.m_pinnedMs.load())
    , m_pinnedBy(other.m_pinnedBy.load())
    , m_offsetMs(other.m_offsetMs.load())
{ }

SandboxClock SandboxClock::running(qint64 startMs, double speed)
{
    return SandboxClock(Mode::Running, startMs, speed);
}

SandboxClock SandboxClock::stepped(qint64 startMs)
{
    return SandboxClock(Mode::Stepped, startMs, 1.0);
}

qint64 SandboxClock::nowMs() const
{
    if (const qint64 pinned = m_pinnedMs.load();
        pinned >= 0 && m_pinnedBy.load() == QThread::currentThreadId())
        return pinned;
    if (m_mode == Mode::Stepped)
        return m_steppedMs.load();
    return m_startMs + m_offsetMs.load()
        + static_cast<qint64>(std::floor(static_cast<double>(m_elapsed.elapsed()) * m_speed));
}

qint64 SandboxClock::realMsUntil(qint64 simMs) const
{
    const qint64 delta = simMs
        - (m_startMs + m_offsetMs.load()
           + static_cast<qint64>(std::floor(static_cast<double>(m_elapsed.elapsed()) * m_speed)));
    if (delta <= 0)
        return 0;
    return static_cast<qint64>(std::ceil(static_cast<double>(delta) / m_speed));
}

void SandboxClock::setNowMs(qint64 simMs)
{
    if (m_mode == Mode::Stepped && simMs > m_steppedMs.load())
        m_steppedMs.store(simMs);
}

} // namespace IdleGuard::Sandbox
