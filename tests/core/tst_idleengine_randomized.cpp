// Randomized agreement test: the idle engine and the brute-force reference evaluator are driven
// with the same random event sequences and must agree on every action, deadline and status.
//
// Replay a failure:  IDLEGUARD_RANDOM_SEED=<seed> IDLEGUARD_RANDOM_RUNS=1
// ./tst_idleengine_randomized More runs:         IDLEGUARD_RANDOM_RUNS=200000
// ./tst_idleengine_randomized

#include "core/idleengine.h"
#include "core/manualclock.h"
#include "core/stagerecord.h"
#include "support/referenceevaluator.h"

#include <QLoggingCategory>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace IdleGuard;

namespace {

constexpr qint64 kStart = 1'700'000'000'000;

struct World
{
    QString id;
    QString queueId;
    QString language;
    int agentNumber = 0;
    enum class Phase { Waiting, Agent, AgentGone, Ended } phase = Phase::Waiting;
    qint64 agentConnectedMs = kNoTime;
    QList<MessageRef> customerMessages;
    QList<MessageRef> agentMessages;
};

QString describe(const IdleAction &a)
{
    return QStringLiteral("%1|%2|%3|due=%4|at=%5|since=%6|%7|%8|actor=%9|rev=%10|%11|%12|%13")
        .arg(stableName(a.kind), stableName(a.stage), a.conversationId)
        .arg(a.dueAtMs - kStart)
        .arg(a.issuedAtMs - kStart)
        .arg(a.idleSinceMs == kNoTime ? -1 : a.idleSinceMs - kStart)
        .arg(a.text, a.language, a.actor)
        .arg(a.policyRevision)
        .arg(a.agentParticipantId, a.wrapUpCode, stableName(a.closeScope));
}

QStringList describeAll(const QList<IdleAction> &actions)
{
    QStringList out;
    for (const IdleAction &a : actions)
        out << describe(a);
    out.sort();
    return out;
}

QString describe(const ConversationStatus &s)
{
    auto t = [](qint64 v) {
        return v == kNoTime    ? QStringLiteral("-")
            : v == kNoDeadline ? QStringLiteral("never")
                               : QString::number(v - kStart);
    };
    return QStringLiteral("%1 state=%2 owes=%3 track=%4 silent=%5 countdown=%6 stage=%7 next=%8@%9 "
                          "exempt=%10 snoozed=%11 awaiting=%12 flagged=%13 epoch=%14")
        .arg(s.conversationId, stableName(s.state), stableName(s.owes), stableName(s.track),
             t(s.silentSinceMs), t(s.countdownStartMs), stableName(s.stage),
             stableName(s.nextStage), t(s.nextAtMs))
        .arg(s.exempt)
        .arg(t(s.snoozedUntilMs))
        .arg(s.awaitingAgentMessage)
        .arg(s.agentFlagged)
        .arg(t(s.epochStartMs));
}

LocalizedText randomMessage(QRandomGenerator &rng, const QString &name)
{
    LocalizedText t(
        QStringLiteral("en"),
        name
            + QStringLiteral(
                " {customerName} idle {idleMinutes} close {closeInMinutes} q {queueName}"));
    if (rng.bounded(2))
        t.setText(QStringLiteral("de"), name + QStringLiteral(" de {agentName} {idleMinutes}"));
    return t;
}

Policy randomPolicy(QRandomGenerator &rng)
{
    Policy p;
    p.mode = PolicyMode(rng.bounded(3));
    p.requireAgentMessage = rng.bounded(2);
    p.countTyping = rng.bounded(2);
    p.closeScope = CloseScope(rng.bounded(2));
    p.wrapUpCode = rng.bounded(2) ? QStringLiteral("wrap-%1").arg(rng.bounded(3)) : QString();
    // Each track: stages on with 70 %, times strictly increasing from at least 10 s.
    auto randomTrack = [&](std::initializer_list<IdleStage> stages, bool withMessages) {
        int t = 0;
        for (IdleStage s : stages) {
            StageSpec &spec = p.stage(s);
            spec.enabled = rng.bounded(10) < 7;
            if (!spec.enabled)
                continue;
            t = t == 0 ? 10 + int(rng.bounded(50)) : t + 1 + int(rng.bounded(60));
            spec.afterSeconds = t;
            if (withMessages && (s != IdleStage::Close || rng.bounded(2)))
                spec.message = randomMessage(rng, stableName(s));
        }
    };
    randomTrack({IdleStage::Warning1, IdleStage::Warning2, IdleStage::Close}, true);
    randomTrack({IdleStage::AgentFlag, IdleStage::AgentEscalate}, false);
    return p;
}

PolicySet randomPolicySet(QRandomGenerator &rng)
{
    PolicySet set;
    set.defaultPolicy = randomPolicy(rng);
    if (rng.bounded(2))
        set.queuePolicies.insert(QStringLiteral("q1"), randomPolicy(rng));
    return set;
}

Conversation snapshot(const World &w)
{
    Conversation c;
    c.id = w.id;
    c.queueId = w.queueId;
    c.queueName = QStringLiteral("Queue ") + w.queueId;
    c.customerLanguage = w.language;
    Participant customer;
    customer.id = w.id + QStringLiteral("-customer");
    customer.purpose = ParticipantPurpose::Customer;
    customer.state = w.phase == World::Phase::Ended ? ParticipantState::Disconnected
                                                    : ParticipantState::Connected;
    customer.name = QStringLiteral("Customer ") + w.id;
    customer.startMs = kStart;
    customer.messages = w.customerMessages;
    c.participants << customer;
    if (w.phase == World::Phase::Waiting) {
        Participant acd;
        acd.id = w.id + QStringLiteral("-acd");
        acd.purpose = ParticipantPurpose::Acd;
        acd.state = ParticipantState::Connected;
        acd.startMs = kStart;
        c.participants << acd;
    }
    if (w.agentNumber > 0) {
        Participant agent;
        agent.id = QStringLiteral("%1-agent%2").arg(w.id).arg(w.agentNumber);
        agent.purpose = ParticipantPurpose::Agent;
        agent.userId = QStringLiteral("user%1").arg(w.agentNumber);
        agent.name = QStringLiteral("Agent %1").arg(w.agentNumber);
        agent.state = w.phase == World::Phase::Agent ? ParticipantState::Connected
                                                     : ParticipantState::Disconnected;
        agent.connectedMs = w.agentConnectedMs;
        agent.startMs = w.agentConnectedMs;
        agent.messages = w.agentMessages;
        c.participants << agent;
    }
    return c;
}

void syncReference(ReferenceEvaluator &ref, const World &w)
{
    ReferenceEvaluator::Conv &c = ref.conversation(w.id);
    c.queueId = w.queueId;
    c.queueName = QStringLiteral("Queue ") + w.queueId;
    c.language = w.language;
    c.customerName = QStringLiteral("Customer ") + w.id;
    switch (w.phase) {
    case World::Phase::Waiting:
        c.state = TrackingState::WaitingInQueue;
        break;
    case World::Phase::Agent:
        c.state = TrackingState::Tracked;
        break;
    case World::Phase::AgentGone:
        c.state = TrackingState::NoAgent;
        break;
    case World::Phase::Ended:
        c.state = TrackingState::Ended;
        break;
    }
    if (w.phase == World::Phase::Agent) {
        c.agentConnectedMs = w.agentConnectedMs;
        c.agentParticipantId = QStringLiteral("%1-agent%2").arg(w.id).arg(w.agentNumber);
        c.agentUserId = QStringLiteral("user%1").arg(w.agentNumber);
        c.agentName = QStringLiteral("Agent %1").arg(w.agentNumber);
    } else {
        c.agentConnectedMs = kNoTime;
        c.agentParticipantId.clear();
    }
}

class Run
{
public:
    Run(quint32 seed, QHash<int, int> *kindCounts)
        : m_kindCounts(kindCounts)
        , m_rng(seed)
        , m_clock(kStart)
        , m_policies(randomPolicySet(m_rng))
        , m_engine(m_clock, m_policies)
        , m_ref(m_policies)
    { }

