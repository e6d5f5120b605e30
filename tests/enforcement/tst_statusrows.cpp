// The dashboard's rows as the worker sends them, against the sandbox organisation on its stepped
// clock: a batch after a feed update, one batch for many updates within the interval, removals,
// an action from pending to done, a stage held during a feed gap, and the acknowledgements
// (policies applied, observe-only echoed). Then the same signals through the Enforcer, across
// threads.

#include "core/manualclock.h"
#include "enforcement/enforcer.h"
#include "enforcement/statusstream.h"
#include "enforcementharness.h"
#include "enforcertestaccess.h"
#include "sandbox/conversationstore.h"
#include "sandbox/faultinjector.h"
#include "sandbox/sandbox.h"

#include <QSignalSpy>
#include <QTest>

using namespace IdleGuard;
using namespace IdleGuard::Enforcement;
using namespace IdleGuard::Sandbox;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kT1Ms = 60'000;

PolicySet testPolicies(int t1 = 60, int t2 = 120, int t3 = 180)
{
    return EnforcementHarness::policies(EnforcementHarness::policyJson(t1, t2, t3));
}

QList<ConversationRow> rowsOf(const QList<QVariant> &signal)
{
    return signal.at(0).value<QList<ConversationRow>>();
}

// The newest row of a conversation in the batches so far.
std::optional<ConversationRow> newestRow(const QSignalSpy &batches, const QString &id)
{
    for (qsizetype i = batches.size() - 1; i >= 0; --i) {
        for (const ConversationRow &row : rowsOf(batches.at(i))) {
            if (row.conversationId == id)
                return row;
        }
    }
    return std::nullopt;
}

// The row as it stands, from a full list.
std::optional<ConversationRow> currentRow(EnforcementWorker &worker, const QString &id)
{
    QSignalSpy lists(&worker, &EnforcementWorker::statusesReady);
    worker.requestStatuses();
    if (lists.size() != 1)
        return std::nullopt;
    for (const ConversationRow &row : rowsOf(lists.at(0))) {
        if (row.conversationId == id)
            return row;
    }
    return std::nullopt;
}

} // namespace

class TestStatusRows : public QObject
{
    Q_OBJECT

private slots:
    void batchAfterAFeedUpdate();
    void manyUpdatesWithinTheIntervalGiveOneBatch();
    void removedConversationsAreReported();
    void actionGoesFromPendingToSucceeded();
    void heldDuringAFeedGap();
    void policiesAndObserveOnlyAreAcknowledged();
    void enforcerRelaysAcrossThreads();
};

void TestStatusRows::batchAfterAFeedUpdate()
{
    EnforcementHarness h;
    QVERIFY(h.start());
    auto &a = h.addInstance(u"a"_s, testPolicies());
    QSignalSpy batches(a.worker.get(), &EnforcementWorker::statusesChanged);
    const QString id = h.startTracked();
    const qint64 t0 = h.now();
    QVERIFY(batches.isEmpty()); // nothing before the interval is up (the clock has not moved)
    QVERIFY(h.advanceBy(StatusStream::kIntervalMs));
    QVERIFY(!batches.isEmpty());
    const auto row = newestRow(batches, id);
    QVERIFY(row);
    QCOMPARE(row->queueId, h.queueId());
    QCOMPARE(row->customerName, u"Alex"_s);
    QVERIFY(!row->agentName.isEmpty());
    QCOMPARE(row->channel, u"webmessaging"_s); // the sandbox sends participants[].type
    QCOMPARE(row->state, TrackingState::Tracked);
    QCOMPARE(row->owes, Party::Customer);
    QCOMPARE(row->nextStage, IdleStage::Warning1);
    QCOMPARE(row->nextAtMs, t0 + kT1Ms);
    QCOMPARE(row->countdownStartMs, t0);
    QCOMPARE(row->idleSinceMs, t0);
    QCOMPARE(row->messageCount, 2);
    QVERIFY(row->startedMs != kNoTime && row->startedMs <= t0);
    QVERIFY(row->results.isEmpty());
    QVERIFY(row->pending.isEmpty());
    QVERIFY(!row->held);
    QVERIFY(!row->observeOnly);
    QVERIFY(row->claimedBy.isEmpty());
    // Revisions only grow.
    for (qsizetype i = 1; i < batches.size(); ++i)
        QVERIFY(batches.at(i).at(2).value<quint64>() > batches.at(i - 1).at(2).value<quint64>());
}

