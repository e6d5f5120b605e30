#pragma once

#include "enforcement/conversationrow.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace IdleGuard::Ui {

// How a ConversationRow reads in the conversation table: the words for parties, stages and
// outcomes, the time columns at a given "now", the flags and the tooltips. Kept apart from the
// model so that the model only routes roles and the wording lives (and is translated) in one
// place. Pure functions of the row and the time: nothing here decides anything about the policy.
class ConversationRowText
{
    Q_DECLARE_TR_FUNCTIONS(ConversationRowText)

public:
    // What an empty cell shows.
    static QString dash();

    static QString stageName(IdleStage stage);
    static QString outcomeName(JournalOutcome outcome);

    static QString channel(const Enforcement::ConversationRow &row);
    // "Customer", "Agent", "Either", "Waiting in queue" or a dash.
    static QString owes(const Enforcement::ConversationRow &row);

    // Idle for (or waiting for, while in the queue) at nowMs; a dash when neither runs.
    static QString idleFor(const Enforcement::ConversationRow &row, qint64 nowMs);
    static QString idleForToolTip(const Enforcement::ConversationRow &row);

    // The time left until the next stage ("2:31", "1:05 h", "due"); empty without a next stage.
    static QString remaining(const Enforcement::ConversationRow &row, qint64 nowMs);
    // "Warning 2 in 2:31"; a dash without a next stage.
    static QString nextStep(const Enforcement::ConversationRow &row, qint64 nowMs);
    static QString nextStepToolTip(const Enforcement::ConversationRow &row, qint64 nowMs);

    // "Warning 1 ✓", "Warning 1 failed", "Warning 1 …" (under way); a dash before any stage.
    static QString stageReached(const Enforcement::ConversationRow &row);
    // The same for screen readers, in words instead of symbols.
    static QString stageReachedAccessible(const Enforcement::ConversationRow &row);
    // Every stage of the current idle period with its outcome, time and error.
    static QString stageReachedToolTip(const Enforcement::ConversationRow &row);

    static QString age(const Enforcement::ConversationRow &row, qint64 nowMs);

    // "snoozed until 14:05", "exempt", "observe only", "claimed by X", ...
    static QStringList flagList(const Enforcement::ConversationRow &row, qint64 nowMs);
    static QString flags(const Enforcement::ConversationRow &row, qint64 nowMs);

    // Local wall-clock time of an absolute time: "14:05" / "14:05:12".
    static QString clockTime(qint64 ms);
    static QString clockTimeWithSeconds(qint64 ms);

    // When the customer or agent has no name yet.
    static QString nameOrDash(const QString &name);

private:
    // The outcome of the stage last reached, when the row carries it.
    static const Enforcement::StageResult *lastResult(const Enforcement::ConversationRow &row);
};

} // namespace IdleGuard::Ui
