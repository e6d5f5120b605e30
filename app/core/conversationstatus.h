#pragma once

#include "idletypes.h"

#include <QString>

namespace IdleGuard {

// Everything the conversation table shows about one conversation's idle state.
struct ConversationStatus
{
    QString conversationId;
    QString queueId;
    TrackingState state = TrackingState::NoAgent;
    Party owes = Party::None; // who owes the next reply
    Party track = Party::None; // which track runs: Customer, Agent or None
    qint64 silentSinceMs = kNoTime; // start of the current idle period (before snooze/reset)
    qint64 epochStartMs = kNoTime; // after a reset: the reset; stages count from here
    qint64 countdownStartMs = kNoTime; // where the countdown to nextAtMs starts
    IdleStage stage = IdleStage::None; // last stage executed in the current idle period
    IdleStage nextStage = IdleStage::None;
    qint64 nextAtMs = kNoDeadline;
    qint64 waitingSinceMs = kNoTime;
    bool exempt = false;
    qint64 snoozedUntilMs = kNoTime;
    bool awaitingAgentMessage = false; // requireAgentMessage holds the customer track
    bool agentFlagged = false;

    friend bool operator==(const ConversationStatus &, const ConversationStatus &) = default;
};

} // namespace IdleGuard
