#include "trafficsimulator.h"

#include "conversationstore.h"
#include "eventscheduler.h"
#include "organisation.h"

#include <QJsonArray>

#include <algorithm>
#include <array>
#include <functional>
#include <map>
#include <utility>
#include <vector>

namespace IdleGuard::Sandbox {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
// Estimated waits that customers accept without a second thought.
constexpr qint64 kBalkAfterMs = 2 * kMinute;

// What a conversation is going to be like; picked once when the customer arrives.
enum class ScriptKind {
    Normal, // a few turns, the agent says goodbye and disconnects
    CustomerSilent, // the customer stops answering for good: Idle Guard's customer track
    SilentUntilWarning, // stops answering, comes back when warned
    AgentKeepsWaiting, // the agent leaves the customer waiting for minutes: the agent track
    CustomerComesBack, // writes again after the agent disconnected: the conversation re-opens
};
constexpr std::size_t kScriptKindCount = 5;

struct ScriptShare
{
    ScriptKind kind;
    QLatin1StringView name;
    double live; // share among arrivals after the warm-up
    double initial; // share in the initial population (see Private::pickKind)
};

// The initial population is weighted towards the long-lived scripts: in the steady state most of
// the conversations under way are those that last longest (silent customers held for half an
// hour), so a population drawn with the arrival shares would shrink at once after the warm-up.
constexpr std::array<ScriptShare, kScriptKindCount> kScripts {{
    {ScriptKind::Normal, "normal"_L1, 0.55, 0.20},
    {ScriptKind::CustomerSilent, "customerSilent"_L1, 0.15, 0.35},
    {ScriptKind::SilentUntilWarning, "silentUntilWarning"_L1, 0.12, 0.30},
    {ScriptKind::AgentKeepsWaiting, "agentKeepsWaiting"_L1, 0.10, 0.10},
    {ScriptKind::CustomerComesBack, "customerComesBack"_L1, 0.08, 0.05},
}};

const QStringList kCustomerFirstNames = {
    u"Jamie"_s, u"Olga"_s,  u"Marcus"_s, u"Ines"_s,   u"Tariq"_s,   u"Greta"_s,
    u"Diego"_s, u"Anika"_s, u"Samuel"_s, u"Leila"_s,  u"Oskar"_s,   u"Nadia"_s,
    u"Pedro"_s, u"Zoe"_s,   u"Viktor"_s, u"Maya"_s,   u"Ibrahim"_s, u"Clara"_s,
    u"Finn"_s,  u"Sana"_s,  u"Hugo"_s,   u"Ingrid"_s, u"Kwame"_s,   u"Lucia"_s,
};
const QStringList kCustomerLastNames = {
    u"Andersson"_s, u"Mensah"_s,   u"Kowalski"_s, u"Dubois"_s, u"Haddad"_s, u"Schmidt"_s,
    u"Ferreira"_s,  u"Nakamura"_s, u"O'Brien"_s,  u"Petrov"_s, u"Costa"_s,  u"Lindqvist"_s,
    u"Yilmaz"_s,    u"Brennan"_s,  u"Sato"_s,     u"Varga"_s,
};

const QStringList kOpeners = {
    u"Hi, my order hasn't arrived yet"_s,
    u"Hello, I was charged twice for the same order"_s,
    u"Hi there, I'd like to return a jacket that doesn't fit"_s,
    u"Can someone help me reset my password? The link in the email has expired"_s,
    u"Hi, the tracking page says delivered but there's nothing at my door"_s,
    u"Hello! Is the blue version of the kettle back in stock soon?"_s,
    u"I need to change the delivery address on my order"_s,
    u"Hi, my discount code isn't working at checkout"_s,
    u"Hello, I received the wrong size"_s,
    u"Hi, how do I cancel my subscription?"_s,
    u"My refund still hasn't shown up on my card"_s,
    u"Hi, the app keeps logging me out"_s,
    u"Hello, can I add something to an order I placed this morning?"_s,
    u"Hi, one of the glasses in my parcel arrived broken"_s,
    u"Good morning, I'd like to upgrade my plan"_s,
    u"Hi, I can't find the invoice for my last purchase"_s,
};
const QStringList kCustomerMessages = {
    u"It's order 48213, placed last Tuesday."_s,
    u"Yes, the email is the same one as on my account."_s,
    u"I already tried that, it didn't help."_s,
    u"OK, one second, let me check."_s,
    u"The postcode is 10115."_s,
    u"It says \"payment pending\" on my side."_s,
    u"I'd prefer a refund rather than a replacement, if possible."_s,
    u"Sure, I've just sent the photo to the address you gave me."_s,
    u"Hmm, it still shows the old address."_s,
    u"Yes, that's the one."_s,
    u"Will that take long? I'm travelling next week."_s,
    u"I'm on the Android app, latest version I think."_s,
    u"Could you send me a confirmation by email as well?"_s,
    u"No, I didn't get any email from you."_s,
};
const QStringList kCustomerThanks = {
    u"Perfect, that's all I needed. Thanks!"_s, u"Great, thank you so much for your help."_s,
    u"OK, got it. Thanks, have a nice day!"_s,  u"Brilliant, it works now. Cheers!"_s,
    u"Thanks, that's really helpful."_s,
};
const QStringList kCustomerBackAfterWarning = {
    u"Sorry, I'm back - had to step away for a moment."_s,
    u"Yes, still here! Sorry, got distracted."_s,
    u"Sorry about that, I was on the phone. Where were we?"_s,
    u"I'm here, sorry! Just found the receipt."_s,
};
const QStringList kCustomerComesBack = {
    u"Hi again, one more question about my order."_s,
    u"Sorry, me again - the confirmation email never came."_s,
    u"Hello, I forgot to ask: can I get this gift-wrapped?"_s,
    u"Hi, it didn't work after all, can you check again?"_s,
};

// Agent lines with %1 take the customer's first name.
const QStringList kAgentGreetings = {
    u"Hi %1, thanks for waiting! Let me look into that for you."_s,
    u"Hello %1, my name is on the screen - I'll be helping you today. One moment please."_s,
    u"Hi %1! Sorry to hear that. Could you give me your order number?"_s,
    u"Good day %1, thanks for reaching out. Let me check your account."_s,
};
const QStringList kAgentWelcomeBack = {
    u"Welcome back, %1! How can I help?"_s,
    u"Hi again %1, I can see our earlier conversation. What's up?"_s,
};
const QStringList kAgentReplies = {
    u"Thanks, I can see the order here. One moment please."_s,
    u"Could you confirm the email address on the account?"_s,
    u"I've checked with the warehouse: it left on Friday."_s,
    u"I've just sent you a link to update the address."_s,
    u"Could you send me a photo of the item, please?"_s,
    u"I've issued a refund; it can take 3-5 working days to appear."_s,
    u"Can you try logging out and back in, and tell me what you see?"_s,
    u"That should be fixed now. Could you try again?"_s,
    u"I understand. Would you like a replacement or a refund?"_s,
    u"Let me check that with my colleague, just a moment."_s,
    u"Is there anything else on the order I should look at?"_s,
};
const QStringList kAgentAfterReturn = {
    u"No problem, %1! As I said, it's all set up on our side. Did that answer your question?"_s,
    u"Welcome back %1. Just to confirm: shall I go ahead with that?"_s,
};
const QStringList kAgentApologies = {
    u"Sorry for the wait, %1 - it was busy here. I've found your order now."_s,
    u"Apologies for the delay, %1! I'm back with an answer."_s,
    u"So sorry to keep you waiting, %1. Here's what I found."_s,
};
const QStringList kAgentGoodbyes = {
    u"Glad I could help, %1. Have a great day!"_s,
    u"You're welcome, %1! I'll close this chat now - just write again if you need anything."_s,
    u"Happy to help, %1. Take care!"_s,
};
const QStringList kAgentGivesUp = {
    u"I haven't heard back from you, so I'll close this chat now. Write to us any time!"_s,
};

} // namespace

