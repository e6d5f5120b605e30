// Tests of the sandbox's traffic simulator (app/sandbox/trafficsimulator.h): deterministic for a
// seed, a steady population of conversations, agents within capacity, FIFO routing, the control
// interface (silent customer / agent), reactions to other parties' actions, and pausing. Time is
// stepped; nothing sleeps.

#include "sandbox/conversationstore.h"
#include "sandbox/eventscheduler.h"
#include "sandbox/organisation.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/seededrandom.h"
#include "sandbox/trafficsimulator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace IdleGuard::Sandbox;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kStartMs = 1'767'225'600'000; // 2026-01-01T00:00:00Z
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;

// The objects of one sandbox, built the way the sandbox builds them.
struct Rig
{
    explicit Rig(quint64 seed, TrafficProfile profile = {}, int queueCount = 3, int agentCount = 25)
        : clock(SandboxClock::stepped(kStartMs))
        , scheduler(clock)
        , random(seed)
        , organisation(Organisation::generate(random, queueCount, agentCount))
        , store(organisation, scheduler, seed)
        , simulator(organisation, store, scheduler, seed, profile)
    { }

    SandboxClock clock;
    EventScheduler scheduler;
    SeededRandom random;
    Organisation organisation;
    ConversationStore store;
    TrafficSimulator simulator;
};

// Every store signal as one line: kind, conversation, message (or sender), time.
class Recorder
{
public:
    explicit Recorder(Rig &rig)
    {
        ConversationStore *store = &rig.store;
        EventScheduler *scheduler = &rig.scheduler;
        auto add
            = [this, scheduler](QLatin1StringView kind, const QString &id, const QString &extra) {
                  lines.append(u"%1 %2 %3 %4"_s.arg(kind, id, extra).arg(scheduler->nowMs()));
              };
        QObject::connect(store, &ConversationStore::conversationChanged, &context,
                         [add](const QString &id) { add("changed"_L1, id, {}); });
        QObject::connect(
            store, &ConversationStore::customerMessageAdded, &context,
            [add](const QString &id, const QString &message) { add("customer"_L1, id, message); });
        QObject::connect(store, &ConversationStore::agentMessageAdded, &context,
                         [add](const QString &id, const QString &message, const QString &sender) {
                             add("agent"_L1, id, message + u'/' + sender);
                         });
        QObject::connect(store, &ConversationStore::participantDisconnected, &context,
                         [add](const QString &id, const QString &participant) {
                             add("disconnected"_L1, id, participant);
                         });
        QObject::connect(store, &ConversationStore::conversationEnded, &context,
                         [add](const QString &id) { add("ended"_L1, id, {}); });
        QObject::connect(store, &ConversationStore::conversationReopened, &context,
                         [add](const QString &id) { add("reopened"_L1, id, {}); });
    }

    int count(QLatin1StringView kind, const QString &conversationId = {}) const
    {
        const QString prefix = kind + u' ' + conversationId;
        int n = 0;
        for (const QString &line : lines)
            n += line.startsWith(prefix) ? 1 : 0;
        return n;
    }

    QStringList lines;

private:
    QObject context;
};

// What the store says each agent holds: alerting, connected, or disconnected owing wrap-up.
QHash<QString, int> storeLoads(const ConversationStore &store)
{
    QHash<QString, int> loads;
    for (const SimConversation *conversation : store.conversations()) {
        for (const SimParticipant &participant : conversation->participants) {
            if (participant.purpose == "agent"_L1
                && (participant.isActive() || participant.owesWrapup()))
                ++loads[participant.userId];
        }
    }
    return loads;
}

// A conversation whose agent is connected and whose customer is still there, for the control
// interface tests; skips the first few so that it is not always the oldest one.
const SimConversation *talkingConversation(const ConversationStore &store, int skip = 3)
{
    for (const SimConversation *conversation : store.conversations()) {
        const SimParticipant *agent = conversation->activeAgent();
        const SimParticipant *customer = conversation->customer();
        if (agent && agent->state == "connected"_L1 && customer && customer->isActive()
            && skip-- <= 0)
            return conversation;
    }
    return nullptr;
}

// The last message on the conversation (either side) and who wrote it.
std::pair<qint64, bool> lastMessage(const SimConversation &conversation)
{
    qint64 latest = -1;
    bool byCustomer = false;
    for (const SimParticipant &participant : conversation.participants) {
        for (const SimMessage &message : participant.messages) {
            if (message.timeMs >= latest) {
                latest = message.timeMs;
                byCustomer = participant.purpose == "customer"_L1;
            }
        }
    }
    return {latest, byCustomer};
}

} // namespace

