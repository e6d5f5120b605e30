#pragma once

#include "idletypes.h"
#include "localizedtext.h"
#include "policyerror.h"
#include "templaterenderer.h"

#include <QCoreApplication>
#include <QString>

namespace IdleGuard {

// One stage of an idle track: when it fires (seconds after the idle period started) and,
// for customer stages, the message it sends.
struct StageSpec
{
    bool enabled = false;
    int afterSeconds = 0;
    LocalizedText message;

    friend bool operator==(const StageSpec &, const StageSpec &) = default;
};

// The idle policy of one queue (or the default policy): product.md, "Idle policy semantics".
struct Policy
{
    Q_DECLARE_TR_FUNCTIONS(Policy)

public:
    static constexpr int kMinSeconds = 10;
    static constexpr int kMaxSeconds = 8 * 3600;
    static constexpr int kMaxMessageLength = 2000; // the platform's limit for a message body

    QString name; // a label for people; not used by the engine
    PolicyMode mode = PolicyMode::TurnAware;
    bool requireAgentMessage = true;
    bool countTyping = false;
    QString defaultLanguage = QStringLiteral("en");

    StageSpec warning1; // customer track
    StageSpec warning2;
    StageSpec close; // message optional
    StageSpec agentFlag; // agent track, no messages
    StageSpec agentEscalate;

    CloseScope closeScope = CloseScope::Agent;
    QString wrapUpCode; // wrap-up code id applied when the agent is disconnected; empty: none

    // The policy Idle Guard ships with: warn at 5 min, again at 10, close at 15; flag an agent
    // who leaves a customer waiting for 3 min, escalate at 10.
    static Policy builtInDefault();

    const StageSpec &stage(IdleStage stage) const;
    StageSpec &stage(IdleStage stage);

    // The numbers a stage's message would be rendered with if the customer stayed silent from
    // the start of the countdown (what the policy editor previews; names are the caller's).
    TemplateContext previewContext(IdleStage stage) const;

    // Every reason this policy cannot be used; empty when valid. fieldPrefix is prepended to
    // each field path ("queues.<id>.").
    PolicyErrors validate(const QString &fieldPrefix = QString()) const;

    friend bool operator==(const Policy &, const Policy &) = default;
};

} // namespace IdleGuard
