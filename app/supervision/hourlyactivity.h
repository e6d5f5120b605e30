#pragma once

#include "core/journalfilter.h"
#include "core/journaltally.h"

#include <QCoreApplication>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace IdleGuard {
class AuditJournal;
}

namespace IdleGuard::Supervision {

// Warnings sent and conversations closed in one local hour.
struct ActivityHour
{
    qint64 startMs = 0;
    int warnings = 0; // warning messages that reached the customer (automatic or by hand)
    int closes = 0; // disconnects that took effect (automatic or by hand)

    friend bool operator==(const ActivityHour &, const ActivityHour &) = default;
};

// The dashboard's chart of the day: warnings and closes per hour over the last 24 local hours
// (the current, partial hour last), counted from the audit journal. Hours follow the
// supervisor's clock, including zones whose offset is not whole hours; an action counts when
// its request took effect (succeeded, or found done after a restart), at the hour Idle Guard
// decided it.
class HourlyActivity
{
    Q_DECLARE_TR_FUNCTIONS(HourlyActivity)

public:
    static constexpr int kHours = 24;
    static constexpr qint64 kHourMs = 3'600'000;

    // Start of the local hour nowMs falls into.
    static qint64 hourStart(qint64 nowMs, const QTimeZone &zone);
    // The 24 hours that end with the current one, as a journal filter (warnings and disconnects).
    static JournalFilter range(qint64 nowMs, const QTimeZone &zone);
    // The 24 hours, oldest first, from the journal's tallies of range(); hours without actions
    // are zero.
    static QList<ActivityHour> fromTallies(const QList<JournalTally> &tallies, qint64 firstHourMs);
    // Both together; nullopt (with *error) when the journal cannot be read.
    static std::optional<QList<ActivityHour>> read(const AuditJournal &journal, qint64 nowMs,
                                                   const QTimeZone &zone, QString *error = nullptr);
    // "14" for the hour from 14:00 (what the chart's axis shows).
    static QString label(qint64 hourStartMs, const QTimeZone &zone);
};

} // namespace IdleGuard::Supervision

Q_DECLARE_METATYPE(IdleGuard::Supervision::ActivityHour)
