// The conversation table model: it follows the enforcer's status stream (a full list, then
// batches) with narrow signals, shows each column from the row and the injected clock, and its
// 1 Hz tick touches only the two time columns of the rows it is given. A
// QAbstractItemModelTester (fatal mode) watches every test.

#include "core/manualclock.h"
#include "rowfactory.h"
#include "ui/conversationtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace IdleGuard;
using namespace IdleGuard::Ui;
using Enforcement::ConversationRow;
using Enforcement::StageResult;
using Model = ConversationTableModel;

Q_DECLARE_METATYPE(IdleGuard::JournalOutcome)

namespace {

constexpr qint64 kNow = RowFactory::kNowMs;

// One dataChanged as (first row, last row, first column, last column).
using Span = std::tuple<int, int, int, int>;

QList<Span> spans(const QSignalSpy &spy)
{
    QList<Span> list;
    for (const QList<QVariant> &args : spy) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        list << Span(topLeft.row(), bottomRight.row(), topLeft.column(), bottomRight.column());
    }
    return list;
}

QList<std::pair<int, int>> removals(const QSignalSpy &spy)
{
    QList<std::pair<int, int>> list;
    for (const QList<QVariant> &args : spy)
        list << std::pair(args.at(1).toInt(), args.at(2).toInt());
    return list;
}

} // namespace

class TestConversationTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void setAll_resetsOnceAndIndexesRows();
    void applyBatch_appendsNewRowsInOneInsert();
    void applyBatch_reportsChangesPerContiguousRange();
    void applyBatch_manyScatteredChangesReportOneSpan();
    void applyBatch_changesEachRangeJustBeforeItsSignal();
    void applyBatch_unchangedRowIsNotReported();
    void applyBatch_removesContiguousRangesHighestFirst();
    void applyBatch_mixedBatchEndsWithTheRightRows();
    void applyBatch_staleRevisionIsIgnored();
    void applyBatch_idChangedAndRemovedIsRemoved();
    void applyBatch_neverResets();
    void tick_touchesOnlyTimeColumnsOfGivenRows();
    void tick_rangeIsClampedToTheRows();
    void data_columnsReadFromRowAndClock_data();
    void data_columnsReadFromRowAndClock();
    void data_stageReachedShowsOutcome_data();
    void data_stageReachedShowsOutcome();
    void data_flagsListEveryFlag();
    void roles_fractionFollowsTheClock();
    void roles_barKindFollowsTheNextStage_data();
    void roles_barKindFollowsTheNextStage();
    void roles_rowAndIdRoundTrip();
    void sortRole_timeColumnsDoNotDependOnTheClock();
    void lessThan_agreesWithSortRoleOnEveryColumn();
    void setQueueNames_changesOnlyTheQueueColumn();

private:
    void load(int count);

    ManualClock m_clock {kNow};
    std::unique_ptr<Model> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestConversationTableModel::init()
{
    m_clock.setNowMs(kNow);
    m_model = std::make_unique<Model>(m_clock);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestConversationTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestConversationTableModel::load(int count)
{
    m_model->setAll(RowFactory::rows(count), 1);
}

void TestConversationTableModel::setAll_resetsOnceAndIndexesRows()
{
    QSignalSpy reset(m_model.get(), &Model::modelReset);
    load(20);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 20);
    QCOMPARE(m_model->columnCount(), int(Model::ColumnCount));
    QCOMPARE(m_model->revision(), 1u);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(m_model->rowOf(RowFactory::id(i)), i);
    QCOMPARE(m_model->rowOf(QStringLiteral("unknown")), -1);

    // A full list always replaces, also with a lower revision (a restarted worker).
    m_model->setAll(RowFactory::rows(3), 0);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->rowOf(RowFactory::id(10)), -1);
}