void TestStatusRows::manyUpdatesWithinTheIntervalGiveOneBatch()
{
    EnforcementHarness h;
    QVERIFY(h.start());
    auto &a = h.addInstance(u"a"_s, testPolicies());
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids << h.startTracked();
    a.worker->flushStatuses(); // the interval counts from here
    QSignalSpy batches(a.worker.get(), &EnforcementWorker::statusesChanged);
    const qint64 from = h.now();
    // Five conversations change, one every 20 ms, the worker woken each time.
    for (int i = 0; i < 5; ++i) {
        h.customerSays(ids.at(i), u"Hello?"_s);
        QVERIFY(h.advanceTo(from + (i + 1) * 20));
        QCOMPARE(batches.size(), i < 4 ? 0 : 1);
    }
    QStringList changed;
    for (const ConversationRow &row : rowsOf(batches.at(0))) {
        changed << row.conversationId;
        QCOMPARE(row.messageCount, 3); // each customer's message shows
    }
    changed.sort();
    ids.sort();
    QCOMPARE(changed, ids);
}

void TestStatusRows::removedConversationsAreReported()
{
    EnforcementHarness h;
    QVERIFY(h.start());
    auto &a = h.addInstance(u"a"_s, testPolicies());
    QSignalSpy batches(a.worker.get(), &EnforcementWorker::statusesChanged);
    const QString gone = h.startTracked();
    const QString stays = h.startTracked();
    QVERIFY(h.advanceBy(StatusStream::kIntervalMs));
    QVERIFY(newestRow(batches, gone));
    batches.clear();
    h.sandbox().store().disconnectAll(gone, false);
    QVERIFY(h.settle());
    QVERIFY(h.advanceBy(StatusStream::kIntervalMs));
    QStringList removed;
    for (const auto &batch : std::as_const(batches))
        removed += batch.at(1).toStringList();
    QCOMPARE(removed, QStringList {gone});
    const auto row = currentRow(*a.worker, stays);
    QVERIFY(row);
    QVERIFY(!currentRow(*a.worker, gone));
}

