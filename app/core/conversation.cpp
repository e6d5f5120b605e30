#include "conversation.h"

namespace IdleGuard {

namespace {

const Participant *latestBy(const QList<Participant> &participants, auto &&accept, auto &&key)
{
    const Participant *best = nullptr;
    for (const Participant &p : participants) {
        if (accept(p) && (!best || key(p) >= key(*best)))
            best = &p;
    }
    return best;
}

} // namespace

const Participant *Conversation::customer() const
{
    return latestBy(
        participants,
        [](const Participant &p) { return p.purpose == ParticipantPurpose::Customer; },
        [](const Participant &p) { return p.startMs; });
}

const Participant *Conversation::connectedAgent() const
{
    return latestBy(
        participants,
        [](const Participant &p) {
            return p.purpose == ParticipantPurpose::Agent && p.isConnected();
        },
        [](const Participant &p) { return p.connectedMs; });
}

QString Conversation::agentCommunicationFromPeer(const QString &agentParticipantId) const
{
    const Participant *client = customer();
    if (!client || !client->isConnected() || client->peer.isEmpty())
        return {};
    bool agentUp = false;
    for (const Participant &p : participants) {
        if (p.hasEnded() || &p == client)
            continue;
        if (p.id != agentParticipantId || p.purpose != ParticipantPurpose::Agent)
            return {}; // a queue, flow or second agent leg is up: the peer may be any of them
        agentUp = p.isConnected();
    }
    return agentUp ? client->peer : QString();
}

const Participant *Conversation::waitingAcd() const
{
    return latestBy(
        participants,
        [](const Participant &p) { return p.purpose == ParticipantPurpose::Acd && !p.hasEnded(); },
        [](const Participant &p) { return p.startMs; });
}

bool Conversation::isEnded() const
{
    if (endMs != kNoTime)
        return true;
    for (const Participant &p : participants) {
        if (!p.hasEnded())
            return false;
    }
    return true; // no live leg left (or no legs at all)
}

bool Conversation::isWaitingInQueue() const
{
    return !isEnded() && !connectedAgent() && waitingAcd();
}

qint64 Conversation::waitingSinceMs() const
{
    const Participant *acd = isWaitingInQueue() ? waitingAcd() : nullptr;
    if (!acd)
        return kNoTime;
    return acd->connectedMs != kNoTime ? acd->connectedMs : acd->startMs;
}

} // namespace IdleGuard
