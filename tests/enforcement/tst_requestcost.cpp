// What a stage costs in requests against the platform's per-token rate limit, counted at the
// sandbox by endpoint (docs/enforcement.md, "Capacity"): a warning in the steady state is the
// message and its record (the next stage's claim rides on the record), a close is the closing
// message, its record and one disconnect that also sets the wrap-up code. And what the savings
// must not cost: a refused wrap-up code still disconnects, a second instance still stands by.

#include "core/stagerecord.h"
#include "enforcement/stageclaim.h"
#include "enforcementharness.h"
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

PolicySet policies(EnforcementHarness &h, const QString &wrapUpCode)
{
    QJsonObject json = EnforcementHarness::policyJson(60, 300, 600);
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

    // Warning 1: the agent's communication id is read once per conversation, and the first
    // stage of an idle period is claimed on its own.
    Counts before = h.sandbox().pipeline().apiRequestsByEndpoint();
    QVERIFY(h.advanceTo(t0 + 61'000));
    QCOMPARE(h.messagesStartingWith(id, u"[W1]"_s).size(), 1);
    QCOMPARE(since(h, before),
             (Counts {{kCommunication, 1}, {kSend, 1}, {kAttributes, claims ? 2 : 1}}));
    // The claim on warning 2 went with warning 1's record.
    const SimParticipant *agent = h.conversation(id)->agent();
    if (claims)
        QVERIFY2(agent->attributes.value(StageClaim::kKey).startsWith(u"a;warning2;"_s),
                 qPrintable(agent->attributes.value(StageClaim::kKey)));

    // Warning 2: the message and its record, nothing else.
    before = h.sandbox().pipeline().apiRequestsByEndpoint();
    QVERIFY(h.advanceTo(t0 + 301'000));
    QCOMPARE(h.messagesStartingWith(id, u"[W2]"_s).size(), 1);
    QCOMPARE(h.messagesStartingWith(id, u"[W2]"_s).constFirst().timeMs, t0 + 300'000);
    QCOMPARE(since(h, before), (Counts {{kSend, 1}, {kAttributes, 1}}));
    if (claims)
        QVERIFY(h.conversation(id)
                    ->agent()
                    ->attributes.value(StageClaim::kKey)
                    .startsWith(u"a;close;"_s));

    // The close: the closing message, its record, one disconnect that sets the wrap-up code.
    before = h.sandbox().pipeline().apiRequestsByEndpoint();
    QVERIFY(h.advanceTo(t0 + 601'000));
    QCOMPARE(h.messagesStartingWith(id, u"[CLOSE]"_s).size(), 1);
    QCOMPARE(since(h, before), (Counts {{kSend, 1}, {kAttributes, 1}, {kParticipant, 1}}));
    agent = h.conversation(id)->agent();
    QVERIFY(!agent->isActive());
    QCOMPARE(agent->wrapupCode, h.wrapupCode());
    QCOMPARE(agent->attributes.value(StageRecord::kStageKey), u"close"_s);
    QCOMPARE(StageRecord::sentMessageIds(agent->attributes).size(), 3);
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
    // A platform that allows 20 requests a minute, and ten warnings that fall due a second
    // apart: each costs three (the communication id, the message, the record), so half of them
    // must wait for the budget.
    SandboxOptions options = SandboxFixture::quietOptions();
    options.rateLimitPerMinute = 20;
    EnforcementHarness h(options);
    QVERIFY(h.start());
    auto &in = h.addInstance(u"a"_s, policies(h, {}), {},
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

QTEST_GUILESS_MAIN(TestRequestCost)
#include "tst_requestcost.moc"
