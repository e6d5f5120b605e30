// The conversation table behind its filter proxy: sorting by every column (and by countdown in
// detail), filtering by queue, state and text, batches flowing through a sorted and filtered
// proxy, and a tick that re-sorts nothing. QAbstractItemModelTester (fatal) watches the model
// and the proxy in every test.

#include "core/manualclock.h"
#include "rowfactory.h"
#include "ui/conversationfiltermodel.h"
#include "ui/conversationtablemodel.h"

#include <QAbstractItemModelTester>
#include <QMetaEnum>
#include <QSignalSpy>
#include <QTest>

using namespace IdleGuard;
using namespace IdleGuard::Ui;
using Enforcement::ConversationRow;
using Model = ConversationTableModel;
using Filter = ConversationFilterModel;

namespace {

constexpr qint64 kNow = RowFactory::kNowMs;

bool sortKeyLess(const QVariant &left, const QVariant &right)
{
    if (left.typeId() == QMetaType::QString)
        return QString::compare(left.toString(), right.toString(), Qt::CaseInsensitive) < 0;
    return left.toLongLong() < right.toLongLong();
}

} // namespace

class TestConversationFilterModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sort_byEveryColumn_data();
    void sort_byEveryColumn();
    void sort_byCountdownPutsTheSoonestFirst();
    void sort_otherSettingsUseTheGenericComparison();
    void sort_followsBatches();
    void tick_reSortsNothing_data();
    void tick_reSortsNothing();
    void filter_byQueues();
    void filter_byState_data();
    void filter_byState();
    void filter_byText_data();
    void filter_byText();
    void filter_combinesAndFollowsBatches();
    void batches_throughSortedFilteredProxy();
    void sourceRows_mapsVisibleRows();

private:
    QStringList proxyIds() const;
    void verifySorted(int column, Qt::SortOrder order) const;

    ManualClock m_clock {kNow};
    std::unique_ptr<Model> m_model;
    std::unique_ptr<Filter> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;
};

void TestConversationFilterModel::init()
{
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    m_clock.setNowMs(kNow);
    m_model = std::make_unique<Model>(m_clock);
    m_filter = std::make_unique<Filter>();
    m_filter->setSourceModel(m_model.get());
    m_modelTester = std::make_unique<QAbstractItemModelTester>(m_model.get(), Mode::Fatal);
    m_filterTester = std::make_unique<QAbstractItemModelTester>(m_filter.get(), Mode::Fatal);
    QHash<QString, QString> names;
    for (int queue = 0; queue < RowFactory::kQueues; ++queue)
        names.insert(RowFactory::queueId(queue), RowFactory::queueName(queue));
    m_model->setQueueNames(names);
}

void TestConversationFilterModel::cleanup()
{
    m_filterTester.reset();
    m_modelTester.reset();
    m_filter.reset();
    m_model.reset();
}

QStringList TestConversationFilterModel::proxyIds() const
{
    QStringList ids;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        ids << m_filter->index(row, 0).data(Model::ConversationIdRole).toString();
    return ids;
}

void TestConversationFilterModel::verifySorted(int column, Qt::SortOrder order) const
{
    for (int row = 1; row < m_filter->rowCount(); ++row) {
        const QVariant previous = m_filter->index(row - 1, column).data(Model::SortRole);
        const QVariant current = m_filter->index(row, column).data(Model::SortRole);
        const bool outOfOrder = order == Qt::AscendingOrder ? sortKeyLess(current, previous)
                                                            : sortKeyLess(previous, current);
        QVERIFY2(!outOfOrder,
                 qPrintable(QStringLiteral("column %1, rows %2/%3: %4 then %5")
                                .arg(column)
                                .arg(row - 1)
                                .arg(row)
                                .arg(previous.toString(), current.toString())));
    }
}

void TestConversationFilterModel::sort_byEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    const QMetaEnum columns = QMetaEnum::fromType<Model::Column>();
    for (int column = 0; column < Model::ColumnCount; ++column) {
        QTest::addRow("%s ascending", columns.valueToKey(column)) << column << Qt::AscendingOrder;
        QTest::addRow("%s descending", columns.valueToKey(column)) << column << Qt::DescendingOrder;
    }
}

void TestConversationFilterModel::sort_byEveryColumn()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    m_model->setAll(RowFactory::rows(300), 1);
    m_filter->sort(column, order);
    QCOMPARE(m_filter->rowCount(), 300);
    verifySorted(column, order);
    // Rows that tie keep a stable order, and every row is there once.
    const QStringList ids = proxyIds();
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 300);
}

