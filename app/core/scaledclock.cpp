#include "scaledclock.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <cmath>
#include <memory>

namespace IdleGuard {

ScaledClock::ScaledClock(qint64 anchorMs, qint64 anchorWallMs, double speed, WallClock wall)
    : m_anchorMs(anchorMs)
    , m_anchorWallMs(anchorWallMs)
    , m_speed(speed > 0 ? speed : 1.0)
    , m_wall(std::move(wall))
{
    if (!m_wall) {
        // The wall clock read once, then the monotonic timer: a clock step (NTP) on this host
        // must not move the enforcer's time away from the sandbox's, which runs on a monotonic
        // timer too.
        auto elapsed = std::make_shared<QElapsedTimer>();
        elapsed->start();
        m_wall = [elapsed, startWallMs = QDateTime::currentMSecsSinceEpoch()] {
            return startWallMs + elapsed->elapsed();
        };
    }
}

qint64 ScaledClock::nowMs() const
{
    const double elapsedWallMs = double(m_wall() - m_anchorWallMs);
    return m_anchorMs + static_cast<qint64>(std::floor(elapsedWallMs * m_speed));
}

} // namespace IdleGuard
