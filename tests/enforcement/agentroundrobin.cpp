#include "agentroundrobin.h"

using IdleGuard::Sandbox::Organisation;
using IdleGuard::Sandbox::SandboxUser;

AgentRoundRobin::AgentRoundRobin(const Organisation &organisation)
    : m_agents(organisation.agents())
{ }

const SandboxUser *AgentRoundRobin::next(const QString &queueId)
{
    qsizetype &from = m_cursor[queueId];
    for (qsizetype step = 0; step < m_agents.size(); ++step) {
        const SandboxUser *agent = m_agents.at((from + step) % m_agents.size());
        if (agent->queueIds.contains(queueId) && m_load.value(agent->id) < agent->messageCapacity) {
            from = (from + step + 1) % m_agents.size();
            ++m_load[agent->id];
            return agent;
        }
    }
    return nullptr;
}
