// Hostile batches against the window's conversation table model (issue 13 extended to the
// window): a seeded stream of full lists and batches, with new, changed, repeated, removed and
// unknown ids, ids changed and removed at once, stale revisions, odd ticks, sentinel and far
// times, empty and very long texts, drives the model with the sorted filter proxy on top, both
// watched by QAbstractItemModelTester (fatal). After every step the model holds exactly the rows
// a plain list says it should, in its order; rowOf() agrees with rowAt(); every cell of every
// role reads at a random clock time; lessThan() agrees with SortRole. It runs in the unit label,
// so AddressSanitizer/UBSan and ThreadSanitizer run it too.
//
// Replay a failure:  IDLEGUARD_RANDOM_SEED=<seed> IDLEGUARD_RANDOM_RUNS=1
//                    ./tst_conversationtablemodel_randomized
// More runs:         IDLEGUARD_RANDOM_RUNS=2000 ./tst_conversationtablemodel_randomized

#include "core/manualclock.h"
#include "rowfactory.h"
#include "ui/conversationfiltermodel.h"
#include "ui/conversationtablemodel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QTest>

#include <memory>

using namespace IdleGuard;
using namespace IdleGuard::Ui;
using Enforcement::ConversationRow;
using Enforcement::StageResult;
using Model = ConversationTableModel;

namespace {

constexpr qint64 kNow = RowFactory::kNowMs;
constexpr qint64 kYearMs = 365LL * 24 * 3600 * 1000;

class Hostile
{
public:
    explicit Hostile(quint32 seed)
        : m_random(seed)
    { }

    int below(int n) { return int(m_random.bounded(quint32(n))); }
    bool chance(int percent) { return below(100) < percent; }

    // A time as the worker may send it: a sentinel, or anywhere within ten years of now.
    qint64 time()
    {
        switch (below(6)) {
        case 0:
            return kNoTime;
        case 1:
            return kNoDeadline;
        default:
            return kNow + qint64(m_random.bounded(20 * kYearMs)) - 10 * kYearMs;
        }
    }

    QString text()
    {
        switch (below(5)) {
        case 0:
            return {};
        case 1:
            return QString(5000, QChar(u'x' + below(3)));
        case 2:
            return QStringLiteral("\u05e9\u05dc\u05d5\u05dd\nline\t\u0000end"); // RTL, control
        default:
            return QStringLiteral("name %1").arg(below(50));
        }
    }

    template<typename E> E pick(std::initializer_list<E> values)
    {
        return *(values.begin() + below(int(values.size())));
    }

    // Row `i` of the factory, then any of its fields made hostile.
    ConversationRow row(int i)
    {
        ConversationRow r = RowFactory::row(i, kNow);
        if (chance(30))
            r.queueId = chance(50) ? QString() : RowFactory::queueId(below(9));
        if (chance(30))
            r.customerName = text();
        if (chance(30))
            r.agentName = text();
        if (chance(20))
            r.channel = text();
        if (chance(30)) {
            r.state = pick({TrackingState::Tracked, TrackingState::WaitingInQueue,
                            TrackingState::NoAgent, TrackingState::Ended});
            r.owes = pick({Party::None, Party::Customer, Party::Agent, Party::Either});
            r.track = pick({Party::None, Party::Customer, Party::Agent, Party::Either});
        }
        if (chance(40)) {
            r.startedMs = time();
            r.waitingSinceMs = time();
            r.idleSinceMs = time();
            r.nextAtMs = time();
            r.countdownStartMs = time();
            r.snoozedUntilMs = time();
        }
        if (chance(30)) {
            const auto stage = [this] {
                return pick({IdleStage::None, IdleStage::Warning1, IdleStage::Warning2,
                             IdleStage::Close, IdleStage::AgentFlag, IdleStage::AgentEscalate});
            };
            r.stage = stage();
            r.nextStage = stage();
            r.results.clear();
            for (int k = below(4); k > 0; --k)
                r.results.append({stage(),
                                  pick({JournalOutcome::Pending, JournalOutcome::Succeeded,
                                        JournalOutcome::Skipped, JournalOutcome::Failed,
                                        JournalOutcome::Observed}),
                                  time(), text()});
        }
        if (chance(20))
            r.messageCount = pick({0, 1, 999'999, std::numeric_limits<int>::max()});
        if (chance(20)) {
            r.exempt = chance(50);
            r.observeOnly = chance(50);
            r.awaitingAgentMessage = chance(50);
            r.agentFlagged = chance(50);
            r.held = chance(50);
            r.claimedBy = chance(50) ? text() : QString();
            r.pending = chance(50) ? text() : QString();
        }
        return r;
    }

private:
    QRandomGenerator m_random;
};

// What the model should hold: the rows in order, by the rules its header states.
struct Expected
{
    QList<ConversationRow> rows;
    quint64 revision = 0;

    qsizetype find(const QString &id) const
    {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows.at(i).conversationId == id)
                return i;
        }
        return -1;
    }

