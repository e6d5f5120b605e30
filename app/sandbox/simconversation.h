#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace IdleGuard::Sandbox {

// The sandbox's own record of a web-messaging conversation, from which the REST models, the
// notification event bodies and the analytics view are all rendered (conversationjson.h). Times
// are sandbox-clock milliseconds; -1 means "not yet".

struct SimMessage
{
    QString id;
    qint64 timeMs = -1;
    QString status; // MessageDetails.messageStatus spelling: received, queued, sent, ...
    QString text;
    QString senderUserId; // outbound: who sent it (agent or the supervisor's token)
};

struct SimParticipant
{
    QString id;
    QString communicationId; // the media leg id: generic Conversation participants[].messages[].id
    QString purpose; // customer, acd, agent
    QString name;
    QString state; // connected, alerting, disconnected
    QString initialState;
    QString direction = QStringLiteral("inbound");
    QString disconnectType;
    qint64 startMs = -1;
    qint64 alertingMs = -1;
    qint64 connectedMs = -1;
    qint64 endMs = -1;
    QString userId;
    QString queueId;
    QString peer;
    QHash<QString, QString> attributes;
    bool wrapupRequired = false;
    QString wrapupCode;
    QString wrapupNotes;
    qint64 wrapupMs = -1;
    QList<SimMessage> messages;

    bool isActive() const
    {
        return state != QLatin1String("disconnected") && state != QLatin1String("terminated");
    }
    bool owesWrapup() const { return wrapupRequired && !isActive() && wrapupCode.isEmpty(); }
};

struct SimConversation
{
    QString id;
    QString queueId;
    QString customerName;
    qint64 startMs = -1;
    qint64 endMs = -1; // set when every leg has disconnected
    qint64 queuedSinceMs = -1; // waiting for an agent since (or -1 when not waiting)
    QList<SimParticipant> participants;

    bool isEnded() const { return endMs >= 0; }
    bool isWaiting() const { return queuedSinceMs >= 0; }

    SimParticipant *participant(const QString &participantId);
    const SimParticipant *participant(const QString &participantId) const;
    SimParticipant *customer();
    const SimParticipant *customer() const;
    // The newest agent leg (there is one per routing after a customer came back).
    SimParticipant *agent();
    const SimParticipant *agent() const;
    SimParticipant *activeAgent();
    const SimParticipant *activeAgent() const;
};

} // namespace IdleGuard::Sandbox
