#pragma once

#include "idleaction.h"
#include "idletypes.h"

#include <QString>

namespace IdleGuard {

// What is about to be done, written to the audit journal (and synced) before the request goes
// out, so that a crash between the request and its result leaves a trace to reconcile.
struct JournalIntent
{
    IdleAction::Kind kind = IdleAction::Kind::SendWarning;
    IdleStage stage = IdleStage::None;
    QString conversationId;
    QString participantId; // the agent participant the action concerns
    QString queueId;
    QString actor; // empty: automatic; otherwise the supervisor's user id
    int policyRevision = 0;
    qint64 scheduledAtMs = kNoTime; // the deadline the action was scheduled for
    // What reconciliation after a crash needs to look for the effect or finish the action.
    QString text; // the message sent (send kinds)
    CloseScope closeScope = CloseScope::Agent; // disconnects
    QString wrapUpCode; // disconnects of the agent participant
    qint64 idleSinceMs = kNoTime; // start of the idle period the stage belongs to

    static JournalIntent fromAction(const IdleAction &action)
    {
        JournalIntent intent;
        intent.kind = action.kind;
        intent.stage = action.stage;
        intent.conversationId = action.conversationId;
        intent.participantId = action.agentParticipantId;
        intent.queueId = action.queueId;
        intent.actor = action.actor;
        intent.policyRevision = action.policyRevision;
        intent.scheduledAtMs = action.dueAtMs;
        intent.text = action.text;
        intent.closeScope = action.closeScope;
        intent.wrapUpCode = action.wrapUpCode;
        intent.idleSinceMs = action.idleSinceMs;
        return intent;
    }

    friend bool operator==(const JournalIntent &, const JournalIntent &) = default;
};

} // namespace IdleGuard