// The bookkeeping behind TrafficSimulator: every conversation's script and the agent legs it
// created, each agent's load, the waiting line, and the simulator's own pending events. It changes
// conversations only from its own scheduled events, never from inside a store signal: the store
// emits while it still holds pointers into its conversations.
struct TrafficSimulator::Private
{
    // Which of a conversation's pending events a script change cancels.
    enum Side : int { Customer = 1, Agent = 2, Answer = 4, Wrapup = 8, Global = 16 };
    enum class LegState { Alerting, Connected, WrapupOwed, Released };
    enum class Phase { Queued, Alerting, Talking, Closed, Done };
    enum class Line { Normal, Goodbye, GivesUp };

    struct Leg
    {
        QString participantId;
        int agent = -1; // index in m_agents
        LegState state = LegState::Alerting;
        quint64 wrapupToken = 0;
        qint64 offeredMs = 0;
    };

    struct Conv
    {
        QString id;
        QString firstName;
        ScriptKind kind = ScriptKind::Normal;
        Phase phase = Phase::Queued;
        int replies = 0; // customer replies still to come in this exchange
        int delayWhenRepliesLeft = -1; // agent-keeps-waiting: when the agent goes quiet
        bool agentDelayDone = false;
        bool silentAtEnd = false; // the customer falls silent when the replies run out
        bool returnsOnWarning = false;
        bool customerSilent = false;
        bool warningAnswerPending = false;
        bool wentIdle = false; // picks the "Customer idle" wrap-up code
        bool agentSilent = false;
        bool agentHasWritten = false; // in the current leg
        bool justReturned = false; // back after a warning: the agent's next line says so
        bool comesBack = false;
        bool cameBack = false;
        bool initial = false; // part of the warm-up population
        qint64 minEndMs = -1; // initial population: keep talking until then
        quint64 closeToken = 0; // the pending disconnect after the goodbye
        quint64 giveUpToken = 0; // the pending give-up on a silent customer
        QString agentUserId; // current leg
        QString agentLegId;
        QString lastAgentUserId; // a re-opened conversation goes back to them if free
        QList<Leg> legs;
    };

    struct AgentState
    {
        QString userId;
        QString name;
        int capacity = 0;
        QStringList queueIds;
        int load = 0;
        quint64 lastAssigned = 0; // least recently assigned first among equally loaded agents
    };

    struct Pending
    {
        QString conversationId;
        int side = Global;
        std::function<void()> run;
        EventScheduler::EventId schedulerId = 0; // 0 while held by a pause
        qint64 dueMs = 0; // while armed
        qint64 heldMs = 0; // while held: how long it still had to go
    };

    struct Happenings
    {
        int reopened = 0;
        int customerWentSilent = 0;
        int warningAnswered = 0;
        int agentKeptWaiting = 0;
        int agentGaveUp = 0;
        int interrupted = 0; // someone else disconnected the agent mid-script
        int balked = 0; // customers who saw the estimated wait and did not write
    };

    Private(const Organisation &organisation, ConversationStore &store, EventScheduler &scheduler,
            quint64 seed, TrafficProfile profile);

    // Event registry.
    quint64 schedule(qint64 delayMs, const QString &conversationId, int side,
                     std::function<void()> run);
    void arm(quint64 token, Pending &pending, qint64 dueMs);
    void fire(quint64 token);
    void cancel(quint64 token);
    void cancelFor(const QString &conversationId, int sides);
    bool hasPending(const QString &conversationId, int sides) const;
    void cancelAll();
    void setPaused(bool paused);

    // Arrivals.
    void arrive(bool initial);
    void scheduleNextArrival();
    const SandboxQueue *pickQueue();
    ScriptKind pickKind(bool initial);
    void setUpScript(Conv &conv, ScriptKind kind);

    // Store observation.
    void reconcile(const QString &conversationId);
    void legEnded(Conv &conv, Leg &leg, const SimParticipant &participant);
    void release(Leg &leg);
    void onAgentMessage(const QString &conversationId, const QString &senderUserId);
    void onCustomerMessage(const QString &conversationId);
    ConversationStore::Outcome writeAsCustomer(const QString &conversationId, const QString &text);

    // Routing.
    void requestRouting();
    void route();
    int pickAgent(const QString &queueId, const QString &preferredUserId) const;
    void offer(const QString &conversationId, int agent);
    void answer(const QString &conversationId, const QString &legId);
    void submitWrapup(const QString &conversationId, const QString &legId);
    QString pickWrapupCode(const Conv &conv, const QString &queueId);

