#pragma once

#include "idletypes.h"

#include <QObject>
#include <QString>

namespace IdleGuard {

// Something the idle engine decided must happen now: a message to the customer, a disconnect,
// or a notification for the supervisor. Self-contained, so the dispatcher and the journal need
// nothing else to carry it out and record it.
struct IdleAction
{
    Q_GADGET

public:
    enum class Kind : quint8 {
        SendWarning, // warning 1 or 2 to the customer, on the agent's behalf
        SendClosingMessage, // the optional message before the disconnect
        Disconnect, // disconnect the agent participant (or the conversation) with wrap-up
        FlagAgent, // the agent owes a reply: flag the row, notify the supervisor
        EscalateAgent, // the agent still owes it: notify again
        // Supervisor overrides: nothing goes to the platform, but the journal keeps them.
        Snooze,
        Exempt,
        Include, // exemption lifted
        Reset,
    };
    Q_ENUM(Kind)

    Kind kind = Kind::SendWarning;
    IdleStage stage = IdleStage::None;
    QString conversationId;
    QString queueId;
    QString agentParticipantId;
    QString agentUserId;
    QString text; // rendered message (send kinds only)
    QString language; // the variant the text was taken from
    CloseScope closeScope = CloseScope::Agent;
    QString wrapUpCode;
    qint64 dueAtMs = kNoTime; // the deadline it was scheduled for
    qint64 issuedAtMs = kNoTime; // the engine's "now" when it was handed out
    qint64 idleSinceMs = kNoTime; // start of the idle period the stage belongs to
    QString actor; // empty: automatic; otherwise the supervisor's user id
    int policyRevision = 0;

    bool isManual() const { return !actor.isEmpty(); }
    bool isOverride() const
    {
        return kind == Kind::Snooze || kind == Kind::Exempt || kind == Kind::Include
            || kind == Kind::Reset;
    }
    bool sendsMessage() const
    {
        return kind == Kind::SendWarning || kind == Kind::SendClosingMessage;
    }

    friend bool operator==(const IdleAction &, const IdleAction &) = default;
};

QString stableName(IdleAction::Kind kind);
bool parseActionKind(const QString &text, IdleAction::Kind *kind);

} // namespace IdleGuard
