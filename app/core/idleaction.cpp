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
    }
    return {};
}

} // namespace IdleGuard
