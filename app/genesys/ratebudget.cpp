#include "ratebudget.h"

#include <algorithm>

namespace IdleGuard::Genesys {

namespace {
constexpr qint64 kWindowMs = 60'000;
}

RateBudget::RateBudget(const Clock &clock, int limitPerMinute)
    : m_clock(clock)
    , m_limit(std::max(1, limitPerMinute))
{ }

void RateBudget::prune() const
{
    const qint64 horizon = m_clock.nowMs() - kWindowMs;
    while (!m_sent.isEmpty() && m_sent.constFirst() <= horizon)
        m_sent.removeFirst();
}

qint64 RateBudget::waitMs(Priority priority) const
{
    const QMutexLocker lock(&m_mutex);
    const qint64 now = m_clock.nowMs();
    qint64 wait = std::max<qint64>(0, m_holdUntilMs - now);
    prune();
    const int limit = priority == Priority::Urgent ? m_limit + kUrgentReserve : m_limit;
    if (m_sent.size() >= limit) // the oldest request that must leave the window first
        wait = std::max(wait, m_sent.at(m_sent.size() - limit) + kWindowMs - now);
    // The server says its window is used up: wait for its reset.
    if (m_serverRemaining == 0 && m_serverResetAtMs > now)
        wait = std::max(wait, m_serverResetAtMs - now);
    return wait;
}

void RateBudget::recordRequest()
{
    const QMutexLocker lock(&m_mutex);
    prune();
    m_sent.append(m_clock.nowMs());
    if (m_serverRemaining > 0)
        --m_serverRemaining;
}

void RateBudget::recordHeaders(int count, int allowed, int resetSeconds)
{
    const QMutexLocker lock(&m_mutex);
    if (count < 0 || allowed <= 0)
        return;
    // The platform says what its limit is: keep the same share of it free for urgent requests
    // and for the rest of the token's users as with the documented 300.
    // (A tiny limit, as tests set, leaves no room for a reserve: the server's count rules.)
    const int reserve = allowed >= 100 ? std::max(kUrgentReserve + 5, allowed / 12) : 0;
    m_limit = std::max(1, allowed - reserve);
    m_serverRemaining = std::max(0, allowed - count);
    m_serverResetAtMs = m_clock.nowMs() + std::max(0, resetSeconds) * 1000LL;
}

void RateBudget::recordTooManyRequests(int retryAfterSeconds)
{
    const QMutexLocker lock(&m_mutex);
    // Retry-After, else the documented fallback of a minute.
    const int seconds = retryAfterSeconds > 0 ? retryAfterSeconds : 60;
    m_holdUntilMs = std::max(m_holdUntilMs, m_clock.nowMs() + seconds * 1000LL);
}

int RateBudget::headroom() const
{
    const QMutexLocker lock(&m_mutex);
    prune();
    int left = m_limit - static_cast<int>(m_sent.size());
    if (m_serverRemaining >= 0)
        left = std::min(left, m_serverRemaining);
    return std::max(0, left);
}

int RateBudget::limit() const
{
    const QMutexLocker lock(&m_mutex);
    return m_limit;
}

} // namespace IdleGuard::Genesys