class TestTrafficSimulator : public QObject
{
    Q_OBJECT

private slots:
    void sameSeed_givesSameStoreCalls_otherSeedOther();
    void demoProfile_keepsAboutSixtyConversations();
    void agents_neverExceedCapacity();
    void busyAgent_conversationsWaitInFifoOrder();
    void silentCustomer_writesNoMore();
    void silentCustomer_answersWarningWithinAMinute();
    void silentAgent_writesNoMore();
    void externalDisconnect_stopsScript_agentWrapsUp();
    void longRun_playsEveryScript();
    void pause_holdsEverything_resumeContinues();
};

void TestTrafficSimulator::sameSeed_givesSameStoreCalls_otherSeedOther()
{
    auto run = [](quint64 seed) {
        Rig rig(seed);
        Recorder recorder(rig);
        rig.simulator.start();
        rig.scheduler.advanceBy(30 * kMinute);
        return recorder.lines;
    };
    const QStringList first = run(42);
    const QStringList second = run(42);
    const QStringList other = run(43);
    QVERIFY2(first.size() > 2000, qPrintable(QString::number(first.size())));
    QCOMPARE(first.size(), second.size());
    for (qsizetype i = 0; i < first.size(); ++i) {
        if (first.at(i) != second.at(i))
            QFAIL(qPrintable(u"line %1: %2 vs %3"_s.arg(i).arg(first.at(i), second.at(i))));
    }
    // Not just other ids: other moments.
    auto shape = [](const QStringList &lines) {
        QStringList kindsAndTimes;
        for (const QString &line : lines)
            kindsAndTimes.append(line.section(u' ', 0, 0) + u' ' + line.section(u' ', -1));
        return kindsAndTimes;
    };
    QVERIFY(shape(first) != shape(other));
}

void TestTrafficSimulator::demoProfile_keepsAboutSixtyConversations()
{
    // Poisson arrivals and half-hour silences make one run wander: judge a few seeds together,
    // each sample within a wide band, their mean close to the initial population.
    double sum = 0;
    int samples = 0;
    for (quint64 seed = 7; seed < 11; ++seed) {
        Rig rig(seed);
        rig.simulator.start();
        const int afterWarmup = rig.store.activeCount();
        QVERIFY2(afterWarmup >= 55 && afterWarmup <= 65, qPrintable(QString::number(afterWarmup)));
        int lowest = afterWarmup;
        int highest = afterWarmup;
        for (int step = 0; step < 60; ++step) {
            rig.scheduler.advanceBy(30 * kSecond);
            const int active = rig.store.activeCount();
            lowest = std::min(lowest, active);
            highest = std::max(highest, active);
            sum += active;
            ++samples;
        }
        qInfo("seed %d: %d..%d active conversations over 30 min", static_cast<int>(seed), lowest,
              highest);
        QVERIFY2(lowest >= 35 && highest <= 85, qPrintable(u"%1..%2"_s.arg(lowest).arg(highest)));
    }
    const double mean = sum / samples;
    qInfo("mean %.1f", mean);
    QVERIFY2(mean >= 50 && mean <= 70, qPrintable(QString::number(mean)));
}

void TestTrafficSimulator::agents_neverExceedCapacity()
{
    Rig rig(11);
    rig.simulator.start();
    const QList<const SandboxUser *> agents = rig.organisation.agents();
    int sawWaiting = 0;
    for (int step = 0; step < 30 * 60 / 2; ++step) {
        rig.scheduler.advanceBy(2 * kSecond);
        const QHash<QString, int> loads = storeLoads(rig.store);
        for (const SandboxUser *agent : agents) {
            const int load = loads.value(agent->id);
            if (load > agent->messageCapacity || load != rig.simulator.agentLoad(agent->id))
                QFAIL(qPrintable(u"%1: store says %2, simulator %3, capacity %4"_s.arg(agent->name)
                                     .arg(load)
                                     .arg(rig.simulator.agentLoad(agent->id))
                                     .arg(agent->messageCapacity)));
        }
        for (const SimConversation *conversation : rig.store.conversations()) {
            if (conversation->isWaiting()) {
                ++sawWaiting;
                QVERIFY(rig.simulator.queuePosition(conversation->id) > 0);
            }
        }
    }
    QVERIFY(sawWaiting > 0); // a full house: some customers do wait
}

