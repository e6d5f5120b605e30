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

namespace {

// Finds the enum value whose stable spelling is text.
template<typename Enum>
bool parseStable(const QString &text, std::initializer_list<Enum> candidates, Enum *out)
{
    for (Enum candidate : candidates) {
        if (text == stableName(candidate)) {
            *out = candidate;
            return true;
        }
    }
    return false;
}

} // namespace

bool parsePolicyMode(const QString &text, PolicyMode *mode)
{
    return parseStable(
        text, {PolicyMode::TurnAware, PolicyMode::AnyActivity, PolicyMode::CustomerOnly}, mode);
}

bool parseCloseScope(const QString &text, CloseScope *scope)
{
    return parseStable(text, {CloseScope::Agent, CloseScope::Conversation}, scope);
}

bool parseIdleStage(const QString &text, IdleStage *stage)
{
    return parseStable(text,
                       {IdleStage::None, IdleStage::Warning1, IdleStage::Warning2, IdleStage::Close,
                        IdleStage::AgentFlag, IdleStage::AgentEscalate},
                       stage);
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

bool isCustomerStage(IdleStage stage)
{
    return customerStageIndex(stage) > 0;
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
