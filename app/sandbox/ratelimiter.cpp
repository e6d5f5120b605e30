#include "ratelimiter.h"

namespace IdleGuard::Sandbox {

RateLimiter::RateLimiter(int limitPerWindow, qint64 windowMs)
    : m_limit(limitPerWindow)
    , m_windowMs(windowMs)
{ }

RateLimiter::Decision RateLimiter::hit(const QString &key, qint64 nowMs)
{
    Window &window = m_windows[key];
    if (window.count == 0 || nowMs >= window.startMs + m_windowMs) {
        window.startMs = nowMs;
        window.count = 0;
    }
    Decision decision;
    decision.limit = m_limit;
    const qint64 remainingMs = window.startMs + m_windowMs - nowMs;
    decision.resetSeconds = static_cast<int>((remainingMs + 999) / 1000);
    if (window.count >= m_limit) {
        decision.allowed = false;
        decision.count = window.count;
        return decision;
    }
    ++window.count;
    decision.count = window.count;
    return decision;
}

} // namespace IdleGuard::Sandbox