    // Scripts.
    void scheduleAgentTurn(Conv &conv);
    void agentSays(const QString &conversationId, QString text, Line line);
    void disconnectAgent(const QString &conversationId);
    void scheduleCustomerTurn(Conv &conv);
    void customerSays(const QString &conversationId, const QString &text, bool countsAsReply);
    void customerReturnsAfterWarning(const QString &conversationId);
    void customerComesBack(const QString &conversationId);
    void fallSilent(Conv &conv);
    void scheduleGiveUp(Conv &conv);
    qint64 agentDelay(const QString &text);
    qint64 customerDelay(const QString &text);

    Conv *conv(const QString &id);
    Leg *leg(Conv &conv, const QString &participantId);
    const SimParticipant *currentLeg(const Conv &conv) const;
    static bool isLive(Phase phase);
    int waitingIn(const QString &queueId) const;
    qint64 estimatedWaitMs(const QString &queueId) const;

    const Organisation &m_organisation;
    ConversationStore &m_store;
    EventScheduler &m_scheduler;
    SeededRandom m_random;
    TrafficProfile m_profile;

    bool m_started = false;
    bool m_paused = false;
    bool m_creating = false; // inside our own startConversation(): do not adopt it
    QString m_selfDisconnect; // the leg we are disconnecting ourselves right now
    int m_writingAsCustomer = 0; // inside our own addCustomerMessage()
    qint64 m_warmupEndMs = 0;
    quint64 m_routingToken = 0;
    quint64 m_assignments = 0;
    double m_avgHandleMs = 6.0 * kMinute; // prior until legs have been handled

    std::map<quint64, Pending> m_pending; // ordered: resuming re-arms in a stable order
    quint64 m_nextToken = 1;
    std::map<QString, Conv> m_convs; // node-based: references survive insertions
    QStringList m_waiting; // conversation ids, in the order they started waiting
    QList<AgentState> m_agents; // organisation order
    QHash<QString, int> m_agentIndex; // lookups only; never iterated (hash order varies)
    std::array<int, kScriptKindCount> m_scriptCounts {};
    Happenings m_happenings;
};

TrafficSimulator::Private::Private(const Organisation &organisation, ConversationStore &store,
                                   EventScheduler &scheduler, quint64 seed, TrafficProfile profile)
    : m_organisation(organisation)
    , m_store(store)
    , m_scheduler(scheduler)
    , m_random(seed ^ 0x5DEECE66DA3B1F27ULL) // apart from the store's ids and the organisation's
    , m_profile(profile)
{
    for (const SandboxUser *user : organisation.agents()) {
        AgentState agent;
        agent.userId = user->id;
        agent.name = user->name;
        agent.capacity = user->messageCapacity;
        agent.queueIds = user->queueIds;
        m_agentIndex.insert(agent.userId, static_cast<int>(m_agents.size()));
        m_agents.append(agent);
    }
}

// ---- event registry --------------------------------------------------------------------------
// Every event of the simulator goes through here so that a pause can hold all of them and a
// script change can cancel those of one conversation.

quint64 TrafficSimulator::Private::schedule(qint64 delayMs, const QString &conversationId, int side,
                                            std::function<void()> run)
{
    const quint64 token = m_nextToken++;
    Pending &pending = m_pending[token];
    pending.conversationId = conversationId;
    pending.side = side;
    pending.run = std::move(run);
    if (m_paused)
        pending.heldMs = std::max<qint64>(0, delayMs);
    else
        arm(token, pending, m_scheduler.nowMs() + std::max<qint64>(0, delayMs));
    return token;
}

void TrafficSimulator::Private::arm(quint64 token, Pending &pending, qint64 dueMs)
{
    pending.dueMs = dueMs;
    pending.schedulerId = m_scheduler.at(dueMs, [this, token] { fire(token); });
}

void TrafficSimulator::Private::fire(quint64 token)
{
    const auto found = m_pending.find(token);
    if (found == m_pending.end())
        return;
    const std::function<void()> run = std::move(found->second.run);
    m_pending.erase(found);
    run();
}

void TrafficSimulator::Private::cancel(quint64 token)
{
    const auto found = m_pending.find(token);
    if (found == m_pending.end())
        return;
    if (found->second.schedulerId)
        m_scheduler.cancel(found->second.schedulerId);
    m_pending.erase(found);
}

void TrafficSimulator::Private::cancelFor(const QString &conversationId, int sides)
{
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if ((it->second.side & sides) && it->second.conversationId == conversationId) {
            if (it->second.schedulerId)
                m_scheduler.cancel(it->second.schedulerId);
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
}

bool TrafficSimulator::Private::hasPending(const QString &conversationId, int sides) const
{
    return std::any_of(m_pending.cbegin(), m_pending.cend(), [&](const auto &entry) {
        return (entry.second.side & sides) && entry.second.conversationId == conversationId;
    });
}

void TrafficSimulator::Private::cancelAll()
{
    for (const auto &[token, pending] : m_pending) {
        if (pending.schedulerId)
            m_scheduler.cancel(pending.schedulerId);
    }
    m_pending.clear();
}

// Pausing takes every pending event off the scheduler and remembers how far it still had to go;
// resuming puts it back that far from the new "now". Time spent paused is thus cut out of every
// script: a customer who was about to answer in 5 s answers 5 s after the resume, and nothing
// that fell due during the pause fires in a burst.
void TrafficSimulator::Private::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    const qint64 now = m_scheduler.nowMs();
    if (paused) {
        for (auto &[token, pending] : m_pending) {
            if (!pending.schedulerId)
                continue;
            pending.heldMs = std::max<qint64>(0, pending.dueMs - now);
            m_scheduler.cancel(pending.schedulerId);
            pending.schedulerId = 0;
        }
        return;
    }
    std::vector<std::pair<qint64, quint64>> order;
    order.reserve(m_pending.size());
    for (const auto &[token, pending] : m_pending)
        order.emplace_back(pending.heldMs, token);
    std::sort(order.begin(), order.end());
    for (const auto &[heldMs, token] : order)
        arm(token, m_pending[token], now + heldMs);
}

// ---- arrivals ----------------------------------------------------------------------------------

const SandboxQueue *TrafficSimulator::Private::pickQueue()
{
    const QList<SandboxQueue> &queues = m_organisation.queues();
    if (queues.isEmpty())
        return nullptr;
    // A little uneven, like real queues: with three queues 38 %, 33 % and 29 % of the customers.
    const auto n = queues.size();
    double total = 0;
    for (qsizetype i = 0; i < n; ++i)
        total += 1.0 + 0.15 * static_cast<double>(n - 1 - i);
    double draw = m_random.unit() * total;
    for (qsizetype i = 0; i < n; ++i) {
        draw -= 1.0 + 0.15 * static_cast<double>(n - 1 - i);
        if (draw < 0)
            return &queues.at(i);
    }
    return &queues.constLast();
}

