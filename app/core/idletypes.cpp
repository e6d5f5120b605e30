#include "idletypes.h"

namespace IdleGuard {

QString stableName(Party party)
{
    switch (party) {
    case Party::None:
        return QStringLiteral("none");
    case Party::Customer:
        return QStringLiteral("customer");
    case Party::Agent:
        return QStringLiteral("agent");
    case Party::Either:
        return QStringLiteral("either");
    case Party::System:
        return QStringLiteral("system");
    }
    return {};
}

QString stableName(IdleStage stage)
{
    switch (stage) {
    case IdleStage::None:
        return QStringLiteral("none");
    case IdleStage::Warning1:
        return QStringLiteral("warning1");
    case IdleStage::Warning2:
        return QStringLiteral("warning2");
    case IdleStage::Close:
        return QStringLiteral("close");
    case IdleStage::AgentFlag:
        return QStringLiteral("agentFlag");
    case IdleStage::AgentEscalate:
        return QStringLiteral("agentEscalate");
    }
    return {};
}

QString stableName(PolicyMode mode)
{
    switch (mode) {
    case PolicyMode::TurnAware:
        return QStringLiteral("turn-aware");
    case PolicyMode::AnyActivity:
        return QStringLiteral("any-activity");
    case PolicyMode::CustomerOnly:
        return QStringLiteral("customer-only");
    }
    return {};
}

QString stableName(CloseScope scope)
{
    switch (scope) {
    case CloseScope::Agent:
        return QStringLiteral("agent");
    case CloseScope::Conversation:
        return QStringLiteral("conversation");
    }
    return {};
}

QString stableName(TrackingState state)
{
    switch (state) {
    case TrackingState::Tracked:
        return QStringLiteral("tracked");
    case TrackingState::WaitingInQueue:
        return QStringLiteral("waitingInQueue");
    case TrackingState::NoAgent:
        return QStringLiteral("noAgent");
    case TrackingState::Ended:
        return QStringLiteral("ended");
    }
    return {};
}

bool parsePolicyMode(const QString &text, PolicyMode *mode)
{
    for (auto candidate :
         {PolicyMode::TurnAware, PolicyMode::AnyActivity, PolicyMode::CustomerOnly}) {
        if (text == stableName(candidate)) {
            *mode = candidate;
            return true;
        }
    }
    return false;
}

bool parseCloseScope(const QString &text, CloseScope *scope)
{
    for (auto candidate : {CloseScope::Agent, CloseScope::Conversation}) {
        if (text == stableName(candidate)) {
            *scope = candidate;
            return true;
        }
    }
    return false;
}

bool parseIdleStage(const QString &text, IdleStage *stage)
{
    for (auto candidate : {IdleStage::None, IdleStage::Warning1, IdleStage::Warning2,
                           IdleStage::Close, IdleStage::AgentFlag, IdleStage::AgentEscalate}) {
        if (text == stableName(candidate)) {
            *stage = candidate;
            return true;
        }
    }
    return false;
}

int customerStageIndex(IdleStage stage)
{
    switch (stage) {
    case IdleStage::Warning1:
        return 1;
    case IdleStage::Warning2:
        return 2;
    case IdleStage::Close:
        return 3;
    default:
        return 0;
    }
}

int agentStageIndex(IdleStage stage)
{
    switch (stage) {
    case IdleStage::AgentFlag:
        return 1;
    case IdleStage::AgentEscalate:
        return 2;
    default:
        return 0;
    }
}

} // namespace IdleGuard
