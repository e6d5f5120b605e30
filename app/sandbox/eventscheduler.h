#pragma once

#include "sandboxclock.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <map>
#include <utility>

namespace IdleGuard::Sandbox {

// Runs callbacks at moments of the sandbox clock, in time order (ties in the order they were
// scheduled). With a running clock a single QTimer sleeps until the next moment; with a stepped
// clock nothing happens until advanceBy()/advanceTo(), which walk the clock from event to event so
// that each callback sees "now" equal to its own moment.
class EventScheduler final : public QObject
{
    Q_OBJECT

public:
    using EventId = quint64;

    explicit EventScheduler(SandboxClock &clock, QObject *parent = nullptr);

    const SandboxClock &clock() const { return m_clock; }
    qint64 nowMs() const { return m_clock.nowMs(); }

    EventId at(qint64 simMs, std::function<void()> callback);
    EventId after(qint64 delayMs, std::function<void()> callback);
    void cancel(EventId id);

    // Stepped clock only: move time forward, firing every event that falls due on the way.
    void advanceBy(qint64 deltaMs);
    void advanceTo(qint64 simMs);
    // Running clock: fire everything of the next deltaMs at once, then move the clock on by as
    // much. Lets the simulator build minutes of history in an instant at start-up.
    void fastForward(qint64 deltaMs);

    int pendingCount() const { return static_cast<int>(m_events.size()); }

private:
    using Key = std::pair<qint64, EventId>;

    void runDue(qint64 untilMs);
    void rearm();

    SandboxClock &m_clock;
    QTimer m_timer;
    std::map<Key, std::function<void()>> m_events;
    std::map<EventId, qint64> m_timeOf;
    EventId m_nextId = 1;
    bool m_running = false;
};

} // namespace IdleGuard::Sandbox
