#pragma once

#include "idletypes.h"
#include "messageref.h"

#include <QHash>
#include <QList>
#include <QString>

namespace IdleGuard {

enum class ParticipantPurpose : quint8 {
    Unknown, // a value the platform adapter did not recognise
    Customer,
    Agent, // a human agent (routed or a user leg)
    Acd, // the queue leg: present while the conversation waits in queue
    Workflow, // flows and bots
    External,
    Other,
};

enum class ParticipantState : quint8 {
    Unknown, // a value the platform adapter did not recognise
    Alerting,
    Connected,
    Disconnected,
    Terminated,
    Other, // known to the platform, irrelevant to idle detection (dialing, parked, ...)
};

// One leg of a conversation, in platform-neutral terms.
struct Participant
{
    QString id;
    ParticipantPurpose purpose = ParticipantPurpose::Unknown;
    ParticipantState state = ParticipantState::Unknown;
    QString name;
    QString userId;
    QString queueId;
    qint64 startMs = kNoTime;
    qint64 connectedMs = kNoTime;
    qint64 endMs = kNoTime;
    // The communication on the other side of this leg: on the customer's leg, the agent's
    // communication to post on (reference 5.2, method 2).
    QString peer;
    QHash<QString, QString> attributes;
    QList<MessageRef> messages; // the messages carried on this leg

    bool isConnected() const { return state == ParticipantState::Connected && endMs == kNoTime; }
    bool hasEnded() const
    {
        return state == ParticipantState::Disconnected || state == ParticipantState::Terminated
            || endMs != kNoTime;
    }
};

} // namespace IdleGuard