ScriptKind TrafficSimulator::Private::pickKind(bool initial)
{
    double draw = m_random.unit();
    for (const ScriptShare &share : kScripts) {
        draw -= initial ? share.initial : share.live;
        if (draw < 0)
            return share.kind;
    }
    return ScriptKind::Normal;
}

void TrafficSimulator::Private::setUpScript(Conv &conv, ScriptKind kind)
{
    conv.kind = kind;
    switch (kind) {
    case ScriptKind::Normal:
        conv.replies = static_cast<int>(m_random.between(1, 5)); // 2-6 turns with the opener
        break;
    case ScriptKind::CustomerSilent:
        conv.replies = static_cast<int>(m_random.between(0, 2)); // silent after 1-3 turns
        conv.silentAtEnd = true;
        break;
    case ScriptKind::SilentUntilWarning:
        conv.replies = static_cast<int>(m_random.between(0, 2));
        conv.silentAtEnd = true;
        conv.returnsOnWarning = true;
        break;
    case ScriptKind::AgentKeepsWaiting:
        conv.replies = static_cast<int>(m_random.between(2, 5));
        conv.delayWhenRepliesLeft = static_cast<int>(m_random.between(1, conv.replies - 1));
        break;
    case ScriptKind::CustomerComesBack:
        conv.replies = static_cast<int>(m_random.between(1, 4));
        conv.comesBack = true;
        break;
    }
    ++m_scriptCounts[static_cast<std::size_t>(kind)];
}

void TrafficSimulator::Private::arrive(bool initial)
{
    const SandboxQueue *queue = pickQueue();
    if (!queue)
        return;
    if (!initial) {
        // Messenger shows the estimated wait; the longer it is, the more customers give up
        // before writing. Keeps the queues bounded when the rate exceeds what the agents handle.
        const qint64 wait = estimatedWaitMs(queue->id);
        const double giveUp
            = std::min(0.9, static_cast<double>(wait - kBalkAfterMs) / (8.0 * kMinute));
        if (giveUp > 0 && m_random.chance(giveUp)) {
            ++m_happenings.balked;
            return;
        }
    }
    const QString firstName = m_random.pick(kCustomerFirstNames);
    const QString name = firstName + u' ' + m_random.pick(kCustomerLastNames);
    const ScriptKind kind = pickKind(initial);
    const QString opener = m_random.pick(kOpeners);

    m_creating = true;
    const QString id = m_store.startConversation(queue->id, name, opener);
    m_creating = false;
    if (id.isEmpty())
        return;

    Conv conv;
    conv.id = id;
    conv.firstName = firstName;
    conv.initial = initial;
    if (initial) {
        // Long chats, realistically: the warm-up population is meant to be still under way
        // when the warm-up ends, and to wind down gradually afterwards.
        conv.minEndMs = m_warmupEndMs + m_random.between(0, 6 * kMinute);
    }
    setUpScript(conv, kind);
    m_convs.emplace(id, std::move(conv));
    reconcile(id); // queues it
}

void TrafficSimulator::Private::scheduleNextArrival()
{
    if (m_profile.arrivalsPerMinute <= 0)
        return;
    const double meanMs = 60000.0 / m_profile.arrivalsPerMinute;
    const auto delay = static_cast<qint64>(m_random.exponential(meanMs));
    schedule(delay, {}, Global, [this] {
        arrive(false);
        scheduleNextArrival();
    });
}

// ---- store observation -------------------------------------------------------------------------
// reconcile() compares what the store says with our bookkeeping after every change, whoever made
// it (a script, Idle Guard through the REST API, a test). It only updates bookkeeping and
// schedules events.

bool TrafficSimulator::Private::isLive(Phase phase)
{
    return phase == Phase::Queued || phase == Phase::Alerting || phase == Phase::Talking;
}

void TrafficSimulator::Private::reconcile(const QString &conversationId)
{
    const SimConversation *conversation = m_store.conversation(conversationId);
    if (!conversation)
        return;
    auto found = m_convs.find(conversationId);
    if (found == m_convs.end()) {
        // Started by someone else (the control interface): route it and play a short exchange.
        if (m_creating || !conversation->isWaiting() || conversation->isEnded())
            return;
        Conv adopted;
        adopted.id = conversationId;
        adopted.firstName = conversation->customerName.section(u' ', 0, 0);
        setUpScript(adopted, ScriptKind::Normal);
        found = m_convs.emplace(conversationId, std::move(adopted)).first;
    }
    Conv &conv = found->second;

    for (Leg &leg : conv.legs) {
        if (leg.state == LegState::Released)
            continue;
        const SimParticipant *participant = conversation->participant(leg.participantId);
        if (!participant) {
            release(leg);
            continue;
        }
        if ((leg.state == LegState::Alerting || leg.state == LegState::Connected)
            && !participant->isActive())
            legEnded(conv, leg, *participant);
        if (leg.state == LegState::WrapupOwed && !participant->owesWrapup()) {
            // Wrapped up, by us or by someone else (the supervisor, a system code).
            cancel(leg.wrapupToken);
            leg.wrapupToken = 0;
            release(leg);
        }
    }

    const bool listed = m_waiting.contains(conversationId);
    if (conversation->isWaiting() && !listed) {
        if (conv.phase == Phase::Closed || conv.phase == Phase::Done) {
            // The customer wrote again after the end: a short exchange, with the last agent
            // if they are free.
            conv.cameBack = true;
            conv.replies = static_cast<int>(m_random.between(1, 2));
            conv.silentAtEnd = false;
            conv.agentDelayDone = true;
            conv.agentSilent = false;
        }
        conv.phase = Phase::Queued;
        m_waiting.append(conversationId);
        requestRouting();
    } else if (!conversation->isWaiting() && listed) {
        m_waiting.removeAll(conversationId);
    }

    if (conversation->isEnded() && isLive(conv.phase)) {
        // Ended under the script's feet (customer disconnected, full teardown).
        cancelFor(conversationId, Customer | Agent | Answer);
        conv.phase = Phase::Done;
        ++m_happenings.interrupted;
    }
}

