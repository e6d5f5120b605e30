#pragma once

#include <QString>

namespace IdleGuard {

// How an intent recorded in the audit journal ended. Pending is the absence of a result: the
// request may or may not have gone out, so a restarted worker must reconcile it by reading the
// conversation before it retries anything.
enum class JournalOutcome : quint8 {
    Pending, // intent written, no result yet
    Succeeded, // the platform accepted the request
    Skipped, // decided not to send after all (the conversation moved on)
    Failed, // the request went out and was refused, or could not be sent
    Observed, // reconciliation found the effect (e.g. the message echo) already on the platform
};

// Stable spellings used in the journal's rows and its CSV export.
QString stableName(JournalOutcome outcome);
bool parseJournalOutcome(const QString &text, JournalOutcome *outcome);

} // namespace IdleGuard
