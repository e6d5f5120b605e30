#pragma once

#include <QCoreApplication>
#include <QString>

namespace IdleGuard {

// How durations read in the UI and on the command line: "m:ss" below an hour, "h:mm h" above.
class DurationFormat
{
    Q_DECLARE_TR_FUNCTIONS(DurationFormat)

public:
    static QString compact(qint64 ms);
    static QString seconds(int seconds) { return compact(qint64(seconds) * 1000); }
};

} // namespace IdleGuard
