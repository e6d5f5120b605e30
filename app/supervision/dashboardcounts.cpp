#include "dashboardcounts.h"

#include "core/auditjournal.h"

#include <QDateTime>

namespace IdleGuard::Supervision {

void DashboardCounts::addRow(const Enforcement::ConversationRow &row)
{
    if (row.state != TrackingState::Tracked)
        return;
    ++tracked;
    // As the table's "Customer owes a reply" / "Agent owes a reply" filters count them.
    if (row.owes == Party::Customer || row.owes == Party::Either)
        ++customerOwes;
    if (row.owes == Party::Agent || row.owes == Party::Either)
        ++agentOwes;
    if (row.stage == IdleStage::Warning1 || row.stage == IdleStage::Warning2)
        ++warned;
}

JournalFilter DashboardCounts::today(qint64 nowMs, const QTimeZone &zone)
{
    const QDate date = QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
    JournalFilter filter;
    // startOfDay() knows the zones where a DST change skips midnight.
    filter.fromMs = date.startOfDay(zone).toMSecsSinceEpoch();
    filter.toMs = date.addDays(1).startOfDay(zone).toMSecsSinceEpoch();
    return filter;
}

void DashboardCounts::setDay(const QList<JournalTally> &tallies)
{
    autoClosedToday = 0;
    failuresToday = 0;
    for (const JournalTally &t : tallies) {
        const bool tookEffect
            = t.outcome == JournalOutcome::Succeeded || t.outcome == JournalOutcome::Observed;
        if (t.kind == IdleAction::Kind::Disconnect && t.automatic && tookEffect)
            autoClosedToday += t.count;
        if (t.outcome == JournalOutcome::Failed)
            failuresToday += t.count;
    }
}

bool DashboardCounts::readDay(const AuditJournal &journal, qint64 nowMs, const QTimeZone &zone,
                              QString *error)
{
    const JournalFilter day = today(nowMs, zone);
    QString why;
    const QList<JournalTally> tallies = journal.tally(day, day.toMs - day.fromMs, &why);
    if (!why.isEmpty()) {
        autoClosedToday = failuresToday = -1;
        if (error)
            *error = why;
        return false;
    }
    setDay(tallies);
    return true;
}

} // namespace IdleGuard::Supervision