    // Returns an empty string when engine and reference agreed on the whole sequence.
    QString execute()
    {
        for (int i = 0; i < 3; ++i) {
            World w;
            w.id = QStringLiteral("c%1").arg(i);
            w.queueId = QStringLiteral("q%1").arg(m_rng.bounded(2));
            const QString languages[] = {QString(), QStringLiteral("en"), QStringLiteral("de"),
                                         QStringLiteral("de-CH"), QStringLiteral("fr")};
            w.language = languages[m_rng.bounded(5)];
            m_worlds << w;
            connectAgent(m_worlds.last());
        }
        const int steps = 40 + int(m_rng.bounded(60));
        for (m_step = 0; m_step < steps; ++m_step) {
            deliverDueOwnReports();
            QString failure = randomEvent();
            if (failure.isEmpty())
                failure = compare();
            if (!failure.isEmpty())
                return QStringLiteral("step %1 (%2): %3").arg(m_step).arg(m_lastEvent, failure);
        }
        return {};
    }

private:
    qint64 now() const { return m_clock.nowMs(); }

    void push(World &w)
    {
        m_engine.updateConversation(snapshot(w));
        syncReference(m_ref, w);
    }

    void connectAgent(World &w)
    {
        ++w.agentNumber;
        w.phase = World::Phase::Agent;
        w.agentConnectedMs = now() - qint64(m_rng.bounded(3000));
        w.agentMessages.clear(); // a new leg carries its own messages
        push(w);
    }

