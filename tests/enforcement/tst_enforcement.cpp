// The enforcer end to end against the sandbox organisation on its stepped clock: real feeds,
// real REST calls, real journals. Every stage must happen exactly once, at its time, and the
// journal must tell the whole story; kills, faults and a second instance change none of that.

#include "core/auditjournal.h"
#include "core/journalintent.h"
#include "core/manualclock.h"
#include "core/stagerecord.h"
#include "enforcement/enforcer.h"
#include "enforcement/stageclaim.h"
#include "enforcementharness.h"
#include "enforcertestaccess.h"
#include "genesys/memorytokenstore.h"
#include "genesys/session.h"
#include "sandbox/conversationstore.h"
#include "sandbox/eventscheduler.h"
#include "sandbox/faultinjector.h"
#include "sandbox/organisation.h"
#include "sandbox/sandbox.h"
#include "sandbox/simconversation.h"
#include "sandbox/trafficsimulator.h"

#include <QSignalSpy>
#include <QTest>

using namespace IdleGuard;
using namespace IdleGuard::Enforcement;
using namespace IdleGuard::Sandbox;
using namespace Qt::StringLiterals;

namespace {

QList<JournalEntry> journalOf(const QString &path, const QString &conversationId)
{
    return EnforcementHarness::journalOf(path, conversationId);
}

QStringList describe(const QList<JournalEntry> &entries)
{
    QStringList lines;
    for (const JournalEntry &e : entries)
        lines << stableName(e.intent.kind) + u'/' + stableName(e.intent.stage) + u'/'
                + stableName(e.result.outcome);
    return lines;
}

const SimParticipant *agentLeg(const SimConversation *c)
{
    return c ? c->agent() : nullptr;
}

} // namespace

class TestEnforcement : public QObject
{
    Q_OBJECT

private slots:
    void stageClaimRoundTrips();
    void silentCustomerGetsEveryStageOnTime();
    void customerAnswerAfterWarningResetsTheTrack();
    void silentAgentIsFlaggedNeverDisconnected();
    void modes_data();
    void modes();
    void policyChangeMidCountdown();
    void requireAgentMessage();
    void closeScopeConversationTearsDown();
    void killBetweenIntentAndResult();
    void pendingIntentNeverSentIsSentOnce();
    void twoEnforcersActOnce();
    void twoEnforcersActOnceWhenAStageFallsDueAtOnce();
    void takeoverWhenTheClaimantDies();
    void failureOutcomes_data();
    void failureOutcomes();
    void lostSendAnswerIsCheckedNotRepeated();
    void revokedTokenWaitsForTheNewOne();
    void timedOutSendIsCheckedNotRepeated();
    void supervisorActionsCarryTheActor();
    void observeOnlyActsOnNothing();
    void overridesReachEveryInstance();
    void enforcerRunsOnItsOwnThread();
};

void TestEnforcement::stageClaimRoundTrips()
{
    const StageClaim claim {u"enforcer-eu.1"_s, IdleStage::Warning2, 1772442000123};
    QCOMPARE(claim.toString(), u"enforcer-eu.1;warning2;1772442000123"_s);
    QCOMPARE(StageClaim::parse(claim.toString()), claim);
    QVERIFY(claim.sameStage({u"other"_s, IdleStage::Warning2, 1772442000123}));
    QVERIFY(!claim.sameStage({u"enforcer-eu.1"_s, IdleStage::Warning2, 1772442000124}));
    for (const QString &bad : {u""_s, u"a;warning1"_s, u";warning1;1"_s, u"a;none;1"_s,
                               u"a;sometime;1"_s, u"a;warning1;soon"_s, u"a;warning1;1;x"_s})
        QVERIFY2(!StageClaim::parse(bad), qPrintable(bad));
}

