#pragma once

#include "supervision/dashboardcounts.h"

#include <QObject>
#include <QTimeZone>

namespace IdleGuard {
class Clock;
namespace Supervision {
class AuditReader;
}
} // namespace IdleGuard

namespace IdleGuard::Ui {

class ActivityChart;
class ConversationTableModel;
class IdleChart;
class SummaryStrip;

// Keeps the summary strip and the two charts current, at a pace that costs nothing: the live
// numbers and the idle histogram from the table's rows every kRowsEveryTicks seconds, the day's
// counts and the hourly chart from the journal when it changed (AuditReader::journalChanged,
// already throttled) and when the local hour turns. It only routes: the numbers come from
// DashboardCounts, IdleHistogram and HourlyActivity.
class DashboardStats final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kRowsEveryTicks = 2;

    DashboardStats(const ConversationTableModel &model, const Supervision::AuditReader &reader,
                   const Clock &clock, SummaryStrip &strip, ActivityChart &activity,
                   IdleChart &idle, QObject *parent = nullptr);

    void setTimeZone(const QTimeZone &zone);
    // The window's second.
    void tick();
    void refreshRows();
    void refreshJournal();

    const Supervision::DashboardCounts &counts() const { return m_counts; }

private:
    const ConversationTableModel &m_model;
    const Supervision::AuditReader &m_reader;
    const Clock &m_clock;
    SummaryStrip &m_strip;
    ActivityChart &m_activity;
    IdleChart &m_idle;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    Supervision::DashboardCounts m_counts;
    qint64 m_hourShown = 0; // the hour the chart ends with
    int m_ticks = 0;
};

} // namespace IdleGuard::Ui