void TestConversationTableModel::applyBatch_appendsNewRowsInOneInsert()
{
    load(5);
    QSignalSpy inserted(m_model.get(), &Model::rowsInserted);
    QSignalSpy changed(m_model.get(), &Model::dataChanged);
    const QList<ConversationRow> rows = RowFactory::rows(8);
    m_model->applyBatch(rows.mid(5), {}, 2);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 5);
    QCOMPARE(inserted.first().at(2).toInt(), 7);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(m_model->rowCount(), 8);
    QCOMPARE(m_model->rowOf(RowFactory::id(7)), 7);
    QCOMPARE(m_model->rowAt(6), rows.at(6));
}

void TestConversationTableModel::applyBatch_reportsChangesPerContiguousRange()
{
    load(12);
    QSignalSpy changed(m_model.get(), &Model::dataChanged);
    QList<ConversationRow> batch;
    for (int i : {7, 3, 2, 4}) {
        ConversationRow row = RowFactory::row(i);
        row.messageCount += 1;
        batch << row;
    }
    m_model->applyBatch(batch, {}, 2);
    const int last = Model::ColumnCount - 1;
    QCOMPARE(spans(changed), (QList<Span> {{2, 4, 0, last}, {7, 7, 0, last}}));
    QCOMPARE(m_model->rowAt(3).messageCount, RowFactory::row(3).messageCount + 1);
}

void TestConversationTableModel::applyBatch_manyScatteredChangesReportOneSpan()
{
    load(300);
    QSignalSpy changed(m_model.get(), &Model::dataChanged);
    QList<ConversationRow> batch;
    for (int i = 10; i < 290; i += 3) { // 94 separate rows
        ConversationRow row = RowFactory::row(i);
        row.messageCount += 1; // some rows have no deadline (kNoDeadline): no arithmetic on it
        batch << row;
    }
    QVERIFY(batch.size() > Model::kMaxChangedRanges);
    m_model->applyBatch(batch, {}, 2);
    QCOMPARE(spans(changed), (QList<Span> {{10, 289, 0, Model::ColumnCount - 1}}));
}

void TestConversationTableModel::applyBatch_changesEachRangeJustBeforeItsSignal()
{
    // A sorted proxy checks the signalled rows against their neighbours: rows of ranges not yet
    // signalled must still hold the values the proxy sorted by.
    load(12);
    QList<ConversationRow> batch;
    for (int i : {9, 2, 5}) {
        ConversationRow row = RowFactory::row(i);
        row.messageCount = 1000 + i;
        batch << row;
    }
    QList<QList<int>> seen; // message counts of rows 2, 5, 9 at each signal
    connect(m_model.get(), &Model::dataChanged, this, [this, &seen] {
        seen << QList<int> {m_model->rowAt(2).messageCount, m_model->rowAt(5).messageCount,
                            m_model->rowAt(9).messageCount};
    });
    m_model->applyBatch(batch, {}, 2);
    const int old5 = RowFactory::row(5).messageCount;
    const int old9 = RowFactory::row(9).messageCount;
    QCOMPARE(seen,
             (QList<QList<int>> {{1002, old5, old9}, {1002, 1005, old9}, {1002, 1005, 1009}}));
}

void TestConversationTableModel::applyBatch_unchangedRowIsNotReported()
{
    load(4);
    QSignalSpy changed(m_model.get(), &Model::dataChanged);
    m_model->applyBatch({RowFactory::row(2)}, {}, 2);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(m_model->revision(), 2u);
}

void TestConversationTableModel::applyBatch_removesContiguousRangesHighestFirst()
{
    load(10);
    QSignalSpy aboutToRemove(m_model.get(), &Model::rowsAboutToBeRemoved);
    QSignalSpy removed(m_model.get(), &Model::rowsRemoved);
    const QStringList ids {RowFactory::id(5), RowFactory::id(1), RowFactory::id(9),
                           RowFactory::id(2), RowFactory::id(8), QStringLiteral("unknown")};
    m_model->applyBatch({}, ids, 2);
    const QList<std::pair<int, int>> expected {{8, 9}, {5, 5}, {1, 2}};
    QCOMPARE(removals(aboutToRemove), expected);
    QCOMPARE(removals(removed), expected);
    QCOMPARE(m_model->rowCount(), 5);
    const QList<int> left {0, 3, 4, 6, 7};
    for (int row = 0; row < left.size(); ++row) {
        QCOMPARE(m_model->rowAt(row).conversationId, RowFactory::id(left[row]));
        QCOMPARE(m_model->rowOf(RowFactory::id(left[row])), row);
    }
    QCOMPARE(m_model->rowOf(RowFactory::id(5)), -1);
}

