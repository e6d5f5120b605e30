// Tests of the dashboard's numbers without widgets: the chart of the day (warnings and closes per
// local hour, from a journal written with known times), the histogram of current silences, and
// the summary strip's counts (live from rows, of the day from the journal).

#include "core/auditjournal.h"
#include "core/manualclock.h"
#include "supervision/dashboardcounts.h"
#include "supervision/hourlyactivity.h"
#include "supervision/idlehistogram.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace IdleGuard;
using namespace IdleGuard::Supervision;
using Enforcement::ConversationRow;
using Kind = IdleAction::Kind;

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
// 2026-03-01T10:20:00Z; 11:20 in UTC+1.
constexpr qint64 kNowMs = 1772360400000;

ConversationRow row(Party owes, qint64 idleMs, IdleStage stage = IdleStage::None,
                    TrackingState state = TrackingState::Tracked)
{
    ConversationRow r;
    r.state = state;
    r.owes = owes;
    r.idleSinceMs = kNowMs - idleMs;
    r.stage = stage;
    return r;
}

} // namespace

class TestDashboardStats : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void hourlyActivity_countsWhatTookEffectPerLocalHour();
    void hourlyActivity_followsZonesWithHalfHourOffsets();
    void idleHistogram_binsSilencesByWhoOwesTheReply();
    void dashboardCounts_liveFromRowsDayFromTheJournal();
    void dashboardCounts_localDayFollowsDaylightSaving();
    void unreadableJournalGivesUnknownNotZero();

private:
    // Writes one action at `atMs` with its outcome.
    void act(Kind kind, qint64 atMs, JournalOutcome outcome, const QString &actor = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock {kNowMs};
    std::unique_ptr<AuditJournal> m_journal;
};

void TestDashboardStats::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock.setNowMs(kNowMs);
    m_journal = std::make_unique<AuditJournal>(m_clock);
    QVERIFY(m_journal->open(m_dir->filePath(QStringLiteral("journal.sqlite"))));
}

void TestDashboardStats::act(Kind kind, qint64 atMs, JournalOutcome outcome, const QString &actor)
{
    m_clock.setNowMs(atMs);
    JournalIntent intent;
    intent.kind = kind;
    intent.stage = kind == Kind::Disconnect ? IdleStage::Close : IdleStage::Warning1;
    intent.conversationId = QStringLiteral("c");
    intent.queueId = QStringLiteral("q");
    intent.actor = actor;
    const qint64 id = m_journal->recordIntent(intent);
    QVERIFY(id > 0);
    if (outcome != JournalOutcome::Pending)
        QVERIFY(m_journal->recordResult(id, {outcome, 200, {}, atMs, {}}));
    m_clock.setNowMs(kNowMs);
}

