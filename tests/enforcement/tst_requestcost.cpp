// What a stage costs in requests against the platform's per-token rate limit, counted at the
// sandbox by endpoint (docs/enforcement.md, "Capacity"): a warning in the steady state is the
// message and its record (the next stage's claim rides on the record, the communication id comes
// from the feed), a close is the closing message and one disconnect that also sets the wrap-up
// code (and, where other instances may watch, the close's record between the two). And what the
// savings must not cost: a refused wrap-up code still disconnects, a second instance still stands
// by, a wrong peer still gets the message out, a disconnect that fails still leaves the record.

#include "core/stagerecord.h"
#include "enforcement/stageclaim.h"
#include "enforcementharness.h"
#include "sandbox/faultinjector.h"
#include "sandbox/httppipeline.h"
#include "sandbox/sandbox.h"
#include "sandbox/simconversation.h"
#include "sandboxfixture.h"

#include <QTest>

using namespace IdleGuard;
using namespace IdleGuard::Enforcement;
using namespace IdleGuard::Sandbox;
using namespace Qt::StringLiterals;

namespace {

using Counts = QHash<QString, qint64>;

const QString kAttributes = u"PATCH /api/v2/conversations/messages/{}/participants/{}/attributes"_s;
const QString kParticipant = u"PATCH /api/v2/conversations/messages/{}/participants/{}"_s;
const QString kSend = u"POST /api/v2/conversations/messages/{}/communications/{}/messages"_s;
const QString kCommunication = u"GET /api/v2/conversations/{}"_s;

Counts since(EnforcementHarness &h, const Counts &before)
{
    Counts out;
    const Counts now = h.sandbox().pipeline().apiRequestsByEndpoint();
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (const qint64 n = it.value() - before.value(it.key()); n > 0)
            out.insert(it.key(), n);
    }
    return out;
}

PolicySet policies(EnforcementHarness &h, const QString &wrapUpCode, int warning2 = 300,
                   int close = 600)
{
    QJsonObject json = EnforcementHarness::policyJson(60, warning2, close);
    QJsonObject policy = json.value("default"_L1).toObject();
    policy.remove("agent"_L1);
    policy.insert("wrapUpCode"_L1, wrapUpCode.isNull() ? h.wrapupCode() : wrapUpCode);
    json.insert("default"_L1, policy);
    return EnforcementHarness::policies(json);
}

} // namespace

class TestRequestCost : public QObject
{
    Q_OBJECT

private slots:
    void everyStageCostsWhatItMust_data();
    void everyStageCostsWhatItMust();
    void refusedWrapupCodeStillDisconnects();
    void secondInstanceDoesNotClaimOverAnEarlyClaim();
    void backlogGoesInDeadlineOrderAndIsReported();
    void refusedPeerCommunicationIsReadAndSentOnce();
    void ownerKeepsTheConversationAcrossIdlePeriods();
    void failedDisconnectLeavesTheCloseRecord();
    void closingMessageBeforeAKillIsFollowedByTheDisconnect();
};

