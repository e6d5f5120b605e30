#pragma once

#include <QObject>
#include <QString>

#include <limits>

namespace IdleGuard {

Q_NAMESPACE

// Shared vocabulary of the idle policy: the parties of a conversation, the stages of the two
// idle tracks, the policy modes and close scopes. Times are milliseconds since the Unix epoch.

inline constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();
inline constexpr qint64 kNoDeadline = std::numeric_limits<qint64>::max();

// Who sent a message, or who owes the next reply.
enum class Party : quint8 {
    None, // nobody (no track runs)
    Customer,
    Agent,
    Either, // any-activity mode: silence of both sides counts
    System, // a bot, flow or other non-human leg: never counts as activity
};

// The stages of the two idle tracks, in execution order within each track.
enum class IdleStage : quint8 {
    None,
    Warning1, // customer track: first "are you still there?"
    Warning2, // customer track: optional second warning
    Close, // customer track: optional closing message, then disconnect
    AgentFlag, // agent track: row flagged, supervisor notified
    AgentEscalate, // agent track: optional second notification
};

enum class PolicyMode : quint8 {
    TurnAware, // who spoke last decides which track runs (default)
    AnyActivity, // silence of both sides drives the customer track (seed 01, Chat Server)
    CustomerOnly, // only customer activity resets the customer track (Amazon Connect)
};

enum class CloseScope : quint8 {
    Agent, // disconnect the agent participant; the customer may come back later
    Conversation, // tear the whole conversation down
};

// Whether idle timers can run on a conversation at all.
enum class TrackingState : quint8 {
    Tracked, // an agent is connected: idle tracks may run
    WaitingInQueue, // shown with its waiting time, never timed
    NoAgent, // no agent connected (not yet, or the agent left): no timers
    Ended, // the conversation is over: no timers
};

Q_ENUM_NS(Party)
Q_ENUM_NS(IdleStage)
Q_ENUM_NS(PolicyMode)
Q_ENUM_NS(CloseScope)
Q_ENUM_NS(TrackingState)

// Stable spellings used in files, participant attributes and the journal.
QString stableName(Party party);
QString stableName(IdleStage stage);
QString stableName(PolicyMode mode);
QString stableName(CloseScope scope);
QString stableName(TrackingState state);
bool parsePolicyMode(const QString &text, PolicyMode *mode);
bool parseCloseScope(const QString &text, CloseScope *scope);
bool parseIdleStage(const QString &text, IdleStage *stage);

// Customer-track stages are 1..3, agent-track stages 1..2 within their own track.
int customerStageIndex(IdleStage stage); // 0 when not a customer stage
bool isCustomerStage(IdleStage stage); // Warning1, Warning2 or Close
int agentStageIndex(IdleStage stage); // 0 when not an agent stage

} // namespace IdleGuard
