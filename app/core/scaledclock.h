#pragma once

#include "clock.h"

#include <functional>

namespace IdleGuard {

// A clock that runs `speed` times faster than the wall clock from an anchor: at wall time
// `anchorWallMs` it reads `anchorMs`. A headless enforcer in its own process uses it to follow a
// sped-up sandbox organisation (headless configuration `sandboxClock`, loopback only), so that a
// soak can run a simulated day in minutes. The wall clock is injectable for tests.
class ScaledClock final : public Clock
{
public:
    using WallClock = std::function<qint64()>;

    ScaledClock(qint64 anchorMs, qint64 anchorWallMs, double speed, WallClock wall = {});

    qint64 nowMs() const override;
    double speed() const { return m_speed; }

private:
    qint64 m_anchorMs;
    qint64 m_anchorWallMs;
    double m_speed;
    WallClock m_wall;
};

} // namespace IdleGuard
