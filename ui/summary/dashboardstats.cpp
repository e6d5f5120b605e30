#include "dashboardstats.h"

#include "activitychart.h"
#include "core/clock.h"
#include "idlechart.h"
#include "summarystrip.h"
#include "supervision/auditreader.h"
#include "supervision/hourlyactivity.h"
#include "supervision/idlehistogram.h"
#include "ui/conversationtablemodel.h"

namespace IdleGuard::Ui {

using Supervision::DashboardCounts;
using Supervision::HourlyActivity;
using Supervision::IdleHistogram;

DashboardStats::DashboardStats(const ConversationTableModel &model,
                               const Supervision::AuditReader &reader, const Clock &clock,
                               SummaryStrip &strip, ActivityChart &activity, IdleChart &idle,
                               QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_reader(reader)
    , m_clock(clock)
    , m_strip(strip)
    , m_activity(activity)
    , m_idle(idle)
{ }

void DashboardStats::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    refreshJournal();
}

void DashboardStats::tick()
{
    if (++m_ticks % kRowsEveryTicks == 0)
        refreshRows();
    // The chart's window moves with the hour, journaled actions or not.
    if (m_reader.isOpen() && HourlyActivity::hourStart(m_clock.nowMs(), m_zone) != m_hourShown)
        refreshJournal();
}

void DashboardStats::refreshRows()
{
    const qint64 now = m_clock.nowMs();
    DashboardCounts counts;
    IdleHistogram histogram(now);
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const Enforcement::ConversationRow &r = m_model.rowAt(row);
        counts.addRow(r);
        histogram.add(r);
    }
    counts.autoClosedToday = m_counts.autoClosedToday;
    counts.failuresToday = m_counts.failuresToday;
    m_counts = counts;
    m_strip.showCounts(m_counts);
    m_idle.showHistogram(histogram);
}

void DashboardStats::refreshJournal()
{
    const qint64 now = m_clock.nowMs();
    if (!m_reader.isOpen()) {
        m_counts.autoClosedToday = m_counts.failuresToday = -1;
        m_strip.showCounts(m_counts);
        return;
    }
    // A journal that cannot be read shows as unknown ("—"), not as zero; the audit view says why.
    m_counts.readDay(m_reader.journal(), now, m_zone);
    m_strip.showCounts(m_counts);
    if (const auto hours = HourlyActivity::read(m_reader.journal(), now, m_zone))
        m_activity.showHours(*hours, m_zone);
    m_hourShown = HourlyActivity::hourStart(now, m_zone); // a failed read waits for news too
}

} // namespace IdleGuard::Ui