    void addMessage(World &w, Party sender)
    {
        MessageRef m;
        m.id = QStringLiteral("m%1").arg(++m_messageNumber);
        m.sender = sender;
        m.timestampMs
            = now() - qint64(m_rng.bounded(5000)); // arrives after the platform stamped it
        int ownMode = sender == Party::Agent ? int(m_rng.bounded(8)) : 7;
        ReferenceEvaluator::Conv &rc = m_ref.conversation(w.id);
        if (ownMode == 0)
            m.sentByIdleGuard = true;
        if (ownMode == 1) { // the send response came back before the echo
            m_engine.ownMessageSent(w.id, m.id);
            rc.ownIds.insert(m.id);
        }
        if (ownMode == 2) // the echo comes first; the send response a little later
            m_ownReports.append({w.id, m.id, m_step + 1 + int(m_rng.bounded(3))});
        (sender == Party::Customer ? w.customerMessages : w.agentMessages) << m;
        rc.messages.append({sender, m.timestampMs, m.id, m.sentByIdleGuard});
        if (m_rng.bounded(2))
            m_engine.addMessage(w.id, m);
        else
            m_engine.updateConversation(snapshot(w));
    }

    void deliverDueOwnReports()
    {
        for (qsizetype i = 0; i < m_ownReports.size();) {
            if (m_ownReports[i].step <= m_step) {
                m_engine.ownMessageSent(m_ownReports[i].conversation, m_ownReports[i].message);
                m_ref.conversation(m_ownReports[i].conversation)
                    .ownIds.insert(m_ownReports[i].message);
                m_ownReports.removeAt(i);
            } else {
                ++i;
            }
        }
    }

    QString compareActions(const QList<IdleAction> &engine, const QList<IdleAction> &reference)
    {
        for (const IdleAction &a : engine)
            ++(*m_kindCounts)[int(a.kind)];
        const QStringList a = describeAll(engine);
        const QStringList b = describeAll(reference);
        if (a == b)
            return {};
        return QStringLiteral("actions differ\n  engine:    %1\n  reference: %2")
            .arg(a.join(QStringLiteral("\n             ")),
                 b.join(QStringLiteral("\n             ")));
    }

    QString advance()
    {
        const qint64 next = m_ref.nextDeadline();
        const int choice = int(m_rng.bounded(10));
        if (next != kNoDeadline && choice < 4)
            m_clock.setNowMs(std::max(
                now(), next - 1 + qint64(m_rng.bounded(3)))); // at, just before, just after
        else if (next != kNoDeadline && choice < 5)
            m_clock.setNowMs(
                std::max(now(), next + qint64(m_rng.bounded(120000)))); // a late wake-up
        else
            m_clock.advanceMs(qint64(m_rng.bounded(90000)));
        m_lastEvent = QStringLiteral("advance to %1").arg(now() - kStart);
        return compareActions(m_engine.takeDueActions(), m_ref.takeDue(now()));
    }

