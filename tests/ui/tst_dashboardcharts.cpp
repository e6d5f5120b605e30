// Tests of the summary strip and the charts on the offscreen platform: the bars show the numbers
// they are given, change in place (the same series, no rebuild) and label every third hour; the
// axes count in round steps; the charts follow a dark palette; the strip shows its counts (and
// "unknown" as a dash) and tells which tile was clicked; DashboardStats fills all of them from
// the table's rows and a journal with known actions.

#include "core/auditjournal.h"
#include "core/manualclock.h"
#include "supervision/auditreader.h"
#include "ui/conversationtablemodel.h"
#include "ui/countdowndelegate.h"
#include "ui/summary/activitychart.h"
#include "ui/summary/chartstyle.h"
#include "ui/summary/dashboardstats.h"
#include "ui/summary/idlechart.h"
#include "ui/summary/summarystrip.h"

#include <QBarSet>
#include <QChart>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace IdleGuard;
using namespace IdleGuard::Ui;
using Supervision::ActivityHour;
using Supervision::DashboardCounts;
using Supervision::HourlyActivity;
using Supervision::IdleHistogram;

namespace {

constexpr qint64 kHourMs = 3'600'000;
// 2026-03-01T10:20:00Z
constexpr qint64 kNowMs = 1772360400000;

QList<ActivityHour> hours(qint64 firstMs, const QList<std::pair<int, int>> &counts)
{
    QList<ActivityHour> result;
    for (int h = 0; h < HourlyActivity::kHours; ++h) {
        const auto [warnings, closes] = h < counts.size() ? counts.at(h) : std::pair {0, 0};
        result.append({firstMs + h * kHourMs, warnings, closes});
    }
    return result;
}

QList<double> values(const QBarSet *set)
{
    QList<double> all;
    for (int i = 0; i < set->count(); ++i)
        all << set->at(i);
    return all;
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    return dark;
}

Enforcement::ConversationRow trackedRow(const QString &id, Party owes, qint64 idleMs,
                                        IdleStage stage = IdleStage::None)
{
    Enforcement::ConversationRow r;
    r.conversationId = id;
    r.state = TrackingState::Tracked;
    r.owes = owes;
    r.idleSinceMs = kNowMs - idleMs;
    r.stage = stage;
    return r;
}

} // namespace

class TestDashboardCharts : public QObject
{
    Q_OBJECT

private slots:
    void activityChart_showsTheHoursInPlace();
    void countAxis_stepsAreRound();
    void idleChart_showsBandsShortestOnTop();
    void charts_followADarkPalette();
    void summaryStrip_showsCountsAndTellsTheTile();
    void dashboardStats_fillsStripAndChartsFromRowsAndJournal();
};

void TestDashboardCharts::activityChart_showsTheHoursInPlace()
{
    ActivityChart chart;
    chart.resize(700, 260);
    chart.show();
    QBarSet *warnings = chart.warnings();
    QBarSet *closes = chart.closes();
    const int series = int(chart.chart()->series().size());
    const QTimeZone utc(0);
    const qint64 first = HourlyActivity::range(kNowMs, utc).fromMs; // 11:00 yesterday
    chart.showHours(hours(first, {{3, 1}, {0, 0}, {7, 2}}), utc);
    QCOMPARE(values(warnings).mid(0, 3), (QList<double> {3, 0, 7}));
    QCOMPARE(values(closes).mid(0, 3), (QList<double> {1, 0, 2}));
    QCOMPARE(values(warnings).size(), HourlyActivity::kHours);
    // Every third hour labelled, from 12:00 (the first multiple of three after 11:00), and the
    // current hour as "now" (09:00, just before it, would overlap it).
    QCOMPARE(chart.hourLabels(),
             (QStringList {QStringLiteral("12"), QStringLiteral("15"), QStringLiteral("18"),
                           QStringLiteral("21"), QStringLiteral("00"), QStringLiteral("03"),
                           QStringLiteral("06"), QStringLiteral("now")}));
    QCOMPARE(chart.axisMax(), 8.0);

    // A live update: the same sets, one value changed, nothing appended or rebuilt.
    QSignalSpy added(warnings, &QBarSet::valuesAdded);
    QSignalSpy changed(warnings, &QBarSet::valueChanged);
    chart.showHours(hours(first, {{3, 1}, {0, 0}, {8, 2}}), utc);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().constFirst().toInt(), 2);
    QCOMPARE(added.size(), 0);
    QCOMPARE(chart.warnings(), warnings);
    QCOMPARE(int(chart.chart()->series().size()), series);
    // The hour turns: the labels move on.
    chart.showHours(hours(first + kHourMs, {}), utc);
    QCOMPARE(chart.hourLabels().constFirst(), QStringLiteral("12"));
    QCOMPARE(chart.hourLabels().at(chart.hourLabels().size() - 2), QStringLiteral("09"));
    QCOMPARE(values(warnings).mid(0, 3), (QList<double> {0, 0, 0}));
    QCOMPARE(chart.axisMax(), 4.0);
}