void TestRequestCost::everyStageCostsWhatItMust_data()
{
    QTest::addColumn<qint64>("claimLeadMs");
    QTest::newRow("claims") << qint64(2'000);
    QTest::newRow("one instance, no claims") << qint64(0);
}

void TestRequestCost::everyStageCostsWhatItMust()
{
    QFETCH(qint64, claimLeadMs);
    EnforcementHarness h;
    QVERIFY(h.start());
    h.addInstance(u"a"_s, policies(h, {}), {},
                  [claimLeadMs](EnforcementWorker::Settings &s) { s.claimLeadMs = claimLeadMs; });
    const QString id = h.startTracked();
    const qint64 t0 = h.now();
    const bool claims = claimLeadMs > 0;

    // Warning 1: the agent's communication id comes from the feed (the customer's peer), and
    // the first stage of the conversation is claimed on its own.
    Counts before = h.sandbox().pipeline().apiRequestsByEndpoint();
    QVERIFY(h.advanceTo(t0 + 61'000));
    QCOMPARE(h.messagesStartingWith(id, u"[W1]"_s).size(), 1);
    QCOMPARE(since(h, before), (Counts {{kSend, 1}, {kAttributes, claims ? 2 : 1}}));
    // The claim on warning 2 went with warning 1's record.
    const SimParticipant *agent = h.conversation(id)->agent();
    if (claims)
        QVERIFY2(agent->attributes.value(StageClaim::kKey).startsWith(u"a;warning2;"_s),
                 qPrintable(agent->attributes.value(StageClaim::kKey)));

    // The customer answers, the agent answers back: a new idle period. Its first stage rides
    // on the claim of the period before (this instance keeps the conversation).
    h.customerSays(id, u"still there"_s);
    QVERIFY(h.advanceBy(1'000));
    h.agentSays(id, u"yes, one moment"_s);
    const qint64 t1 = h.now();
    before = h.sandbox().pipeline().apiRequestsByEndpoint();
    QVERIFY(h.advanceTo(t1 + 61'000));
    QCOMPARE(h.messagesStartingWith(id, u"[W1]"_s).size(), 2);
    QCOMPARE(since(h, before), (Counts {{kSend, 1}, {kAttributes, 1}}));

    // Warning 2: the message and its record, nothing else.
    before = h.sandbox().pipeline().apiRequestsByEndpoint();
    QVERIFY(h.advanceTo(t1 + 301'000));
    QCOMPARE(h.messagesStartingWith(id, u"[W2]"_s).size(), 1);
    QCOMPARE(h.messagesStartingWith(id, u"[W2]"_s).constFirst().timeMs, t1 + 300'000);
    QCOMPARE(since(h, before), (Counts {{kSend, 1}, {kAttributes, 1}}));
    if (claims)
        QVERIFY(h.conversation(id)
                    ->agent()
                    ->attributes.value(StageClaim::kKey)
                    .startsWith(u"a;close;"_s));

    // The close: the closing message and one disconnect that sets the wrap-up code. Alone, the
    // ended leg says the stage is over. Where other instances may watch, the record tells them
    // before the leg ends that the closing message was Idle Guard's, not the agent's reply.
    before = h.sandbox().pipeline().apiRequestsByEndpoint();
    QVERIFY(h.advanceTo(t1 + 601'000));
    QCOMPARE(h.messagesStartingWith(id, u"[CLOSE]"_s).size(), 1);
    if (claims)
        QCOMPARE(since(h, before), (Counts {{kSend, 1}, {kAttributes, 1}, {kParticipant, 1}}));
    else
        QCOMPARE(since(h, before), (Counts {{kSend, 1}, {kParticipant, 1}}));
    agent = h.conversation(id)->agent();
    QVERIFY(!agent->isActive());
    QCOMPARE(agent->wrapupCode, h.wrapupCode());
    QCOMPARE(agent->attributes.value(StageRecord::kStageKey), claims ? u"close"_s : u"warning2"_s);
    // Not one request of the four stages read the conversation.
    QCOMPARE(h.sandbox().pipeline().apiRequestsByEndpoint().value(kCommunication), 0);
}

void TestRequestCost::refusedWrapupCodeStillDisconnects()
{
    EnforcementHarness h;
    QVERIFY(h.start());
    auto &in = h.addInstance(u"a"_s, policies(h, u"no-such-code"_s));
    const QString id = h.startTracked();
    QVERIFY(h.advanceBy(601'000));
    const SimParticipant *agent = h.conversation(id)->agent();
    QVERIFY(!agent->isActive());
    QVERIFY(agent->wrapupCode.isEmpty());
    const ActionReport &last = in.reports.constLast();
    QCOMPARE(last.action.kind, IdleAction::Kind::Disconnect);
    // The sandbox ends the leg before it looks at the wrap-up code, so the disconnect without
    // it finds the leg gone (409): the refused request did it.
    QCOMPARE(last.outcome, JournalOutcome::Observed);
    QVERIFY2(last.note.contains(u"wrap-up code was not set"_s), qPrintable(last.note));
    QCOMPARE(h.messagesStartingWith(id, u"[CLOSE]"_s).size(), 1);
}

void TestRequestCost::secondInstanceDoesNotClaimOverAnEarlyClaim()
{
    EnforcementHarness h;
    QVERIFY(h.start());
    auto &a = h.addInstance(u"a"_s, policies(h, {}));
    auto &b = h.addInstance(u"b"_s, policies(h, {}));
    const QString id = h.startTracked();
    const qint64 t0 = h.now();
    QVERIFY(h.advanceTo(t0 + 61'000));
    QCOMPARE(h.messagesStartingWith(id, u"[W1]"_s).size(), 1);
    // Whoever did warning 1 claimed warning 2 with its record; the other one must not write a
    // claim of its own over it, and stands by at the deadline.
    const QString owner
        = StageClaim::parse(h.conversation(id)->agent()->attributes.value(StageClaim::kKey))
              ->instanceId;
    QVERIFY(owner == u"a"_s || owner == u"b"_s);
    const Counts before = h.sandbox().pipeline().apiRequestsByEndpoint();
    QVERIFY(h.advanceTo(t0 + 301'000));
    QCOMPARE(h.messagesStartingWith(id, u"[W2]"_s).size(), 1);
    QCOMPARE(since(h, before).value(kAttributes), 1);
    QVERIFY(h.advanceTo(t0 + 640'000));
    QCOMPARE(h.messagesStartingWith(id, u"[CLOSE]"_s).size(), 1);
    int acted = 0;
    for (const auto *in : {&a, &b}) {
        for (const ActionReport &r : in->reports)
            acted += r.outcome == JournalOutcome::Succeeded ? 1 : 0;
    }
    QCOMPARE(acted, 4); // warning 1, warning 2, closing message, disconnect: once each
}

void TestRequestCost::backlogGoesInDeadlineOrderAndIsReported()
{
    // A platform that allows 10 requests a minute, and ten warnings that fall due a second
    // apart: each costs two (the message, the record), so more than half of them must wait for
    // the budget.
    SandboxOptions options = SandboxFixture::quietOptions();
    options.rateLimitPerMinute = 10;
    EnforcementHarness h(options);
    QVERIFY(h.start());
    // Warning 2 and the close an hour and two away: only the warnings 1 compete.
    auto &in = h.addInstance(u"a"_s, policies(h, {}, 3'600, 7'200), {},
                             [](EnforcementWorker::Settings &s) { s.claimLeadMs = 0; });
    QVERIFY(h.advanceBy(120'000)); // the feed's start-up requests leave the budget's minute
    QList<std::pair<QString, qint64>> due; // conversation, deadline
    for (int i = 0; i < 10; ++i) {
        due.append({h.startTracked(), h.now() + 60'000});
        QVERIFY(h.advanceBy(1'000));
    }
    WorkerSummary during;
    QObject::connect(in.worker.get(), &EnforcementWorker::summaryReady, &in.context,
                     [&during](const WorkerSummary &s) {
                         if (s.backlog > during.backlog)
                             during = s;
                     });
    // Ask for the summary while they wait: it says how many, and how late the oldest is.
    for (int step = 0; step < 12; ++step) {
        QVERIFY(h.advanceBy(5'000));
        in.worker->requestSummary();
    }
    QVERIFY2(during.backlog > 0, "the summary never showed the backlog");
    QVERIFY(during.backlogLatenessMs > 0);
    QVERIFY(h.advanceBy(5 * 60'000));

    // Every warning went out once, and the stages went in the order of their deadlines.
    qint64 previous = 0;
    for (const auto &[id, deadline] : std::as_const(due)) {
        const auto sent = h.messagesStartingWith(id, u"[W1]"_s);
        QCOMPARE(sent.size(), 1);
        QVERIFY(sent.constFirst().timeMs >= deadline);
        QVERIFY2(sent.constFirst().timeMs >= previous,
                 qPrintable(u"%1 sent before an earlier deadline's"_s.arg(id)));
        previous = sent.constFirst().timeMs;
    }
    WorkerSummary after;
    QObject::connect(in.worker.get(), &EnforcementWorker::summaryReady, &in.context,
                     [&after](const WorkerSummary &s) { after = s; });
    in.worker->requestSummary();
    QCOMPARE(after.backlog, 0);
    QCOMPARE(after.backlogLatenessMs, 0);
}

void TestRequestCost::refusedPeerCommunicationIsReadAndSentOnce()
{
    // The customer's peer is only documented for two-party conversations: where the platform
    // refuses a send on it, the communication id is read and the warning goes out once.
    EnforcementHarness h;
    QVERIFY(h.start());
    auto &in = h.addInstance(u"a"_s, policies(h, {}), {},
                             [](EnforcementWorker::Settings &s) { s.claimLeadMs = 0; });
    const QString id = h.startTracked();
    const qint64 t0 = h.now();
    QVERIFY(h.advanceTo(t0 + 59'000));
    const Counts before = h.sandbox().pipeline().apiRequestsByEndpoint();
    h.sandbox().faults().failNext(1, 404, u"/communications/"_s);
    QVERIFY(h.advanceTo(t0 + 61'000));
    const auto sent = h.messagesStartingWith(id, u"[W1]"_s);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.constFirst().timeMs, t0 + 60'000);
    QCOMPARE(since(h, before), (Counts {{kSend, 2}, {kCommunication, 1}, {kAttributes, 1}}));
    QCOMPARE(in.reports.constLast().outcome, JournalOutcome::Succeeded);
}

void TestRequestCost::ownerKeepsTheConversationAcrossIdlePeriods()
{
    EnforcementHarness h;
    QVERIFY(h.start());
    h.addInstance(u"a"_s, policies(h, {}));
    h.addInstance(u"b"_s, policies(h, {}));
    const QString id = h.startTracked();
    qint64 t = h.now();
    QVERIFY(h.advanceTo(t + 61'000));
    QCOMPARE(h.messagesStartingWith(id, u"[W1]"_s).size(), 1);
    const QString owner
        = StageClaim::parse(h.conversation(id)->agent()->attributes.value(StageClaim::kKey))
              ->instanceId;
    const QString other = owner == u"a"_s ? u"b"_s : u"a"_s;

    // A new idle period: neither instance writes a claim; the owner sends, the other stands by.
    h.customerSays(id, u"hello?"_s);
    QVERIFY(h.advanceBy(1'000));
    h.agentSays(id, u"here"_s);
    t = h.now();
    Counts before = h.sandbox().pipeline().apiRequestsByEndpoint();
    QVERIFY(h.advanceTo(t + 61'000));
    QCOMPARE(h.messagesStartingWith(id, u"[W1]"_s).size(), 2);
    QCOMPARE(h.messagesStartingWith(id, u"[W1]"_s).constLast().timeMs, t + 60'000);
    QCOMPARE(since(h, before), (Counts {{kSend, 1}, {kAttributes, 1}}));
    QVERIFY(h.advanceBy(40'000)); // the other's stand-by ends on the owner's record
    QCOMPARE(h.messagesStartingWith(id, u"[W1]"_s).size(), 2);

    // The owner dies: the next period's first stage is taken over, once, after the stand-by.
    h.kill(owner);
    h.customerSays(id, u"hello again?"_s);
    QVERIFY(h.advanceBy(1'000));
    h.agentSays(id, u"still here"_s);
    t = h.now();
    QVERIFY(h.advanceTo(t + 60'000 + 40'000));
    const auto sent = h.messagesStartingWith(id, u"[W1]"_s);
    QCOMPARE(sent.size(), 3);
    QVERIFY(sent.constLast().timeMs > t + 60'000);
    QVERIFY2(sent.constLast().timeMs <= t + 60'000 + 35'000, "the takeover took too long");
    QVERIFY(h.conversation(id)->agent()->attributes.value(StageClaim::kKey).startsWith(other));
    QVERIFY(h.advanceBy(5 * 60'000));
    QCOMPARE(h.messagesStartingWith(id, u"[W1]"_s).size(), 3);
}

void TestRequestCost::failedDisconnectLeavesTheCloseRecord()
{
    // The close's record is saved only because the disconnect ends the leg. Where it does not,
    // the record must still say the closing message went out, or it would be sent again.
    EnforcementHarness h;
    QVERIFY(h.start());
    auto &in = h.addInstance(u"a"_s, policies(h, {}), {},
                             [](EnforcementWorker::Settings &s) { s.claimLeadMs = 0; });
    const QString id = h.startTracked();
    const qint64 t0 = h.now();
    const QString agentId = h.agentParticipantId(id);
    QVERIFY(h.advanceTo(t0 + 599'000));
    h.sandbox().faults().failNext(100, 500, u"/participants/"_s + agentId);
    QVERIFY(h.advanceTo(t0 + 660'000));
    h.sandbox().faults().clear();
    QVERIFY(h.advanceTo(t0 + 720'000)); // the record is written again in the background
    const SimParticipant *agent = h.conversation(id)->agent();
    QVERIFY(agent->isActive());
    QCOMPARE(h.messagesStartingWith(id, u"[CLOSE]"_s).size(), 1);
    QCOMPARE(agent->attributes.value(StageRecord::kStageKey), u"close"_s);
    const QString closing = h.messagesStartingWith(id, u"[CLOSE]"_s).constFirst().id;
    QVERIFY(StageRecord::sentMessageIds(agent->attributes).contains(closing));
    QCOMPARE(in.reports.constLast().action.kind, IdleAction::Kind::Disconnect);
    QCOMPARE(in.reports.constLast().outcome, JournalOutcome::Failed);
}

void TestRequestCost::closingMessageBeforeAKillIsFollowedByTheDisconnect()
{
    // Killed between the closing message and the disconnect: the close's record was never
    // written, and after the restart the closing message looks like the agent's. The customer
    // was told the conversation closes, so the reconciliation disconnects all the same.
    EnforcementHarness h;
    QVERIFY(h.start());
    const auto noClaims = [](EnforcementWorker::Settings &s) { s.claimLeadMs = 0; };
    auto &first = h.addInstance(u"a"_s, policies(h, {}), {}, noClaims);
    const QString journal = first.journalPath;
    const QString id = h.startTracked();
    const qint64 t0 = h.now();
    const QString agentId = h.agentParticipantId(id);
    QVERIFY(h.advanceTo(t0 + 599'000));
    h.sandbox().faults().failNext(100, 503, u"/participants/"_s + agentId);
    QVERIFY(h.advanceTo(t0 + 600'500));
    QCOMPARE(h.messagesStartingWith(id, u"[CLOSE]"_s).size(), 1);
    QVERIFY(h.conversation(id)->agent()->isActive());
    h.kill(u"a"_s);
    h.sandbox().faults().clear();

    auto &again = h.addInstance(u"a"_s, policies(h, {}), journal, noClaims);
    QVERIFY(h.advanceBy(5'000));
    QVERIFY(!h.conversation(id)->agent()->isActive());
    QCOMPARE(h.conversation(id)->agent()->wrapupCode, h.wrapupCode());
    QCOMPARE(h.messagesStartingWith(id, u"[CLOSE]"_s).size(), 1);
    const auto done
        = std::find_if(again.reports.cbegin(), again.reports.cend(), [](const ActionReport &r) {
              return r.reconciled && r.action.kind == IdleAction::Kind::Disconnect;
          });
    QVERIFY(done != again.reports.cend());
    QCOMPARE(done->outcome, JournalOutcome::Succeeded);
    QVERIFY(h.advanceBy(5 * 60'000));
    QCOMPARE(h.messagesStartingWith(id, u"[W1]"_s).size(), 1); // no warning after the close
}

QTEST_GUILESS_MAIN(TestRequestCost)
#include "tst_requestcost.moc"