void TrafficSimulator::Private::legEnded(Conv &conv, Leg &leg, const SimParticipant &participant)
{
    const bool ours = leg.participantId == m_selfDisconnect;
    if (!ours && leg.participantId == conv.agentLegId && isLive(conv.phase)) {
        // Idle Guard (or a test) disconnected the agent: the script stops here.
        cancelFor(conv.id, Customer | Agent | Answer);
        conv.phase = Phase::Done;
        ++m_happenings.interrupted;
    }
    if (participant.owesWrapup()) {
        leg.state = LegState::WrapupOwed;
        const QString conversationId = conv.id;
        const QString legId = leg.participantId;
        leg.wrapupToken
            = schedule(m_random.between(5 * kSecond, 30 * kSecond), conv.id, Wrapup,
                       [this, conversationId, legId] { submitWrapup(conversationId, legId); });
    } else {
        release(leg);
    }
}

void TrafficSimulator::Private::release(Leg &leg)
{
    if (leg.state == LegState::Released)
        return;
    leg.state = LegState::Released;
    if (leg.agent >= 0 && leg.agent < m_agents.size())
        m_agents[leg.agent].load = std::max(0, m_agents[leg.agent].load - 1);
    // Handle time (offer to wrap-up), smoothed, for the wait estimates.
    const auto handled = static_cast<double>(m_scheduler.nowMs() - leg.offeredMs);
    m_avgHandleMs = 0.9 * m_avgHandleMs + 0.1 * std::max(0.0, handled);
    requestRouting();
}

void TrafficSimulator::Private::onAgentMessage(const QString &conversationId,
                                               const QString &senderUserId)
{
    Conv *c = conv(conversationId);
    if (!c || c->phase != Phase::Talking || senderUserId == c->agentUserId)
        return;
    // Not the simulated agent: Idle Guard's warning (sent with the supervisor's token).
    if (c->customerSilent && c->returnsOnWarning && !c->warningAnswerPending) {
        c->warningAnswerPending = true;
        schedule(m_random.between(10 * kSecond, 60 * kSecond), conversationId, Customer,
                 [this, conversationId] { customerReturnsAfterWarning(conversationId); });
    }
}

ConversationStore::Outcome TrafficSimulator::Private::writeAsCustomer(const QString &conversationId,
                                                                      const QString &text)
{
    ++m_writingAsCustomer;
    const auto outcome = m_store.addCustomerMessage(conversationId, text);
    --m_writingAsCustomer;
    return outcome;
}

void TrafficSimulator::Private::onCustomerMessage(const QString &conversationId)
{
    if (m_writingAsCustomer)
        return;
    // A customer message the scripts did not write (the control interface): the agent answers
    // it like any other, and a silent customer's give-up starts over after that answer. The
    // script itself carries on unchanged. (After the end it re-opens the conversation, which
    // reconcile() handles.)
    Conv *c = conv(conversationId);
    if (!c || c->phase != Phase::Talking || c->agentSilent)
        return;
    cancel(c->giveUpToken);
    c->giveUpToken = 0;
    scheduleAgentTurn(*c);
}

// ---- routing -----------------------------------------------------------------------------------

void TrafficSimulator::Private::requestRouting()
{
    // Deferred (same sandbox moment): offering changes the store, which we never do from inside
    // a store signal. One pass serves every request made until it runs.
    if (m_routingToken)
        return;
    m_routingToken = schedule(0, {}, Global, [this] {
        m_routingToken = 0;
        route();
    });
}

int TrafficSimulator::Private::pickAgent(const QString &queueId,
                                         const QString &preferredUserId) const
{
    int best = -1;
    for (int i = 0; i < m_agents.size(); ++i) {
        const AgentState &agent = m_agents.at(i);
        if (agent.load >= agent.capacity || !agent.queueIds.contains(queueId))
            continue;
        if (agent.userId == preferredUserId)
            return i;
        if (best < 0 || agent.load < m_agents.at(best).load
            || (agent.load == m_agents.at(best).load
                && agent.lastAssigned < m_agents.at(best).lastAssigned))
            best = i;
    }
    return best;
}

void TrafficSimulator::Private::route()
{
    // Oldest first across all queues, which is FIFO within each queue. Once a queue has no free
    // agent, nobody behind in that queue can be served either.
    QStringList blockedQueues;
    const QStringList waiting = m_waiting;
    for (const QString &id : waiting) {
        const SimConversation *conversation = m_store.conversation(id);
        if (!conversation || !conversation->isWaiting()) {
            m_waiting.removeAll(id);
            continue;
        }
        if (blockedQueues.contains(conversation->queueId))
            continue;
        const Conv *c = conv(id);
        const int agent = pickAgent(conversation->queueId, c ? c->lastAgentUserId : QString());
        if (agent < 0) {
            blockedQueues.append(conversation->queueId);
            continue;
        }
        offer(id, agent);
    }
}

void TrafficSimulator::Private::offer(const QString &conversationId, int agent)
{
    Conv *c = conv(conversationId);
    if (!c)
        return;
    const QString userId = m_agents.at(agent).userId;
    if (m_store.offerToAgent(conversationId, userId) != ConversationStore::Outcome::Done)
        return;
    const SimConversation *conversation = m_store.conversation(conversationId);
    const SimParticipant *participant = conversation ? conversation->agent() : nullptr;
    if (!participant || participant->userId != userId)
        return;

    Leg leg;
    leg.participantId = participant->id;
    leg.agent = agent;
    leg.offeredMs = m_scheduler.nowMs();
    c->legs.append(leg);
    AgentState &state = m_agents[agent];
    ++state.load;
    state.lastAssigned = ++m_assignments;

    c->agentUserId = userId;
    c->agentLegId = participant->id;
    c->lastAgentUserId = userId;
    c->phase = Phase::Alerting;
    const QString legId = participant->id;
    schedule(m_random.between(2 * kSecond, 8 * kSecond), conversationId, Answer,
             [this, conversationId, legId] { answer(conversationId, legId); });
}

void TrafficSimulator::Private::answer(const QString &conversationId, const QString &legId)
{
    Conv *c = conv(conversationId);
    if (!c || c->phase != Phase::Alerting || c->agentLegId != legId)
        return;
    const SimParticipant *participant = currentLeg(*c);
    if (!participant || participant->state != "alerting"_L1)
        return;
    if (m_store.answer(conversationId) != ConversationStore::Outcome::Done)
        return;
    if (Leg *l = leg(*c, legId))
        l->state = LegState::Connected;
    c->phase = Phase::Talking;
    c->agentHasWritten = false;
    scheduleAgentTurn(*c);
}