    QString randomEvent()
    {
        World &w = m_worlds[m_rng.bounded(int(m_worlds.size()))];
        const int roll = int(m_rng.bounded(100));
        if (roll < 35)
            return advance();
        if (roll < 50) {
            m_lastEvent = QStringLiteral("customer message in ") + w.id;
            addMessage(w, Party::Customer);
        } else if (roll < 65) {
            m_lastEvent = QStringLiteral("agent message in ") + w.id;
            addMessage(w, Party::Agent);
        } else if (roll < 70) {
            const Party party = m_rng.bounded(2) ? Party::Customer : Party::Agent;
            const qint64 at = now() - qint64(m_rng.bounded(2000));
            m_lastEvent = QStringLiteral("%1 typing in %2").arg(stableName(party), w.id);
            m_engine.addTyping(w.id, party, at);
            m_ref.conversation(w.id).typing.append({party, at});
        } else if (roll < 75) {
            const int pick = int(m_rng.bounded(10));
            m_lastEvent = QStringLiteral("participants change (%1) in %2").arg(pick).arg(w.id);
            if (pick < 4) {
                connectAgent(w);
            } else if (pick < 7) {
                w.phase = World::Phase::AgentGone;
                push(w);
            } else if (pick < 9) {
                w.phase = World::Phase::Waiting;
                push(w);
            } else {
                w.phase = World::Phase::Ended;
                push(w);
            }
        } else if (roll < 78) {
            const IdleStage stages[] = {IdleStage::Warning1, IdleStage::Warning2, IdleStage::Close,
                                        IdleStage::AgentFlag};
            const StageRecord record {stages[m_rng.bounded(4)],
                                      now() - qint64(m_rng.bounded(120000))};
            m_lastEvent = QStringLiteral("record %1 from another instance in %2")
                              .arg(stableName(record.stage), w.id);
            m_engine.updateAttributes(w.id, record.toAttributes());
            m_ref.conversation(w.id).executed.append({record.stage, record.atMs});
        } else if (roll < 82) {
            m_lastEvent = QStringLiteral("policy change");
            if (m_rng.bounded(5) == 0) {
                PolicySet bad = randomPolicySet(m_rng);
                bad.defaultPolicy.warning1
                    = {true, 5, LocalizedText(QStringLiteral("en"), QStringLiteral("x"))};
                if (m_engine.setPolicies(bad).isEmpty())
                    return QStringLiteral("an invalid policy set was accepted");
            } else {
                const PolicySet next = randomPolicySet(m_rng);
                if (!m_engine.setPolicies(next).isEmpty())
                    return QStringLiteral("a valid policy set was refused");
                m_ref.setPolicies(next);
            }
        } else {
            return override(w);
        }
        return {};
    }

    QString override(World &w)
    {
        ReferenceEvaluator::Conv &rc = m_ref.conversation(w.id);
        const QString actor = QStringLiteral("supervisor-1");
        switch (m_rng.bounded(5)) {
        case 0: {
            const int minutes = 1 + int(m_rng.bounded(5));
            m_lastEvent = QStringLiteral("snooze %1 min in %2").arg(minutes).arg(w.id);
            if (!m_engine.snooze(w.id, minutes, actor).accepted)
                return QStringLiteral("snooze refused");
            rc.snoozeUntilMs = now() + minutes * 60000;
            return {};
        }
        case 1: {
            const bool exempt = !rc.exempt;
            m_lastEvent = QStringLiteral("exempt=%1 in %2").arg(exempt).arg(w.id);
            m_engine.setExempt(w.id, exempt, actor);
            if (rc.exempt && !exempt)
                rc.snoozeUntilMs = std::max(rc.snoozeUntilMs, now());
            rc.exempt = exempt;
            return {};
        }
        case 2:
            m_lastEvent = QStringLiteral("reset ") + w.id;
            m_engine.reset(w.id, actor);
            rc.resetAtMs = now();
            rc.snoozeUntilMs = kNoTime;
            rc.exempt = false;
            return {};
        case 3:
            m_lastEvent = QStringLiteral("warn now in ") + w.id;
            return compareActions(m_engine.warnNow(w.id, actor).actions,
                                  m_ref.warnNow(w.id, now(), actor));
        default:
            m_lastEvent = QStringLiteral("disconnect now in ") + w.id;
            return compareActions(m_engine.disconnectNow(w.id, actor).actions,
                                  m_ref.disconnectNow(w.id, now(), actor));
        }
    }