    void setAll(const QList<ConversationRow> &all, quint64 rev)
    {
        rows = all;
        revision = rev;
    }

    void applyBatch(const QList<ConversationRow> &changed, const QStringList &removed, quint64 rev)
    {
        if (rev <= revision)
            return; // a stale batch changes nothing
        revision = rev;
        const QSet<QString> gone(removed.cbegin(), removed.cend());
        rows.removeIf(
            [&gone](const ConversationRow &r) { return gone.contains(r.conversationId); });
        for (const ConversationRow &r : changed) {
            if (gone.contains(r.conversationId))
                continue; // changed and removed: removed
            if (const qsizetype at = find(r.conversationId); at >= 0)
                rows[at] = r; // a known id changes in place; a repeated new id keeps its place
            else
                rows.append(r);
        }
    }
};

quint32 firstSeed()
{
    bool ok = false;
    const quint32 seed = qEnvironmentVariable("IDLEGUARD_RANDOM_SEED").toUInt(&ok);
    return ok ? seed : 20261206;
}

int runs()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("IDLEGUARD_RANDOM_RUNS", &ok);
    return ok && n > 0 ? n : 40;
}

} // namespace

class TestConversationTableModelRandomized : public QObject
{
    Q_OBJECT

private slots:
    void hostileBatchesKeepTheModelRight();

private:
    static QString check(const Model &model, const Expected &expected);
    static QString readEveryCell(const Model &model, ManualClock &clock, Hostile &hostile);
    void step(Model &model, Expected &expected, Hostile &hostile, int &nextId);
};