void TestStatusRows::actionGoesFromPendingToSucceeded()
{
    EnforcementHarness h;
    QVERIFY(h.start());
    // One instance: no claim, so the warning goes out at the deadline's own wake-up.
    auto &a = h.addInstance(u"a"_s, testPolicies(), {},
                            [](EnforcementWorker::Settings &s) { s.claimLeadMs = 0; });
    const QString id = h.startTracked();
    const qint64 t0 = h.now();
    QVERIFY(h.advanceTo(t0 + kT1Ms - 1'000));
    QSignalSpy batches(a.worker.get(), &EnforcementWorker::statusesChanged);
    QVERIFY(h.advanceTo(t0 + kT1Ms));
    // The batch of the deadline's wake-up: the warning under way.
    QVERIFY(!batches.isEmpty());
    const auto pending = [&]() -> std::optional<ConversationRow> {
        for (const auto &batch : std::as_const(batches)) {
            for (const ConversationRow &row : rowsOf(batch)) {
                if (row.conversationId == id && !row.pending.isEmpty())
                    return row;
            }
        }
        return std::nullopt;
    }();
    QVERIFY(pending);
    QCOMPARE(pending->pending, u"sendWarning warning1"_s);
    QCOMPARE(pending->results,
             (QList<StageResult> {{IdleStage::Warning1, JournalOutcome::Pending, t0 + kT1Ms, {}}}));
    QCOMPARE(pending->stage, IdleStage::Warning1);
    QCOMPARE(pending->nextStage, IdleStage::Warning2);
    // Done by the next batch.
    QVERIFY(h.advanceBy(StatusStream::kIntervalMs));
    const auto done = newestRow(batches, id);
    QVERIFY(done);
    QVERIFY(done->pending.isEmpty());
    QCOMPARE(
        done->results,
        (QList<StageResult> {{IdleStage::Warning1, JournalOutcome::Succeeded, t0 + kT1Ms, {}}}));
    QCOMPARE(h.messagesStartingWith(id, u"[W1]"_s).size(), 1);
}

void TestStatusRows::heldDuringAFeedGap()
{
    // As in tst_feedgap: the feed cut, the stage falls due, its fresh read refused twice.
    EnforcementHarness h;
    QVERIFY(h.start());
    auto &a = h.addInstance(u"a"_s, testPolicies());
    QSignalSpy batches(a.worker.get(), &EnforcementWorker::statusesChanged);
    const QString id = h.startTracked();
    const qint64 t0 = h.now();
    QVERIFY(h.advanceTo(t0 + 20'000));
    h.cutFeed(u"a"_s);
    QVERIFY(h.advanceTo(t0 + kT1Ms - 1));
    h.sandbox().faults().failNext(2, 503, u"/api/v2/conversations/messages/"_s + id);
    QVERIFY(h.advanceTo(t0 + kT1Ms));
    const auto held = newestRow(batches, id);
    QVERIFY(held);
    QVERIFY(held->held);
    QVERIFY(currentRow(*a.worker, id)->held);
    QCOMPARE(h.messagesStartingWith(id, u"[W1]"_s).size(), 0);
    // Read at last, claimed and sent: no longer held, and the row says it was done.
    QVERIFY(h.advanceTo(t0 + kT1Ms + 30'000));
    QCOMPARE(h.messagesStartingWith(id, u"[W1]"_s).size(), 1);
    const auto after = newestRow(batches, id);
    QVERIFY(!after->held);
    QCOMPARE(after->results.size(), 1);
    QCOMPARE(after->results.constFirst().outcome, JournalOutcome::Succeeded);
    QVERIFY(!currentRow(*a.worker, id)->held);
}

void TestStatusRows::policiesAndObserveOnlyAreAcknowledged()
{
    EnforcementHarness h;
    QVERIFY(h.start());
    auto &a = h.addInstance(u"a"_s, testPolicies());
    EnforcementWorker &worker = *a.worker;
    QSignalSpy applied(&worker, &EnforcementWorker::policiesApplied);
    QSignalSpy rejected(&worker, &EnforcementWorker::policiesRejected);
    QSignalSpy echoed(&worker, &EnforcementWorker::observeOnlyChanged);
    QSignalSpy batches(&worker, &EnforcementWorker::statusesChanged);
    const QString id = h.startTracked();
    const qint64 t0 = h.now();
    QVERIFY(h.advanceBy(StatusStream::kIntervalMs));

    // A new set: acknowledged with the revision now in force, and every row follows it.
    const int before = EnforcerTestAccess::engine(worker).policyRevision();
    worker.setPolicies(testPolicies(120, 240, 360));
    QCOMPARE(applied.size(), 1);
    QCOMPARE(applied.at(0).at(0).toInt(), before + 1);
    QCOMPARE(EnforcerTestAccess::engine(worker).policyRevision(), before + 1);
    QVERIFY(rejected.isEmpty());
    batches.clear();
    QVERIFY(h.advanceBy(StatusStream::kIntervalMs));
    QCOMPARE(newestRow(batches, id)->nextAtMs, t0 + 120'000);

    // A set the engine refuses: rejected, nothing applied.
    PolicySet invalid = testPolicies();
    invalid.defaultPolicy.warning1.afterSeconds = 1; // below Policy::kMinSeconds
    worker.setPolicies(invalid);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(applied.size(), 1);

    // Observe-only: echoed every time, and shown in every row.
    worker.setObserveOnly(true);
    worker.setObserveOnly(true);
    QCOMPARE(echoed.size(), 2);
    QCOMPARE(echoed.at(0).at(0).toBool(), true);
    QVERIFY(h.advanceBy(StatusStream::kIntervalMs));
    QVERIFY(newestRow(batches, id)->observeOnly);
    worker.setObserveOnly(false);
    QCOMPARE(echoed.size(), 3);
    QCOMPARE(echoed.at(2).at(0).toBool(), false);
}

void TestStatusRows::enforcerRelaysAcrossThreads()
{
    // The Enforcer's own signals, the worker on its thread: values cross by queued connection.
    ManualClock clock(1'000'000);
    QTemporaryDir dir;
    EnforcementWorker::Settings settings;
    settings.environment = Genesys::Environment::custom(QUrl(u"http://127.0.0.1:9"_s));
    settings.journalPath = dir.filePath(u"journal.sqlite"_s);
    settings.wallTimer = false;
    settings.claimLeadMs = 0;
    Enforcer enforcer(clock, settings);
    QSignalSpy started(&enforcer, &Enforcer::started);
    QSignalSpy applied(&enforcer, &Enforcer::policiesApplied);
    QSignalSpy echoed(&enforcer, &Enforcer::observeOnlyChanged);
    QSignalSpy batches(&enforcer, &Enforcer::statusesChanged);
    QSignalSpy lists(&enforcer, &Enforcer::statusesReady);
    enforcer.setPolicies(testPolicies());
    enforcer.start();
    QTRY_COMPARE(started.size(), 1);
    QTRY_COMPARE(applied.size(), 1);
    QVERIFY(applied.at(0).at(0).toInt() > 0);
    enforcer.setObserveOnly(true);
    QTRY_COMPARE(echoed.size(), 1);
    QCOMPARE(echoed.at(0).at(0).toBool(), true);

    // A customer waiting in a queue, handed over the way the feed does it (queued).
    Conversation c;
    c.id = u"c1"_s;
    c.queueId = u"q1"_s;
    c.startMs = clock.nowMs() - 30'000;
    Participant customer;
    customer.id = u"p1"_s;
    customer.purpose = ParticipantPurpose::Customer;
    customer.state = ParticipantState::Connected;
    customer.name = u"Kim"_s;
    customer.startMs = c.startMs;
    Participant acd;
    acd.id = u"p2"_s;
    acd.purpose = ParticipantPurpose::Acd;
    acd.state = ParticipantState::Connected;
    acd.queueId = u"q1"_s;
    acd.startMs = c.startMs + 1'000;
    acd.connectedMs = c.startMs + 1'000;
    c.participants = {customer, acd};
    EnforcementWorker *worker = EnforcerTestAccess::worker(enforcer);
    QMetaObject::invokeMethod(worker, [worker, c] { worker->updateConversation(c); });
    clock.advanceMs(StatusStream::kIntervalMs);
    enforcer.wake(); // a stepped clock: the batch goes out when the worker is woken
    QTRY_COMPARE(batches.size(), 1);
    const QList<ConversationRow> changed = rowsOf(batches.at(0));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).conversationId, u"c1"_s);
    QCOMPARE(changed.at(0).customerName, u"Kim"_s);
    QCOMPARE(changed.at(0).state, TrackingState::WaitingInQueue);
    QCOMPARE(changed.at(0).waitingSinceMs, c.startMs + 1'000);
    QVERIFY(changed.at(0).observeOnly);

    enforcer.requestStatuses();
    QTRY_COMPARE(lists.size(), 1);
    QCOMPARE(rowsOf(lists.at(0)), changed);
    QVERIFY(lists.at(0).at(1).value<quint64>() > batches.at(0).at(2).value<quint64>());
    enforcer.stop();
}

QTEST_GUILESS_MAIN(TestStatusRows)
#include "tst_statusrows.moc"