QString TrafficSimulator::Private::pickWrapupCode(const Conv &conv, const QString &queueId)
{
    QStringList candidates;
    if (const SandboxQueue *queue = m_organisation.queue(queueId))
        candidates = queue->wrapupCodeIds;
    if (candidates.isEmpty()) {
        for (const SandboxWrapupCode &code : m_organisation.wrapupCodes())
            candidates.append(code.id);
    }
    if (candidates.isEmpty())
        return QLatin1String(ConversationStore::kSystemWrapupCode);
    const auto named = [&](QLatin1StringView name) {
        for (const QString &id : std::as_const(candidates)) {
            const SandboxWrapupCode *code = m_organisation.wrapupCode(id);
            if (code && code->name == name)
                return id;
        }
        return QString();
    };
    QString code;
    if (conv.wentIdle)
        code = named("Customer idle"_L1);
    else if (m_random.chance(0.85))
        code = named("Resolved"_L1);
    else
        code = named("Follow-up needed"_L1);
    return code.isEmpty() ? m_random.pick(candidates) : code;
}

void TrafficSimulator::Private::submitWrapup(const QString &conversationId, const QString &legId)
{
    Conv *c = conv(conversationId);
    Leg *l = c ? leg(*c, legId) : nullptr;
    if (!l || l->state != LegState::WrapupOwed)
        return;
    l->wrapupToken = 0;
    const SimConversation *conversation = m_store.conversation(conversationId);
    const SimParticipant *participant = conversation ? conversation->participant(legId) : nullptr;
    if (!participant || !participant->owesWrapup()) {
        release(*l);
        return;
    }
    const QString code = pickWrapupCode(*c, conversation->queueId);
    // On success the store's change notification releases the agent (reconcile()).
    if (m_store.setWrapup(conversationId, legId, code, {}) != ConversationStore::Outcome::Done) {
        m_store.setWrapup(conversationId, legId,
                          QLatin1String(ConversationStore::kSystemWrapupCode), {});
    }
}

// ---- scripts -----------------------------------------------------------------------------------
// The exchange alternates strictly: while the agent has a line pending the customer waits, and
// the other way round. replies counts the customer's messages still to come.

qint64 TrafficSimulator::Private::agentDelay(const QString &text)
{
    // Reading, thinking, then typing (agents type fast or use canned responses).
    const qint64 think = m_random.between(2 * kSecond, 20 * kSecond);
    const qint64 typing = text.size() * m_random.between(50, 100);
    return std::clamp<qint64>(think + typing, 5 * kSecond, 40 * kSecond);
}

qint64 TrafficSimulator::Private::customerDelay(const QString &text)
{
    const qint64 think = m_random.between(3 * kSecond, 30 * kSecond);
    const qint64 typing = text.size() * m_random.between(150, 250);
    return std::clamp<qint64>(think + typing, 5 * kSecond, 60 * kSecond);
}

void TrafficSimulator::Private::scheduleAgentTurn(Conv &c)
{
    if (c.agentSilent || c.phase != Phase::Talking || hasPending(c.id, Agent))
        return;
    Line line = Line::Normal;
    QString text;
    if (!c.agentHasWritten) {
        text = m_random.pick(c.cameBack ? kAgentWelcomeBack : kAgentGreetings).arg(c.firstName);
    } else if (c.justReturned) {
        c.justReturned = false;
        text = m_random.pick(kAgentAfterReturn).arg(c.firstName);
    } else if (c.replies == 0 && !c.customerSilent && !c.silentAtEnd) {
        text = m_random.pick(kAgentGoodbyes).arg(c.firstName);
        line = Line::Goodbye;
    } else {
        text = m_random.pick(kAgentReplies);
    }
    qint64 delay = agentDelay(text);
    if (c.kind == ScriptKind::AgentKeepsWaiting && !c.agentDelayDone && c.agentHasWritten
        && c.replies == c.delayWhenRepliesLeft && line == Line::Normal) {
        // The agent gets caught up elsewhere: Idle Guard's agent track flags this one.
        c.agentDelayDone = true;
        ++m_happenings.agentKeptWaiting;
        delay = m_random.between(6 * kMinute, 15 * kMinute);
        text = m_random.pick(kAgentApologies).arg(c.firstName);
    }
    const QString id = c.id;
    schedule(delay, id, Agent, [this, id, text, line] { agentSays(id, text, line); });
}

void TrafficSimulator::Private::agentSays(const QString &conversationId, QString text, Line line)
{
    Conv *c = conv(conversationId);
    if (!c || c->phase != Phase::Talking || c->agentSilent)
        return;
    const SimParticipant *participant = currentLeg(*c);
    if (!participant || participant->state != "connected"_L1)
        return;
    if (line == Line::Goodbye && c->customerSilent) {
        // The customer was silenced meanwhile (control interface): keep it open for Idle Guard.
        line = Line::Normal;
        text = m_random.pick(kAgentReplies);
    }
    ConversationStore::Outcome outcome = ConversationStore::Outcome::Invalid;
    m_store.addAgentMessage(conversationId, c->agentLegId, text, c->agentUserId, &outcome);
    if (outcome != ConversationStore::Outcome::Done)
        return;
    c->agentHasWritten = true;

    if (line == Line::Goodbye || line == Line::GivesUp) {
        c->closeToken = schedule(m_random.between(3 * kSecond, 12 * kSecond), conversationId, Agent,
                                 [this, conversationId] { disconnectAgent(conversationId); });
    } else if (c->customerSilent) {
        scheduleGiveUp(*c);
    } else if (c->replies > 0) {
        scheduleCustomerTurn(*c);
    } else if (c->silentAtEnd) {
        fallSilent(*c);
    } else {
        scheduleAgentTurn(*c); // nothing left to ask: the goodbye follows
    }
}

void TrafficSimulator::Private::disconnectAgent(const QString &conversationId)
{
    Conv *c = conv(conversationId);
    if (!c || c->phase != Phase::Talking)
        return;
    c->closeToken = 0;
    const SimParticipant *participant = currentLeg(*c);
    if (!participant || !participant->isActive())
        return;
    // Closed before the call: the change notification must not take this for an interruption.
    c->phase = Phase::Closed;
    m_selfDisconnect = c->agentLegId;
    const auto outcome = m_store.disconnectParticipant(conversationId, c->agentLegId, u"client"_s);
    m_selfDisconnect.clear();
    if (outcome != ConversationStore::Outcome::Done)
        return;
    if (c->comesBack && !c->cameBack && !c->customerSilent) {
        schedule(m_random.between(1 * kMinute, 5 * kMinute), conversationId, Customer,
                 [this, conversationId] { customerComesBack(conversationId); });
    }
}

