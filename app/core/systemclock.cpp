#include "systemclock.h"

#include <QDateTime>

namespace IdleGuard {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace IdleGuard
