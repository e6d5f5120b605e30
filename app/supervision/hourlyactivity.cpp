#include "hourlyactivity.h"

#include "core/auditjournal.h"

#include <QDateTime>

namespace IdleGuard::Supervision {

namespace {

bool tookEffect(JournalOutcome outcome)
{
    return outcome == JournalOutcome::Succeeded || outcome == JournalOutcome::Observed;
}

} // namespace

qint64 HourlyActivity::hourStart(qint64 nowMs, const QTimeZone &zone)
{
    // By the offset in force now, not by QTime arithmetic: exact for +05:30 and +05:45, and
    // unambiguous in the hour a DST change repeats.
    const qint64 offsetMs
        = qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(nowMs, zone))) * 1000;
    const qint64 local = nowMs + offsetMs;
    qint64 into = local % kHourMs;
    if (into < 0)
        into += kHourMs;
    return nowMs - into;
}

JournalFilter HourlyActivity::range(qint64 nowMs, const QTimeZone &zone)
{
    JournalFilter filter;
    filter.toMs = hourStart(nowMs, zone) + kHourMs;
    filter.fromMs = filter.toMs - kHours * kHourMs;
    filter.kinds = {IdleAction::Kind::SendWarning, IdleAction::Kind::Disconnect};
    return filter;
}

QList<ActivityHour> HourlyActivity::fromTallies(const QList<JournalTally> &tallies,
                                                qint64 firstHourMs)
{
    QList<ActivityHour> hours(kHours);
    for (int h = 0; h < kHours; ++h)
        hours[h].startMs = firstHourMs + h * kHourMs;
    for (const JournalTally &t : tallies) {
        const qint64 slot = (t.bucketStartMs - firstHourMs) / kHourMs;
        if (t.bucketStartMs < firstHourMs || slot >= kHours || !tookEffect(t.outcome))
            continue;
        if (t.kind == IdleAction::Kind::SendWarning)
            hours[slot].warnings += t.count;
        else if (t.kind == IdleAction::Kind::Disconnect)
            hours[slot].closes += t.count;
    }
    return hours;
}

std::optional<QList<ActivityHour>> HourlyActivity::read(const AuditJournal &journal, qint64 nowMs,
                                                        const QTimeZone &zone, QString *error)
{
    const JournalFilter filter = range(nowMs, zone);
    QString why;
    const QList<JournalTally> tallies = journal.tally(filter, kHourMs, &why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    return fromTallies(tallies, filter.fromMs);
}

QString HourlyActivity::label(qint64 hourStartMs, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(hourStartMs, zone).toString(QStringLiteral("HH"));
}

} // namespace IdleGuard::Supervision