void TestConversationTableModelRandomized::hostileBatchesKeepTheModelRight()
{
    const quint32 first = firstSeed();
    for (int run = 0; run < runs(); ++run) {
        const quint32 seed = first + quint32(run);
        Hostile hostile(seed);
        ManualClock clock(kNow);
        Model model(clock);
        ConversationFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(hostile.below(Model::ColumnCount),
                   hostile.chance(50) ? Qt::AscendingOrder : Qt::DescendingOrder);
        QAbstractItemModelTester modelTester(&model,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester proxyTester(&proxy,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
        Expected expected;
        int nextId = 0;
        for (int i = 0; i < 120; ++i) {
            step(model, expected, hostile, nextId);
            QString problem = check(model, expected);
            if (problem.isEmpty() && i % 10 == 0)
                problem = readEveryCell(model, clock, hostile);
            QVERIFY2(
                problem.isEmpty(),
                qPrintable(QStringLiteral("seed %1, step %2: %3").arg(seed).arg(i).arg(problem)));
            QCOMPARE(proxy.rowCount() <= model.rowCount(), true);
        }
    }
}

void TestConversationTableModelRandomized::step(Model &model, Expected &expected, Hostile &hostile,
                                                int &nextId)
{
    const int what = hostile.below(100);
    if (what < 5) {
        // A full list, whatever its revision (a restarted worker counts from the start again).
        QList<ConversationRow> all;
        for (int k = hostile.below(60); k > 0; --k)
            all.append(hostile.row(nextId++));
        const quint64 revision
            = quint64(hostile.below(4)) + (hostile.chance(50) ? 0 : expected.revision);
        model.setAll(all, revision);
        expected.setAll(all, revision);
        return;
    }
    if (what < 15) {
        // The 1 Hz tick, with rows a view may no longer have.
        QList<int> rows;
        for (int k = hostile.below(5); k > 0; --k)
            rows.append(hostile.below(model.rowCount() + 10) - 5);
        model.tick(rows);
        model.tick(hostile.below(40) - 10, hostile.below(40) - 10);
        return;
    }
    QList<ConversationRow> changed;
    QStringList removed;
    for (int k = hostile.below(12); k > 0; --k) {
        if (!expected.rows.isEmpty() && hostile.chance(60)) {
            // A known id, changed (its factory index is lost; any row will do under its id).
            ConversationRow r = hostile.row(hostile.below(1000));
            r.conversationId
                = expected.rows.at(hostile.below(int(expected.rows.size()))).conversationId;
            changed.append(r);
        } else {
            changed.append(hostile.row(nextId++));
        }
        if (hostile.chance(10))
            changed.append(changed.last()); // the same row twice in one batch
    }
    for (int k = hostile.below(6); k > 0; --k) {
        if (!expected.rows.isEmpty() && hostile.chance(70))
            removed.append(
                expected.rows.at(hostile.below(int(expected.rows.size()))).conversationId);
        else if (!changed.isEmpty() && hostile.chance(50))
            removed.append(changed.at(hostile.below(int(changed.size()))).conversationId);
        else
            removed.append(RowFactory::id(100'000 + hostile.below(100))); // never seen
    }
    // Mostly the next revision; sometimes a jump, sometimes one already taken in (stale).
    const quint64 revision = hostile.chance(15)
        ? expected.revision - quint64(hostile.below(int(qMin<quint64>(expected.revision, 3)) + 1))
        : expected.revision + 1 + quint64(hostile.below(3));
    model.applyBatch(changed, removed, revision);
    expected.applyBatch(changed, removed, revision);
}

QString TestConversationTableModelRandomized::check(const Model &model, const Expected &expected)
{
    if (model.revision() != expected.revision)
        return QStringLiteral("revision %1, expected %2")
            .arg(model.revision())
            .arg(expected.revision);
    if (model.rowCount() != expected.rows.size())
        return QStringLiteral("%1 rows, expected %2")
            .arg(model.rowCount())
            .arg(expected.rows.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        const ConversationRow &want = expected.rows.at(row);
        if (!(model.rowAt(row) == want))
            return QStringLiteral("row %1 is %2, expected %3")
                .arg(row)
                .arg(model.rowAt(row).conversationId, want.conversationId);
        if (model.rowOf(want.conversationId) != row)
            return QStringLiteral("rowOf(%1) = %2, expected %3")
                .arg(want.conversationId)
                .arg(model.rowOf(want.conversationId))
                .arg(row);
    }
    return {};
}

QString TestConversationTableModelRandomized::readEveryCell(const Model &model, ManualClock &clock,
                                                            Hostile &hostile)
{
    clock.setNowMs(hostile.chance(50) ? kNow : kNow + hostile.below(1'000'000'000));
    const QList<int> roles {Qt::DisplayRole,        Qt::ToolTipRole,
                            Qt::DecorationRole,     Qt::ForegroundRole,
                            Qt::BackgroundRole,     Qt::TextAlignmentRole,
                            Qt::AccessibleTextRole, Model::ConversationIdRole,
                            Model::SortRole,        Model::FractionRole,
                            Model::BarKindRole,     Model::RemainingTextRole,
                            Model::StageNameRole,   Model::RowRole};
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < Model::ColumnCount; ++column) {
            const QModelIndex index = model.index(row, column);
            for (int role : roles)
                (void)model.data(index, role);
            const double fraction = model.data(index, Model::FractionRole).toDouble();
            if (model.data(index, Model::FractionRole).isValid()
                && !(fraction >= 0 && fraction <= 1))
                return QStringLiteral("fraction %1 in row %2").arg(fraction).arg(row);
        }
    }
    // lessThan() orders exactly as SortRole says, on random pairs of every column.
    for (int k = 0; k < 50 && model.rowCount() > 0; ++k) {
        const int a = hostile.below(model.rowCount());
        const int b = hostile.below(model.rowCount());
        const int column = hostile.below(Model::ColumnCount);
        const QVariant left = model.index(a, column).data(Model::SortRole);
        const QVariant right = model.index(b, column).data(Model::SortRole);
        const bool expected = left.typeId() == QMetaType::QString
            ? QString::compare(left.toString(), right.toString(), Qt::CaseInsensitive) < 0
            : left.toLongLong() < right.toLongLong();
        if (model.lessThan(a, b, column) != expected)
            return QStringLiteral("lessThan(%1, %2, column %3) disagrees with SortRole")
                .arg(a)
                .arg(b)
                .arg(column);
    }
    return {};
}

QTEST_MAIN(TestConversationTableModelRandomized)
#include "tst_conversationtablemodel_randomized.moc"