void TestTrafficSimulator::busyAgent_conversationsWaitInFifoOrder()
{
    Rig rig(5, TrafficProfile {0, 0.0, 0}, 1, 1);
    rig.simulator.start();
    const SandboxUser *agent = rig.organisation.agents().constFirst();
    const int capacity = agent->messageCapacity;
    const QString queueId = rig.organisation.queues().constFirst().id;
    QCOMPARE(rig.simulator.estimatedWaitMs(queueId), 0);
    QCOMPARE(rig.simulator.estimatedWaitMs(u"no-such-queue"_s), -1);

    // Customers that someone else starts (the control interface) are routed like the simulator's.
    QStringList ids;
    for (int i = 0; i < capacity + 3; ++i) {
        ids.append(rig.store.startConversation(queueId, u"Customer %1"_s.arg(i), u"Hello?"_s));
        rig.scheduler.advanceBy(100);
    }
    rig.scheduler.advanceBy(kSecond);
    QCOMPARE(rig.simulator.agentLoad(agent->id), capacity);
    for (int i = 0; i < ids.size(); ++i) {
        const bool offered = rig.store.conversation(ids.at(i))->agent() != nullptr;
        QCOMPARE(offered, i < capacity);
        QCOMPARE(rig.simulator.queuePosition(ids.at(i)), i < capacity ? 0 : i - capacity + 1);
    }
    QVERIFY(rig.simulator.estimatedWaitMs(queueId) > 0);
    const QJsonObject snapshot = rig.simulator.snapshot();
    const QJsonArray waiting = snapshot[u"queues"_s].toArray().at(0)[u"waiting"_s].toArray();
    QCOMPARE(waiting.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(waiting.at(i).toString(), ids.at(capacity + i));
    const QJsonObject agentJson = snapshot[u"agents"_s].toArray().at(0).toObject();
    QCOMPARE(agentJson[u"load"_s].toInt(), capacity);
    QCOMPARE(agentJson[u"capacity"_s].toInt(), capacity);

    // As the agent frees up, the waiting customers are offered in their order, never more at a
    // time than the agent's capacity.
    QList<qint64> offeredAt(ids.size(), -1);
    for (int step = 0; step < 3 * 60 * 60 && offeredAt.constLast() < 0; ++step) {
        rig.scheduler.advanceBy(kSecond);
        QVERIFY(storeLoads(rig.store).value(agent->id) <= capacity);
        for (int i = 0; i < ids.size(); ++i) {
            if (offeredAt.at(i) < 0 && rig.store.conversation(ids.at(i))->agent())
                offeredAt[i] = rig.scheduler.nowMs();
        }
    }
    for (int i = 1; i < ids.size(); ++i)
        QVERIFY2(offeredAt.at(i) >= offeredAt.at(i - 1) && offeredAt.at(i) > 0,
                 qPrintable(QString::number(i)));
}

void TestTrafficSimulator::silentCustomer_writesNoMore()
{
    Rig rig(21);
    Recorder recorder(rig);
    rig.simulator.start();
    QVERIFY(!rig.simulator.makeCustomerSilent(u"no-such-conversation"_s, false));
    const SimConversation *conversation = talkingConversation(rig.store);
    QVERIFY(conversation);
    const QString id = conversation->id;
    QVERIFY(rig.simulator.makeCustomerSilent(id, false));
    const int before = recorder.count("customer"_L1, id);
    rig.scheduler.advanceBy(60 * kMinute);
    QCOMPARE(recorder.count("customer"_L1, id), before);

    // Ended conversations cannot be changed any more.
    for (const SimConversation *ended : rig.store.conversations()) {
        if (ended->isEnded()) {
            QVERIFY(!rig.simulator.makeCustomerSilent(ended->id, true));
            QVERIFY(!rig.simulator.makeAgentSilent(ended->id));
            break;
        }
    }
}

void TestTrafficSimulator::silentCustomer_answersWarningWithinAMinute()
{
    Rig rig(22);
    Recorder recorder(rig);
    rig.simulator.start();
    const SimConversation *conversation = talkingConversation(rig.store);
    QVERIFY(conversation);
    const QString id = conversation->id;
    QVERIFY(rig.simulator.makeCustomerSilent(id, true));
    rig.scheduler.advanceBy(2 * kMinute);
    const int before = recorder.count("customer"_L1, id);

    // Idle Guard's warning, sent with the supervisor's token on the agent's leg.
    const SimParticipant *agent = rig.store.conversation(id)->activeAgent();
    QVERIFY(agent && agent->state == "connected"_L1);
    ConversationStore::Outcome outcome = ConversationStore::Outcome::Invalid;
    rig.store.addAgentMessage(id, agent->id, u"Are you still there?"_s,
                              rig.organisation.supervisor()->id, &outcome);
    QCOMPARE(outcome, ConversationStore::Outcome::Done);
    const qint64 warnedAt = rig.scheduler.nowMs();
    qint64 answeredAt = -1;
    for (int step = 0; step < 60 && answeredAt < 0; ++step) {
        rig.scheduler.advanceBy(kSecond);
        if (recorder.count("customer"_L1, id) > before)
            answeredAt = rig.scheduler.nowMs();
    }
    QVERIFY2(answeredAt >= warnedAt + 10 * kSecond,
             qPrintable(QString::number(answeredAt - warnedAt)));

    // ... and the exchange runs on to a normal end by the agent.
    rig.scheduler.advanceBy(30 * kMinute);
    const SimParticipant *leg = rig.store.conversation(id)->participant(agent->id);
    QCOMPARE(leg->state, u"disconnected"_s);
    QCOMPARE(leg->disconnectType, u"client"_s);
    QVERIFY(!leg->wrapupCode.isEmpty());
}

void TestTrafficSimulator::silentAgent_writesNoMore()
{
    Rig rig(23);
    Recorder recorder(rig);
    rig.simulator.start();
    QVERIFY(!rig.simulator.makeAgentSilent(u"no-such-conversation"_s));
    const SimConversation *conversation = talkingConversation(rig.store);
    QVERIFY(conversation);
    const QString id = conversation->id;
    const QString agentUser = conversation->activeAgent()->userId;
    QVERIFY(rig.simulator.makeAgentSilent(id));
    const int before = recorder.count("agent"_L1, id);
    rig.scheduler.advanceBy(60 * kMinute);
    QCOMPARE(recorder.count("agent"_L1, id), before);
    // Still open, still the agent's: Idle Guard's agent track is what has to notice.
    QVERIFY(!rig.store.conversation(id)->isEnded());
    QCOMPARE(rig.store.conversation(id)->activeAgent()->userId, agentUser);
}

void TestTrafficSimulator::externalDisconnect_stopsScript_agentWrapsUp()
{
    // Few conversations, so that nobody waits and a freed slot stays free.
    Rig rig(31, TrafficProfile {12, 0.0, 5 * kMinute});
    Recorder recorder(rig);
    rig.simulator.start();
    const SimConversation *conversation = talkingConversation(rig.store, 0);
    QVERIFY(conversation);
    const QString id = conversation->id;
    const SimParticipant *agent = conversation->activeAgent();
    const QString legId = agent->id;
    const QString userId = agent->userId;
    const int load = rig.simulator.agentLoad(userId);
    QVERIFY(load >= 1);

    QCOMPARE(rig.store.disconnectParticipant(id, legId, u"client"_s),
             ConversationStore::Outcome::Done);
    QVERIFY(rig.store.conversation(id)->participant(legId)->owesWrapup());
    QCOMPARE(rig.simulator.agentLoad(userId), load); // wrap-up still to do
    const int messages = recorder.count("customer"_L1, id) + recorder.count("agent"_L1, id);

    rig.scheduler.advanceBy(30 * kSecond);
    const SimParticipant *leg = rig.store.conversation(id)->participant(legId);
    QVERIFY(!leg->owesWrapup());
    QVERIFY(rig.organisation.wrapupCode(leg->wrapupCode)); // an agent's code, not the system's
    QCOMPARE(rig.simulator.agentLoad(userId), load - 1);

    // The script is over: nothing more happens on that conversation.
    rig.scheduler.advanceBy(60 * kMinute);
    QCOMPARE(recorder.count("customer"_L1, id) + recorder.count("agent"_L1, id), messages);
    QVERIFY(rig.store.conversation(id)->isEnded());

    // A full teardown gives the system wrap-up code: the agent is free at once.
    rig.simulator.start(); // a second start is ignored
    const SimConversation *other = nullptr;
    for (const SimConversation *candidate : rig.store.conversations()) {
        if (!candidate->isEnded() && candidate->activeAgent())
            other = candidate;
    }
    if (other) {
        const QString otherUser = other->activeAgent()->userId;
        const int otherLoad = rig.simulator.agentLoad(otherUser);
        QCOMPARE(rig.store.disconnectAll(other->id, true), ConversationStore::Outcome::Done);
        QCOMPARE(rig.simulator.agentLoad(otherUser), otherLoad - 1);
    }
}

void TestTrafficSimulator::longRun_playsEveryScript()
{
    Rig rig(99);
    Recorder recorder(rig);
    rig.simulator.start();
    const QString supervisor = rig.organisation.supervisor()->id;

    // A crude Idle Guard: warn a customer who owes a reply for 5 min, disconnect at 10 min.
    QHash<QString, qint64> warned; // conversation -> the silence it warned about
    int lowest = 1000;
    int highest = 0;
    for (int step = 0; step < 4 * 60 * 2; ++step) {
        rig.scheduler.advanceBy(30 * kSecond);
        const qint64 now = rig.scheduler.nowMs();
        for (const SimConversation *conversation : rig.store.conversations()) {
            const SimParticipant *agent = conversation->activeAgent();
            if (!agent || agent->state != "connected"_L1)
                continue;
            const auto [lastMs, byCustomer] = lastMessage(*conversation);
            if (byCustomer || lastMs < 0)
                continue;
            const QString id = conversation->id;
            const QString legId = agent->id;
            if (now - lastMs >= 5 * kMinute && !warned.contains(id)) {
                warned.insert(id, lastMs);
                ConversationStore::Outcome outcome;
                rig.store.addAgentMessage(id, legId, u"Are you still there?"_s, supervisor,
                                          &outcome);
            } else if (warned.contains(id) && now - warned.value(id) >= 10 * kMinute) {
                rig.store.disconnectParticipant(id, legId, u"client"_s);
            }
        }
        lowest = std::min(lowest, rig.store.activeCount());
        highest = std::max(highest, rig.store.activeCount());
    }
    qInfo("with warnings and disconnects: %d..%d active", lowest, highest);

    const QJsonObject snapshot = rig.simulator.snapshot();
    const QJsonObject scripts = snapshot[u"scripts"_s].toObject();
    QCOMPARE(scripts.size(), 5);
    for (auto it = scripts.begin(); it != scripts.end(); ++it)
        QVERIFY2(it.value().toInt() > 0, qPrintable(it.key()));
    const QJsonObject events = snapshot[u"events"_s].toObject();
    for (const QString &key : {u"reopened"_s, u"customerWentSilent"_s, u"warningAnswered"_s,
                               u"agentKeptWaiting"_s, u"interrupted"_s})
        QVERIFY2(events[key].toInt() > 0, qPrintable(key));
    QVERIFY(recorder.count("reopened"_L1) > 0);
    QCOMPARE(snapshot[u"agents"_s].toArray().size(), 25);
    QCOMPARE(snapshot[u"queues"_s].toArray().size(), 3);
    QCOMPARE(snapshot[u"paused"_s].toBool(), false);
}

void TestTrafficSimulator::pause_holdsEverything_resumeContinues()
{
    Rig rig(55);
    rig.simulator.start();
    rig.scheduler.advanceBy(kMinute);
    rig.simulator.setPaused(true);
    QVERIFY(rig.simulator.isPaused());
    QCOMPARE(rig.simulator.snapshot()[u"paused"_s].toBool(), true);
    // Delivery receipts of messages already sent are the store's own and finish within a second.
    rig.scheduler.advanceBy(kSecond);

    Recorder recorder(rig);
    const int conversations = static_cast<int>(rig.store.conversations().size());
    for (int step = 0; step < 60; ++step)
        rig.scheduler.advanceBy(10 * kSecond);
    QCOMPARE(recorder.lines, QStringList());
    QCOMPARE(rig.store.conversations().size(), conversations);

    rig.simulator.setPaused(false);
    QVERIFY(!rig.simulator.isPaused());
    rig.scheduler.advanceBy(2 * kMinute);
    QVERIFY(recorder.count("customer"_L1) > 0);
    QVERIFY(recorder.count("agent"_L1) > 0);
}

QTEST_GUILESS_MAIN(TestTrafficSimulator)
#include "tst_trafficsimulator.moc"
