#include "conversationstore.h"

#include "eventscheduler.h"
#include "organisation.h"

namespace IdleGuard::Sandbox {

using namespace Qt::StringLiterals;

ConversationStore::ConversationStore(const Organisation &organisation, EventScheduler &scheduler,
                                     quint64 seed, QObject *parent)
    : QObject(parent)
    , m_organisation(organisation)
    , m_scheduler(scheduler)
    , m_ids(seed ^ 0x9E3779B97F4A7C15ULL)
{ }

const SimConversation *ConversationStore::conversation(const QString &id) const
{
    const auto found = m_conversations.constFind(id);
    return found == m_conversations.cend() ? nullptr : &*found;
}

SimConversation *ConversationStore::find(const QString &id)
{
    const auto found = m_conversations.find(id);
    return found == m_conversations.end() ? nullptr : &*found;
}

std::pair<SimConversation *, SimParticipant *>
ConversationStore::locate(const QString &conversationId, const QString &participantId)
{
    SimConversation *conversation = find(conversationId);
    return {conversation, conversation ? conversation->participant(participantId) : nullptr};
}

QList<const SimConversation *> ConversationStore::conversations() const
{
    QList<const SimConversation *> result;
    result.reserve(static_cast<qsizetype>(m_order.size()));
    for (const auto &[sequence, id] : m_order)
        result.append(&*m_conversations.constFind(id));
    return result;
}

int ConversationStore::activeCount() const
{
    int count = 0;
    for (const auto &conversation : m_conversations)
        count += conversation.isEnded() ? 0 : 1;
    return count;
}

std::pair<QString, QString>
ConversationStore::findCommunication(const QString &communicationId) const
{
    return m_communications.value(communicationId);
}

SimParticipant ConversationStore::newParticipant(const QString &purpose, const QString &name)
{
    SimParticipant participant;
    participant.id = m_ids.uuid();
    participant.communicationId = m_ids.uuid();
    participant.purpose = purpose;
    participant.name = name;
    participant.startMs = m_scheduler.nowMs();
    return participant;
}

void ConversationStore::addAcdLeg(SimConversation &conversation)
{
    const SandboxQueue *queue = m_organisation.queue(conversation.queueId);
    SimParticipant acd = newParticipant(u"acd"_s, queue ? queue->name : QString());
    acd.state = acd.initialState = u"connected"_s;
    acd.connectedMs = acd.startMs;
    acd.queueId = conversation.queueId;
    m_communications.insert(acd.communicationId, {conversation.id, acd.id});
    conversation.participants.append(acd);
    conversation.queuedSinceMs = acd.startMs;
}

QString ConversationStore::startConversation(const QString &queueId, const QString &customerName,
                                             const QString &firstText)
{
    SimConversation conversation;
    conversation.id = m_ids.uuid();
    conversation.queueId = queueId;
    conversation.customerName = customerName;
    conversation.startMs = m_scheduler.nowMs();

    SimParticipant customer = newParticipant(u"customer"_s, customerName);
    customer.state = customer.initialState = u"connected"_s;
    customer.connectedMs = customer.startMs;
    customer.messages.append({m_ids.uuid(), customer.startMs, u"received"_s, firstText, {}});
    m_communications.insert(customer.communicationId, {conversation.id, customer.id});
    conversation.participants.append(customer);
    addAcdLeg(conversation);

    const QString id = conversation.id;
    const QString messageId = customer.messages.constFirst().id;
    m_order.emplace(m_sequence++, id);
    m_conversations.insert(id, conversation);
    changed(m_conversations[id]);
    emit customerMessageAdded(id, messageId);
    return id;
}

ConversationStore::Outcome ConversationStore::addCustomerMessage(const QString &conversationId,
                                                                 const QString &text)
{
    SimConversation *conversation = find(conversationId);
    if (!conversation)
        return Outcome::NotFound;
    const qint64 now = m_scheduler.nowMs();
    SimParticipant *customer = conversation->customer();
    bool reopened = false;
    if (!customer || !customer->isActive()) {
        // Asynchronous messaging: the customer writes again after the conversation ended. Within
        // the threading window it comes back on the same conversation id with fresh legs.
        SimParticipant fresh = newParticipant(u"customer"_s, conversation->customerName);
        fresh.state = fresh.initialState = u"connected"_s;
        fresh.connectedMs = now;
        m_communications.insert(fresh.communicationId, {conversation->id, fresh.id});
        conversation->participants.append(fresh);
        conversation->endMs = -1;
        addAcdLeg(*conversation);
        customer = conversation->customer();
        reopened = true;
    }
    const QString messageId = m_ids.uuid();
    customer->messages.append({messageId, now, u"received"_s, text, {}});
    changed(*conversation);
    if (reopened)
        emit conversationReopened(conversationId);
    emit customerMessageAdded(conversationId, messageId);
    return Outcome::Done;
}

ConversationStore::Outcome ConversationStore::offerToAgent(const QString &conversationId,
                                                           const QString &userId)
{
    SimConversation *conversation = find(conversationId);
    const SandboxUser *user = m_organisation.user(userId);
    if (!conversation || !user)
        return Outcome::NotFound;
    if (!conversation->isWaiting())
        return Outcome::Conflict;
    const qint64 now = m_scheduler.nowMs();
    for (auto &participant : conversation->participants) {
        if (participant.purpose == "acd"_L1 && participant.isActive()) {
            participant.state = u"disconnected"_s;
            participant.disconnectType = u"transfer"_s;
            participant.endMs = now;
        }
    }
    SimParticipant agent = newParticipant(u"agent"_s, user->name);
    agent.state = agent.initialState = u"alerting"_s;
    agent.alertingMs = now;
    agent.userId = userId;
    agent.queueId = conversation->queueId;
    agent.wrapupRequired = true;
    m_communications.insert(agent.communicationId, {conversation->id, agent.id});
    conversation->participants.append(agent);
    conversation->queuedSinceMs = -1;
    changed(*conversation);
    return Outcome::Done;
}

ConversationStore::Outcome ConversationStore::answer(const QString &conversationId)
{
    SimConversation *conversation = find(conversationId);
    if (!conversation)
        return Outcome::NotFound;
    SimParticipant *agent = conversation->activeAgent();
    SimParticipant *customer = conversation->customer();
    if (!agent || agent->state != "alerting"_L1 || !customer)
        return Outcome::Conflict;
    agent->state = u"connected"_s;
    agent->connectedMs = m_scheduler.nowMs();
    agent->peer = customer->communicationId;
    customer->peer = agent->communicationId;
    changed(*conversation);
    return Outcome::Done;
}

QString ConversationStore::addAgentMessage(const QString &conversationId,
                                           const QString &participantId, const QString &text,
                                           const QString &senderUserId, Outcome *outcome)
{
    auto fail = [outcome](Outcome why) {
        if (outcome)
            *outcome = why;
        return QString();
    };
    auto [conversation, agent] = locate(conversationId, participantId);
    if (!agent)
        return fail(Outcome::NotFound);
    if (agent->purpose != "agent"_L1)
        return fail(Outcome::Invalid);
    if (agent->state != "connected"_L1)
        return fail(Outcome::Conflict);
    const QString messageId = m_ids.uuid();
    agent->messages.append({messageId, m_scheduler.nowMs(), u"queued"_s, text, senderUserId});
    changed(*conversation);
    emit agentMessageAdded(conversationId, messageId, senderUserId);

    // Delivery receipts follow like on the real platform: queued -> sent -> delivery-success.
    const QString pid = participantId;
    m_scheduler.after(kSentAfterMs, [this, conversationId, pid, messageId] {
        advanceStatus(conversationId, pid, messageId, u"sent"_s);
    });
    m_scheduler.after(kDeliveredAfterMs, [this, conversationId, pid, messageId] {
        advanceStatus(conversationId, pid, messageId, u"delivery-success"_s);
    });
    if (outcome)
        *outcome = Outcome::Done;
    return messageId;
}

void ConversationStore::advanceStatus(const QString &conversationId, const QString &participantId,
                                      const QString &messageId, const QString &status)
{
    auto [conversation, participant] = locate(conversationId, participantId);
    if (!participant)
        return;
    for (auto &message : participant->messages) {
        if (message.id == messageId && message.status != status) {
            message.status = status;
            changed(*conversation);
            return;
        }
    }
}

ConversationStore::Outcome ConversationStore::disconnectParticipant(const QString &conversationId,
                                                                    const QString &participantId,
                                                                    const QString &disconnectType)
{
    auto [conversation, participant] = locate(conversationId, participantId);
    if (!participant)
        return Outcome::NotFound;
    if (!participant->isActive())
        return Outcome::Conflict;
    const qint64 now = m_scheduler.nowMs();
    participant->state = u"disconnected"_s;
    participant->disconnectType = disconnectType;
    participant->endMs = now;
    // Web messaging: when the agent leaves, the customer's leg ends too (reference section 9,
    // emulator default) and the customer's Messenger sees a Presence Disconnect.
    if (participant->purpose == "agent"_L1) {
        if (SimParticipant *customer = conversation->customer(); customer && customer->isActive()) {
            customer->state = u"disconnected"_s;
            customer->disconnectType = u"peer"_s;
            customer->endMs = now;
        }
    } else if (participant->purpose == "customer"_L1) {
        for (auto &other : conversation->participants) {
            if (other.isActive() && other.purpose != "customer"_L1) {
                other.state = u"disconnected"_s;
                other.disconnectType = u"peer"_s;
                other.endMs = now;
            }
        }
        conversation->queuedSinceMs = -1;
    }
    endIfAllDisconnected(*conversation);
    changed(*conversation);
    emit participantDisconnected(conversationId, participantId);
    if (conversation->isEnded())
        emit conversationEnded(conversationId);
    return Outcome::Done;
}

ConversationStore::Outcome ConversationStore::setWrapup(const QString &conversationId,
                                                        const QString &participantId,
                                                        const QString &code, const QString &notes)
{
    auto [conversation, participant] = locate(conversationId, participantId);
    if (!participant)
        return Outcome::NotFound;
    if (participant->purpose != "agent"_L1)
        return Outcome::Invalid;
    // Only the codes of the conversation's queue are valid for its agents.
    const SandboxQueue *queue = m_organisation.queue(conversation->queueId);
    if (code != QLatin1String(kSystemWrapupCode)
        && (!queue || !queue->wrapupCodeIds.contains(code)))
        return Outcome::Invalid;
    if (!participant->wrapupCode.isEmpty())
        return Outcome::Conflict;
    participant->wrapupCode = code;
    participant->wrapupNotes = notes;
    participant->wrapupMs = m_scheduler.nowMs();
    changed(*conversation);
    return Outcome::Done;
}

ConversationStore::Outcome
ConversationStore::mergeAttributes(const QString &conversationId, const QString &participantId,
                                   const QHash<QString, QString> &attributes)
{
    auto [conversation, participant] = locate(conversationId, participantId);
    if (!participant)
        return Outcome::NotFound;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        participant->attributes.insert(it.key(), it.value());
    changed(*conversation);
    return Outcome::Done;
}

ConversationStore::Outcome ConversationStore::disconnectAll(const QString &conversationId,
                                                            bool applySystemWrapup)
{
    SimConversation *conversation = find(conversationId);
    if (!conversation)
        return Outcome::NotFound;
    const qint64 now = m_scheduler.nowMs();
    bool any = false;
    for (auto &participant : conversation->participants) {
        if (participant.isActive()) {
            participant.state = u"disconnected"_s;
            participant.disconnectType = u"system"_s;
            participant.endMs = now;
            any = true;
        }
        if (applySystemWrapup && participant.owesWrapup()) {
            participant.wrapupCode = QLatin1String(kSystemWrapupCode);
            participant.wrapupMs = now;
            any = true;
        }
    }
    if (!any)
        return Outcome::Conflict;
    conversation->queuedSinceMs = -1;
    const bool wasEnded = conversation->isEnded();
    endIfAllDisconnected(*conversation);
    changed(*conversation);
    if (!wasEnded && conversation->isEnded())
        emit conversationEnded(conversationId);
    return Outcome::Done;
}

void ConversationStore::endIfAllDisconnected(SimConversation &conversation)
{
    for (const auto &participant : conversation.participants) {
        if (participant.isActive())
            return;
    }
    if (conversation.endMs < 0)
        conversation.endMs = m_scheduler.nowMs();
}

void ConversationStore::changed(const SimConversation &conversation)
{
    emit conversationChanged(conversation.id);
}

} // namespace IdleGuard::Sandbox
