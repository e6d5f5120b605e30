#pragma once

#include "participant.h"

#include <QList>
#include <QString>

namespace IdleGuard {

// A message conversation in platform-neutral terms: the snapshot a platform adapter
// (Genesys Cloud today) builds from its API, and the unit the idle engine tracks.
struct Conversation
{
    QString id;
    QString queueId;
    QString queueName;
    QString customerLanguage; // BCP 47 tag when the platform gives one
    QString channel; // the messaging channel ("webmessaging", "sms", ...); empty when unknown
    qint64 startMs = kNoTime;
    qint64 endMs = kNoTime;
    QList<Participant> participants;

    // The customer leg (the most recent one when the customer came back).
    const Participant *customer() const;
    // The connected agent leg that would send warnings: the most recently connected one.
    const Participant *connectedAgent() const;
    // The queue leg while the conversation waits for an agent.
    const Participant *waitingAcd() const;

    // The agent leg's communication id as the customer's leg names it (its `peer`), where that
    // cannot point anywhere else: the customer and this agent are the only legs still up.
    // Empty otherwise; then only reading the conversation tells.
    QString agentCommunicationFromPeer(const QString &agentParticipantId) const;

    bool isEnded() const;
    // Waiting in queue: not ended, no agent connected, the queue leg still live.
    bool isWaitingInQueue() const;
    qint64 waitingSinceMs() const;
};

} // namespace IdleGuard
