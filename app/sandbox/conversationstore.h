#pragma once

#include "seededrandom.h"
#include "simconversation.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <map>

namespace IdleGuard::Sandbox {

class EventScheduler;
class Organisation;

// Owns every conversation of the sandbox and the only ways to change one. The simulator and the
// REST API both go through it, so what a customer does and what the supervisor's client does
// look the same to observers: each change ends in conversationChanged(), which the notification
// hub turns into topic events.
class ConversationStore final : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Done, NotFound, Conflict, Invalid };

    ConversationStore(const Organisation &organisation, EventScheduler &scheduler, quint64 seed,
                      QObject *parent = nullptr);

    const SimConversation *conversation(const QString &id) const;
    // Insertion order, oldest first.
    QList<const SimConversation *> conversations() const;
    int activeCount() const;
    // (conversation id, participant id) owning a communication id, or empty strings.
    std::pair<QString, QString> findCommunication(const QString &communicationId) const;

    // Customer side.
    QString startConversation(const QString &queueId, const QString &customerName,
                              const QString &firstText);
    // A message from the customer; on an ended conversation it re-opens it (messaging threading:
    // new customer and acd legs on the same id, routed again).
    Outcome addCustomerMessage(const QString &conversationId, const QString &text);

    // Routing.
    Outcome offerToAgent(const QString &conversationId, const QString &userId);
    Outcome answer(const QString &conversationId);

    // Agent side. Returns the new message id, or an empty string with the outcome set.
    QString addAgentMessage(const QString &conversationId, const QString &participantId,
                            const QString &text, const QString &senderUserId, Outcome *outcome);
    Outcome disconnectParticipant(const QString &conversationId, const QString &participantId,
                                  const QString &disconnectType);
    Outcome setWrapup(const QString &conversationId, const QString &participantId,
                      const QString &code, const QString &notes);
    Outcome mergeAttributes(const QString &conversationId, const QString &participantId,
                            const QHash<QString, QString> &attributes);
    // Every leg at once. POST /conversations/{id}/disconnect also applies the system wrap-up
    // code for whoever owes one.
    Outcome disconnectAll(const QString &conversationId, bool applySystemWrapup);

    // How long after "queued" an outbound message turns "sent" and then "delivery-success".
    static constexpr qint64 kSentAfterMs = 300;
    static constexpr qint64 kDeliveredAfterMs = 900;
    static constexpr auto kSystemWrapupCode = "ININ-WRAP-UP-TIMEOUT";

signals:
    void conversationChanged(const QString &conversationId);
    void customerMessageAdded(const QString &conversationId, const QString &messageId);
    void agentMessageAdded(const QString &conversationId, const QString &messageId,
                           const QString &senderUserId);
    void participantDisconnected(const QString &conversationId, const QString &participantId);
    void conversationEnded(const QString &conversationId);
    void conversationReopened(const QString &conversationId);

private:
    SimConversation *find(const QString &id);
    // The conversation and its participant; the participant is null when either is unknown.
    std::pair<SimConversation *, SimParticipant *> locate(const QString &conversationId,
                                                          const QString &participantId);
    SimParticipant newParticipant(const QString &purpose, const QString &name);
    void addAcdLeg(SimConversation &conversation);
    void endIfAllDisconnected(SimConversation &conversation);
    void advanceStatus(const QString &conversationId, const QString &participantId,
                       const QString &messageId, const QString &status);
    void changed(const SimConversation &conversation);

    const Organisation &m_organisation;
    EventScheduler &m_scheduler;
    SeededRandom m_ids;
    std::map<qint64, QString> m_order; // creation sequence -> id, for stable listing
    QHash<QString, SimConversation> m_conversations;
    QHash<QString, std::pair<QString, QString>> m_communications;
    qint64 m_sequence = 0;
};

} // namespace IdleGuard::Sandbox
