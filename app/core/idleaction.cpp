#include "idleaction.h"

namespace IdleGuard {

QString stableName(IdleAction::Kind kind)
{
    switch (kind) {
    case IdleAction::Kind::SendWarning:
        return QStringLiteral("sendWarning");
    case IdleAction::Kind::SendClosingMessage:
        return QStringLiteral("sendClosingMessage");
    case IdleAction::Kind::Disconnect:
        return QStringLiteral("disconnect");
    case IdleAction::Kind::FlagAgent:
        return QStringLiteral("flagAgent");
    case IdleAction::Kind::EscalateAgent:
        return QStringLiteral("escalateAgent");
    case IdleAction::Kind::Snooze:
        return QStringLiteral("snooze");
    case IdleAction::Kind::Exempt:
        return QStringLiteral("exempt");
    case IdleAction::Kind::Include:
        return QStringLiteral("include");
    case IdleAction::Kind::Reset:
        return QStringLiteral("reset");
    }
    return {};
}

bool parseActionKind(const QString &text, IdleAction::Kind *kind)
{
    using Kind = IdleAction::Kind;
    for (const Kind k :
         {Kind::SendWarning, Kind::SendClosingMessage, Kind::Disconnect, Kind::FlagAgent,
          Kind::EscalateAgent, Kind::Snooze, Kind::Exempt, Kind::Include, Kind::Reset}) {
        if (stableName(k) == text) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace IdleGuard