void TestConversationTableModel::applyBatch_mixedBatchEndsWithTheRightRows()
{
    load(10);
    QSignalSpy inserted(m_model.get(), &Model::rowsInserted);
    QSignalSpy removed(m_model.get(), &Model::rowsRemoved);
    QSignalSpy changed(m_model.get(), &Model::dataChanged);
    ConversationRow changedRow = RowFactory::row(6);
    changedRow.agentName = QStringLiteral("Someone else");
    ConversationRow newRow = RowFactory::row(42);
    ConversationRow newRowLater = newRow;
    newRowLater.messageCount = 99; // the same new id twice: one row, the later value
    m_model->applyBatch({changedRow, newRow, newRowLater}, {RowFactory::id(0), RowFactory::id(3)},
                        2);

    QCOMPARE(removed.size(), 2);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(m_model->rowCount(), 9);
    const int changedAt = m_model->rowOf(RowFactory::id(6));
    QCOMPARE(changedAt, 4);
    QCOMPARE(spans(changed), (QList<Span> {{4, 4, 0, Model::ColumnCount - 1}}));
    QCOMPARE(m_model->index(changedAt, Model::AgentColumn).data().toString(),
             QStringLiteral("Someone else"));
    QCOMPARE(m_model->rowOf(RowFactory::id(42)), 8);
    QCOMPARE(m_model->rowAt(8).messageCount, 99);
    QStringList ids;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        ids << m_model->rowAt(row).conversationId;
        QCOMPARE(m_model->rowOf(ids.last()), row);
    }
    QCOMPARE(ids.size(), QSet<QString>(ids.cbegin(), ids.cend()).size());
}

void TestConversationTableModel::applyBatch_staleRevisionIsIgnored()
{
    load(4);
    m_model->applyBatch({}, {RowFactory::id(0)}, 5);
    QCOMPARE(m_model->rowCount(), 3);
    QSignalSpy removed(m_model.get(), &Model::rowsRemoved);
    QSignalSpy inserted(m_model.get(), &Model::rowsInserted);
    QSignalSpy changed(m_model.get(), &Model::dataChanged);
    ConversationRow row = RowFactory::row(1);
    row.messageCount = 77;
    for (quint64 stale : {quint64(5), quint64(4), quint64(0)})
        m_model->applyBatch({row, RowFactory::row(50)}, {RowFactory::id(2)}, stale);
    QCOMPARE(removed.size() + inserted.size() + changed.size(), 0);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->revision(), 5u);
    QVERIFY(m_model->rowAt(m_model->rowOf(RowFactory::id(1))).messageCount != 77);
}

void TestConversationTableModel::applyBatch_idChangedAndRemovedIsRemoved()
{
    load(4);
    ConversationRow row = RowFactory::row(2);
    row.messageCount = 77;
    m_model->applyBatch({row, RowFactory::row(9)}, {RowFactory::id(2), RowFactory::id(9)}, 2);
    QCOMPARE(m_model->rowOf(RowFactory::id(2)), -1);
    QCOMPARE(m_model->rowOf(RowFactory::id(9)), -1);
    QCOMPARE(m_model->rowCount(), 3);
}

