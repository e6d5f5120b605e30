#include "backoffpolicy.h"

#include <algorithm>
#include <cmath>

namespace IdleGuard::Genesys {

qint64 BackoffPolicy::ceilingMs(int retry) const
{
    // Shift at most 30 times: beyond that the cap wins anyway and the shift would overflow.
    const int shift = std::clamp(retry, 0, 30);
    return std::min(capMs, baseMs << shift);
}

qint64 BackoffPolicy::delayMs(int retry, double fraction) const
{
    const double clamped = std::clamp(fraction, 0.0, 1.0);
    return static_cast<qint64>(std::floor(static_cast<double>(ceilingMs(retry)) * clamped));
}

} // namespace IdleGuard::Genesys