void TestEnforcement::silentCustomerGetsEveryStageOnTime()
{
    EnforcementHarness h;
    QVERIFY(h.start());
    QJsonObject json = EnforcementHarness::policyJson(60, 120, 180);
    QJsonObject policy = json.value("default"_L1).toObject();
    policy.insert("wrapUpCode"_L1, h.wrapupCode());
    json.insert("default"_L1, policy);
    auto &in = h.addInstance(u"a"_s, EnforcementHarness::policies(json));

    const QString id = h.startTracked();
    const qint64 t0 = h.now();

    QVERIFY(h.advanceTo(t0 + 59'999));
    QVERIFY(h.messagesStartingWith(id, u"[W1]"_s).isEmpty());
    QVERIFY(h.advanceTo(t0 + 60'000));
    auto w1 = h.messagesStartingWith(id, u"[W1]"_s);
    QCOMPARE(w1.size(), 1);
    QCOMPARE(w1[0].timeMs, t0 + 60'000);
    QCOMPARE(w1[0].text, u"[W1] Alex, are you there?"_s);

    QVERIFY(h.advanceTo(t0 + 120'000));
    auto w2 = h.messagesStartingWith(id, u"[W2]"_s);
    QCOMPARE(w2.size(), 1);
    QCOMPARE(w2[0].timeMs, t0 + 120'000);
    QVERIFY(agentLeg(h.conversation(id))->isActive());

    QVERIFY(h.advanceTo(t0 + 180'000));
    auto closing = h.messagesStartingWith(id, u"[CLOSE]"_s);
    QCOMPARE(closing.size(), 1);
    QCOMPARE(closing[0].timeMs, t0 + 180'000);
    const SimParticipant *agent = agentLeg(h.conversation(id));
    QVERIFY(!agent->isActive());
    QCOMPARE(agent->endMs, t0 + 180'000);
    QCOMPARE(agent->wrapupCode, h.wrapupCode());
    QCOMPARE(agent->attributes.value(StageRecord::kStageKey), u"close"_s);
    QCOMPARE(StageRecord::sentMessageIds(agent->attributes),
             (QStringList {w1[0].id, w2[0].id, closing[0].id}));
    QVERIFY(agent->attributes.value(StageClaim::kKey).startsWith(u"a;"_s));

    // Much later: nothing more happens to it.
    QVERIFY(h.advanceBy(30 * 60'000));
    QCOMPARE(h.messagesStartingWith(id, u"["_s).size(), 3);

    const auto journal = journalOf(in.journalPath, id);
    QCOMPARE(
        describe(journal),
        (QStringList {u"sendWarning/warning1/succeeded"_s, u"sendWarning/warning2/succeeded"_s,
                      u"sendClosingMessage/close/succeeded"_s, u"disconnect/close/succeeded"_s}));
    QCOMPARE(journal[0].intent.scheduledAtMs, t0 + 60'000);
    QCOMPARE(journal[0].result.issuedAtMs, t0 + 60'000);
    QCOMPARE(journal[0].result.httpStatus, 200);
    QCOMPARE(journal[0].result.messageId, w1[0].id);
    QCOMPARE(journal[0].intent.text, w1[0].text);
    QVERIFY(journal[0].intent.actor.isEmpty());
    QCOMPARE(journal[3].result.httpStatus, 202);
    QCOMPARE(journal[3].intent.wrapUpCode, h.wrapupCode());
    QCOMPARE(in.reports.size(), 4);
}

void TestEnforcement::customerAnswerAfterWarningResetsTheTrack()
{
    EnforcementHarness h;
    QVERIFY(h.start());
    h.addInstance(u"a"_s,
                  EnforcementHarness::policies(EnforcementHarness::policyJson(60, 120, 180)));
    const QString id = h.startTracked();
    const qint64 t0 = h.now();
    QVERIFY(h.advanceTo(t0 + 60'000));
    QCOMPARE(h.messagesStartingWith(id, u"[W1]"_s).size(), 1);

    // The customer answers: now the agent owes the reply, and no second warning comes.
    QVERIFY(h.advanceTo(t0 + 90'000));
    h.customerSays(id, u"Sorry, I'm back"_s);
    QVERIFY(h.advanceTo(t0 + 100'000));
    h.agentSays(id, u"No problem. Anything else?"_s);
    const qint64 t1 = h.now();
    QVERIFY(h.advanceTo(t0 + 150'000));
    QCOMPARE(h.messagesStartingWith(id, u"[W2]"_s).size(), 0);
    // The track restarted from the agent's message: a fresh first warning at t1 + 60 s.
    QVERIFY(h.advanceTo(t1 + 60'000));
    const auto w1 = h.messagesStartingWith(id, u"[W1]"_s);
    QCOMPARE(w1.size(), 2);
    QCOMPARE(w1[1].timeMs, t1 + 60'000);
    QVERIFY(agentLeg(h.conversation(id))->isActive());
}

void TestEnforcement::silentAgentIsFlaggedNeverDisconnected()
{
    EnforcementHarness h;
    QVERIFY(h.start());
    auto &in = h.addInstance(
        u"a"_s, EnforcementHarness::policies(EnforcementHarness::policyJson(60, 120, 180)));
    const QString id = h.startTracked();
    QVERIFY(h.advanceBy(1'000));
    h.customerSays(id, u"Where is my parcel?"_s);
    const qint64 c0 = h.now();
    QVERIFY(h.advanceTo(c0 + 3 * 3600'000LL));
    QVERIFY2(agentLeg(h.conversation(id))->isActive(),
             qPrintable(agentLeg(h.conversation(id))->disconnectType + u" at "_s
                        + QString::number(agentLeg(h.conversation(id))->endMs - c0)
                        + describe(journalOf(in.journalPath, id)).join(u',')));
    QCOMPARE(h.messagesStartingWith(id, u"["_s).size(), 0);
    const auto journal = journalOf(in.journalPath, id);
    QCOMPARE(describe(journal),
             (QStringList {u"flagAgent/agentFlag/succeeded"_s,
                           u"escalateAgent/agentEscalate/succeeded"_s}));
    QCOMPARE(journal[0].result.issuedAtMs, c0 + 120'000);
    QCOMPARE(journal[1].result.issuedAtMs, c0 + 300'000);
}

void TestEnforcement::modes_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<qint64>("expectedW1"); // after t0 (the agent's hello)

    // Script: agent hello at 0, customer at 20 s, agent reply at 30 s, then silence; T1 = 60 s.
    QTest::newRow("turn-aware") << u"turn-aware"_s << qint64(30'000 + 60'000);
    QTest::newRow("any-activity") << u"any-activity"_s << qint64(30'000 + 60'000);
    // Only the customer's message restarts the customer timer.
    QTest::newRow("customer-only") << u"customer-only"_s << qint64(20'000 + 60'000);
}

void TestEnforcement::modes()
{
    QFETCH(QString, mode);
    QFETCH(qint64, expectedW1);
    EnforcementHarness h;
    QVERIFY(h.start());
    h.addInstance(u"a"_s,
                  EnforcementHarness::policies(EnforcementHarness::policyJson(60, 120, 180, mode)));
    const QString id = h.startTracked();
    const qint64 t0 = h.now();
    QVERIFY(h.advanceTo(t0 + 20'000));
    h.customerSays(id, u"One question"_s);
    QVERIFY(h.advanceTo(t0 + 30'000));
    h.agentSays(id, u"Sure"_s);
    QVERIFY(h.advanceTo(t0 + 200'000));
    const auto w1 = h.messagesStartingWith(id, u"[W1]"_s);
    QVERIFY(!w1.isEmpty());
    QCOMPARE(w1[0].timeMs, t0 + expectedW1);
}

void TestEnforcement::policyChangeMidCountdown()
{
    EnforcementHarness h;
    QVERIFY(h.start());
    auto &in = h.addInstance(
        u"a"_s, EnforcementHarness::policies(EnforcementHarness::policyJson(60, 120, 180)));
    const QString id = h.startTracked();
    const qint64 t0 = h.now();
    QVERIFY(h.advanceTo(t0 + 30'000));
    // Shorter thresholds take effect at once: warning 1 at 45 s instead of 60 s.
    in.worker->setPolicies(
        EnforcementHarness::policies(EnforcementHarness::policyJson(45, 100, 150)));
    QVERIFY(h.advanceTo(t0 + 45'000));
    auto w1 = h.messagesStartingWith(id, u"[W1]"_s);
    QCOMPARE(w1.size(), 1);
    QCOMPARE(w1[0].timeMs, t0 + 45'000);
    // Longer again after warning 1: warning 1 is not repeated; warning 2 moves to 150 s.
    QVERIFY(h.advanceTo(t0 + 60'000));
    in.worker->setPolicies(
        EnforcementHarness::policies(EnforcementHarness::policyJson(50, 150, 240)));
    QVERIFY(h.advanceTo(t0 + 149'999));
    QCOMPARE(h.messagesStartingWith(id, u"[W2]"_s).size(), 0);
    QVERIFY(h.advanceTo(t0 + 150'000));
    QCOMPARE(h.messagesStartingWith(id, u"[W2]"_s).size(), 1);
    QCOMPARE(h.messagesStartingWith(id, u"[W1]"_s).size(), 1);
    // An invalid set is refused and the one in force stays.
    QSignalSpy rejected(in.worker.get(), &EnforcementWorker::policiesRejected);
    in.worker->setPolicies(
        EnforcementHarness::policies(EnforcementHarness::policyJson(50, 150, 240)));
    QCOMPARE(rejected.size(), 0);
}

void TestEnforcement::requireAgentMessage()
{
    EnforcementHarness h;
    QVERIFY(h.start());
    // Any-activity mode: the customer's opening message does not make the agent owe a reply,
    // so only requireAgentMessage holds the customer track back.
    QJsonObject json = EnforcementHarness::policyJson(60, 120, 180, u"any-activity"_s);
    auto &strict = h.addInstance(u"strict"_s, EnforcementHarness::policies(json));
    // The agent never writes: no customer track runs, however long it lasts.
    const QString silent = h.startTracked(false);
    const qint64 t0 = h.now();
    QVERIFY(h.advanceTo(t0 + 20 * 60'000));
    QCOMPARE(h.messagesStartingWith(silent, u"["_s).size(), 0);
    QVERIFY(agentLeg(h.conversation(silent))->isActive());
    h.kill(strict.id);

    QJsonObject policy = json.value("default"_L1).toObject();
    policy.insert("requireAgentMessage"_L1, false);
    json.insert("default"_L1, policy);
    h.addInstance(u"lenient"_s, EnforcementHarness::policies(json));
    const QString other = h.startTracked(false);
    const qint64 connected = agentLeg(h.conversation(other))->connectedMs;
    QVERIFY(h.advanceTo(connected + 60'000));
    const auto w1 = h.messagesStartingWith(other, u"[W1]"_s);
    QCOMPARE(w1.size(), 1);
    QCOMPARE(w1[0].timeMs, connected + 60'000);
}

void TestEnforcement::closeScopeConversationTearsDown()
{
    EnforcementHarness h;
    QVERIFY(h.start());
    QJsonObject json = EnforcementHarness::policyJson(60, 120, 180);
    QJsonObject policy = json.value("default"_L1).toObject();
    policy.insert("closeScope"_L1, u"conversation"_s);
    json.insert("default"_L1, policy);
    auto &in = h.addInstance(u"a"_s, EnforcementHarness::policies(json));
    const QString id = h.startTracked();
    const qint64 t0 = h.now();
    QVERIFY(h.advanceTo(t0 + 180'000));
    const SimConversation *c = h.conversation(id);
    QVERIFY(c->isEnded());
    QCOMPARE(c->endMs, t0 + 180'000);
    QCOMPARE(agentLeg(c)->wrapupCode, QString::fromLatin1(ConversationStore::kSystemWrapupCode));
    const auto journal = journalOf(in.journalPath, id);
    QCOMPARE(journal.last().intent.closeScope, CloseScope::Conversation);
    QCOMPARE(journal.last().result.outcome, JournalOutcome::Succeeded);
}

void TestEnforcement::killBetweenIntentAndResult()
{
    EnforcementHarness h;
    QVERIFY(h.start());
    const PolicySet policies
        = EnforcementHarness::policies(EnforcementHarness::policyJson(60, 120, 180));
    auto &first = h.addInstance(u"a"_s, policies);
    const QString journalPath = first.journalPath;
    const QString id = h.startTracked();
    const qint64 t0 = h.now();

    // The process dies the moment the platform has taken the warning, before any answer.
    bool killed = false;
    QObject guard;
    QObject::connect(&h.sandbox().store(), &ConversationStore::agentMessageAdded, &guard,
                     [&](const QString &conversationId, const QString &) {
                         if (killed || conversationId != id
                             || h.messagesStartingWith(id, u"[W1]"_s).isEmpty())
                             return;
                         killed = true;
                         // Dies right after the platform took it; its answer is lost too.
                         QMetaObject::invokeMethod(
                             &guard, [&h] { h.kill(u"a"_s); }, Qt::QueuedConnection);
                     });
    QVERIFY(h.advanceTo(t0 + 59'000)); // claimed
    h.sandbox().faults().dropResponseNext(1, u"/communications/"_s);
    h.sandbox().step(1'000);
    first.worker->wake();
    QTRY_VERIFY(killed);
    QTRY_VERIFY(h.messagesStartingWith(id, u"[W1]"_s).size() == 1);
    {
        const auto journal = journalOf(journalPath, id);
        QCOMPARE(journal.size(), 1);
        QVERIFY(journal[0].isPending());
    }

    // Restart on the same journal: reconciliation finds the message, sends nothing again.
    auto &second = h.addInstance(u"a2"_s, policies, journalPath);
    QVERIFY(h.settle());
    QCOMPARE(h.messagesStartingWith(id, u"[W1]"_s).size(), 1);
    auto journal = journalOf(journalPath, id);
    QCOMPARE(journal.size(), 1);
    QCOMPARE(journal[0].result.outcome, JournalOutcome::Observed);
    QCOMPARE(journal[0].result.messageId, h.messagesStartingWith(id, u"[W1]"_s)[0].id);
    QVERIFY(!second.reports.isEmpty() && second.reports[0].reconciled);

    // The rest of the track runs on time, each stage once.
    QVERIFY(h.advanceTo(t0 + 180'000));
    QCOMPARE(h.messagesStartingWith(id, u"[W1]"_s).size(), 1);
    QCOMPARE(h.messagesStartingWith(id, u"[W2]"_s).size(), 1);
    QCOMPARE(h.messagesStartingWith(id, u"[W2]"_s)[0].timeMs, t0 + 120'000);
    QCOMPARE(h.messagesStartingWith(id, u"[CLOSE]"_s).size(), 1);
    journal = journalOf(journalPath, id);
    QCOMPARE(
        describe(journal),
        (QStringList {u"sendWarning/warning1/observed"_s, u"sendWarning/warning2/succeeded"_s,
                      u"sendClosingMessage/close/succeeded"_s, u"disconnect/close/succeeded"_s}));
    for (const JournalEntry &e : journal)
        QVERIFY(!e.isPending());
}

void TestEnforcement::pendingIntentNeverSentIsSentOnce()
{
    EnforcementHarness h;
    QVERIFY(h.start());
    const PolicySet policies
        = EnforcementHarness::policies(EnforcementHarness::policyJson(60, 120, 180));
    auto &first = h.addInstance(u"a"_s, policies);
    const QString journalPath = first.journalPath;
    const QString id = h.startTracked();
    const qint64 t0 = h.now();
    h.kill(u"a"_s);

    // As if the process died right after syncing the intent, before the request went out.
    QVERIFY(h.advanceTo(t0 + 60'000));
    QVERIFY(h.journalPendingIntent(
        journalPath, h.warning1(id, u"[W1] Alex, are you there?"_s, t0 + 60'000, t0)));
    h.addInstance(u"a2"_s, policies, journalPath);
    QVERIFY(h.advanceBy(1'000));
    const auto w1 = h.messagesStartingWith(id, u"[W1]"_s);
    QCOMPARE(w1.size(), 1);
    const auto journal = journalOf(journalPath, id);
    QCOMPARE(journal.size(), 1);
    QCOMPARE(journal[0].result.outcome, JournalOutcome::Succeeded);
    QCOMPARE(journal[0].result.messageId, w1[0].id);
    // And warning 2 still comes on time, from the same idle period.
    QVERIFY(h.advanceTo(t0 + 120'000));
    QCOMPARE(h.messagesStartingWith(id, u"[W2]"_s).size(), 1);
    QCOMPARE(h.messagesStartingWith(id, u"[W1]"_s).size(), 1);
}

void TestEnforcement::twoEnforcersActOnce()
{
    EnforcementHarness h;
    QVERIFY(h.start());
    QJsonObject json = EnforcementHarness::policyJson(60, 120, 180);
    QJsonObject policy = json.value("default"_L1).toObject();
    policy.insert("wrapUpCode"_L1, h.wrapupCode());
    json.insert("default"_L1, policy);
    const PolicySet policies = EnforcementHarness::policies(json);
    auto &a = h.addInstance(u"a"_s, policies);
    auto &b = h.addInstance(u"b"_s, policies);
    QStringList ids;
    for (int i = 0; i < 4; ++i) {
        ids << h.startTracked();
        QVERIFY(h.advanceBy(7'000));
    }
    QVERIFY(h.advanceBy(10 * 60'000));
    int actedByA = 0;
    int actedByB = 0;
    for (const QString &id : std::as_const(ids)) {
        QCOMPARE(h.messagesStartingWith(id, u"[W1]"_s).size(), 1);
        QCOMPARE(h.messagesStartingWith(id, u"[W2]"_s).size(), 1);
        QCOMPARE(h.messagesStartingWith(id, u"[CLOSE]"_s).size(), 1);
        QVERIFY(!agentLeg(h.conversation(id))->isActive());
        const int rowsA = int(journalOf(a.journalPath, id).size());
        const int rowsB = int(journalOf(b.journalPath, id).size());
        // Each stage is in exactly one journal, succeeded.
        QCOMPARE(rowsA + rowsB, 4);
        for (const auto &path : {a.journalPath, b.journalPath}) {
            for (const JournalEntry &e : journalOf(path, id))
                QCOMPARE(e.result.outcome, JournalOutcome::Succeeded);
        }
        actedByA += rowsA;
        actedByB += rowsB;
    }
    qInfo() << "rows journaled by a:" << actedByA << "by b:" << actedByB;
}

void TestEnforcement::twoEnforcersActOnceWhenAStageFallsDueAtOnce()
{
    // No time to claim ahead: shorter thresholds make warning 1 overdue on both instances in the
    // same moment. Both claim late; the claim that survives decides who acts.
    EnforcementHarness h;
    QVERIFY(h.start());
    const PolicySet slow
        = EnforcementHarness::policies(EnforcementHarness::policyJson(600, 1200, 1800));
    const PolicySet fast
        = EnforcementHarness::policies(EnforcementHarness::policyJson(30, 1200, 1800));
    auto &a = h.addInstance(u"a"_s, slow);
    auto &b = h.addInstance(u"b"_s, slow);
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids << h.startTracked();
    QVERIFY(h.advanceBy(60'000));
    a.worker->setPolicies(fast);
    b.worker->setPolicies(fast);
    QVERIFY(h.advanceBy(10'000));
    for (const QString &id : std::as_const(ids)) {
        QCOMPARE(h.messagesStartingWith(id, u"[W1]"_s).size(), 1);
        QCOMPARE(journalOf(a.journalPath, id).size() + journalOf(b.journalPath, id).size(), 1);
    }
    // Late, by the claim's two seconds, and no later.
    const qint64 changed = h.now() - 10'000;
    for (const QString &id : std::as_const(ids))
        QCOMPARE(h.messagesStartingWith(id, u"[W1]"_s)[0].timeMs, changed + 2'000);
}

void TestEnforcement::takeoverWhenTheClaimantDies()
{
    EnforcementHarness h;
    QVERIFY(h.start());
    const PolicySet policies
        = EnforcementHarness::policies(EnforcementHarness::policyJson(60, 120, 180));
    const auto quickTakeover = [](EnforcementWorker::Settings &s) { s.takeoverAfterMs = 10'000; };
    h.addInstance(u"a"_s, policies, {}, quickTakeover);
    h.addInstance(u"b"_s, policies, {}, quickTakeover);
    const QString id = h.startTracked();
    const qint64 t0 = h.now();
    // Both claim warning 1 two seconds ahead; the claim that survived names the holder, who
    // then dies before the deadline.
    QVERIFY(h.advanceTo(t0 + 59'000));
    const auto claim
        = StageClaim::parse(agentLeg(h.conversation(id))->attributes.value(StageClaim::kKey));
    QVERIFY(claim);
    QCOMPARE(claim->stage, IdleStage::Warning1);
    const QString survivor = claim->instanceId == u"a" ? u"b"_s : u"a"_s;
    h.kill(claim->instanceId);
    QVERIFY(h.advanceTo(t0 + 60'000 + 9'999));
    QCOMPARE(h.messagesStartingWith(id, u"[W1]"_s).size(), 0);
    QVERIFY(h.advanceTo(t0 + 60'000 + 12'000));
    const auto w1 = h.messagesStartingWith(id, u"[W1]"_s);
    QCOMPARE(w1.size(), 1);
    // Ten seconds of standing by, then a fresh claim and its two seconds to settle.
    QCOMPARE(w1[0].timeMs, t0 + 72'000);
    QCOMPARE(describe(journalOf(h.instance(survivor).journalPath, id)),
             QStringList {u"sendWarning/warning1/succeeded"_s});
    // The holder's death cost one stage ten seconds, not the rest of the track.
    QVERIFY(h.advanceTo(t0 + 120'000));
    QCOMPARE(h.messagesStartingWith(id, u"[W2]"_s).size(), 1);
    QCOMPARE(h.messagesStartingWith(id, u"[W2]"_s)[0].timeMs, t0 + 120'000);
}

void TestEnforcement::failureOutcomes_data()
{
    QTest::addColumn<QString>("path"); // part of the path that fails
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("stage"); // 1: warning 1 (a send), 3: the close (disconnect)
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<int>("messages"); // warning-1 messages in the sandbox afterwards

    // Refused twice: on the communication id the feed named (the customer's peer), then on the
    // one read from the conversation after that refusal.
    QTest::newRow("send 404: ended") << u"/communications/"_s << 404 << 2 << 1 << u"skipped"_s << 0;
    QTest::newRow("send 409: conflict")
        << u"/communications/"_s << 409 << 2 << 1 << u"skipped"_s << 0;
    QTest::newRow("send 400: refused")
        << u"/communications/"_s << 400 << 2 << 1 << u"failed"_s << 0;
    QTest::newRow("send 429: waits, then sent")
        << u"/communications/"_s << 429 << 2 << 1 << u"succeeded"_s << 1;
    QTest::newRow("send 503 once: checked, then sent")
        << u"/communications/"_s << 503 << 1 << 1 << u"succeeded"_s << 1;
    QTest::newRow("send 503 always: failed")
        << u"/communications/"_s << 503 << 100 << 1 << u"failed"_s << 0;
    QTest::newRow("disconnect 404: ended")
        << u"/participants/"_s << 404 << 1 << 3 << u"skipped"_s << 1;
    QTest::newRow("disconnect 409: already left")
        << u"/participants/"_s << 409 << 1 << 3 << u"skipped"_s << 1;
    QTest::newRow("disconnect 500 once: retried")
        << u"/participants/"_s << 500 << 1 << 3 << u"succeeded"_s << 1;
    QTest::newRow("disconnect 500 always: failed")
        << u"/participants/"_s << 500 << 100 << 3 << u"failed"_s << 1;
}

void TestEnforcement::failureOutcomes()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(int, count);
    QFETCH(int, stage);
    QFETCH(QString, outcome);
    QFETCH(int, messages);

    EnforcementHarness h;
    QVERIFY(h.start());
    // No claims and no closing message here: the fault must hit the action itself.
    QJsonObject json = EnforcementHarness::policyJson(60, 120, 180);
    QJsonObject policy = json.value("default"_L1).toObject();
    QJsonObject customer = policy.value("customer"_L1).toObject();
    customer.insert("close"_L1, QJsonObject {{u"afterSeconds"_s, 180}});
    policy.insert("customer"_L1, customer);
    json.insert("default"_L1, policy);
    auto &in = h.addInstance(u"a"_s, EnforcementHarness::policies(json), {},
                             [](EnforcementWorker::Settings &s) { s.claimLeadMs = 0; });
    const QString id = h.startTracked();
    const qint64 t0 = h.now();
    const qint64 due = stage == 1 ? t0 + 60'000 : t0 + 180'000;
    QVERIFY(h.advanceTo(due - 1));
    h.sandbox().faults().failNext(count, status, path);
    QVERIFY(h.advanceTo(due + 10 * 60'000));
    h.sandbox().faults().clear();

    QCOMPARE(h.messagesStartingWith(id, u"[W1]"_s).size(), messages);
    const auto journal = journalOf(in.journalPath, id);
    const IdleAction::Kind kind
        = stage == 1 ? IdleAction::Kind::SendWarning : IdleAction::Kind::Disconnect;
    const auto row = std::find_if(journal.cbegin(), journal.cend(),
                                  [kind](const JournalEntry &e) { return e.intent.kind == kind; });
    QVERIFY(row != journal.cend());
    QCOMPARE(stableName(row->result.outcome), outcome);
    if (outcome != u"succeeded")
        QVERIFY(!row->result.error.isEmpty());
    if (status == 429)
        QVERIFY(row->result.issuedAtMs == due);
    for (const JournalEntry &e : journal)
        QVERIFY(!e.isPending());
    // The failed stage is not tried again later on its own.
    const IdleStage failedStage = stage == 1 ? IdleStage::Warning1 : IdleStage::Close;
    QCOMPARE(std::count_if(journal.cbegin(), journal.cend(),
                           [kind, failedStage](const JournalEntry &e) {
                               return e.intent.kind == kind && e.intent.stage == failedStage;
                           }),
             1);
}

void TestEnforcement::lostSendAnswerIsCheckedNotRepeated()
{
    EnforcementHarness h;
    QVERIFY(h.start());
    auto &in = h.addInstance(
        u"a"_s, EnforcementHarness::policies(EnforcementHarness::policyJson(60, 120, 180)), {},
        [](EnforcementWorker::Settings &s) { s.claimLeadMs = 0; });
    const QString id = h.startTracked();
    const qint64 t0 = h.now();
    QVERIFY(h.advanceTo(t0 + 59'000));
    // The platform takes the message but its answer never arrives.
    h.sandbox().faults().dropResponseNext(1, u"/messages"_s);
    QVERIFY(h.advanceTo(t0 + 90'000));
    QCOMPARE(h.messagesStartingWith(id, u"[W1]"_s).size(), 1);
    const auto journal = journalOf(in.journalPath, id);
    QCOMPARE(journal.size(), 1);
    QCOMPARE(journal[0].result.outcome, JournalOutcome::Observed);
    QCOMPARE(journal[0].result.messageId, h.messagesStartingWith(id, u"[W1]"_s)[0].id);
}

void TestEnforcement::timedOutSendIsCheckedNotRepeated()
{
    EnforcementHarness h;
    QVERIFY(h.start());
    auto &in = h.addInstance(
        u"a"_s, EnforcementHarness::policies(EnforcementHarness::policyJson(60, 120, 180)), {},
        [](EnforcementWorker::Settings &s) {
            s.claimLeadMs = 0;
            s.restTimeoutMs = 150;
        });
    const QString id = h.startTracked();
    const qint64 t0 = h.now();
    QVERIFY(h.advanceTo(t0 + 59'000));
    // The platform takes the message but answers too late for the client's timeout (the
    // latency set while the request is handled applies to its answer); later requests are
    // answered at once.
    QObject guard;
    QObject::connect(&h.sandbox().store(), &ConversationStore::agentMessageAdded, &guard, [&h] {
        h.sandbox().faults().setLatencyMs(1'500);
        QMetaObject::invokeMethod(
            &h.sandbox(), [&h] { h.sandbox().faults().setLatencyMs(0); }, Qt::QueuedConnection);
    });
    QVERIFY(h.advanceTo(t0 + 60'000));
    QVERIFY(h.advanceTo(t0 + 70'000)); // the check after the timeout, and any backoff
    QCOMPARE(h.messagesStartingWith(id, u"[W1]"_s).size(), 1);
    const auto journal = journalOf(in.journalPath, id);
    QCOMPARE(journal.size(), 1);
    QCOMPARE(journal[0].result.outcome, JournalOutcome::Observed);
    QCOMPARE(journal[0].result.messageId, h.messagesStartingWith(id, u"[W1]"_s)[0].id);
    QVERIFY2(journal[0].result.error.contains(u"timeout"_s), qPrintable(journal[0].result.error));
}

void TestEnforcement::revokedTokenWaitsForTheNewOne()
{
    EnforcementHarness h;
    QVERIFY(h.start());
    auto &in = h.addInstance(
        u"a"_s, EnforcementHarness::policies(EnforcementHarness::policyJson(60, 120, 180)));
    const QString id = h.startTracked();
    const qint64 t0 = h.now();
    QVERIFY(h.advanceTo(t0 + 59'000));
    // Every token dies a second before the warning: the request is refused, held, and sent with
    // the new token the session brings. The stage is not lost and not doubled.
    h.sandbox().revokeAllTokens();
    QVERIFY(h.advanceTo(t0 + 60'000));
    QVERIFY(in.renewals >= 1);
    const auto w1 = h.messagesStartingWith(id, u"[W1]"_s);
    QCOMPARE(w1.size(), 1);
    QCOMPARE(w1[0].timeMs, t0 + 60'000);
    const auto journal = journalOf(in.journalPath, id);
    QCOMPARE(describe(journal), QStringList {u"sendWarning/warning1/succeeded"_s});
    QVERIFY(h.advanceTo(t0 + 120'000));
    QCOMPARE(h.messagesStartingWith(id, u"[W2]"_s).size(), 1);
}

void TestEnforcement::supervisorActionsCarryTheActor()
{
    EnforcementHarness h;
    QVERIFY(h.start());
    auto &in = h.addInstance(
        u"a"_s, EnforcementHarness::policies(EnforcementHarness::policyJson(60, 120, 180)));
    const QString supervisor = h.sandbox().organisation().supervisor()->id;
    const QString id = h.startTracked();
    const qint64 t0 = h.now();
    QSignalSpy overrides(in.worker.get(), &EnforcementWorker::overrideFinished);

    in.worker->snooze(id, 5, supervisor);
    QVERIFY(h.advanceTo(t0 + 60'000));
    QCOMPARE(h.messagesStartingWith(id, u"[W1]"_s).size(), 0); // snoozed
    in.worker->reset(id, supervisor);
    in.worker->warnNow(id, supervisor);
    QVERIFY(h.settle());
    QCOMPARE(h.messagesStartingWith(id, u"[W1]"_s).size(), 1);
    in.worker->setExempt(id, true, supervisor);
    QVERIFY(h.advanceBy(20 * 60'000));
    QCOMPARE(h.messagesStartingWith(id, u"["_s).size(), 1); // exempt: nothing automatic
    in.worker->setExempt(id, false, supervisor);
    in.worker->disconnectNow(id, supervisor);
    QVERIFY(h.settle());
    QVERIFY(!agentLeg(h.conversation(id))->isActive());
    QCOMPARE(h.messagesStartingWith(id, u"[CLOSE]"_s).size(), 1);

    QCOMPARE(overrides.size(), 6);
    for (const auto &call : overrides)
        QVERIFY(call.at(1).value<OverrideOutcome>().accepted);
    const auto journal = journalOf(in.journalPath, id);
    QCOMPARE(describe(journal),
             (QStringList {u"snooze/none/succeeded"_s, u"reset/none/succeeded"_s,
                           u"sendWarning/warning1/succeeded"_s, u"exempt/none/succeeded"_s,
                           u"include/none/succeeded"_s, u"sendClosingMessage/close/succeeded"_s,
                           u"disconnect/close/succeeded"_s}));
    for (const JournalEntry &e : journal)
        QCOMPARE(e.intent.actor, supervisor);

    // Refused overrides say why and journal nothing.
    in.worker->snooze(u"no-such-conversation"_s, 5, supervisor);
    QVERIFY(!overrides.last().at(1).value<OverrideOutcome>().accepted);
    QVERIFY(!overrides.last().at(1).value<OverrideOutcome>().reason.isEmpty());
}

void TestEnforcement::observeOnlyActsOnNothing()
{
    EnforcementHarness h;
    QVERIFY(h.start());
    auto &in = h.addInstance(
        u"a"_s, EnforcementHarness::policies(EnforcementHarness::policyJson(60, 120, 180)), {},
        [](EnforcementWorker::Settings &s) { s.observeOnly = true; });
    const QString id = h.startTracked();
    const qint64 t0 = h.now();
    QVERIFY(h.advanceTo(t0 + 10 * 60'000));
    QCOMPARE(h.messagesStartingWith(id, u"["_s).size(), 0);
    QVERIFY(agentLeg(h.conversation(id))->isActive());
    QVERIFY(!agentLeg(h.conversation(id))->attributes.contains(StageClaim::kKey));
    QVERIFY(journalOf(in.journalPath, id).isEmpty());
    // It still computed every stage, and said so.
    QStringList seen;
    for (const ActionReport &r : std::as_const(in.reports)) {
        QCOMPARE(r.outcome, JournalOutcome::Skipped);
        QCOMPARE(r.journalId, -1);
        seen << stableName(r.action.kind);
    }
    QCOMPARE(seen,
             (QStringList {u"sendWarning"_s, u"sendWarning"_s, u"sendClosingMessage"_s,
                           u"disconnect"_s}));
}

void TestEnforcement::overridesReachEveryInstance()
{
    // The documented pairing: a dashboard in observe-only mode beside the headless enforcer.
    EnforcementHarness h;
    QVERIFY(h.start());
    const PolicySet policies
        = EnforcementHarness::policies(EnforcementHarness::policyJson(60, 120, 180));
    auto &enforcer = h.addInstance(u"enforcer"_s, policies);
    auto &dashboard = h.addInstance(u"dashboard"_s, policies, {},
                                    [](EnforcementWorker::Settings &s) { s.observeOnly = true; });
    const QString supervisor = h.sandbox().organisation().supervisor()->id;
    const QString id = h.startTracked();
    const qint64 t0 = h.now();

    // Exempt on the dashboard: the enforcer leaves the conversation alone.
    QVERIFY(h.advanceTo(t0 + 30'000));
    dashboard.worker->setExempt(id, true, supervisor);
    QVERIFY(h.advanceTo(t0 + 30 * 60'000));
    QCOMPARE(h.messagesStartingWith(id, u"["_s).size(), 0);
    QVERIFY(EnforcerTestAccess::engine(*enforcer.worker).status(id)->exempt);

    // Lifted on the dashboard: the enforcer's countdown starts afresh from that moment.
    const qint64 lifted = h.now();
    dashboard.worker->setExempt(id, false, supervisor);
    QVERIFY(h.advanceTo(lifted + 60'000));
    auto w1 = h.messagesStartingWith(id, u"[W1]"_s);
    QCOMPARE(w1.size(), 1);
    QCOMPARE(w1[0].timeMs, lifted + 60'000);

    // Snoozed on the dashboard for 5 minutes: warning 2 waits for the snooze to end.
    dashboard.worker->snooze(id, 5, supervisor);
    const qint64 snoozed = h.now();
    QVERIFY(h.advanceTo(snoozed + 5 * 60'000 - 1));
    QCOMPARE(h.messagesStartingWith(id, u"[W2]"_s).size(), 0);
    QVERIFY(h.advanceTo(snoozed + 5 * 60'000 + 120'000));
    QCOMPARE(h.messagesStartingWith(id, u"[W2]"_s).size(), 1);
    // Every override is in the dashboard's journal with the supervisor's id.
    QStringList kinds;
    for (const JournalEntry &e : journalOf(dashboard.journalPath, id)) {
        kinds << stableName(e.intent.kind);
        QCOMPARE(e.intent.actor, supervisor);
        QCOMPARE(e.result.outcome, JournalOutcome::Succeeded);
        QCOMPARE(e.result.httpStatus, 202);
    }
    QCOMPARE(kinds, (QStringList {u"exempt"_s, u"include"_s, u"snooze"_s}));
}

void TestEnforcement::enforcerRunsOnItsOwnThread()
{
    // The production wiring: a session and a feed on this thread, the worker on its own, joined
    // only by attachSession/attachFeed (queued signals). Time is stepped; the worker is woken.
    SandboxFixture fixture;
    QVERIFY(fixture.start());
    IdleGuard::Sandbox::Sandbox &sandbox = fixture.sandbox();
    sandbox.simulator().setPaused(true);
    const Clock &clock = sandbox.scheduler().clock();
    const auto environment = Genesys::Environment::custom(sandbox.baseUrl());
    QTemporaryDir dir;
    EnforcementWorker::Settings settings;
    settings.environment = environment;
    settings.journalPath = dir.filePath(u"journal.sqlite"_s);
    settings.wallTimer = false;
    settings.claimLeadMs = 0;
    Enforcer enforcer(clock, settings);
    QVERIFY(EnforcerTestAccess::worker(enforcer)->thread() != QThread::currentThread());

    Genesys::RestClient client(environment, clock);
    Genesys::GenesysApi api(client);
    Genesys::NotificationFeed feed(api, clock);
    Genesys::MemoryTokenStore store;
    Genesys::Session session(environment, client, store, clock);
    session.useClientCredentials(u"demo-client"_s, u"demo-secret"_s);
    session.attachFeed(feed);
    enforcer.attachFeed(feed);
    enforcer.attachSession(session);
    enforcer.setPolicies(
        EnforcementHarness::policies(EnforcementHarness::policyJson(60, 120, 180)));

    QSignalSpy started(&enforcer, &Enforcer::started);
    QSignalSpy finished(&enforcer, &Enforcer::actionFinished);
    QSignalSpy summaries(&enforcer, &Enforcer::summaryReady);
    session.signIn();
    QTRY_COMPARE(session.state(), Genesys::Session::State::SignedIn);
    const QString queueId = sandbox.organisation().queues().constFirst().id;
    feed.setQueues({queueId});
    feed.start();
    enforcer.start();
    QTRY_COMPARE(started.size(), 1);
    QVERIFY(started[0][0].toBool());
    QTRY_COMPARE(feed.state(), Genesys::NotificationFeed::State::Live);

    ConversationStore &conversations = sandbox.store();
    QString agentId;
    for (const auto *agent : sandbox.organisation().agents()) {
        if (agentId.isEmpty() && agent->queueIds.contains(queueId))
            agentId = agent->id;
    }
    const QString id = conversations.startConversation(queueId, u"Alex"_s, u"Hi"_s);
    conversations.offerToAgent(id, agentId);
    conversations.answer(id);
    ConversationStore::Outcome outcome {};
    conversations.addAgentMessage(id, conversations.conversation(id)->agent()->id, u"Hello"_s,
                                  agentId, &outcome);
    const qint64 t0 = sandbox.scheduler().nowMs();
    // The worker hears of it through the feed, on its own thread.
    QTRY_VERIFY(QTest::qWaitFor(
        [&] {
            enforcer.requestSummary();
            return !summaries.isEmpty()
                && summaries.constLast()[0].value<WorkerSummary>().running == 1;
        },
        200));

    sandbox.step(60'000 - (sandbox.scheduler().nowMs() - t0));
    enforcer.wake();
    QTRY_COMPARE(finished.size(), 1);
    auto report = finished[0][0].value<ActionReport>();
    QCOMPARE(report.outcome, JournalOutcome::Succeeded);
    QCOMPARE(report.issuedAtMs, t0 + 60'000);
    QCOMPARE(conversations.conversation(id)->agent()->messages.size(), 2);

    // Stopped and started again (a new sign-in, say): the worker is back on its own thread.
    enforcer.stop();
    QVERIFY(!enforcer.isRunning());
    enforcer.start();
    QTRY_COMPARE(started.size(), 2);
    QVERIFY(EnforcerTestAccess::worker(enforcer)->thread() != QThread::currentThread());
    feed.stop();
    feed.start(); // a fresh snapshot for the restarted worker (still attached)
    QTRY_COMPARE(feed.state(), Genesys::NotificationFeed::State::Live);
    const QString supervisor = sandbox.organisation().supervisor()->id;
    // Once the restarted worker knows the conversation again (from the feed's snapshot).
    summaries.clear();
    QTRY_VERIFY(QTest::qWaitFor(
        [&] {
            enforcer.requestSummary();
            return !summaries.isEmpty()
                && summaries.constLast()[0].value<WorkerSummary>().tracked == 1;
        },
        200));
    QSignalSpy overrides(&enforcer, &Enforcer::overrideFinished);
    enforcer.disconnectNow(id, supervisor);
    QTRY_COMPARE(overrides.size(), 1);
    QVERIFY(overrides[0][1].value<OverrideOutcome>().accepted);
    QTRY_VERIFY(!conversations.conversation(id)->agent()->isActive());
    enforcer.stop();
    // One disconnect, journaled once.
    ManualClock readClock;
    AuditJournal journal(readClock);
    QVERIFY(journal.open(settings.journalPath, nullptr, AuditJournal::OpenMode::MustExist));
    const auto rows = journal.forConversation(id);
    QCOMPARE(std::count_if(rows.cbegin(), rows.cend(),
                           [](const JournalEntry &e) {
                               return e.intent.kind == IdleAction::Kind::Disconnect;
                           }),
             1);
}

QTEST_GUILESS_MAIN(TestEnforcement)
#include "tst_enforcement.moc"
