#pragma once

#include "core/policyset.h"

#include <QList>

#include <optional>

namespace IdleGuard::Supervision {

// Which policy set is in force in this instance's enforcer, and the sets in force before it,
// so that the supervisor can undo an apply. The enforcer answers every set it is sent, in the
// order sent, with its revision (applied) or its errors (rejected); this class pairs each
// answer with the set it belongs to. It holds values only: no thread, no I/O.
class PolicyHistory
{
public:
    static constexpr int kDepth = 20; // applies that can be undone one after another

    enum class Kind : quint8 { Apply, Undo };

    // A set went to the enforcer; its answer comes later.
    void sent(const PolicySet &policies, Kind kind);
    // The enforcer's answer to the oldest set still waiting. Returns that set's kind, or nullopt
    // when no set was waiting (an answer to something this history did not send).
    std::optional<Kind> applied(int revision, qint64 atMs);
    std::optional<Kind> rejected();
    // A new enforcer: the old one's answers never come. What was in force (and can be undone)
    // stays, as the new enforcer is sent the same set.
    void forgetWaiting() { m_waiting.clear(); }

    bool hasInForce() const { return !m_applied.isEmpty(); }
    const PolicySet &inForce() const; // the built-in default before the first answer
    int revision() const { return m_revision; } // 0 before the first answer
    qint64 appliedAtMs() const { return m_appliedAtMs; }
    bool isWaiting() const { return !m_waiting.isEmpty(); }
    // The set last sent (in force once answered), else the one in force.
    const PolicySet &latest() const
    {
        return m_waiting.isEmpty() ? inForce() : m_waiting.constLast().policies;
    }
    // The set an undo would bring back; nullopt when there is none (or an answer is awaited).
    std::optional<PolicySet> undoTarget() const;

private:
    struct Sent
    {
        PolicySet policies;
        Kind kind;
    };
    QList<Sent> m_waiting; // oldest first
    QList<PolicySet> m_applied; // oldest first; the last one is in force
    int m_revision = 0;
    qint64 m_appliedAtMs = 0;
};

} // namespace IdleGuard::Supervision