void TestConversationFilterModel::sort_byCountdownPutsTheSoonestFirst()
{
    const auto row = [](const char *id, qint64 dueIn) {
        return RowFactory::customerOwes(QString::fromLatin1(id), kNow - 10'000, IdleStage::Warning1,
                                        kNow + dueIn);
    };
    ConversationRow none = row("none", 0);
    none.nextStage = IdleStage::None;
    none.nextAtMs = kNoDeadline;
    m_model->setAll({row("late", 600'000), none, row("soon", 5'000), row("mid", 60'000),
                     row("overdue", -2'000)},
                    1);
    m_filter->sort(Model::NextStepColumn, Qt::AscendingOrder);
    QCOMPARE(proxyIds(),
             (QStringList {QStringLiteral("overdue"), QStringLiteral("soon"), QStringLiteral("mid"),
                           QStringLiteral("late"), QStringLiteral("none")}));
    m_filter->sort(Model::NextStepColumn, Qt::DescendingOrder);
    QCOMPARE(proxyIds().constFirst(), QStringLiteral("none"));
    QCOMPARE(proxyIds().constLast(), QStringLiteral("overdue"));
}

void TestConversationFilterModel::sort_otherSettingsUseTheGenericComparison()
{
    // Case-sensitive sorting is not what the typed comparison does: the proxy must notice.
    ConversationRow lower = RowFactory::customerOwes(QStringLiteral("lower"), kNow - 1000,
                                                     IdleStage::Warning1, kNow + 60'000);
    lower.customerName = QStringLiteral("alice");
    ConversationRow upper = lower;
    upper.conversationId = QStringLiteral("upper");
    upper.customerName = QStringLiteral("Bob");
    m_model->setAll({upper, lower}, 1);
    m_filter->sort(Model::CustomerColumn, Qt::AscendingOrder);
    QCOMPARE(proxyIds(), (QStringList {QStringLiteral("lower"), QStringLiteral("upper")}));
    m_filter->setSortCaseSensitivity(Qt::CaseSensitive); // 'B' < 'a'
    QCOMPARE(proxyIds(), (QStringList {QStringLiteral("upper"), QStringLiteral("lower")}));
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);
    QCOMPARE(proxyIds(), (QStringList {QStringLiteral("lower"), QStringLiteral("upper")}));
}

void TestConversationFilterModel::sort_followsBatches()
{
    m_model->setAll(RowFactory::rows(300), 1);
    m_filter->sort(Model::NextStepColumn, Qt::AscendingOrder);
    // One row's deadline moves to the front, one new row lands in the middle, one goes.
    ConversationRow urgent = RowFactory::row(37);
    urgent.nextStage = IdleStage::Close;
    urgent.nextAtMs = kNow - 10'000'000; // before every other deadline
    ConversationRow fresh = RowFactory::row(500);
    m_model->applyBatch({urgent, fresh}, {proxyIds().at(1)}, 2);
    QCOMPARE(m_filter->rowCount(), 300);
    QCOMPARE(proxyIds().constFirst(), RowFactory::id(37));
    verifySorted(Model::NextStepColumn, Qt::AscendingOrder);
    QVERIFY(proxyIds().contains(RowFactory::id(500)));

    // A large scattered batch (one wide dataChanged) keeps the order too.
    QList<ConversationRow> batch;
    for (int i = 0; i < 300; i += 3) {
        ConversationRow changed = RowFactory::row(i);
        changed.nextAtMs = kNow + qint64((i * 104729) % 900) * 1000;
        batch << changed;
    }
    QVERIFY(batch.size() > Model::kMaxChangedRanges);
    m_model->applyBatch(batch, {}, 3);
    verifySorted(Model::NextStepColumn, Qt::AscendingOrder);
}

void TestConversationFilterModel::tick_reSortsNothing_data()
{
    QTest::addColumn<int>("sortColumn");
    QTest::addRow("sorted by countdown") << int(Model::NextStepColumn);
    QTest::addRow("sorted by idle time") << int(Model::IdleColumn);
    QTest::addRow("sorted by customer") << int(Model::CustomerColumn);
}

void TestConversationFilterModel::tick_reSortsNothing()
{
    QFETCH(int, sortColumn);
    m_model->setAll(RowFactory::rows(1000), 1);
    m_filter->sort(sortColumn, Qt::AscendingOrder);
    const QStringList before = proxyIds();
    QSignalSpy layoutAboutToChange(m_filter.get(), &Filter::layoutAboutToBeChanged);
    QSignalSpy layoutChanged(m_filter.get(), &Filter::layoutChanged);
    QSignalSpy reset(m_filter.get(), &Filter::modelAboutToBeReset);
    QSignalSpy changed(m_filter.get(), &Filter::dataChanged);

    const QList<int> visible = m_filter->sourceRows(100, 139);
    for (int second = 0; second < 5; ++second) {
        m_clock.advanceMs(1000);
        m_model->tick(visible);
    }
    QCOMPARE(layoutAboutToChange.size(), 0);
    QCOMPARE(layoutChanged.size(), 0);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(proxyIds(), before);
    // Forwarded on the two time columns only, and only over the ticked rows.
    QVERIFY(!changed.isEmpty());
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        QCOMPARE(topLeft.column(), int(Model::IdleColumn));
        QCOMPARE(bottomRight.column(), int(Model::NextStepColumn));
        QVERIFY(topLeft.row() >= 100 && bottomRight.row() <= 139);
    }
}

void TestConversationFilterModel::filter_byQueues()
{
    m_model->setAll(RowFactory::rows(100), 1);
    m_filter->setQueueFilter({RowFactory::queueId(1), RowFactory::queueId(3)});
    QCOMPARE(m_filter->rowCount(), 40);
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const auto r = m_filter->index(row, 0).data(Model::RowRole).value<ConversationRow>();
        QVERIFY(r.queueId == RowFactory::queueId(1) || r.queueId == RowFactory::queueId(3));
    }
    m_filter->setQueueFilter({});
    QCOMPARE(m_filter->rowCount(), 100);
}

void TestConversationFilterModel::filter_byState_data()
{
    QTest::addColumn<Filter::StateFilter>("state");
    QTest::addColumn<int>("expected"); // of 80 factory rows: i % 8 decides the kind
    QTest::addRow("all") << Filter::StateFilter::All << 80;
    QTest::addRow("customer owes") << Filter::StateFilter::CustomerOwes << 60;
    QTest::addRow("agent owes") << Filter::StateFilter::AgentOwes << 10;
    QTest::addRow("waiting") << Filter::StateFilter::Waiting << 10;
    QTest::addRow("flagged") << Filter::StateFilter::Flagged << 10;
}

void TestConversationFilterModel::filter_byState()
{
    QFETCH(Filter::StateFilter, state);
    QFETCH(int, expected);
    m_model->setAll(RowFactory::rows(80), 1);
    m_filter->setStateFilter(state);
    QCOMPARE(m_filter->rowCount(), expected);
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const auto r = m_filter->index(row, 0).data(Model::RowRole).value<ConversationRow>();
        switch (state) {
        case Filter::StateFilter::CustomerOwes:
            QCOMPARE(r.owes, Party::Customer);
            break;
        case Filter::StateFilter::AgentOwes:
            QCOMPARE(r.owes, Party::Agent);
            break;
        case Filter::StateFilter::Waiting:
            QCOMPARE(r.state, TrackingState::WaitingInQueue);
            break;
        case Filter::StateFilter::Flagged:
            QVERIFY(r.agentFlagged);
            break;
        case Filter::StateFilter::All:
            break;
        }
    }
}

