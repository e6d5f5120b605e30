#pragma once

#include "core/clock.h"

#include <QElapsedTimer>
#include <QThread>

#include <atomic>

namespace IdleGuard::Sandbox {

// The sandbox's notion of "now". Every timestamp it emits, every heartbeat, expiry and simulated
// reply follows this clock. It either runs from the wall clock at a speed factor (1 = real time,
// 10 = ten times faster), or is stepped: it stands still until a test or the control interface
// moves it (EventScheduler::advanceBy does that and fires what fell due on the way).
class SandboxClock final : public Clock
{
public:
    enum class Mode { Running, Stepped };

    // Running from startMs at the given speed.
    static SandboxClock running(qint64 startMs, double speed);
    // Standing at startMs until stepped.
    static SandboxClock stepped(qint64 startMs);

    SandboxClock(const SandboxClock &other);

    qint64 nowMs() const override;
    Mode mode() const { return m_mode; }
    double speed() const { return m_speed; }

    // Real milliseconds until the clock reaches simMs (0 when already there). Running mode only.
    qint64 realMsUntil(qint64 simMs) const;

    // Stepped mode: move to simMs (never backwards).
    void setNowMs(qint64 simMs);

    // While pinned, nowMs() answers simMs on the pinning thread: the scheduler pins the clock
    // to each event's own moment while its callback runs, so a late-firing timer still stamps
    // the planned time. Other threads (an enforcer sharing the clock) keep reading true time.
    void pin(qint64 simMs)
    {
        m_pinnedBy.store(QThread::currentThreadId());
        m_pinnedMs.store(simMs);
    }
    void unpin() { m_pinnedMs.store(-1); }
    // Running mode: jump ahead by deltaMs for good (used after a fast-forwarded warm-up).
    void skipAhead(qint64 deltaMs) { m_offsetMs.fetch_add(deltaMs); }

private:
    SandboxClock(Mode mode, qint64 startMs, double speed);

    Mode m_mode;
    double m_speed;
    qint64 m_startMs;
    QElapsedTimer m_elapsed;
    std::atomic<qint64> m_steppedMs;
    std::atomic<qint64> m_pinnedMs {-1};
    std::atomic<Qt::HANDLE> m_pinnedBy {nullptr};
    std::atomic<qint64> m_offsetMs {0};
};

} // namespace IdleGuard::Sandbox