void TrafficSimulator::Private::scheduleCustomerTurn(Conv &c)
{
    if (c.customerSilent || c.phase != Phase::Talking || hasPending(c.id, Customer))
        return;
    const bool stretched = c.initial && c.replies == 1 && !c.silentAtEnd
        && m_scheduler.nowMs() + kMinute < c.minEndMs;
    const bool last = c.replies == 1 && !stretched && !c.silentAtEnd;
    const QString text = m_random.pick(last ? kCustomerThanks : kCustomerMessages);
    const QString id = c.id;
    schedule(customerDelay(text), id, Customer,
             [this, id, text, stretched] { customerSays(id, text, !stretched); });
}

void TrafficSimulator::Private::customerSays(const QString &conversationId, const QString &text,
                                             bool countsAsReply)
{
    Conv *c = conv(conversationId);
    if (!c || c->phase != Phase::Talking || c->customerSilent)
        return;
    const SimConversation *conversation = m_store.conversation(conversationId);
    const SimParticipant *customer = conversation ? conversation->customer() : nullptr;
    if (!customer || !customer->isActive())
        return;
    if (writeAsCustomer(conversationId, text) != ConversationStore::Outcome::Done)
        return;
    if (countsAsReply && c->replies > 0)
        --c->replies;
    scheduleAgentTurn(*c);
}

void TrafficSimulator::Private::fallSilent(Conv &c)
{
    c.customerSilent = true;
    c.wentIdle = true;
    ++m_happenings.customerWentSilent;
    scheduleGiveUp(c);
}

void TrafficSimulator::Private::scheduleGiveUp(Conv &c)
{
    // Without Idle Guard the agent closes a dead conversation only after a long while.
    if (c.agentSilent || c.phase != Phase::Talking || hasPending(c.id, Agent))
        return;
    const qint64 now = m_scheduler.nowMs();
    qint64 delay = m_random.between(30 * kMinute, 45 * kMinute);
    if (c.initial) {
        // The warm-up population stands for conversations of every age: their ends spread over
        // the next 40 minutes instead of all falling beyond the first half hour.
        delay = std::max(5 * kMinute,
                         m_warmupEndMs + m_random.between(1 * kMinute, 40 * kMinute) - now);
    }
    const QString id = c.id;
    c.giveUpToken = schedule(delay, id, Agent, [this, id] {
        Conv *gaveUp = conv(id);
        if (!gaveUp || gaveUp->phase != Phase::Talking)
            return;
        ++m_happenings.agentGaveUp;
        agentSays(id, m_random.pick(kAgentGivesUp), Line::GivesUp);
    });
}

void TrafficSimulator::Private::customerReturnsAfterWarning(const QString &conversationId)
{
    Conv *c = conv(conversationId);
    if (!c || c->phase != Phase::Talking || !c->customerSilent)
        return;
    c->warningAnswerPending = false;
    const SimConversation *conversation = m_store.conversation(conversationId);
    const SimParticipant *customer = conversation ? conversation->customer() : nullptr;
    if (!customer || !customer->isActive())
        return;
    if (writeAsCustomer(conversationId, m_random.pick(kCustomerBackAfterWarning))
        != ConversationStore::Outcome::Done)
        return;
    ++m_happenings.warningAnswered;
    c->customerSilent = false;
    c->returnsOnWarning = false;
    c->silentAtEnd = false;
    c->wentIdle = false;
    c->justReturned = true;
    c->replies = static_cast<int>(m_random.between(1, 2));
    cancelFor(conversationId, Agent); // the give-up
    scheduleAgentTurn(*c);
}

void TrafficSimulator::Private::customerComesBack(const QString &conversationId)
{
    Conv *c = conv(conversationId);
    if (!c || c->phase != Phase::Closed || c->customerSilent)
        return;
    const SimConversation *conversation = m_store.conversation(conversationId);
    if (!conversation || !conversation->isEnded())
        return;
    // Re-opens the conversation; reconcile() queues it for a short second exchange.
    writeAsCustomer(conversationId, m_random.pick(kCustomerComesBack));
}

// ---- helpers -----------------------------------------------------------------------------------

TrafficSimulator::Private::Conv *TrafficSimulator::Private::conv(const QString &id)
{
    const auto found = m_convs.find(id);
    return found == m_convs.end() ? nullptr : &found->second;
}

TrafficSimulator::Private::Leg *TrafficSimulator::Private::leg(Conv &c,
                                                               const QString &participantId)
{
    for (Leg &l : c.legs) {
        if (l.participantId == participantId)
            return &l;
    }
    return nullptr;
}

const SimParticipant *TrafficSimulator::Private::currentLeg(const Conv &c) const
{
    const SimConversation *conversation = m_store.conversation(c.id);
    return conversation ? conversation->participant(c.agentLegId) : nullptr;
}

int TrafficSimulator::Private::waitingIn(const QString &queueId) const
{
    int count = 0;
    for (const QString &id : m_waiting) {
        const SimConversation *conversation = m_store.conversation(id);
        if (conversation && conversation->queueId == queueId)
            ++count;
    }
    return count;
}

qint64 TrafficSimulator::Private::estimatedWaitMs(const QString &queueId) const
{
    if (!m_organisation.queue(queueId))
        return -1;
    int capacity = 0;
    int free = 0;
    for (const auto &agent : m_agents) {
        if (!agent.queueIds.contains(queueId))
            continue;
        capacity += agent.capacity;
        free += std::max(0, agent.capacity - agent.load);
    }
    if (capacity == 0)
        return -1;
    const int waiting = waitingIn(queueId);
    if (waiting < free)
        return 0;
    // The newcomer is served once (waiting - free + 1) slots have turned over; the queue's slots
    // turn over once per average handle time between them.
    const int position = waiting - free + 1;
    return static_cast<qint64>(position * m_avgHandleMs / capacity);
}

// ---- public interface --------------------------------------------------------------------------