void TestDashboardStats::hourlyActivity_countsWhatTookEffectPerLocalHour()
{
    const QTimeZone zone(3600); // UTC+1: now is 11:20 local
    const qint64 hour11 = kNowMs - 20 * kMinuteMs; // 11:00 local
    QCOMPARE(HourlyActivity::hourStart(kNowMs, zone), hour11);
    // This hour: two warnings (one by a supervisor), a close, and what does not count.
    act(Kind::SendWarning, hour11 + 1000, JournalOutcome::Succeeded);
    act(Kind::SendWarning, hour11 + 2000, JournalOutcome::Observed, QStringLiteral("user-sam"));
    act(Kind::Disconnect, hour11 + 3000, JournalOutcome::Succeeded);
    act(Kind::SendWarning, hour11 + 4000, JournalOutcome::Failed);
    act(Kind::SendWarning, hour11 + 5000, JournalOutcome::Skipped);
    act(Kind::SendWarning, hour11 + 6000, JournalOutcome::Pending);
    act(Kind::SendClosingMessage, hour11 + 7000, JournalOutcome::Succeeded);
    act(Kind::FlagAgent, hour11 + 8000, JournalOutcome::Succeeded);
    // The last second of 10:00 local, and the first hour of the window (12:00 yesterday).
    act(Kind::Disconnect, hour11 - 1, JournalOutcome::Succeeded);
    act(Kind::SendWarning, hour11 - 23 * kHourMs, JournalOutcome::Succeeded);
    // Just outside the window: 11:59:59 yesterday.
    act(Kind::SendWarning, hour11 - 23 * kHourMs - 1, JournalOutcome::Succeeded);

    QString error;
    const auto hours = HourlyActivity::read(*m_journal, kNowMs, zone, &error);
    QVERIFY2(hours, qPrintable(error));
    QCOMPARE(hours->size(), HourlyActivity::kHours);
    QCOMPARE(hours->constLast(), (ActivityHour {hour11, 2, 1}));
    QCOMPARE(hours->at(22), (ActivityHour {hour11 - kHourMs, 0, 1}));
    QCOMPARE(hours->constFirst(), (ActivityHour {hour11 - 23 * kHourMs, 1, 0}));
    int warnings = 0;
    int closes = 0;
    for (const ActivityHour &h : *hours) {
        warnings += h.warnings;
        closes += h.closes;
    }
    QCOMPARE(warnings, 3);
    QCOMPARE(closes, 2);
    QCOMPARE(HourlyActivity::label(hours->constLast().startMs, zone), QStringLiteral("11"));
    QCOMPARE(HourlyActivity::label(hours->constFirst().startMs, zone), QStringLiteral("12"));

    // An hour later the window has moved on by one.
    const auto later = HourlyActivity::read(*m_journal, kNowMs + kHourMs, zone);
    QVERIFY(later);
    QCOMPARE(later->at(22), (ActivityHour {hour11, 2, 1}));
    QCOMPARE(later->constFirst().warnings, 0);
}

void TestDashboardStats::hourlyActivity_followsZonesWithHalfHourOffsets()
{
    const QTimeZone india(5 * 3600 + 1800); // UTC+05:30: 10:20Z is 15:50 local
    const qint64 start = HourlyActivity::hourStart(kNowMs, india);
    QCOMPARE(start, kNowMs - 50 * kMinuteMs);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(start, india).time(), QTime(15, 0));
    act(Kind::SendWarning, start - 1, JournalOutcome::Succeeded); // 14:59:59 local
    act(Kind::SendWarning, start, JournalOutcome::Succeeded); // 15:00 local
    const auto hours = HourlyActivity::read(*m_journal, kNowMs, india);
    QVERIFY(hours);
    QCOMPARE(hours->constLast().warnings, 1);
    QCOMPARE(hours->at(22).warnings, 1);
    QCOMPARE(HourlyActivity::label(hours->constLast().startMs, india), QStringLiteral("15"));
}

void TestDashboardStats::idleHistogram_binsSilencesByWhoOwesTheReply()
{
    IdleHistogram histogram(kNowMs);
    const qint64 s = 1000;
    histogram.add(row(Party::Customer, 0));
    histogram.add(row(Party::Customer, 29 * s));
    histogram.add(row(Party::Customer, 30 * s));
    histogram.add(row(Party::Either, 90 * s));
    histogram.add(row(Party::Agent, 90 * s));
    histogram.add(row(Party::Agent, 4 * kMinuteMs));
    histogram.add(row(Party::Customer, 3 * kHourMs));
    histogram.add(row(Party::Customer, -5 * s)); // a message stamped ahead of our clock
    // Not counted: waiting in the queue, no agent, no silence.
    histogram.add(row(Party::Customer, 10 * s, IdleStage::None, TrackingState::WaitingInQueue));
    histogram.add(row(Party::Customer, 10 * s, IdleStage::None, TrackingState::NoAgent));
    ConversationRow quiet = row(Party::None, 0);
    quiet.idleSinceMs = kNoTime;
    histogram.add(quiet);

    QCOMPARE(IdleHistogram::binCount(), 6);
    QCOMPARE(histogram.customerOwes(), (QList<int> {4, 1, 0, 0, 0, 1}));
    QCOMPARE(histogram.agentOwes(), (QList<int> {0, 1, 1, 0, 0, 0}));
    QCOMPARE(histogram.total(), 8);
    QCOMPARE(IdleHistogram::binLabel(0), QStringLiteral("0–1 min"));
    QCOMPARE(IdleHistogram::binLabel(5), QStringLiteral("≥ 30 min"));
    QCOMPARE(IdleHistogram::binOf(kMinuteMs - 1), 0);
    QCOMPARE(IdleHistogram::binOf(kMinuteMs), 1); // an edge belongs to the band it starts
    QCOMPARE(IdleHistogram::binOf(30 * kMinuteMs - 1), 4);
    QCOMPARE(IdleHistogram::binOf(30 * kMinuteMs), 5);
}

