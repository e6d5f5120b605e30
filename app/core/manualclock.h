#pragma once

#include "clock.h"

#include <atomic>

namespace IdleGuard {

// A clock that only moves when told to: the tests' and the sandbox's stepped time.
// Reads are thread-safe so a worker thread may consult it while a test steps it.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 0);

    qint64 nowMs() const override;
    void setNowMs(qint64 ms);
    void advanceMs(qint64 deltaMs);

private:
    std::atomic<qint64> m_nowMs;
};

} // namespace IdleGuard
