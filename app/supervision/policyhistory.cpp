#include "policyhistory.h"

namespace IdleGuard::Supervision {

void PolicyHistory::sent(const PolicySet &policies, Kind kind)
{
    m_waiting.append({policies, kind});
}

std::optional<PolicyHistory::Kind> PolicyHistory::applied(int revision, qint64 atMs)
{
    if (m_waiting.isEmpty())
        return std::nullopt;
    const Sent sent = m_waiting.takeFirst();
    m_revision = revision;
    m_appliedAtMs = atMs;
    if (sent.kind == Kind::Undo && m_applied.size() > 1) {
        m_applied.removeLast(); // the undone set; the one before it is in force again
        m_applied.last() = sent.policies;
    } else if (m_applied.isEmpty() || m_applied.last() != sent.policies) {
        m_applied.append(sent.policies);
        if (m_applied.size() > kDepth + 1)
            m_applied.removeFirst();
    }
    return sent.kind;
}

std::optional<PolicyHistory::Kind> PolicyHistory::rejected()
{
    if (m_waiting.isEmpty())
        return std::nullopt;
    return m_waiting.takeFirst().kind;
}

const PolicySet &PolicyHistory::inForce() const
{
    static const PolicySet builtIn;
    return m_applied.isEmpty() ? builtIn : m_applied.last();
}

std::optional<PolicySet> PolicyHistory::undoTarget() const
{
    if (m_applied.size() < 2 || isWaiting())
        return std::nullopt;
    return m_applied.at(m_applied.size() - 2);
}

} // namespace IdleGuard::Supervision
