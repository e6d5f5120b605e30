#pragma once

#include "journalentry.h"

namespace IdleGuard {

// Where a page of the audit journal ends, newest first: the next page starts after this row.
// A position (intent time, id) rather than an offset, so that reading page 500 costs what page
// 1 costs and rows written meanwhile do not shift the pages.
struct JournalCursor
{
    qint64 intentAtMs = kNoTime; // kNoTime: before the newest row (the first page)
    qint64 id = -1;

    static JournalCursor start() { return {}; }
    static JournalCursor after(const JournalEntry &entry) { return {entry.intentAtMs, entry.id}; }
    bool isStart() const { return intentAtMs == kNoTime; }

    friend bool operator==(const JournalCursor &, const JournalCursor &) = default;
};

} // namespace IdleGuard
