#pragma once

#include "seededrandom.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace IdleGuard::Sandbox {

// Request-level faults of the sandbox: fail the next N requests (optionally only those whose
// path contains a given text) with a status, fail a share of all requests at random
// (deterministic for the seed), delay every response, and drop the response of the next N
// requests after they were served. Socket and heartbeat faults belong to the NotificationHub.
// Only the emulated Genesys paths are affected, never /sandbox/.
class FaultInjector
{
public:
    // What a request is failed with: the status and, for a 429, the Retry-After seconds.
    struct Failure
    {
        int status = 0;
        int retryAfterSeconds = kDefaultRetryAfterSeconds;
    };
    static constexpr int kDefaultRetryAfterSeconds = 5;

    explicit FaultInjector(quint64 seed);

    // retryAfterSeconds: what a 429 says in Retry-After (the default, 5, as a rate limit would).
    void failNext(int count, int status, const QString &pathContains = {},
                  int retryAfterSeconds = kDefaultRetryAfterSeconds);
    // The next `count` requests whose path contains `pathContains` are served as usual, but the
    // connection is closed instead of answering: the client never learns the outcome.
    void dropResponseNext(int count, const QString &pathContains = {});
    void setFlaky(double fraction, int status);
    void setLatencyMs(int ms) { m_latencyMs = ms < 0 ? 0 : ms; }
    int latencyMs() const { return m_latencyMs; }
    void clear();

    // What to fail this request with, if a fault applies (consumes a "next N" count).
    std::optional<Failure> failureFor(const QString &path);
    // Whether to drop the answer to this served request (consumes a "drop next N" count).
    bool dropResponseFor(const QString &path);

    QJsonObject toJson() const;

private:
    struct FailRule
    {
        int remaining = 0;
        int status = 0;
        QString pathContains;
        int retryAfterSeconds = kDefaultRetryAfterSeconds;
    };

    struct DropRule
    {
        int remaining = 0;
        QString pathContains;
    };

    QList<FailRule> m_rules;
    QList<DropRule> m_dropRules;
    double m_flakyFraction = 0.0;
    int m_flakyStatus = 503;
    int m_latencyMs = 0;
    SeededRandom m_random;
};

} // namespace IdleGuard::Sandbox
