#include "durationformat.h"

namespace IdleGuard {

QString DurationFormat::compact(qint64 ms)
{
    const bool negative = ms < 0;
    const qint64 totalSeconds = (negative ? -ms : ms) / 1000;
    const QString sign = negative ? QStringLiteral("-") : QString();
    if (totalSeconds < 3600) {
        return sign
            + QStringLiteral("%1:%2")
                  .arg(totalSeconds / 60)
                  .arg(totalSeconds % 60, 2, 10, QLatin1Char('0'));
    }
    const qint64 minutes = totalSeconds / 60;
    return sign + tr("%1:%2 h").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace IdleGuard
