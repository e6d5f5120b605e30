#pragma once

#include "core/conversationstatus.h"
#include "core/idleaction.h"
#include "core/policyset.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace IdleGuard {

// A deliberately simple model of the idle policy for the randomized agreement test: it keeps
// the whole event history of every conversation and recomputes everything from it by linear
// scans on each question. No caching, no deadline index, no message ring: if the engine's
// optimisations drift from the semantics of docs/policy.md, the two disagree.
class ReferenceEvaluator
{
public:
    struct Message
    {
        Party sender;
        qint64 atMs;
        QString id;
        bool flaggedOwn;
    };
    struct Typing
    {
        Party party;
        qint64 atMs;
    };
    struct Executed
    {
        IdleStage stage;
        qint64 atMs;
    };
    struct Conv
    {
        QString id;
        QString queueId;
        QString queueName;
        QString language;
        QString customerName;
        QString agentName;
        QString agentParticipantId;
        QString agentUserId;
        TrackingState state = TrackingState::NoAgent;
        qint64 agentConnectedMs = kNoTime;
        QList<Message> messages;
        QList<Typing> typing;
        QSet<QString> ownIds;
        QList<Executed> executed;
        bool exempt = false;
        qint64 snoozeUntilMs = kNoTime;
        qint64 resetAtMs = kNoTime;
    };

    explicit ReferenceEvaluator(const PolicySet &policies)
        : m_policies(policies)
    { }

    void setPolicies(const PolicySet &policies)
    {
        m_policies = policies;
        ++m_revision;
    }
    Conv &conversation(const QString &id); // created on first use
    bool contains(const QString &id) const { return m_convs.contains(id); }
    void remove(const QString &id) { m_convs.remove(id); }

    QList<IdleAction> takeDue(qint64 nowMs);
    qint64 nextDeadline() const;
    ConversationStatus status(const QString &id, qint64 nowMs) const;

    // Supervisor overrides as docs/policy.md describes them.
    QList<IdleAction> warnNow(const QString &id, qint64 nowMs, const QString &actor);
    QList<IdleAction> disconnectNow(const QString &id, qint64 nowMs, const QString &actor);

private:
    struct Eval
    {
        Party owes = Party::None;
        Party track = Party::None;
        qint64 silentSince = kNoTime;
        qint64 epochStart = kNoTime;
        qint64 countdownStart = kNoTime;
        int level = 0;
        bool awaiting = false;
        IdleStage next = IdleStage::None;
        qint64 nextAt = kNoDeadline;
    };
    Eval evaluate(const Conv &c) const;
    QList<IdleAction> actionsFor(const Conv &c, const Eval &e, IdleStage stage, qint64 dueAt,
                                 qint64 now, const QString &actor) const;

    PolicySet m_policies;
    int m_revision = 1;
    QHash<QString, Conv> m_convs;
};

} // namespace IdleGuard
