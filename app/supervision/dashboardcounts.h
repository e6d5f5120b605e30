#pragma once

#include "core/journalfilter.h"
#include "core/journaltally.h"
#include "enforcement/conversationrow.h"

#include <QList>
#include <QTimeZone>

namespace IdleGuard {
class AuditJournal;
}

namespace IdleGuard::Supervision {

// The numbers of the dashboard's summary strip. The live ones come from the rows the table
// shows (one addRow() per row, with the table's own idea of who owes the reply); the day's come
// from the audit journal, for the supervisor's local day.
struct DashboardCounts
{
    int tracked = 0; // an agent is connected: idle timers may run
    int customerOwes = 0; // tracked, the customer owes the reply (or either side may speak)
    int agentOwes = 0; // tracked, the agent owes it (or either side may speak)
    int warned = 0; // tracked, warned in the current silence and not closed yet
    int autoClosedToday = -1; // disconnects by the policy that took effect today; -1: unknown
    int failuresToday = -1; // actions of any kind that failed today; -1: unknown

    void addRow(const Enforcement::ConversationRow &row);

    // Today in the supervisor's zone, [local midnight, next midnight), as a journal filter.
    static JournalFilter today(qint64 nowMs, const QTimeZone &zone);
    // Sets the day's counts from the journal's tallies of today() (one bucket for the day).
    void setDay(const QList<JournalTally> &tallies);
    // Both together; false (with *error, the day's counts unknown) when the journal cannot be read.
    bool readDay(const AuditJournal &journal, qint64 nowMs, const QTimeZone &zone,
                 QString *error = nullptr);

    friend bool operator==(const DashboardCounts &, const DashboardCounts &) = default;
};

} // namespace IdleGuard::Supervision
