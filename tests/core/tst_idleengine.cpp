// Rule-by-rule tests of the idle engine (product.md "Idle policy semantics", docs/policy.md).
// Everything runs on a ManualClock: no test waits.

#include "core/idleengine.h"
#include "core/manualclock.h"
#include "core/overriderecord.h"
#include "core/stagerecord.h"

#include <QTest>

using namespace IdleGuard;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 T0 = 1'750'000'000'000; // all times below are offsets from here
constexpr qint64 kSec = 1000;
const QString kConv = QStringLiteral("conv-1");
const QString kQueue = QStringLiteral("queue-web");
const QString kActor = QStringLiteral("supervisor-7");

Policy testPolicy()
{
    Policy p;
    p.defaultLanguage = QStringLiteral("en");
    p.warning1
        = {true, 60,
           LocalizedText(
               QStringLiteral("en"),
               QStringLiteral("W1 {customerName} idle {idleMinutes} close in {closeInMinutes}"))};
    p.warning1.message.setText(QStringLiteral("de"), QStringLiteral("W1-de {customerName}"));
    p.warning2
        = {true, 120,
           LocalizedText(QStringLiteral("en"), QStringLiteral("W2 close in {closeInMinutes}"))};
    p.close
        = {true, 180, LocalizedText(QStringLiteral("en"), QStringLiteral("Bye from {queueName}"))};
    p.agentFlag = {true, 30, {}};
    p.agentEscalate = {true, 90, {}};
    p.wrapUpCode = QStringLiteral("wrap-idle");
    return p;
}

PolicySet policies(const Policy &p = testPolicy())
{
    PolicySet set;
    set.defaultPolicy = p;
    return set;
}

// Builds conversation snapshots the way a platform adapter would.
struct ConvBuilder
{
    QString id = kConv;
    QString language;
    QList<MessageRef> customerMessages;
    QList<MessageRef> agentMessages;
    QString agentId = QStringLiteral("agent-leg-1");
    qint64 agentConnected = T0;
    bool agentConnectedNow = true;
    bool waiting = false;
    bool ended = false;
    QHash<QString, QString> agentAttributes;

    Conversation build() const
    {
        Conversation c;
        c.id = id;
        c.queueId = kQueue;
        c.queueName = QStringLiteral("Web Support");
        c.customerLanguage = language;
        Participant customer;
        customer.id = QStringLiteral("customer-leg");
        customer.purpose = ParticipantPurpose::Customer;
        customer.state = ended ? ParticipantState::Disconnected : ParticipantState::Connected;
        customer.name = QStringLiteral("Jane");
        customer.startMs = T0 - 60 * kSec;
        customer.messages = customerMessages;
        c.participants << customer;
        if (waiting) {
            Participant acd;
            acd.id = QStringLiteral("acd-leg");
            acd.purpose = ParticipantPurpose::Acd;
            acd.state = ParticipantState::Connected;
            acd.startMs = T0 - 30 * kSec;
            acd.connectedMs = T0 - 30 * kSec;
            c.participants << acd;
        } else {
            Participant agent;
            agent.id = agentId;
            agent.purpose = ParticipantPurpose::Agent;
            agent.state = agentConnectedNow && !ended ? ParticipantState::Connected
                                                      : ParticipantState::Disconnected;
            agent.name = QStringLiteral("Alex");
            agent.userId = QStringLiteral("user-alex");
            agent.startMs = agentConnected;
            agent.connectedMs = agentConnected;
            agent.messages = agentMessages;
            agent.attributes = agentAttributes;
            c.participants << agent;
        }
        return c;
    }
};

MessageRef msg(const QString &id, Party sender, qint64 offset, bool own = false)
{
    return MessageRef {id, sender, T0 + offset, own};
}

struct Fixture
{
    ManualClock clock {T0};
    IdleEngine engine;
    ConvBuilder conv;
    int messages = 0;

    explicit Fixture(const PolicySet &set = policies())
        : engine(clock, set)
    { }
    void push() { engine.updateConversation(conv.build()); }
    // A connected conversation in which the agent greeted at `offset`.
    void startWithAgentGreeting(qint64 offset = 0)
    {
        conv.agentMessages << msg(QStringLiteral("greet"), Party::Agent, offset);
        push();
    }
    void say(Party who, qint64 offset, bool own = false)
    {
        engine.addMessage(kConv, msg(QStringLiteral("m%1").arg(++messages), who, offset, own));
    }
    QList<IdleAction> at(qint64 offset)
    {
        clock.setNowMs(T0 + offset);
        return engine.takeDueActions();
    }
    ConversationStatus status() const { return *engine.status(kConv); }
};

QList<IdleAction::Kind> kinds(const QList<IdleAction> &actions)
{
    QList<IdleAction::Kind> out;
    for (const IdleAction &a : actions)
        out << a.kind;
    return out;
}

using K = IdleAction::Kind;

} // namespace