void TestConversationTableModel::applyBatch_neverResets()
{
    load(50);
    QSignalSpy reset(m_model.get(), &Model::modelAboutToBeReset);
    QSignalSpy layout(m_model.get(), &Model::layoutAboutToBeChanged);
    quint64 revision = 1;
    for (int round = 0; round < 20; ++round) {
        QList<ConversationRow> changed;
        QStringList removedIds;
        for (int k = 0; k < 10; ++k) {
            ConversationRow row = RowFactory::row((round * 13 + k * 7) % 80);
            row.messageCount += round;
            changed << row;
        }
        removedIds << RowFactory::id((round * 17) % 80) << RowFactory::id((round * 29) % 80);
        m_model->applyBatch(changed, removedIds, ++revision);
    }
    QCOMPARE(reset.size(), 0);
    QCOMPARE(layout.size(), 0);
}

void TestConversationTableModel::tick_touchesOnlyTimeColumnsOfGivenRows()
{
    load(20);
    QSignalSpy changed(m_model.get(), &Model::dataChanged);
    m_clock.advanceMs(1000);
    m_model->tick(QList<int> {9, 5, 3, 4, 4, 100, -1});
    QCOMPARE(spans(changed),
             (QList<Span> {{3, 5, Model::IdleColumn, Model::NextStepColumn},
                           {9, 9, Model::IdleColumn, Model::NextStepColumn}}));
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const auto roles = args.at(2).value<QList<int>>();
        QVERIFY(!roles.isEmpty()); // never "everything"
        QVERIFY(roles.contains(Qt::DisplayRole));
        QVERIFY(roles.contains(Model::FractionRole));
        QVERIFY(roles.contains(Model::RemainingTextRole));
        QVERIFY(!roles.contains(Model::SortRole)); // the order does not move with time
    }
    changed.clear();
    m_model->tick(QList<int> {});
    QCOMPARE(changed.size(), 0);
}

void TestConversationTableModel::tick_rangeIsClampedToTheRows()
{
    load(10);
    QSignalSpy changed(m_model.get(), &Model::dataChanged);
    m_model->tick(-5, 40);
    QCOMPARE(spans(changed), (QList<Span> {{0, 9, Model::IdleColumn, Model::NextStepColumn}}));
    changed.clear();
    m_model->tick(7, 3);
    QCOMPARE(changed.size(), 0);
}

void TestConversationTableModel::data_columnsReadFromRowAndClock_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<ConversationRow>("row");
    QTest::addColumn<QString>("expected");

    // Silent for 2:05, warning 2 due in 2:31, started 10 minutes before the silence.
    ConversationRow warned = RowFactory::customerOwes(QStringLiteral("c1"), kNow - 125'000,
                                                      IdleStage::Warning2, kNow + 151'000);
    warned.queueId = RowFactory::queueId(2);
    warned.customerName = QStringLiteral("Ada");
    warned.agentName = QStringLiteral("Grace");
    warned.channel = QStringLiteral("sms");
    warned.startedMs = kNow - 725'000;
    warned.messageCount = 12;
    ConversationRow waiting = warned;
    waiting.state = TrackingState::WaitingInQueue;
    waiting.owes = Party::None;
    waiting.waitingSinceMs = kNow - 42'000;
    waiting.nextStage = IdleStage::None;
    waiting.nextAtMs = kNoDeadline;
    ConversationRow anonymous = warned;
    anonymous.queueId = QStringLiteral("queue-without-name");
    anonymous.customerName.clear();
    anonymous.channel.clear();
    anonymous.owes = Party::Either;
    anonymous.idleSinceMs = kNow - 3'900'000; // 1 h 5 min
    anonymous.nextAtMs = kNow - 1;

    QTest::addRow("queue name") << int(Model::QueueColumn) << warned << QStringLiteral("Support");
    QTest::addRow("queue id without a name")
        << int(Model::QueueColumn) << anonymous << QStringLiteral("queue-without-name");
    QTest::addRow("customer") << int(Model::CustomerColumn) << warned << QStringLiteral("Ada");
    QTest::addRow("no customer name")
        << int(Model::CustomerColumn) << anonymous << QStringLiteral("—");
    QTest::addRow("agent") << int(Model::AgentColumn) << warned << QStringLiteral("Grace");
    QTest::addRow("channel") << int(Model::ChannelColumn) << warned << QStringLiteral("SMS");
    QTest::addRow("no channel") << int(Model::ChannelColumn) << anonymous << QStringLiteral("—");
    QTest::addRow("customer owes")
        << int(Model::OwesColumn) << warned << QStringLiteral("Customer");
    QTest::addRow("either owes") << int(Model::OwesColumn) << anonymous << QStringLiteral("Either");
    QTest::addRow("waiting") << int(Model::OwesColumn) << waiting
                             << QStringLiteral("Waiting in queue");
    QTest::addRow("idle m:ss") << int(Model::IdleColumn) << warned << QStringLiteral("2:05");
    QTest::addRow("idle h:mm") << int(Model::IdleColumn) << anonymous << QStringLiteral("1:05 h");
    QTest::addRow("waiting time") << int(Model::IdleColumn) << waiting << QStringLiteral("0:42");
    QTest::addRow("next step") << int(Model::NextStepColumn) << warned
                               << QStringLiteral("Warning 2 in 2:31");
    QTest::addRow("next step due")
        << int(Model::NextStepColumn) << anonymous << QStringLiteral("Warning 2 due");
    QTest::addRow("no next step") << int(Model::NextStepColumn) << waiting << QStringLiteral("—");
    QTest::addRow("no stage yet") << int(Model::StageColumn) << warned << QStringLiteral("—");
    QTest::addRow("age") << int(Model::AgeColumn) << warned << QStringLiteral("12:05");
    QTest::addRow("messages") << int(Model::MessagesColumn) << warned << QStringLiteral("12");
    QTest::addRow("no flags") << int(Model::FlagsColumn) << warned << QString();
}

