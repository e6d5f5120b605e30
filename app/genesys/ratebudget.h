#pragma once

#include "core/clock.h"

#include <QList>
#include <QMutex>

namespace IdleGuard::Genesys {

// Keeps the client below the platform's per-token limit (300 requests a minute, reference
// 3.3) instead of finding it with 429s: a sliding window of our own requests, corrected by the
// server's inin-ratelimit-* headers, and a hold after a 429 for Retry-After seconds.
//
// Urgent requests (the record of a stage just carried out, the rest of a stage already begun)
// may use a reserve above the limit that ordinary ones leave free, up to the platform's own 300:
// other instances and restarts depend on seeing a stage's record at once, and a customer who was
// told "this conversation is closed" must not wait a minute for the disconnect.
//
// One budget serves every client of a token (the feed's on the GUI thread, the enforcement
// worker's on its own): the platform counts them together. Every method is thread-safe.
class RateBudget
{
public:
    enum class Priority { Normal, Urgent };
    static constexpr int kUrgentReserve = 20;

    explicit RateBudget(const Clock &clock, int limitPerMinute = 275);

    // Milliseconds to wait before the next request may go (0: now).
    qint64 waitMs(Priority priority = Priority::Normal) const;
    void recordRequest();
    // inin-ratelimit-count / -allowed / -reset as the server sent them (-1 when absent). The
    // limit follows what the server allows (300 gives 275 for ordinary requests).
    void recordHeaders(int count, int allowed, int resetSeconds);
    void recordTooManyRequests(int retryAfterSeconds);

    // Requests left in the current minute, for the status bar.
    int headroom() const;
    int limit() const;

private:
    void prune() const;

    const Clock &m_clock;
    mutable QMutex m_mutex;
    int m_limit;
    mutable QList<qint64> m_sent; // request times within the last minute
    qint64 m_holdUntilMs = 0;
    int m_serverRemaining = -1;
    qint64 m_serverResetAtMs = 0;
};

} // namespace IdleGuard::Genesys
