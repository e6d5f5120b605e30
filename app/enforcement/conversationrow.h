#pragma once

#include "core/idletypes.h"
#include "core/journaloutcome.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace IdleGuard::Enforcement {

// One stage carried out (or tried) in the conversation's current idle period, for the table's
// "stage reached" column and the details pane.
struct StageResult
{
    IdleStage stage = IdleStage::None;
    JournalOutcome outcome = JournalOutcome::Pending; // Pending: under way
    qint64 atMs = kNoTime;
    QString error; // why it was skipped or failed

    friend bool operator==(const StageResult &, const StageResult &) = default;
};

// Everything the dashboard shows about one conversation, as values: the worker builds it on its
// thread from the engine, the conversation's snapshot and what is under way, and sends it to the
// GUI thread (EnforcementWorker::statusesChanged). A row is self-contained: no widget ever reads
// the engine or the feed's mirror. Times are absolute (ms since the epoch), so the GUI computes
// "idle for" and the countdown from its own clock without new rows every second.
struct ConversationRow
{
    QString conversationId;
    QString queueId;
    QString customerName;
    QString agentName;
    QString language; // the customer's, when the platform gives one
    QString channel; // e.g. "webmessaging", "sms"; empty when unknown
    TrackingState state = TrackingState::NoAgent;
    Party owes = Party::None; // who owes the next reply
    Party track = Party::None; // which track runs
    qint64 startedMs = kNoTime; // the conversation's start
    qint64 waitingSinceMs = kNoTime; // waiting in queue since (no timer runs)
    qint64 idleSinceMs = kNoTime; // start of the current silence
    IdleStage stage = IdleStage::None; // last stage executed in the current idle period
    IdleStage nextStage = IdleStage::None;
    qint64 nextAtMs = kNoDeadline; // the next stage's deadline
    qint64 countdownStartMs = kNoTime; // where the bar toward nextAtMs starts
    QList<StageResult> results; // stages of the current idle period, oldest first
    int messageCount = 0;
    qint64 snoozedUntilMs = kNoTime;
    bool exempt = false;
    bool observeOnly = false; // this instance reports but does not act
    bool awaitingAgentMessage = false; // requireAgentMessage holds the customer track
    bool agentFlagged = false;
    bool held = false; // a due stage waits for a fresh read of the conversation
    QString claimedBy; // another instance holds the claim on the next stage
    QString pending; // an action under way on this row (e.g. "sendWarning warning1"), or empty

    // Whether a next stage is scheduled: a stage and a real deadline (neither sentinel), so
    // "time left" can be computed from nextAtMs without overflowing.
    bool hasNextStage() const
    {
        return nextStage != IdleStage::None && nextAtMs != kNoDeadline && nextAtMs != kNoTime;
    }

    friend bool operator==(const ConversationRow &, const ConversationRow &) = default;
};

} // namespace IdleGuard::Enforcement

Q_DECLARE_METATYPE(IdleGuard::Enforcement::StageResult)
Q_DECLARE_METATYPE(IdleGuard::Enforcement::ConversationRow)
