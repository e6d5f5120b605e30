#include "simconversation.h"

namespace IdleGuard::Sandbox {

namespace {

template<typename Self>
auto findParticipant(Self &self, const QString &participantId) -> decltype(&self.participants[0])
{
    for (auto &participant : self.participants) {
        if (participant.id == participantId)
            return &participant;
    }
    return nullptr;
}

template<typename Self>
auto lastWithPurpose(Self &self, QLatin1String purpose, bool activeOnly)
    -> decltype(&self.participants[0])
{
    for (auto it = self.participants.rbegin(); it != self.participants.rend(); ++it) {
        if (it->purpose == purpose && (!activeOnly || it->isActive()))
            return &*it;
    }
    return nullptr;
}

} // namespace

SimParticipant *SimConversation::participant(const QString &participantId)
{
    return findParticipant(*this, participantId);
}

const SimParticipant *SimConversation::participant(const QString &participantId) const
{
    return findParticipant(*this, participantId);
}

SimParticipant *SimConversation::customer()
{
    return lastWithPurpose(*this, QLatin1String("customer"), false);
}

const SimParticipant *SimConversation::customer() const
{
    return lastWithPurpose(*this, QLatin1String("customer"), false);
}

SimParticipant *SimConversation::agent()
{
    return lastWithPurpose(*this, QLatin1String("agent"), false);
}

const SimParticipant *SimConversation::agent() const
{
    return lastWithPurpose(*this, QLatin1String("agent"), false);
}

SimParticipant *SimConversation::activeAgent()
{
    return lastWithPurpose(*this, QLatin1String("agent"), true);
}

const SimParticipant *SimConversation::activeAgent() const
{
    return lastWithPurpose(*this, QLatin1String("agent"), true);
}

} // namespace IdleGuard::Sandbox