void TestConversationFilterModel::filter_byText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const QString ada = QStringLiteral("ada");
    const QString bob = QStringLiteral("bob");
    QTest::addRow("customer, any case") << QStringLiteral("LOVELACE") << QStringList {ada};
    QTest::addRow("agent") << QStringLiteral("hopper") << QStringList {bob};
    QTest::addRow("conversation id") << QStringLiteral("bo") << QStringList {bob};
    QTest::addRow("queue name") << QStringLiteral("sales") << QStringList {bob};
    QTest::addRow("trimmed") << QStringLiteral("  lovelace ") << QStringList {ada};
    QTest::addRow("empty shows all") << QString() << QStringList {ada, bob};
    QTest::addRow("nothing") << QStringLiteral("zzz") << QStringList {};
}

void TestConversationFilterModel::filter_byText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    ConversationRow ada = RowFactory::customerOwes(QStringLiteral("ada"), kNow - 1000,
                                                   IdleStage::Warning1, kNow + 60'000);
    ada.customerName = QStringLiteral("Ada Lovelace");
    ada.agentName = QStringLiteral("Alan");
    ada.queueId = RowFactory::queueId(0);
    ConversationRow bob = ada;
    bob.conversationId = QStringLiteral("bob");
    bob.customerName = QStringLiteral("Robert");
    bob.agentName = QStringLiteral("Grace Hopper");
    bob.queueId = RowFactory::queueId(1); // "Sales"
    m_model->setAll({ada, bob}, 1);
    m_filter->setTextFilter(text);
    QCOMPARE(proxyIds(), expected);
}

