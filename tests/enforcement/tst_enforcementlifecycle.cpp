// Re-entry, emission order and teardown in the worker and the action executor, found in review:
// rearm() never nests (not even when the rate budget holds every request back), a receiver of
// ActionExecutor::finished finds the executor's bookkeeping done and the next job not started,
// and an executor destroyed in the middle of looking for a sent message leaves no job behind.

#include "core/auditjournal.h"
#include "enforcement/actionexecutor.h"
#include "enforcement/stageclaim.h"
#include "enforcementharness.h"
#include "enforcertestaccess.h"
#include "genesys/environment.h"
#include "sandbox/eventscheduler.h"
#include "sandbox/faultinjector.h"
#include "sandbox/sandbox.h"
#include "sandbox/simconversation.h"

#include <QTest>
#include <QTimer>

using namespace IdleGuard;
using namespace IdleGuard::Enforcement;
using namespace IdleGuard::Sandbox;
using namespace Qt::StringLiterals;

namespace {

// An executor of the test's own against the harness's sandbox: its client's waits and the
// executor's are kept by the test, to run or to drop.
struct OwnExecutor
{
    explicit OwnExecutor(EnforcementHarness &h)
        : client(Genesys::Environment::custom(h.sandbox().baseUrl()),
                 h.sandbox().scheduler().clock())
        , api(client)
        , journal(h.sandbox().scheduler().clock())
    {
        client.setAccessToken(h.fixture().serviceToken());
        client.setDelay(
            [this](qint64, std::function<void()> then) { clientWaits.append(std::move(then)); });
        if (!dir.isValid() || !journal.open(dir.filePath(u"journal.sqlite"_s)))
            qFatal("no journal");
        executor = std::make_unique<ActionExecutor>(
            api, journal, h.sandbox().scheduler().clock(),
            [this](qint64, std::function<void()> then) { executorWaits.append(std::move(then)); });
    }

    QTemporaryDir dir;
    Genesys::RestClient client;
    Genesys::GenesysApi api;
    AuditJournal journal;
    std::unique_ptr<ActionExecutor> executor;
    QList<std::function<void()>> clientWaits;
    QList<std::function<void()>> executorWaits;
};

IdleAction warning(EnforcementHarness &h, const QString &id)
{
    return h.warning1(id, u"[W1] Alex, are you there?"_s, h.now(), h.now());
}

} // namespace

class TestEnforcementLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void rearmNeverReentersUnderARateLimitHold();
    void finishedSeesTheBookkeepingDone();
    void executorStoppedMidLookupLeavesNoJob();
    void stoppedWorkerLeavesNoTimerRunning();
};

