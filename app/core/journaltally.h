#pragma once

#include "idleaction.h"
#include "journaloutcome.h"

namespace IdleGuard {

// How many journal rows of one kind, outcome and actor (the policy or a person) fell into one
// time bucket: the raw material of the dashboard's charts and counts of the day.
struct JournalTally
{
    qint64 bucketStartMs = 0;
    IdleAction::Kind kind = IdleAction::Kind::SendWarning;
    JournalOutcome outcome = JournalOutcome::Pending;
    bool automatic = true;
    int count = 0;

    friend bool operator==(const JournalTally &, const JournalTally &) = default;
};

} // namespace IdleGuard