    QString compare()
    {
        if (m_engine.nextDeadlineMs() != m_ref.nextDeadline())
            return QStringLiteral("next deadline: engine %1, reference %2")
                .arg(m_engine.nextDeadlineMs() - kStart)
                .arg(m_ref.nextDeadline() - kStart);
        for (const World &w : std::as_const(m_worlds)) {
            ConversationStatus e = *m_engine.status(w.id);
            e.waitingSinceMs = kNoTime; // the reference does not model queue waiting times
            const ConversationStatus r = m_ref.status(w.id, now());
            if (!(e == r))
                return QStringLiteral("status differs\n  engine:    %1\n  reference: %2")
                    .arg(describe(e), describe(r));
        }
        return {};
    }

    struct OwnReport
    {
        QString conversation;
        QString message;
        int step;
    };

    QHash<int, int> *m_kindCounts;
    QRandomGenerator m_rng;
    ManualClock m_clock;
    PolicySet m_policies;
    IdleEngine m_engine;
    ReferenceEvaluator m_ref;
    QList<World> m_worlds;
    QList<OwnReport> m_ownReports;
    int m_messageNumber = 0;
    int m_step = 0;
    QString m_lastEvent;
};

} // namespace

class TestIdleEngineRandomized : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules(QStringLiteral("idleguard.*=false")); }

    void engineAgreesWithReferenceOnRandomSequences()
    {
        QHash<int, int> kindCounts;
        const quint32 base = qEnvironmentVariableIsSet("IDLEGUARD_RANDOM_SEED")
            ? quint32(qEnvironmentVariableIntValue("IDLEGUARD_RANDOM_SEED"))
            : 20261121u;
        const int runs = qEnvironmentVariableIsSet("IDLEGUARD_RANDOM_RUNS")
            ? qEnvironmentVariableIntValue("IDLEGUARD_RANDOM_RUNS")
            : 10000;
        QVERIFY(runs > 0);
        for (int i = 0; i < runs; ++i) {
            const quint32 seed = base + quint32(i);
            const QString failure = Run(seed, &kindCounts).execute();
            if (!failure.isEmpty()) {
                const QString message
                    = QStringLiteral("seed %1 disagrees at %2\nreplay: IDLEGUARD_RANDOM_SEED=%1 "
                                     "IDLEGUARD_RANDOM_RUNS=1 %3")
                          .arg(seed)
                          .arg(failure, QCoreApplication::applicationFilePath());
                QFAIL(qPrintable(message));
            }
        }
        qInfo("%d random sequences agreed (seeds %u..%u)", runs, base, base + quint32(runs) - 1);
        // The sequences must reach every kind of action, or agreement proves little.
        const QMetaEnum kinds = QMetaEnum::fromType<IdleAction::Kind>();
        for (int k = 0; k < kinds.keyCount(); ++k) {
            IdleAction probe;
            probe.kind = IdleAction::Kind(kinds.value(k));
            if (probe.isOverride())
                continue; // journal kinds of the worker's overrides: the engine never emits them
            qInfo("  %s: %d", kinds.key(k), kindCounts.value(kinds.value(k)));
            if (runs >= 1000)
                QVERIFY2(kindCounts.value(kinds.value(k)) > 100, kinds.key(k));
        }
    }

    // The comparison itself must be able to fail: a reference with a different policy disagrees.
    void referenceDetectsADifferentPolicy()
    {
        ManualClock clock(kStart);
        PolicySet a;
        IdleEngine engine(clock, a);
        PolicySet b = a;
        b.defaultPolicy.warning1.afterSeconds += 1;
        ReferenceEvaluator ref(b);
        World w;
        w.id = QStringLiteral("c0");
        w.queueId = QStringLiteral("q0");
        w.phase = World::Phase::Agent;
        w.agentNumber = 1;
        w.agentConnectedMs = kStart;
        w.agentMessages << MessageRef {QStringLiteral("m1"), Party::Agent, kStart + 1000, false};
        engine.updateConversation(snapshot(w));
        syncReference(ref, w);
        ref.conversation(w.id).messages.append(
            {Party::Agent, kStart + 1000, QStringLiteral("m1"), false});
        QCOMPARE(engine.nextDeadlineMs(), kStart + 1000 + 300000);
        QVERIFY(engine.nextDeadlineMs() != ref.nextDeadline());
    }
};

QTEST_GUILESS_MAIN(TestIdleEngineRandomized)
#include "tst_idleengine_randomized.moc"
