#pragma once

#include <QHash>
#include <QString>

namespace IdleGuard::Sandbox {

// Genesys' per-token request budget (token.rate.per.minute, reference section 3.3): a fixed
// window that opens with the token's first request and allows `limit` requests until it resets.
class RateLimiter
{
public:
    struct Decision
    {
        bool allowed = true;
        int count = 0; // inin-ratelimit-count
        int limit = 0; // inin-ratelimit-allowed
        int resetSeconds = 0; // inin-ratelimit-reset, and Retry-After on a 429
    };

    explicit RateLimiter(int limitPerWindow = 300, qint64 windowMs = 60'000);

    void setLimit(int limitPerWindow) { m_limit = limitPerWindow; }
    int limit() const { return m_limit; }

    Decision hit(const QString &key, qint64 nowMs);
    void forget(const QString &key) { m_windows.remove(key); }

private:
    struct Window
    {
        qint64 startMs = 0;
        int count = 0;
    };

    int m_limit;
    qint64 m_windowMs;
    QHash<QString, Window> m_windows;
};

} // namespace IdleGuard::Sandbox