void TestDashboardStats::dashboardCounts_liveFromRowsDayFromTheJournal()
{
    const QTimeZone zone(3600);
    const qint64 midnight = kNowMs - (11 * kHourMs + 20 * kMinuteMs); // 00:00 local
    QCOMPARE(DashboardCounts::today(kNowMs, zone).fromMs, midnight);
    QCOMPARE(DashboardCounts::today(kNowMs, zone).toMs, midnight + 24 * kHourMs);
    act(Kind::Disconnect, midnight, JournalOutcome::Succeeded); // counts
    act(Kind::Disconnect, midnight + kHourMs, JournalOutcome::Observed); // counts
    act(Kind::Disconnect, midnight + kHourMs, JournalOutcome::Succeeded,
        QStringLiteral("user-sam")); // by hand: not "auto-closed"
    act(Kind::Disconnect, midnight - 1, JournalOutcome::Succeeded); // yesterday
    act(Kind::Disconnect, midnight + 2 * kHourMs, JournalOutcome::Failed); // a failure
    act(Kind::SendWarning, midnight + 3 * kHourMs, JournalOutcome::Failed,
        QStringLiteral("user-sam")); // a failure
    act(Kind::SendWarning, midnight - kHourMs, JournalOutcome::Failed); // yesterday's

    DashboardCounts counts;
    counts.addRow(row(Party::Customer, 10'000));
    counts.addRow(row(Party::Customer, 70'000, IdleStage::Warning1));
    counts.addRow(row(Party::Customer, 130'000, IdleStage::Warning2));
    counts.addRow(row(Party::Agent, 10'000, IdleStage::AgentFlag));
    counts.addRow(row(Party::Either, 10'000));
    counts.addRow(row(Party::Customer, 10'000, IdleStage::None, TrackingState::WaitingInQueue));
    QString error;
    QVERIFY2(counts.readDay(*m_journal, kNowMs, zone, &error), qPrintable(error));
    const DashboardCounts expected {5, 4, 2, 2, 2, 2};
    QCOMPARE(counts, expected);
}

void TestDashboardStats::dashboardCounts_localDayFollowsDaylightSaving()
{
    const QTimeZone berlin("Europe/Berlin");
    if (!berlin.isValid())
        QSKIP("no time zone database");
    // 2026-03-29 (clocks go forward at 02:00) has 23 hours; 2026-10-25 has 25.
    const qint64 spring = QDateTime(QDate(2026, 3, 29), QTime(12, 0), berlin).toMSecsSinceEpoch();
    const JournalFilter short_ = DashboardCounts::today(spring, berlin);
    QCOMPARE(short_.toMs - short_.fromMs, 23 * kHourMs);
    const qint64 autumn = QDateTime(QDate(2026, 10, 25), QTime(12, 0), berlin).toMSecsSinceEpoch();
    const JournalFilter long_ = DashboardCounts::today(autumn, berlin);
    QCOMPARE(long_.toMs - long_.fromMs, 25 * kHourMs);
    // The chart's hours around the change are still whole local hours.
    const qint64 start = HourlyActivity::hourStart(spring, berlin);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(start, berlin).time(), QTime(12, 0));
}

void TestDashboardStats::unreadableJournalGivesUnknownNotZero()
{
    m_journal->close();
    DashboardCounts counts;
    QString error;
    QVERIFY(!counts.readDay(*m_journal, kNowMs, QTimeZone(0), &error));
    QVERIFY2(error.contains(QStringLiteral("not open")), qPrintable(error));
    QCOMPARE(counts.autoClosedToday, -1);
    QCOMPARE(counts.failuresToday, -1);
    error.clear();
    QVERIFY(!HourlyActivity::read(*m_journal, kNowMs, QTimeZone(0), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestDashboardStats)
#include "tst_dashboardstats.moc"
