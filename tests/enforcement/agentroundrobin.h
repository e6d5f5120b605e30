#pragma once

#include "sandbox/organisation.h"

#include <QHash>
#include <QList>
#include <QString>

// Hands out the organisation's agents to new conversations, queue by queue in turn and never past
// an agent's message capacity, as routing would: the timing scenario and the scale benchmark
// answer their conversations with it.
class AgentRoundRobin
{
public:
    explicit AgentRoundRobin(const IdleGuard::Sandbox::Organisation &organisation);

    // The next agent of queueId with room for one more conversation; nullptr when all are full.
    const IdleGuard::Sandbox::SandboxUser *next(const QString &queueId);

private:
    QList<const IdleGuard::Sandbox::SandboxUser *> m_agents;
    QHash<QString, int> m_load; // agent id -> conversations handed out
    QHash<QString, qsizetype> m_cursor; // queue id -> where its search for an agent resumes
};
