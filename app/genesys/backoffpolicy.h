#pragma once

#include <QtGlobal>

namespace IdleGuard::Genesys {

// Jittered exponential backoff ("full jitter"): the delay before retry n is drawn uniformly
// from [0, min(cap, base * 2^n)], so clients that failed together do not retry together.
// Pure arithmetic on a given random fraction, so it is tested without waiting.
struct BackoffPolicy
{
    qint64 baseMs = 500;
    qint64 capMs = 30'000;
    int maxAttempts = 5; // including the first try

    qint64 ceilingMs(int retry) const;
    // retry: 0 for the first retry; fraction in [0, 1).
    qint64 delayMs(int retry, double fraction) const;
};

} // namespace IdleGuard::Genesys