void TestDashboardCharts::countAxis_stepsAreRound()
{
    QValueAxis axis;
    const auto top = [&axis](int largest) {
        ChartStyle::setCountRange(axis, largest);
        return std::pair {int(axis.max()), axis.tickCount()};
    };
    QCOMPARE(top(0), (std::pair {4, 5}));
    QCOMPARE(top(4), (std::pair {4, 5}));
    QCOMPARE(top(7), (std::pair {8, 5})); // steps of 2
    QCOMPARE(top(42), (std::pair {50, 6})); // steps of 10
    QCOMPARE(top(230), (std::pair {250, 6})); // steps of 50
    QCOMPARE(top(1001), (std::pair {1200, 7})); // steps of 200
}

void TestDashboardCharts::idleChart_showsBandsShortestOnTop()
{
    IdleChart chart;
    chart.resize(450, 260);
    chart.show();
    Supervision::IdleHistogram histogram(kNowMs);
    histogram.add(trackedRow(QStringLiteral("a"), Party::Customer, 10'000));
    histogram.add(trackedRow(QStringLiteral("b"), Party::Customer, 20'000));
    histogram.add(trackedRow(QStringLiteral("c"), Party::Agent, 20'000));
    histogram.add(trackedRow(QStringLiteral("d"), Party::Agent, 3 * kHourMs));
    chart.showHistogram(histogram);
    // A horizontal chart draws its first category at the bottom: the longest band.
    QCOMPARE(chart.bandLabels().constLast(), QStringLiteral("0–1 min"));
    QCOMPARE(chart.bandLabels().constFirst(), QStringLiteral("≥ 30 min"));
    const int top = int(chart.bandLabels().size()) - 1;
    QCOMPARE(chart.customerOwes()->at(top), 2.0);
    QCOMPARE(chart.agentOwes()->at(top), 1.0);
    QCOMPARE(chart.agentOwes()->at(0), 1.0);
    QCOMPARE(chart.axisMax(), 4.0);
}

void TestDashboardCharts::charts_followADarkPalette()
{
    ActivityChart activity;
    IdleChart idle;
    QCOMPARE(activity.chart()->theme(), QChart::ChartThemeLight);
    const QColor lightWarnings = activity.warnings()->color();
    activity.setPalette(darkPalette());
    idle.setPalette(darkPalette());
    QCOMPARE(activity.chart()->theme(), QChart::ChartThemeDark);
    QCOMPARE(idle.chart()->theme(), QChart::ChartThemeDark);
    // The chart sits on the palette's base; the bars take the dark palette's tones, which keep
    // 3:1 against it, as the table's bars do.
    QCOMPARE(activity.chart()->backgroundBrush().color(), darkPalette().color(QPalette::Base));
    QVERIFY(activity.warnings()->color() != lightWarnings);
    for (const QColor &bar : {activity.warnings()->color(), activity.closes()->color(),
                              idle.customerOwes()->color(), idle.agentOwes()->color()})
        QVERIFY(CountdownDelegate::contrastRatio(bar, darkPalette().color(QPalette::Base)) >= 3.0);
    QCOMPARE(activity.chart()->titleBrush().color(), darkPalette().color(QPalette::Text));
}

void TestDashboardCharts::summaryStrip_showsCountsAndTellsTheTile()
{
    SummaryStrip strip;
    strip.show();
    using Tile = SummaryStrip::Tile;
    QCOMPARE(strip.valueText(Tile::FailuresToday), QStringLiteral("—")); // unknown, not zero
    strip.showCounts({12, 7, 5, 3, 2, 1});
    QCOMPARE(strip.valueText(Tile::Tracked), QStringLiteral("12"));
    QCOMPARE(strip.valueText(Tile::CustomerOwes), QStringLiteral("7"));
    QCOMPARE(strip.valueText(Tile::AgentOwes), QStringLiteral("5"));
    QCOMPARE(strip.valueText(Tile::Warned), QStringLiteral("3"));
    QCOMPARE(strip.valueText(Tile::AutoClosedToday), QStringLiteral("2"));
    QCOMPARE(strip.valueText(Tile::FailuresToday), QStringLiteral("1"));
    QSignalSpy activated(&strip, &SummaryStrip::tileActivated);
    const QList<QFrame *> tiles = strip.findChildren<QFrame *>(QStringLiteral("summaryTile"));
    QCOMPARE(tiles.size(), 6);
    QTest::mouseClick(tiles.at(int(Tile::FailuresToday)), Qt::LeftButton);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.constFirst().constFirst().value<Tile>(), Tile::FailuresToday);
}

void TestDashboardCharts::dashboardStats_fillsStripAndChartsFromRowsAndJournal()
{
    QTemporaryDir dir;
    ManualClock clock(kNowMs);
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    {
        AuditJournal writer(clock);
        QVERIFY(writer.open(path));
        const auto act = [&](IdleAction::Kind kind, qint64 atMs, JournalOutcome outcome) {
            clock.setNowMs(atMs);
            JournalIntent intent;
            intent.kind = kind;
            intent.conversationId = QStringLiteral("c");
            const qint64 id = writer.recordIntent(intent);
            writer.recordResult(id, {outcome, 200, {}, atMs, {}});
        };
        act(IdleAction::Kind::SendWarning, kNowMs - 2 * kHourMs, JournalOutcome::Succeeded);
        act(IdleAction::Kind::SendWarning, kNowMs - 60'000, JournalOutcome::Succeeded);
        act(IdleAction::Kind::Disconnect, kNowMs - 30'000, JournalOutcome::Succeeded);
        act(IdleAction::Kind::Disconnect, kNowMs - 20'000, JournalOutcome::Failed);
        clock.setNowMs(kNowMs);
    }
    Supervision::AuditReader reader(clock);
    QVERIFY(reader.open(path));
    ConversationTableModel model(clock);
    model.setAll({trackedRow(QStringLiteral("r1"), Party::Customer, 70'000, IdleStage::Warning1),
                  trackedRow(QStringLiteral("r2"), Party::Agent, 10'000)},
                 1);
    SummaryStrip strip;
    ActivityChart activity;
    IdleChart idle;
    DashboardStats stats(model, reader, clock, strip, activity, idle);
    stats.setTimeZone(QTimeZone(0));
    stats.refreshRows();
    QCOMPARE(stats.counts(), (DashboardCounts {2, 1, 1, 1, 1, 1}));
    QCOMPARE(strip.valueText(SummaryStrip::Tile::AutoClosedToday), QStringLiteral("1"));
    QCOMPARE(values(activity.warnings()).constLast(), 1.0); // 10:00–11:00
    QCOMPARE(values(activity.warnings()).at(HourlyActivity::kHours - 3), 1.0); // 08:00
    QCOMPARE(values(activity.closes()).constLast(), 1.0); // the failed one does not count
    QCOMPARE(idle.customerOwes()->at(IdleHistogram::binCount() - 2), 1.0); // 1–2 min
    QCOMPARE(idle.agentOwes()->at(IdleHistogram::binCount() - 1), 1.0); // 0–1 min
    // A closed journal: the day's counts become unknown, the live ones stay.
    reader.close();
    stats.refreshJournal();
    QCOMPARE(strip.valueText(SummaryStrip::Tile::FailuresToday), QStringLiteral("—"));
    QCOMPARE(strip.valueText(SummaryStrip::Tile::Tracked), QStringLiteral("2"));
}

QTEST_MAIN(TestDashboardCharts)
#include "tst_dashboardcharts.moc"