void TestConversationFilterModel::filter_combinesAndFollowsBatches()
{
    m_model->setAll(RowFactory::rows(80), 1);
    m_filter->setQueueFilter({RowFactory::queueId(4)});
    m_filter->setStateFilter(Filter::StateFilter::AgentOwes);
    m_filter->sort(Model::NextStepColumn);
    // Rows i % 8 == 4 and i % 5 == 4: i = 4, 44.
    QCOMPARE(proxyIds(), (QStringList {RowFactory::id(4), RowFactory::id(44)}));
    // Row 44's customer speaks: the customer track runs, it leaves the filter.
    ConversationRow spoke = RowFactory::row(44);
    spoke.owes = spoke.track = Party::Customer;
    spoke.agentFlagged = false;
    // Row 9 (queue 4) starts to owe the agent: it joins.
    ConversationRow owing = RowFactory::row(9);
    owing.owes = Party::Agent;
    m_model->applyBatch({spoke, owing}, {}, 2);
    const QStringList ids = proxyIds();
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()),
             (QSet<QString> {RowFactory::id(4), RowFactory::id(9)}));
    m_model->applyBatch({}, {RowFactory::id(4)}, 3);
    QCOMPARE(proxyIds(), QStringList {RowFactory::id(9)});
}

void TestConversationFilterModel::batches_throughSortedFilteredProxy()
{
    m_model->setAll(RowFactory::rows(400), 1);
    m_filter->setStateFilter(Filter::StateFilter::CustomerOwes);
    m_filter->sort(Model::NextStepColumn);
    QSignalSpy reset(m_filter.get(), &Filter::modelAboutToBeReset);
    quint64 revision = 1;
    int next = 400;
    for (int round = 0; round < 30; ++round) {
        QList<ConversationRow> changed;
        QStringList removed;
        for (int k = 0; k < 20; ++k) { // changes, some moving in and out of the filter
            ConversationRow row = RowFactory::row((round * 37 + k * 11) % 400);
            row.nextAtMs = kNow + qint64((round * 7 + k * 13) % 600) * 1000;
            if (k % 4 == 0)
                row.owes = row.owes == Party::Agent ? Party::Customer : Party::Agent;
            changed << row;
        }
        for (int k = 0; k < 5; ++k) // inserts
            changed << RowFactory::row(next++);
        for (int k = 0; k < 5; ++k)
            removed << RowFactory::id((round * 53 + k * 19) % 400);
        m_model->applyBatch(changed, removed, ++revision);
        if (round % 10 == 9)
            m_model->applyBatch(changed, removed, revision - 1); // stale: ignored
        verifySorted(Model::NextStepColumn, Qt::AscendingOrder);
    }
    QCOMPARE(reset.size(), 0);
    // The proxy shows exactly the model's rows that pass the filter.
    QSet<QString> expected;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const ConversationRow &r = m_model->rowAt(row);
        if (r.state != TrackingState::WaitingInQueue
            && (r.owes == Party::Customer || r.owes == Party::Either))
            expected << r.conversationId;
    }
    const QStringList ids = proxyIds();
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), expected);
    QCOMPARE(ids.size(), expected.size());
}

void TestConversationFilterModel::sourceRows_mapsVisibleRows()
{
    m_model->setAll(RowFactory::rows(50), 1);
    m_filter->sort(Model::NextStepColumn);
    const QList<int> rows = m_filter->sourceRows(-3, 4);
    QCOMPARE(rows.size(), 5);
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(rows[i], m_filter->mapToSource(m_filter->index(i, 0)).row());
    QCOMPARE(m_filter->sourceRows(48, 200).size(), 2);
    QVERIFY(m_filter->sourceRows(10, 5).isEmpty());
}

QTEST_GUILESS_MAIN(TestConversationFilterModel)
#include "tst_conversationfiltermodel.moc"
