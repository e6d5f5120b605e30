#pragma once

#include "idletypes.h"
#include "journaloutcome.h"

#include <QString>

namespace IdleGuard {

// How a journalled intent ended, written after the request returned (or after reconciliation).
struct JournalResult
{
    JournalOutcome outcome = JournalOutcome::Succeeded;
    int httpStatus = 0; // 0: no HTTP exchange (skipped, network error, observed)
    QString error; // empty on success
    qint64 issuedAtMs = kNoTime; // when the request went out; kNoTime if it never did
    QString messageId; // sent messages: lets reconciliation find the echo

    friend bool operator==(const JournalResult &, const JournalResult &) = default;
};

} // namespace IdleGuard
