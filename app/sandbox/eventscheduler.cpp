#include "eventscheduler.h"

#include <algorithm>

namespace IdleGuard::Sandbox {

EventScheduler::EventScheduler(SandboxClock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        runDue(m_clock.nowMs());
        rearm();
    });
}

EventScheduler::EventId EventScheduler::at(qint64 simMs, std::function<void()> callback)
{
    const EventId id = m_nextId++;
    m_events.emplace(Key {simMs, id}, std::move(callback));
    m_timeOf.emplace(id, simMs);
    rearm();
    return id;
}

EventScheduler::EventId EventScheduler::after(qint64 delayMs, std::function<void()> callback)
{
    return at(m_clock.nowMs() + std::max<qint64>(0, delayMs), std::move(callback));
}

void EventScheduler::cancel(EventId id)
{
    const auto found = m_timeOf.find(id);
    if (found == m_timeOf.end())
        return;
    m_events.erase(Key {found->second, id});
    m_timeOf.erase(found);
}

void EventScheduler::advanceBy(qint64 deltaMs)
{
    advanceTo(m_clock.nowMs() + std::max<qint64>(0, deltaMs));
}

void EventScheduler::advanceTo(qint64 simMs)
{
    runDue(simMs);
    m_clock.setNowMs(simMs);
}

void EventScheduler::fastForward(qint64 deltaMs)
{
    if (m_clock.mode() == SandboxClock::Mode::Stepped) {
        advanceBy(deltaMs);
        return;
    }
    runDue(m_clock.nowMs() + std::max<qint64>(0, deltaMs));
    m_clock.skipAhead(std::max<qint64>(0, deltaMs));
    rearm();
}

void EventScheduler::runDue(qint64 untilMs)
{
    // A callback may schedule or cancel others (including ones due now), so take one at a time.
    if (m_running)
        return;
    m_running = true;
    while (!m_events.empty() && m_events.begin()->first.first <= untilMs) {
        auto node = m_events.extract(m_events.begin());
        m_timeOf.erase(node.key().second);
        const qint64 at = node.key().first;
        m_clock.setNowMs(at);
        // A running clock may already be past the moment; callbacks still see their own time.
        m_clock.pin(at);
        node.mapped()();
        m_clock.unpin();
    }
    m_running = false;
}

void EventScheduler::rearm()
{
    if (m_clock.mode() != SandboxClock::Mode::Running || m_running)
        return;
    if (m_events.empty()) {
        m_timer.stop();
        return;
    }
    // Cap the sleep so a far-away event never overflows the timer's int milliseconds.
    const qint64 wait
        = std::min<qint64>(m_clock.realMsUntil(m_events.begin()->first.first), 3'600'000);
    m_timer.start(static_cast<int>(wait));
}

} // namespace IdleGuard::Sandbox
