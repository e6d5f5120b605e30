#pragma once

#include "journalintent.h"
#include "journalresult.h"

namespace IdleGuard {

// One row of the audit journal as read back: the intent, when it was written, and its result
// (outcome Pending while there is none).
struct JournalEntry
{
    qint64 id = -1;
    JournalIntent intent;
    qint64 intentAtMs = kNoTime; // the journal's clock when the intent was recorded
    JournalResult result {JournalOutcome::Pending, 0, {}, kNoTime, {}};
    qint64 resultAtMs = kNoTime; // the journal's clock when the result was recorded

    bool isPending() const { return result.outcome == JournalOutcome::Pending; }
};

} // namespace IdleGuard