void TestConversationTableModel::data_columnsReadFromRowAndClock()
{
    QFETCH(int, column);
    QFETCH(ConversationRow, row);
    QFETCH(QString, expected);
    m_model->setQueueNames({{RowFactory::queueId(2), QStringLiteral("Support")}});
    m_model->setAll({row}, 1);
    QCOMPARE(m_model->index(0, column).data().toString(), expected);
}

void TestConversationTableModel::data_stageReachedShowsOutcome_data()
{
    QTest::addColumn<JournalOutcome>("outcome");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("accessible");
    QTest::addRow("done") << JournalOutcome::Succeeded << QStringLiteral("Warning 1 ✓")
                          << QStringLiteral("Warning 1, done");
    QTest::addRow("found done") << JournalOutcome::Observed << QStringLiteral("Warning 1 ✓")
                                << QStringLiteral("Warning 1, done (found after a restart)");
    QTest::addRow("under way") << JournalOutcome::Pending << QStringLiteral("Warning 1 …")
                               << QStringLiteral("Warning 1, under way");
    QTest::addRow("failed") << JournalOutcome::Failed << QStringLiteral("Warning 1 failed")
                            << QStringLiteral("Warning 1, failed");
    QTest::addRow("skipped") << JournalOutcome::Skipped << QStringLiteral("Warning 1 skipped")
                             << QStringLiteral("Warning 1, skipped");
}

void TestConversationTableModel::data_stageReachedShowsOutcome()
{
    QFETCH(JournalOutcome, outcome);
    QFETCH(QString, expected);
    QFETCH(QString, accessible);
    ConversationRow row = RowFactory::customerOwes(QStringLiteral("c1"), kNow - 100'000,
                                                   IdleStage::Warning2, kNow + 60'000);
    row.stage = IdleStage::Warning1;
    // An older attempt first: the newest result of the stage reached counts.
    row.results << StageResult {IdleStage::Warning1, JournalOutcome::Failed, kNow - 50'000,
                                QStringLiteral("HTTP 500")}
                << StageResult {IdleStage::Warning1, outcome, kNow - 40'000, {}};
    m_model->setAll({row}, 1);
    const QModelIndex index = m_model->index(0, Model::StageColumn);
    QCOMPARE(index.data().toString(), expected);
    QCOMPARE(index.data(Qt::AccessibleTextRole).toString(), accessible);
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("HTTP 500")));
}

