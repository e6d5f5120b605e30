#pragma once

#include <QtGlobal>

namespace IdleGuard {

// Number of journalled actions whose intent fell into one UTC hour (for the UI's chart).
struct JournalHourCount
{
    qint64 hourStartMs = 0;
    int count = 0;

    friend bool operator==(const JournalHourCount &, const JournalHourCount &) = default;
};

} // namespace IdleGuard
