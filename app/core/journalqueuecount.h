#pragma once

#include <QString>

namespace IdleGuard {

// Number of journalled actions for one queue within a time range (for the UI's table).
struct JournalQueueCount
{
    QString queueId;
    int count = 0;

    friend bool operator==(const JournalQueueCount &, const JournalQueueCount &) = default;
};

} // namespace IdleGuard