void TestConversationTableModel::data_flagsListEveryFlag()
{
    ConversationRow row = RowFactory::customerOwes(QStringLiteral("c1"), kNow - 1000,
                                                   IdleStage::Warning1, kNow + 60'000);
    row.snoozedUntilMs = kNow + 600'000;
    row.exempt = true;
    row.observeOnly = true;
    row.claimedBy = QStringLiteral("host-b");
    row.held = true;
    row.agentFlagged = true;
    row.pending = QStringLiteral("sendWarning warning1");
    m_model->setAll({row}, 1);
    const QString flags = m_model->index(0, Model::FlagsColumn).data().toString();
    for (const QString &part :
         {QStringLiteral("snoozed until "), QStringLiteral("exempt"),
          QStringLiteral("observe only"), QStringLiteral("claimed by host-b"),
          QStringLiteral("held for a fresh read"), QStringLiteral("agent flagged"),
          QStringLiteral("pending: sendWarning warning1")}) {
        QVERIFY2(flags.contains(part), qPrintable(flags));
    }
    // A snooze that ran out no longer shows.
    m_clock.advanceMs(600'001);
    QVERIFY(!m_model->index(0, Model::FlagsColumn)
                 .data()
                 .toString()
                 .contains(QStringLiteral("snoozed")));
}

void TestConversationTableModel::roles_fractionFollowsTheClock()
{
    // The bar runs from the countdown's start (not the silence's) to the deadline: 100 s.
    ConversationRow row = RowFactory::customerOwes(QStringLiteral("c1"), kNow - 50'000,
                                                   IdleStage::Warning2, kNow + 100'000);
    row.countdownStartMs = kNow;
    m_model->setAll({row}, 1);
    const QModelIndex index = m_model->index(0, Model::NextStepColumn);
    QCOMPARE(index.data(Model::FractionRole).toDouble(), 0.0);
    QCOMPARE(index.data(Model::RemainingTextRole).toString(), QStringLiteral("1:40"));
    m_clock.advanceMs(50'000);
    QCOMPARE(index.data(Model::FractionRole).toDouble(), 0.5);
    QCOMPARE(index.data(Model::RemainingTextRole).toString(), QStringLiteral("0:50"));
    m_clock.advanceMs(50'000);
    QCOMPARE(index.data(Model::FractionRole).toDouble(), 1.0);
    QCOMPARE(index.data(Model::RemainingTextRole).toString(), QStringLiteral("due"));
    m_clock.advanceMs(50'000);
    QCOMPARE(index.data(Model::FractionRole).toDouble(), 1.0); // clamped
    // Before the countdown starts: empty, not negative.
    m_clock.setNowMs(kNow - 10'000);
    QCOMPARE(index.data(Model::FractionRole).toDouble(), 0.0);

    row.nextStage = IdleStage::None;
    row.nextAtMs = kNoDeadline;
    m_model->applyBatch({row}, {}, 2);
    QVERIFY(!index.data(Model::FractionRole).isValid());
    QVERIFY(index.data(Model::RemainingTextRole).toString().isEmpty());
    QVERIFY(index.data(Model::StageNameRole).toString().isEmpty());
}

void TestConversationTableModel::roles_barKindFollowsTheNextStage_data()
{
    QTest::addColumn<IdleStage>("next");
    QTest::addColumn<Model::BarKind>("kind");
    QTest::addRow("warning 1") << IdleStage::Warning1 << Model::BarKind::Calm;
    QTest::addRow("warning 2") << IdleStage::Warning2 << Model::BarKind::Warned;
    QTest::addRow("close") << IdleStage::Close << Model::BarKind::AboutToClose;
    QTest::addRow("agent flag") << IdleStage::AgentFlag << Model::BarKind::AgentOwes;
    QTest::addRow("agent escalate") << IdleStage::AgentEscalate << Model::BarKind::AgentOwes;
    QTest::addRow("none") << IdleStage::None << Model::BarKind::None;
}

void TestConversationTableModel::roles_barKindFollowsTheNextStage()
{
    QFETCH(IdleStage, next);
    QFETCH(Model::BarKind, kind);
    const ConversationRow row
        = RowFactory::customerOwes(QStringLiteral("c1"), kNow - 1000, next, kNow + 60'000);
    m_model->setAll({row}, 1);
    QCOMPARE(Model::BarKind(m_model->index(0, 0).data(Model::BarKindRole).toInt()), kind);
}

void TestConversationTableModel::roles_rowAndIdRoundTrip()
{
    load(3);
    const QModelIndex index = m_model->index(1, Model::CustomerColumn);
    QCOMPARE(index.data(Model::ConversationIdRole).toString(), RowFactory::id(1));
    QCOMPARE(index.data(Model::RowRole).value<ConversationRow>(), RowFactory::row(1));
    QCOMPARE(m_model->roleNames().value(Model::FractionRole), QByteArrayLiteral("fraction"));
}

void TestConversationTableModel::sortRole_timeColumnsDoNotDependOnTheClock()
{
    const ConversationRow row = RowFactory::customerOwes(QStringLiteral("c1"), kNow - 5000,
                                                         IdleStage::Warning1, kNow + 60'000);
    m_model->setAll({row}, 1);
    QList<QVariant> before;
    for (int column = 0; column < Model::ColumnCount; ++column)
        before << m_model->index(0, column).data(Model::SortRole);
    QCOMPARE(before.at(Model::NextStepColumn).toLongLong(), kNow + 60'000);
    QCOMPARE(before.at(Model::IdleColumn).toLongLong(), -(kNow - 5000));
    m_clock.advanceMs(30'000);
    for (int column = 0; column < Model::ColumnCount; ++column)
        QCOMPARE(m_model->index(0, column).data(Model::SortRole), before.at(column));
}

void TestConversationTableModel::lessThan_agreesWithSortRoleOnEveryColumn()
{
    load(64);
    m_model->setQueueNames({{RowFactory::queueId(1), QStringLiteral("sales")},
                            {RowFactory::queueId(2), QStringLiteral("Billing")}});
    for (int column = 0; column < Model::ColumnCount; ++column) {
        for (int a = 0; a < m_model->rowCount(); ++a) {
            for (int b = 0; b < m_model->rowCount(); b += 3) {
                const QVariant left = m_model->index(a, column).data(Model::SortRole);
                const QVariant right = m_model->index(b, column).data(Model::SortRole);
                const bool expected = left.typeId() == QMetaType::QString
                    ? QString::compare(left.toString(), right.toString(), Qt::CaseInsensitive) < 0
                    : left.toLongLong() < right.toLongLong();
                QVERIFY2(
                    m_model->lessThan(a, b, column) == expected,
                    qPrintable(QStringLiteral("column %1, rows %2 %3").arg(column).arg(a).arg(b)));
            }
        }
    }
}

void TestConversationTableModel::setQueueNames_changesOnlyTheQueueColumn()
{
    load(6);
    QSignalSpy changed(m_model.get(), &Model::dataChanged);
    m_model->setQueueNames({{RowFactory::queueId(1), QStringLiteral("Sales")}});
    QCOMPARE(spans(changed), (QList<Span> {{0, 5, Model::QueueColumn, Model::QueueColumn}}));
    QCOMPARE(m_model->index(1, Model::QueueColumn).data().toString(), QStringLiteral("Sales"));
    QCOMPARE(m_model->index(2, Model::QueueColumn).data().toString(), RowFactory::queueId(2));
}

QTEST_GUILESS_MAIN(TestConversationTableModel)
#include "tst_conversationtablemodel.moc"