TrafficSimulator::TrafficSimulator(const Organisation &organisation, ConversationStore &store,
                                   EventScheduler &scheduler, quint64 seed, TrafficProfile profile,
                                   QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(organisation, store, scheduler, seed, profile))
{
    connect(&store, &ConversationStore::conversationChanged, this,
            [this](const QString &id) { d->reconcile(id); });
    connect(&store, &ConversationStore::agentMessageAdded, this,
            [this](const QString &id, const QString &, const QString &sender) {
                d->onAgentMessage(id, sender);
            });
    connect(&store, &ConversationStore::customerMessageAdded, this,
            [this](const QString &id, const QString &) { d->onCustomerMessage(id); });
    connect(&store, &ConversationStore::conversationReopened, this,
            [this](const QString &) { ++d->m_happenings.reopened; });
}

TrafficSimulator::~TrafficSimulator()
{
    // The scheduler may outlive us; its callbacks point here.
    d->cancelAll();
}

void TrafficSimulator::start()
{
    if (d->m_started)
        return;
    d->m_started = true;
    // The warm-up builds history even when paused before the start; the pause holds what follows.
    const bool wasPaused = d->m_paused;
    d->setPaused(false);
    const qint64 warmup = std::max<qint64>(0, d->m_profile.warmupMs);
    d->m_warmupEndMs = d->m_scheduler.nowMs() + warmup;
    for (int i = 0; i < d->m_profile.initialConversations; ++i) {
        d->schedule(d->m_random.between(0, warmup * 9 / 10), {}, Private::Global,
                    [this] { d->arrive(true); });
    }
    // Live arrivals begin where the warm-up ends.
    if (d->m_profile.arrivalsPerMinute > 0) {
        const double meanMs = 60000.0 / d->m_profile.arrivalsPerMinute;
        const auto first = warmup + static_cast<qint64>(d->m_random.exponential(meanMs));
        d->schedule(first, {}, Private::Global, [this] {
            d->arrive(false);
            d->scheduleNextArrival();
        });
    }
    d->m_scheduler.fastForward(warmup);
    if (wasPaused)
        d->setPaused(true);
}

void TrafficSimulator::setPaused(bool paused)
{
    d->setPaused(paused);
}

bool TrafficSimulator::isPaused() const
{
    return d->m_paused;
}

bool TrafficSimulator::makeCustomerSilent(const QString &conversationId, bool returnsAfterWarning)
{
    Private::Conv *c = d->conv(conversationId);
    const SimConversation *conversation = d->m_store.conversation(conversationId);
    if (!c || !conversation || conversation->isEnded() || !Private::isLive(c->phase))
        return false;
    d->cancelFor(conversationId, Private::Customer);
    c->customerSilent = true;
    c->returnsOnWarning = returnsAfterWarning;
    c->warningAnswerPending = false;
    c->wentIdle = true;
    c->comesBack = false;
    if (c->closeToken) {
        // The goodbye went out but the disconnect is still to come: keep it open for Idle Guard.
        d->cancel(c->closeToken);
        c->closeToken = 0;
    }
    if (c->phase == Private::Phase::Talking)
        d->scheduleGiveUp(*c); // no-op while an agent line is pending; that line schedules it
    return true;
}

bool TrafficSimulator::makeAgentSilent(const QString &conversationId)
{
    Private::Conv *c = d->conv(conversationId);
    const SimConversation *conversation = d->m_store.conversation(conversationId);
    if (!c || !conversation || conversation->isEnded() || !Private::isLive(c->phase))
        return false;
    // The agent still accepts an offer (Answer side) and wraps up later; they just stop writing.
    c->agentSilent = true;
    d->cancelFor(conversationId, Private::Agent);
    c->closeToken = 0;
    return true;
}

int TrafficSimulator::queuePosition(const QString &conversationId) const
{
    const SimConversation *conversation = d->m_store.conversation(conversationId);
    if (!conversation || !conversation->isWaiting())
        return 0;
    int position = 0;
    for (const QString &id : d->m_waiting) {
        const SimConversation *other = d->m_store.conversation(id);
        if (other && other->queueId == conversation->queueId)
            ++position;
        if (id == conversationId)
            return position;
    }
    return 0;
}

qint64 TrafficSimulator::estimatedWaitMs(const QString &queueId) const
{
    return d->estimatedWaitMs(queueId);
}

int TrafficSimulator::agentLoad(const QString &userId) const
{
    const int index = d->m_agentIndex.value(userId, -1);
    return index < 0 ? 0 : d->m_agents.at(index).load;
}

QJsonObject TrafficSimulator::snapshot() const
{
    QJsonArray agents;
    for (const auto &agent : d->m_agents) {
        agents.append(QJsonObject {
            {u"id"_s, agent.userId},
            {u"name"_s, agent.name},
            {u"load"_s, agent.load},
            {u"capacity"_s, agent.capacity},
            {u"queueIds"_s, QJsonArray::fromStringList(agent.queueIds)},
        });
    }
    QJsonArray queues;
    for (const SandboxQueue &queue : d->m_organisation.queues()) {
        QStringList waiting;
        for (const QString &id : d->m_waiting) {
            const SimConversation *conversation = d->m_store.conversation(id);
            if (conversation && conversation->queueId == queue.id)
                waiting.append(id);
        }
        queues.append(QJsonObject {
            {u"id"_s, queue.id},
            {u"waiting"_s, QJsonArray::fromStringList(waiting)},
            {u"estimatedWaitMs"_s, estimatedWaitMs(queue.id)},
        });
    }
    QJsonObject scripts;
    for (const ScriptShare &share : kScripts)
        scripts.insert(share.name, d->m_scriptCounts[static_cast<std::size_t>(share.kind)]);
    const Private::Happenings &h = d->m_happenings;
    const QJsonObject happenings {
        {u"reopened"_s, h.reopened},
        {u"customerWentSilent"_s, h.customerWentSilent},
        {u"warningAnswered"_s, h.warningAnswered},
        {u"agentKeptWaiting"_s, h.agentKeptWaiting},
        {u"agentGaveUp"_s, h.agentGaveUp},
        {u"interrupted"_s, h.interrupted},
        {u"balked"_s, h.balked},
    };
    return QJsonObject {
        {u"agents"_s, agents},     {u"queues"_s, queues},      {u"scripts"_s, scripts},
        {u"events"_s, happenings}, {u"paused"_s, d->m_paused},
    };
}

} // namespace IdleGuard::Sandbox