void TestEnforcementLifecycle::rearmNeverReentersUnderARateLimitHold()
{
    // Twenty stages fall due together while every request waits for the rate budget (a 429's
    // Retry-After): each wait goes on the worker's agenda. rearm() must only compute the timer:
    // a claim it started would put its wait on the agenda, which re-arms, inside rearm().
    EnforcementHarness h;
    QVERIFY(h.start());
    auto &a = h.addInstance(
        u"a"_s, EnforcementHarness::policies(EnforcementHarness::policyJson(60, 120, 180)));
    Genesys::RestClient &client = *EnforcerTestAccess::client(*a.worker);
    QStringList ids;
    for (int i = 0; i < 20; ++i)
        ids << h.startTracked();
    const qint64 t0 = h.now();
    QVERIFY(h.advanceTo(t0 + 56'000));
    QCOMPARE(client.requestsOnTheWire(), 0);
    // The claims fall due (claimLeadMs + margin before the deadline) but nobody woke the worker:
    // whatever makes it re-arm must not send them.
    h.sandbox().step(1'500);
    a.worker->setFeedLive(true);
    a.worker->setObserveOnly(false);
    QCOMPARE(client.requestsOnTheWire(), 0);
    QCOMPARE(a.worker->nextWakeMs(), h.now()); // it asks to be woken now, and only then claims

    client.budget().recordTooManyRequests(10);
    const quint64 rearmsBefore = EnforcerTestAccess::rearms(*a.worker);
    QVERIFY(h.advanceTo(t0 + 90'000));
    QCOMPARE(EnforcerTestAccess::maxRearmDepth(*a.worker), 1);
    // A handful per stage (its claim, reads, send and record coming back), not one more for
    // every request the budget held back: those go on the agenda behind the armed time.
    const quint64 rearms = EnforcerTestAccess::rearms(*a.worker) - rearmsBefore;
    QVERIFY2(rearms <= 12 * quint64(ids.size()), qPrintable(u"%1 rearms"_s.arg(rearms)));
    // The claims still went out, after the hold, and every customer was warned once.
    for (const QString &id : std::as_const(ids)) {
        const SimParticipant *agent = h.conversation(id)->agent();
        QVERIFY(agent);
        const auto claim = StageClaim::parse(agent->attributes.value(StageClaim::kKey));
        QVERIFY(claim);
        QCOMPARE(claim->instanceId, u"a"_s);
        QCOMPARE(h.messagesStartingWith(id, u"[W1]"_s).size(), 1);
    }
}

void TestEnforcementLifecycle::finishedSeesTheBookkeepingDone()
{
    EnforcementHarness h;
    QVERIFY(h.start());
    const QString id = h.startTracked();
    OwnExecutor own(h);
    ActionExecutor &executor = *own.executor;
    IdleAction flag = warning(h, id);
    flag.kind = IdleAction::Kind::FlagAgent;
    flag.stage = IdleStage::AgentFlag;
    flag.text.clear();

    QList<ActionReport> reports;
    QList<int> busyWhenReported;
    bool nested = false;
    bool inside = false;
    QObject::connect(&executor, &ActionExecutor::finished, &executor,
                     [&](const ActionReport &report) {
                         nested = nested || inside;
                         inside = true;
                         reports.append(report);
                         busyWhenReported.append(executor.busyCount());
                         inside = false;
                     });
    // The warning runs (requests); the flag waits behind it on the same conversation.
    executor.execute(warning(h, id));
    executor.execute(flag);
    QCOMPARE(executor.busyCount(), 2);
    QTRY_COMPARE(reports.size(), 2);
    QCOMPARE(reports.at(0).action.kind, IdleAction::Kind::SendWarning);
    QCOMPARE(reports.at(0).outcome, JournalOutcome::Succeeded);
    // The warning's receiver found it no longer counted, and the flag not yet run (it runs
    // once the receiver has returned, not inside it).
    QCOMPARE(busyWhenReported, (QList<int> {1, 0}));
    QCOMPARE(reports.at(1).action.kind, IdleAction::Kind::FlagAgent);
    QVERIFY(!nested);
    QVERIFY(own.clientWaits.isEmpty());
}

void TestEnforcementLifecycle::executorStoppedMidLookupLeavesNoJob()
{
    // The send's answer is lost, so the executor reads the conversation and then each candidate
    // message's text. One of those reads is refused and waits in the client to be tried again:
    // the executor is stopped right there.
    EnforcementHarness h;
    QVERIFY(h.start());
    const QString id = h.startTracked();
    const int baseline = EnforcerTestAccess::liveExecutorJobs();
    {
        OwnExecutor own(h);
        h.sandbox().faults().dropResponseNext(1, u"/communications/"_s);
        h.sandbox().faults().failNext(1, 503,
                                      u"/api/v2/conversations/messages/%1/messages/"_s.arg(id));
        own.executor->execute(warning(h, id));
        QCOMPARE(EnforcerTestAccess::liveExecutorJobs(), baseline + 1);
        QTRY_VERIFY(!own.clientWaits.isEmpty()); // a message read waits for its retry
        QCOMPARE(EnforcerTestAccess::liveExecutorJobs(), baseline + 1);
        own.executor.reset(); // stopped mid-lookup: its callbacks go with it
        QCOMPARE(EnforcerTestAccess::liveExecutorJobs(), baseline);
        own.clientWaits.clear();
        own.executorWaits.clear();
    }
    QCOMPARE(EnforcerTestAccess::liveExecutorJobs(), baseline);
}

QTEST_GUILESS_MAIN(TestEnforcementLifecycle)
// Enforcer::stop() moves the stopped worker back to the Enforcer's thread; a timer of its subtree
// still running would move with it and fire there (found by AddressSanitizer as the leaked list
// of timers Qt hands over, when the status stream's batch timer was left running).
void TestEnforcementLifecycle::stoppedWorkerLeavesNoTimerRunning()
{
    EnforcementHarness h;
    QVERIFY(h.start());
    auto &instance = h.addInstance(
        u"a"_s, EnforcementHarness::policies(EnforcementHarness::policyJson(60, 120, 180)), {},
        [](EnforcementWorker::Settings &s) { s.wallTimer = true; });
    h.startTracked();
    QTRY_VERIFY(!instance.worker->findChildren<QTimer *>().isEmpty());
    const auto running = [&] {
        int active = 0;
        for (const QTimer *timer : instance.worker->findChildren<QTimer *>())
            active += timer->isActive() ? 1 : 0;
        return active;
    };
    QTRY_VERIFY(running() > 0); // the batch timer of the tracked conversation's row
    instance.worker->stop();
    QCOMPARE(running(), 0);
}

#include "tst_enforcementlifecycle.moc"