class TestIdleEngine : public QObject
{
    Q_OBJECT

private slots:
    // A stage handed out, then (late, after a feed gap) checked again against what is known
    // now: each way the conversation can move on is named; a stage that still stands is not.
    void whyNotDue_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("reason"); // empty: still due
        QTest::newRow("nothing happened") << u"none"_s << QString();
        QTest::newRow("customer wrote") << u"customer"_s << u"customer wrote"_s;
        QTest::newRow("agent wrote") << u"agent"_s << u"agent wrote"_s;
        QTest::newRow("own message is not activity") << u"own"_s << QString();
        QTest::newRow("reset") << u"reset"_s << u"reset"_s;
        QTest::newRow("exempt") << u"exempt"_s << u"exempted"_s;
        QTest::newRow("snoozed") << u"snooze"_s << u"snoozed"_s;
        QTest::newRow("another agent") << u"transfer"_s << u"Another agent"_s;
        QTest::newRow("ended") << u"end"_s << u"ended"_s;
        // Warning 2 handed out while warning 1 waited (a fresh read, a claim, the rate budget):
        // warning 1 is overtaken, never sent after it.
        QTest::newRow("overtaken") << u"later"_s << u"later stage"_s;
    }
    void whyNotDue()
    {
        QFETCH(QString, change);
        QFETCH(QString, reason);
        Fixture f;
        f.startWithAgentGreeting(0);
        const QList<IdleAction> w1 = f.at(60 * kSec);
        QCOMPARE(w1.size(), 1);
        QVERIFY(!f.engine.whyNotDue(w1[0])); // handed out: not a reason in itself
        f.clock.setNowMs(T0 + 70 * kSec);
        if (change == u"customer")
            f.say(Party::Customer, 65 * kSec);
        else if (change == u"agent")
            f.say(Party::Agent, 65 * kSec);
        else if (change == u"own")
            f.say(Party::Agent, 65 * kSec, true);
        else if (change == u"reset")
            f.engine.reset(kConv, kActor);
        else if (change == u"exempt")
            f.engine.setExempt(kConv, true, kActor);
        else if (change == u"snooze")
            f.engine.snooze(kConv, 5, kActor);
        else if (change == u"transfer") {
            f.conv.agentId = u"agent-leg-2"_s;
            f.conv.agentConnected = T0 + 66 * kSec;
            f.push();
        } else if (change == u"end") {
            f.conv.ended = true;
            f.push();
        } else if (change == u"later") {
            const QList<IdleAction> w2 = f.at(120 * kSec);
            QCOMPARE(w2.size(), 1);
            QCOMPARE(w2[0].stage, IdleStage::Warning2);
            QVERIFY(!f.engine.whyNotDue(w2[0])); // the later stage itself stands
        }
        const auto why = f.engine.whyNotDue(w1[0]);
        if (reason.isEmpty()) {
            QVERIFY2(!why, qPrintable(why.value_or(QString())));
        } else {
            QVERIFY(why);
            QVERIFY2(why->contains(reason), qPrintable(*why));
        }
    }

    // A stage dropped as stale no longer counts as done: when its time comes again (a snooze
    // over) it falls due; withdrawn without the time having come, nothing is due at once.
    void withdrawnStageFallsDueAgain()
    {
        Fixture f;
        f.startWithAgentGreeting(0);
        const QList<IdleAction> w1 = f.at(60 * kSec);
        QCOMPARE(w1.size(), 1);
        f.clock.setNowMs(T0 + 61 * kSec);
        f.engine.snooze(kConv, 5, kActor);
        QVERIFY(f.engine.whyNotDue(w1[0]));
        f.engine.withdrawStage(kConv, IdleStage::Warning1, w1[0].issuedAtMs);
        QVERIFY(f.at(62 * kSec).isEmpty());
        // The snooze ends at +61 s + 5 min; warning 1 counts from there.
        QCOMPARE(f.engine.nextDeadlineMs(), T0 + 61 * kSec + 5 * 60 * kSec + 60 * kSec);
        const QList<IdleAction> again = f.at(61 * kSec + 6 * 60 * kSec);
        QCOMPARE(again.size(), 1);
        QCOMPARE(again[0].stage, IdleStage::Warning1);
    }

    // A stale warning of an earlier idle period is dropped while the same warning of the
    // current period is already on its way: withdrawing the old one must not re-open the new
    // one (it would be handed out, and sent, twice).
    void withdrawingAnOldHandOutKeepsTheNewOne()
    {
        Fixture f;
        f.startWithAgentGreeting(0);
        const QList<IdleAction> old = f.at(60 * kSec);
        QCOMPARE(old.size(), 1);
        f.say(Party::Customer, 61 * kSec);
        f.say(Party::Agent, 62 * kSec);
        const QList<IdleAction> current = f.at(62 * kSec + 60 * kSec);
        QCOMPARE(current.size(), 1);
        QCOMPARE(current[0].stage, IdleStage::Warning1);
        QVERIFY(current[0].idleSinceMs > old[0].idleSinceMs);
        f.engine.withdrawStage(kConv, IdleStage::Warning1, old[0].issuedAtMs);
        QVERIFY(f.at(62 * kSec + 61 * kSec).isEmpty()); // not handed out a second time
        QCOMPARE(f.status().nextStage, IdleStage::Warning2);
    }

    void customerTrack_warnsTwiceThenClosesAtEachThreshold()
    {
        Fixture f;
        f.startWithAgentGreeting(0);
        QCOMPARE(f.engine.nextDeadlineMs(), T0 + 60 * kSec);
        QVERIFY(f.at(60 * kSec - 1).isEmpty());

        const QList<IdleAction> w1 = f.at(60 * kSec);
        QCOMPARE(kinds(w1), QList<K> {K::SendWarning});
        QCOMPARE(w1[0].stage, IdleStage::Warning1);
        QCOMPARE(w1[0].text, QStringLiteral("W1 Jane idle 1 close in 2"));
        QCOMPARE(w1[0].dueAtMs, T0 + 60 * kSec);
        QCOMPARE(w1[0].agentParticipantId, QStringLiteral("agent-leg-1"));
        QVERIFY(!w1[0].isManual());
        QCOMPARE(f.engine.nextDeadlineMs(), T0 + 120 * kSec);

        const QList<IdleAction> w2 = f.at(120 * kSec);
        QCOMPARE(kinds(w2), QList<K> {K::SendWarning});
        QCOMPARE(w2[0].stage, IdleStage::Warning2);
        QCOMPARE(w2[0].text, QStringLiteral("W2 close in 1"));

        const QList<IdleAction> close = f.at(180 * kSec);
        QCOMPARE(kinds(close), (QList<K> {K::SendClosingMessage, K::Disconnect}));
        QCOMPARE(close[0].text, QStringLiteral("Bye from Web Support"));
        QCOMPARE(close[1].wrapUpCode, QStringLiteral("wrap-idle"));
        QCOMPARE(close[1].closeScope, CloseScope::Agent);
        QCOMPARE(f.engine.nextDeadlineMs(), kNoDeadline);
        QVERIFY(f.at(10 * 3600 * kSec).isEmpty());
    }

    void customerTrack_closeWithoutMessageOnlyDisconnects_data()
    {
        QTest::addColumn<int>("scope");
        QTest::addRow("agent scope") << int(CloseScope::Agent);
        QTest::addRow("conversation scope") << int(CloseScope::Conversation);
    }
    void customerTrack_closeWithoutMessageOnlyDisconnects()
    {
        QFETCH(int, scope);
        Policy p = testPolicy();
        p.close.message = {};
        p.closeScope = CloseScope(scope);
        Fixture f(policies(p));
        f.startWithAgentGreeting();
        const QList<IdleAction> close = f.at(180 * kSec);
        QCOMPARE(kinds(close), QList<K> {K::Disconnect}); // warnings 1 and 2 were overdue: skipped
        QCOMPARE(close[0].closeScope, CloseScope(scope));
    }

    void ownMessages_neverCountAsActivity_data()
    {
        QTest::addColumn<int>("how");
        QTest::addRow("flagged as sent by Idle Guard") << 0;
        QTest::addRow("reported own before its echo") << 1;
        QTest::addRow("reported own after its echo") << 2;
        QTest::addRow("flagged, in a snapshot") << 3;
    }
    void ownMessages_neverCountAsActivity()
    {
        QFETCH(int, how);
        Fixture f;
        f.startWithAgentGreeting(0);
        QCOMPARE(f.at(60 * kSec).size(), 1); // warning 1
        f.clock.setNowMs(T0 + 61 * kSec);
        const MessageRef echo
            = msg(QStringLiteral("own-1"), Party::Agent, 60 * kSec, how == 0 || how == 3);
        if (how == 1)
            f.engine.ownMessageSent(kConv, echo.id);
        if (how == 3) {
            f.conv.agentMessages << echo;
            f.push();
        } else {
            f.engine.addMessage(kConv, echo);
        }
        if (how == 2)
            f.engine.ownMessageSent(kConv, echo.id);
        // Still the same idle period: warning 2 at 120 s from the greeting.
        QCOMPARE(f.engine.nextDeadlineMs(), T0 + 120 * kSec);
        QCOMPARE(f.status().silentSinceMs, T0);
        QCOMPARE(f.status().stage, IdleStage::Warning1);
    }

    void ownMessages_humanAgentMessageStillCounts()
    {
        Fixture f;
        f.startWithAgentGreeting(0);
        f.clock.setNowMs(T0 + 20 * kSec);
        f.engine.ownMessageSent(kConv, QStringLiteral("own-x")); // some other message
        f.say(Party::Agent, 20 * kSec);
        QCOMPARE(f.engine.nextDeadlineMs(), T0 + 80 * kSec);
    }

    void stages_neverExecuteTwice()
    {
        Fixture f;
        f.startWithAgentGreeting();
        QCOMPARE(f.at(60 * kSec).size(), 1);
        QVERIFY(f.at(60 * kSec).isEmpty());
        QVERIFY(f.at(119 * kSec).isEmpty());
        // A snapshot repeating everything known must not re-arm warning 1.
        f.push();
        QVERIFY(f.at(119 * kSec).isEmpty());
        QCOMPARE(f.engine.nextDeadlineMs(), T0 + 120 * kSec);
    }

    void policyChange_movesRunningCountdownAtOnce()
    {
        Fixture f;
        f.startWithAgentGreeting();
        f.clock.setNowMs(T0 + 30 * kSec);
        Policy p = testPolicy();
        p.warning1.afterSeconds = 40;
        QVERIFY(f.engine.setPolicies(policies(p)).isEmpty());
        QCOMPARE(f.engine.nextDeadlineMs(), T0 + 40 * kSec);
        QCOMPARE(f.engine.policyRevision(), 2);
        const QList<IdleAction> w1 = f.at(40 * kSec);
        QCOMPARE(w1.size(), 1);
        QCOMPARE(w1[0].policyRevision, 2);
    }

    void policyChange_neverRepeatsExecutedStage()
    {
        Fixture f;
        f.startWithAgentGreeting();
        QCOMPARE(f.at(60 * kSec).size(), 1); // warning 1 went out
        Policy p = testPolicy();
        p.warning1.afterSeconds = 90; // now later than what already happened
        p.warning2.afterSeconds = 150;
        QVERIFY(f.engine.setPolicies(policies(p)).isEmpty());
        QCOMPARE(f.status().stage, IdleStage::Warning1);
        QCOMPARE(f.engine.nextDeadlineMs(), T0 + 150 * kSec); // warning 2, not warning 1 again
        const QList<IdleAction> next = f.at(150 * kSec);
        QCOMPARE(next.size(), 1);
        QCOMPARE(next[0].stage, IdleStage::Warning2);
    }

    void policyChange_overdueStagesRunOnlyTheFurthest()
    {
        Fixture f;
        f.startWithAgentGreeting();
        f.clock.setNowMs(T0 + 50 * kSec);
        Policy p = testPolicy();
        p.warning1.afterSeconds = 10;
        p.warning2.afterSeconds = 20;
        p.close.afterSeconds = 200;
        QVERIFY(f.engine.setPolicies(policies(p)).isEmpty());
        QCOMPARE(f.engine.nextDeadlineMs(), T0 + 10 * kSec);
        const QList<IdleAction> due = f.engine.takeDueActions();
        QCOMPARE(due.size(), 1);
        QCOMPARE(due[0].stage, IdleStage::Warning2); // warning 1 is skipped, never sent late
        QCOMPARE(f.engine.nextDeadlineMs(), T0 + 200 * kSec);
    }

    void policyChange_invalidIsRefusedAndPreviousStaysInForce()
    {
        Fixture f;
        f.startWithAgentGreeting();
        Policy bad = testPolicy();
        bad.warning2.afterSeconds = 30; // not after warning 1
        const PolicyErrors errors = f.engine.setPolicies(policies(bad));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].field, QStringLiteral("default.customer.warning2.afterSeconds"));
        QCOMPARE(f.engine.policyRevision(), 1);
        QCOMPARE(f.engine.policies(), policies());
        QCOMPARE(f.engine.nextDeadlineMs(), T0 + 60 * kSec);
    }

    void requireAgentMessage_holdsCustomerTrackUntilAgentSpeaks_data()
    {
        QTest::addColumn<bool>("required");
        QTest::addRow("required (default)") << true;
        QTest::addRow("not required") << false;
    }
    void requireAgentMessage_holdsCustomerTrackUntilAgentSpeaks()
    {
        QFETCH(bool, required);
        Policy p = testPolicy();
        p.requireAgentMessage = required;
        Fixture f(policies(p));
        f.push(); // agent connected at T0, nobody spoke
        QCOMPARE(f.status().owes, Party::Customer);
        QCOMPARE(f.status().awaitingAgentMessage, required);
        QCOMPARE(f.engine.nextDeadlineMs(), required ? kNoDeadline : T0 + 60 * kSec);
        QCOMPARE(f.at(60 * kSec).size(), required ? 0 : 1);
        // An agent message before the agent connected (a previous leg) does not release it.
        f.say(Party::Agent, 100 * kSec);
        QCOMPARE(f.engine.nextDeadlineMs(), T0 + 160 * kSec);
    }

    void countTyping_typingCountsOnlyWhenPolicySaysSo_data()
    {
        QTest::addColumn<bool>("countTyping");
        QTest::addRow("typing counts") << true;
        QTest::addRow("typing ignored (default)") << false;
    }
    void countTyping_typingCountsOnlyWhenPolicySaysSo()
    {
        QFETCH(bool, countTyping);
        Policy p = testPolicy();
        p.countTyping = countTyping;
        Fixture f(policies(p));
        f.startWithAgentGreeting();
        f.clock.setNowMs(T0 + 40 * kSec);
        f.engine.addTyping(kConv, Party::Customer, T0 + 40 * kSec); // the customer is answering
        QCOMPARE(f.engine.nextDeadlineMs(), countTyping ? T0 + 100 * kSec : T0 + 60 * kSec);
        // Typing never changes whose turn it is.
        QCOMPARE(f.status().owes, Party::Customer);
    }

    void countTyping_typingOfThePartyNotOwingDoesNotHelp()
    {
        Policy p = testPolicy();
        p.countTyping = true;
        Fixture f(policies(p));
        f.startWithAgentGreeting();
        f.engine.addTyping(kConv, Party::Agent, T0 + 40 * kSec); // the customer owes, not the agent
        QCOMPARE(f.engine.nextDeadlineMs(), T0 + 60 * kSec);
    }

    void waitingInQueue_isListedButNotTimed()
    {
        Fixture f;
        f.conv.waiting = true;
        f.conv.customerMessages << msg(QStringLiteral("hello"), Party::Customer, -40 * kSec);
        f.push();
        const ConversationStatus s = f.status();
        QCOMPARE(s.state, TrackingState::WaitingInQueue);
        QCOMPARE(s.waitingSinceMs, T0 - 30 * kSec);
        QCOMPARE(s.nextAtMs, kNoDeadline);
        QCOMPARE(f.engine.nextDeadlineMs(), kNoDeadline);
        QVERIFY(f.at(8 * 3600 * kSec).isEmpty());
    }

    void customerSpokeWhileWaiting_agentOwesFromConnect()
    {
        Fixture f;
        f.conv.customerMessages << msg(QStringLiteral("hello"), Party::Customer, -40 * kSec);
        f.push(); // agent connected at T0 after the customer's first message
        QCOMPARE(f.status().owes, Party::Agent);
        QCOMPARE(f.engine.nextDeadlineMs(), T0 + 30 * kSec);
    }

    void agentDisconnected_stopsAllTimers()
    {
        Fixture f;
        f.startWithAgentGreeting();
        f.conv.agentConnectedNow = false;
        f.push();
        QCOMPARE(f.status().state, TrackingState::NoAgent);
        QCOMPARE(f.engine.nextDeadlineMs(), kNoDeadline);
        QVERIFY(f.at(3600 * kSec).isEmpty());
    }

    void conversationEnded_stopsAllTimers()
    {
        Fixture f;
        f.startWithAgentGreeting();
        f.conv.ended = true;
        f.push();
        QCOMPARE(f.status().state, TrackingState::Ended);
        QCOMPARE(f.engine.nextDeadlineMs(), kNoDeadline);
        QVERIFY(f.at(3600 * kSec).isEmpty());
    }

    void removeConversation_forgetsIt()
    {
        Fixture f;
        f.startWithAgentGreeting();
        f.engine.removeConversation(kConv);
        QVERIFY(!f.engine.contains(kConv));
        QCOMPARE(f.engine.conversationCount(), 0);
        QCOMPARE(f.engine.nextDeadlineMs(), kNoDeadline);
        QVERIFY(!f.engine.status(kConv));
        f.startWithAgentGreeting(); // the slot is reused cleanly
        QCOMPARE(f.engine.nextDeadlineMs(), T0 + 60 * kSec);
    }

    void turnAware_customerMessageStartsAgentTrack()
    {
        Fixture f;
        f.startWithAgentGreeting();
        f.clock.setNowMs(T0 + 10 * kSec);
        f.say(Party::Customer, 10 * kSec);
        QCOMPARE(f.status().owes, Party::Agent);
        const QList<IdleAction> flag = f.at(40 * kSec);
        QCOMPARE(kinds(flag), QList<K> {K::FlagAgent});
        QVERIFY(f.status().agentFlagged);
        const QList<IdleAction> escalate = f.at(100 * kSec);
        QCOMPARE(kinds(escalate), QList<K> {K::EscalateAgent});
        // The agent's silence never disconnects the customer.
        QVERIFY(f.at(8 * 3600 * kSec).isEmpty());
        QCOMPARE(f.engine.nextDeadlineMs(), kNoDeadline);
    }

    void turnAware_anyMessageRestartsTheMatchingTrackFromStageZero()
    {
        Fixture f;
        f.startWithAgentGreeting();
        QCOMPARE(f.at(60 * kSec).size(), 1); // warning 1
        f.say(Party::Customer, 70 * kSec); // the customer is back
        QCOMPARE(f.status().stage, IdleStage::None);
        QCOMPARE(f.status().owes, Party::Agent);
        QCOMPARE(f.engine.nextDeadlineMs(), T0 + 100 * kSec);
        f.say(Party::Agent, 80 * kSec); // the agent answers: a fresh customer track
        QCOMPARE(f.status().owes, Party::Customer);
        QCOMPARE(f.engine.nextDeadlineMs(), T0 + 140 * kSec);
        const QList<IdleAction> again = f.at(140 * kSec);
        QCOMPARE(again.size(), 1);
        QCOMPARE(again[0].stage, IdleStage::Warning1); // warning 1 again: a new idle period
    }

    void anyActivity_silenceOfBothSidesDrivesCustomerTrack()
    {
        Policy p = testPolicy();
        p.mode = PolicyMode::AnyActivity;
        Fixture f(policies(p));
        f.startWithAgentGreeting();
        f.say(Party::Customer, 30 * kSec);
        QCOMPARE(f.status().owes, Party::Either);
        QCOMPARE(f.status().track, Party::Customer);
        QCOMPARE(f.engine.nextDeadlineMs(), T0 + 90 * kSec);
        f.say(Party::Agent, 50 * kSec);
        QCOMPARE(f.engine.nextDeadlineMs(), T0 + 110 * kSec);
        QCOMPARE(kinds(f.at(110 * kSec)), QList<K> {K::SendWarning}); // no agent track in this mode
    }

    void customerOnly_onlyCustomerMessagesReset()
    {
        Policy p = testPolicy();
        p.mode = PolicyMode::CustomerOnly;
        Fixture f(policies(p));
        f.startWithAgentGreeting();
        f.say(Party::Customer, 30 * kSec);
        QCOMPARE(f.engine.nextDeadlineMs(), T0 + 90 * kSec);
        f.say(Party::Agent, 50 * kSec);
        QCOMPARE(f.engine.nextDeadlineMs(), T0 + 90 * kSec);
        QCOMPARE(f.status().owes, Party::Customer);
    }

    void activity_usesPlatformTimestampNotArrivalTime()
    {
        Fixture f;
        f.startWithAgentGreeting();
        f.clock.setNowMs(T0 + 45 * kSec); // the event arrives 25 s after the platform stamped it
        f.say(Party::Agent, 20 * kSec);
        QCOMPARE(f.engine.nextDeadlineMs(), T0 + 80 * kSec);
        QCOMPARE(f.status().silentSinceMs, T0 + 20 * kSec);
    }

    void staleSnapshot_neverMovesTimeBackwards()
    {
        Fixture f;
        f.startWithAgentGreeting();
        f.say(Party::Agent, 30 * kSec);
        f.push(); // a snapshot taken before that message
        QCOMPARE(f.engine.nextDeadlineMs(), T0 + 90 * kSec);
    }

    void snooze_holdsActionsThenResumesWithoutRepeating()
    {
        Fixture f;
        f.startWithAgentGreeting();
        QCOMPARE(f.at(60 * kSec).size(), 1); // warning 1
        f.clock.setNowMs(T0 + 100 * kSec);
        QVERIFY(f.engine.snooze(kConv, 5, kActor).accepted);
        QCOMPARE(f.status().snoozedUntilMs, T0 + 400 * kSec);
        // The countdown restarts when the snooze ends: warning 2 at 400 s + 120 s.
        QCOMPARE(f.engine.nextDeadlineMs(), T0 + 520 * kSec);
        QVERIFY(f.at(519 * kSec).isEmpty());
        const QList<IdleAction> w2 = f.at(520 * kSec);
        QCOMPARE(w2.size(), 1);
        QCOMPARE(w2[0].stage, IdleStage::Warning2);
    }

    void snooze_refusesOutOfRangeMinutes_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addRow("zero") << 0;
        QTest::addRow("negative") << -5;
        QTest::addRow("over 8 h") << 481;
    }
    void snooze_refusesOutOfRangeMinutes()
    {
        QFETCH(int, minutes);
        Fixture f;
        f.startWithAgentGreeting();
        const OverrideOutcome outcome = f.engine.snooze(kConv, minutes, kActor);
        QVERIFY(!outcome.accepted);
        QVERIFY(outcome.reason.contains(QStringLiteral("480")));
        QCOMPARE(f.engine.nextDeadlineMs(), T0 + 60 * kSec);
    }

    void exempt_stopsTimersAndLiftingRestartsCountdown()
    {
        Fixture f;
        f.startWithAgentGreeting();
        QVERIFY(f.engine.setExempt(kConv, true, kActor).accepted);
        QVERIFY(f.status().exempt);
        QCOMPARE(f.engine.nextDeadlineMs(), kNoDeadline);
        QVERIFY(f.at(3600 * kSec).isEmpty());
        QVERIFY(f.engine.setExempt(kConv, false, kActor).accepted);
        // Not everything overdue at once: a fresh countdown from the moment it was lifted.
        QCOMPARE(f.engine.nextDeadlineMs(), T0 + 3660 * kSec);
    }

    void reset_restartsFromStageZero()
    {
        Fixture f;
        f.startWithAgentGreeting();
        QCOMPARE(f.at(60 * kSec).size(), 1);
        f.clock.setNowMs(T0 + 70 * kSec);
        QVERIFY(f.engine.reset(kConv, kActor).accepted);
        QCOMPARE(f.status().stage, IdleStage::None);
        QCOMPARE(f.engine.nextDeadlineMs(), T0 + 130 * kSec);
        QCOMPARE(f.at(130 * kSec).value(0).stage, IdleStage::Warning1);
    }

    void warnNow_sendsNextWarningAndCountsAsExecuted()
    {
        Fixture f;
        f.startWithAgentGreeting();
        f.clock.setNowMs(T0 + 10 * kSec);
        OverrideOutcome first = f.engine.warnNow(kConv, kActor);
        QVERIFY(first.accepted);
        QCOMPARE(first.actions.size(), 1);
        QCOMPARE(first.actions[0].stage, IdleStage::Warning1);
        QCOMPARE(first.actions[0].actor, kActor);
        QVERIFY(first.actions[0].isManual());
        QCOMPARE(f.engine.nextDeadlineMs(), T0 + 120 * kSec); // warning 1 will not go out again
        OverrideOutcome second = f.engine.warnNow(kConv, kActor);
        QCOMPARE(second.actions.value(0).stage, IdleStage::Warning2);
        OverrideOutcome third = f.engine.warnNow(kConv, kActor); // both sent: the last again
        QCOMPARE(third.actions.value(0).stage, IdleStage::Warning2);
    }

    void disconnectNow_closesWithActor()
    {
        Fixture f;
        f.startWithAgentGreeting();
        f.clock.setNowMs(T0 + 5 * kSec);
        const OverrideOutcome outcome = f.engine.disconnectNow(kConv, kActor);
        QVERIFY(outcome.accepted);
        QCOMPARE(kinds(outcome.actions), (QList<K> {K::SendClosingMessage, K::Disconnect}));
        QCOMPARE(outcome.actions[1].actor, kActor);
        QCOMPARE(outcome.actions[1].wrapUpCode, QStringLiteral("wrap-idle"));
        QCOMPARE(f.engine.nextDeadlineMs(), kNoDeadline);
    }

    void overrides_refusedWithoutAgentActorOrConversation()
    {
        Fixture f;
        f.conv.waiting = true;
        f.push();
        QVERIFY(!f.engine.warnNow(kConv, kActor).accepted);
        QVERIFY(!f.engine.disconnectNow(kConv, kActor).accepted);
        QVERIFY(!f.engine.snooze(QStringLiteral("nope"), 5, kActor).accepted);
        QVERIFY(!f.engine.reset(kConv, QString()).accepted);
        QVERIFY(!f.engine.setExempt(kConv, true, QString()).accepted);
    }

    void warnNow_refusedWhenPolicyHasNoWarning()
    {
        Policy p = testPolicy();
        p.warning1 = {};
        p.warning2 = {};
        Fixture f(policies(p));
        f.startWithAgentGreeting();
        const OverrideOutcome outcome = f.engine.warnNow(kConv, kActor);
        QVERIFY(!outcome.accepted);
        QVERIFY(outcome.actions.isEmpty());
    }

    void stageRecord_fromAnotherInstancePreventsRepeat()
    {
        Fixture f;
        f.startWithAgentGreeting();
        f.conv.agentAttributes = StageRecord {IdleStage::Warning1, T0 + 60 * kSec}.toAttributes();
        f.push();
        QCOMPARE(f.status().stage, IdleStage::Warning1);
        QVERIFY(f.at(60 * kSec).isEmpty());
        QCOMPARE(f.engine.nextDeadlineMs(), T0 + 120 * kSec);
    }

    void stageRecord_fromEarlierIdlePeriodIsIgnored()
    {
        Fixture f;
        f.startWithAgentGreeting(30 * kSec);
        f.engine.updateAttributes(kConv,
                                  StageRecord {IdleStage::Warning2, T0 + 20 * kSec}.toAttributes());
        QCOMPARE(f.status().stage, IdleStage::None);
        QCOMPARE(f.engine.nextDeadlineMs(), T0 + 90 * kSec);
    }

    void stageRecord_roundTripsThroughAttributes()
    {
        const StageRecord record {IdleStage::Close, T0 + 1234};
        const QHash<QString, QString> attributes = record.toAttributes();
        QCOMPARE(attributes.value(QStringLiteral("idleGuard.stage")), QStringLiteral("close"));
        QCOMPARE(StageRecord::fromAttributes(attributes), record);
        QVERIFY(!StageRecord::fromAttributes(
            {{QStringLiteral("idleGuard.stage"), QStringLiteral("bogus")}}));
        QVERIFY(!StageRecord::fromAttributes(
            {{QStringLiteral("idleGuard.stage"), QStringLiteral("warning1")},
             {QStringLiteral("idleGuard.stageAt"), QStringLiteral("yesterday")}}));
    }

    void listedMessages_areNotAgentActivity()
    {
        // Another instance sent a warning at 60 s and listed it: for this engine it is not the
        // agent's message, so the track still counts from the greeting.
        Fixture f;
        f.conv.agentMessages << msg(QStringLiteral("greet"), Party::Agent, 0)
                             << msg(QStringLiteral("w1-by-other"), Party::Agent, 60 * kSec);
        f.conv.agentAttributes = StageRecord {IdleStage::Warning1, T0 + 60 * kSec}.toAttributes();
        f.conv.agentAttributes.insert(StageRecord::kMessagesKey, QStringLiteral("w1-by-other"));
        f.push();
        QCOMPARE(f.status().silentSinceMs, T0);
        QCOMPARE(f.engine.nextDeadlineMs(), T0 + 120 * kSec);
        // Without the list the same message would restart the track from 60 s.
        Fixture g;
        g.conv = f.conv;
        g.conv.agentAttributes.remove(StageRecord::kMessagesKey);
        g.push();
        QCOMPARE(g.status().silentSinceMs, T0 + 60 * kSec);
    }

    void listedMessages_keepTheNewestAndNoDuplicates()
    {
        QStringList ids;
        for (int i = 0; i < StageRecord::kMaxListedMessages + 3; ++i)
            ids = StageRecord::withSentMessage(ids, QStringLiteral("m%1").arg(i)).split(u' ');
        QCOMPARE(ids.size(), StageRecord::kMaxListedMessages);
        QCOMPARE(ids.constLast(), QStringLiteral("m%1").arg(StageRecord::kMaxListedMessages + 2));
        QCOMPARE(StageRecord::withSentMessage({QStringLiteral("a")}, QStringLiteral("a")),
                 QStringLiteral("a"));
        QCOMPARE(
            StageRecord::sentMessageIds({{StageRecord::kMessagesKey, QStringLiteral(" a  b ")}}),
            (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
    }

    void overrideRecords_fromAnotherInstanceAreHonoured()
    {
        Fixture f;
        f.startWithAgentGreeting();
        const auto record = [](bool exempt, qint64 snoozeUntil, qint64 resetAt, qint64 setAt) {
            return OverrideRecord {exempt, snoozeUntil, resetAt, setAt}.toAttributes();
        };
        // Exempt elsewhere at 10 s: nothing is scheduled here either.
        f.engine.updateAttributes(kConv, record(true, kNoTime, kNoTime, T0 + 10 * kSec));
        QVERIFY(f.status().exempt);
        QCOMPARE(f.engine.nextDeadlineMs(), kNoDeadline);
        // Snoozed elsewhere at 20 s until 5 min (exemption lifted): the countdown starts there.
        f.engine.updateAttributes(kConv, record(false, T0 + 300 * kSec, kNoTime, T0 + 20 * kSec));
        QVERIFY(!f.status().exempt);
        QCOMPARE(f.engine.nextDeadlineMs(), T0 + 360 * kSec);
        // A stale record (set before the newest) arriving late changes nothing.
        f.engine.updateAttributes(kConv, record(true, kNoTime, kNoTime, T0 + 10 * kSec));
        QVERIFY(!f.status().exempt);
        // Reset elsewhere at 40 s: the snooze is over and the period starts at the reset.
        f.engine.updateAttributes(kConv, record(false, kNoTime, T0 + 40 * kSec, T0 + 40 * kSec));
        QCOMPARE(f.status().epochStartMs, T0 + 40 * kSec);
        QCOMPARE(f.status().snoozedUntilMs, kNoTime);
        QCOMPARE(f.engine.nextDeadlineMs(), T0 + 100 * kSec);
        // A local override is newer than what is on the conversation until that is rewritten.
        f.clock.setNowMs(T0 + 50 * kSec);
        QVERIFY(f.engine.setExempt(kConv, true, kActor).accepted);
        f.engine.updateAttributes(kConv, record(false, kNoTime, T0 + 40 * kSec, T0 + 40 * kSec));
        QVERIFY(f.status().exempt);
        const auto mine = f.engine.overrides(kConv);
        QVERIFY(mine && mine->exempt && mine->setAtMs == T0 + 50 * kSec);
        QCOMPARE(OverrideRecord::fromAttributes(mine->toAttributes()), *mine);
        // Garbage is no record.
        QVERIFY(
            !OverrideRecord::fromAttributes({{OverrideRecord::kExemptKey, QStringLiteral("yes")},
                                             {OverrideRecord::kSetAtKey, QStringLiteral("now")}})
                 .isSet());
    }

    void templates_renderInTheCustomerLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expectedLanguage");
        QTest::addColumn<QString>("expectedText");
        QTest::addRow("exact tag")
            << QStringLiteral("de") << QStringLiteral("de") << QStringLiteral("W1-de Jane");
        QTest::addRow("base language")
            << QStringLiteral("de-CH") << QStringLiteral("de") << QStringLiteral("W1-de Jane");
        QTest::addRow("policy default") << QStringLiteral("fr") << QStringLiteral("en")
                                        << QStringLiteral("W1 Jane idle 1 close in 2");
        QTest::addRow("no language")
            << QString() << QStringLiteral("en") << QStringLiteral("W1 Jane idle 1 close in 2");
    }
    void templates_renderInTheCustomerLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, expectedLanguage);
        QFETCH(QString, expectedText);
        Fixture f;
        f.conv.language = language;
        f.startWithAgentGreeting();
        const QList<IdleAction> w1 = f.at(60 * kSec);
        QCOMPARE(w1.size(), 1);
        QCOMPARE(w1[0].language, expectedLanguage);
        QCOMPARE(w1[0].text, expectedText);
    }

    void transfer_newAgentRestartsTimers()
    {
        Fixture f;
        f.startWithAgentGreeting();
        QCOMPARE(f.at(60 * kSec).size(), 1);
        f.conv.agentId = QStringLiteral("agent-leg-2");
        f.conv.agentConnected = T0 + 90 * kSec;
        f.conv.agentMessages.clear();
        f.push();
        const ConversationStatus s = f.status();
        QCOMPARE(s.silentSinceMs, T0 + 90 * kSec);
        QVERIFY(s.awaitingAgentMessage); // the new agent has not written yet
        f.say(Party::Agent, 95 * kSec);
        QCOMPARE(f.engine.nextDeadlineMs(), T0 + 155 * kSec);
        QCOMPARE(f.at(155 * kSec).value(0).agentParticipantId, QStringLiteral("agent-leg-2"));
    }

    void status_describesTheCountdownForTheTable()
    {
        Fixture f;
        f.startWithAgentGreeting(5 * kSec);
        f.clock.setNowMs(T0 + 70 * kSec);
        f.engine.takeDueActions();
        const ConversationStatus s = f.status();
        QCOMPARE(s.conversationId, kConv);
        QCOMPARE(s.queueId, kQueue);
        QCOMPARE(s.state, TrackingState::Tracked);
        QCOMPARE(s.owes, Party::Customer);
        QCOMPARE(s.track, Party::Customer);
        QCOMPARE(s.silentSinceMs, T0 + 5 * kSec);
        QCOMPARE(s.countdownStartMs, T0 + 5 * kSec);
        QCOMPARE(s.stage, IdleStage::Warning1);
        QCOMPARE(s.nextStage, IdleStage::Warning2);
        QCOMPARE(s.nextAtMs, T0 + 125 * kSec);
        QVERIFY(!s.exempt);
        QCOMPARE(s.snoozedUntilMs, kNoTime);
        QCOMPARE(f.engine.statuses().size(), 1);
    }

    void nextDeadline_isTheEarliestAcrossConversations()
    {
        Fixture f;
        for (int i = 0; i < 50; ++i) {
            ConvBuilder b;
            b.id = QStringLiteral("c%1").arg(i);
            b.agentMessages << msg(b.id + QStringLiteral("-greet"), Party::Agent, (50 - i) * kSec);
            f.engine.updateConversation(b.build());
        }
        QCOMPARE(f.engine.conversationCount(), 50);
        QCOMPARE(f.engine.nextDeadlineMs(), T0 + 61 * kSec); // c49 greeted at 1 s
        const QList<IdleAction> due = f.at(63 * kSec);
        QCOMPARE(due.size(), 3);
        QCOMPARE(due[0].conversationId, QStringLiteral("c49")); // in deadline order
        QCOMPARE(due[2].conversationId, QStringLiteral("c47"));
        QCOMPARE(f.engine.nextDeadlineMs(), T0 + 64 * kSec);
    }

    void unknownConversation_inputsAreIgnored()
    {
        Fixture f;
        f.engine.addMessage(QStringLiteral("ghost"), msg(QStringLiteral("x"), Party::Customer, 0));
        f.engine.addTyping(QStringLiteral("ghost"), Party::Customer, T0);
        f.engine.updateAttributes(QStringLiteral("ghost"), {});
        f.engine.ownMessageSent(QStringLiteral("ghost"), QStringLiteral("x"));
        f.engine.removeConversation(QStringLiteral("ghost"));
        f.engine.updateConversation(Conversation()); // no id
        QCOMPARE(f.engine.conversationCount(), 0);
        QCOMPARE(f.engine.nextDeadlineMs(), kNoDeadline);
    }

    void systemMessages_neverCountAsActivity()
    {
        Fixture f;
        f.startWithAgentGreeting();
        f.engine.addMessage(kConv, msg(QStringLiteral("bot"), Party::System, 30 * kSec));
        QCOMPARE(f.engine.nextDeadlineMs(), T0 + 60 * kSec);
    }
};

QTEST_GUILESS_MAIN(TestIdleEngine)
#include "tst_idleengine.moc"
