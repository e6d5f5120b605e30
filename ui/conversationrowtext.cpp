#include "conversationrowtext.h"

#include "core/durationformat.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace IdleGuard::Ui {

using Enforcement::ConversationRow;
using Enforcement::StageResult;

QString ConversationRowText::dash()
{
    return QStringLiteral("—");
}

QString ConversationRowText::stageName(IdleStage stage)
{
    switch (stage) {
    case IdleStage::None:
        return dash();
    case IdleStage::Warning1:
        return tr("Warning 1");
    case IdleStage::Warning2:
        return tr("Warning 2");
    case IdleStage::Close:
        return tr("Close");
    case IdleStage::AgentFlag:
        return tr("Agent flag");
    case IdleStage::AgentEscalate:
        return tr("Escalation");
    }
    return dash();
}

QString ConversationRowText::outcomeName(JournalOutcome outcome)
{
    switch (outcome) {
    case JournalOutcome::Pending:
        return tr("under way");
    case JournalOutcome::Succeeded:
        return tr("done");
    case JournalOutcome::Skipped:
        return tr("skipped");
    case JournalOutcome::Failed:
        return tr("failed");
    case JournalOutcome::Observed:
        return tr("done (found after a restart)");
    }
    return {};
}

QString ConversationRowText::channel(const ConversationRow &row)
{
    // The platform's messenger types (reference 5.5) in the words a supervisor uses; anything
    // else as the platform spells it.
    static const QHash<QString, const char *> names {
        {QStringLiteral("webmessaging"), QT_TR_NOOP("Web messaging")},
        {QStringLiteral("sms"), QT_TR_NOOP("SMS")},
        {QStringLiteral("facebook"), QT_TR_NOOP("Facebook")},
        {QStringLiteral("twitter"), QT_TR_NOOP("X (Twitter)")},
        {QStringLiteral("whatsapp"), QT_TR_NOOP("WhatsApp")},
        {QStringLiteral("instagram"), QT_TR_NOOP("Instagram")},
        {QStringLiteral("apple"), QT_TR_NOOP("Apple Messages")},
        {QStringLiteral("open"), QT_TR_NOOP("Open messaging")},
    };
    if (row.channel.isEmpty())
        return dash();
    const auto it = names.constFind(row.channel.toLower());
    return it == names.cend() ? row.channel : tr(*it);
}

QString ConversationRowText::owes(const ConversationRow &row)
{
    if (row.state == TrackingState::WaitingInQueue)
        return tr("Waiting in queue");
    switch (row.owes) {
    case Party::Customer:
        return tr("Customer");
    case Party::Agent:
        return tr("Agent");
    case Party::Either:
        return tr("Either");
    case Party::None:
    case Party::System:
        break;
    }
    return dash();
}

QString ConversationRowText::idleFor(const ConversationRow &row, qint64 nowMs)
{
    // A queued conversation runs no idle timer; its waiting time is what a supervisor wants.
    const qint64 since
        = row.state == TrackingState::WaitingInQueue ? row.waitingSinceMs : row.idleSinceMs;
    if (since == kNoTime)
        return dash();
    return DurationFormat::compact(std::max<qint64>(0, nowMs - since));
}

QString ConversationRowText::idleForToolTip(const ConversationRow &row)
{
    if (row.state == TrackingState::WaitingInQueue && row.waitingSinceMs != kNoTime)
        return tr("Waiting in queue since %1").arg(clockTimeWithSeconds(row.waitingSinceMs));
    if (row.idleSinceMs != kNoTime)
        return tr("Silent since %1").arg(clockTimeWithSeconds(row.idleSinceMs));
    return tr("No idle timer runs");
}

QString ConversationRowText::remaining(const ConversationRow &row, qint64 nowMs)
{
    if (!row.hasNextStage())
        return {};
    const qint64 left = row.nextAtMs - nowMs;
    // Past the deadline the stage waits (held, claimed elsewhere, under way): say so, not "-0:07".
    return left > 0 ? DurationFormat::compact(left) : tr("due");
}

QString ConversationRowText::nextStep(const ConversationRow &row, qint64 nowMs)
{
    if (!row.hasNextStage())
        return dash();
    if (row.nextAtMs <= nowMs)
        return tr("%1 due", "next stage due now").arg(stageName(row.nextStage));
    return tr("%1 in %2", "next stage in remaining time")
        .arg(stageName(row.nextStage), remaining(row, nowMs));
}

QString ConversationRowText::nextStepToolTip(const ConversationRow &row, qint64 nowMs)
{
    if (remaining(row, nowMs).isEmpty())
        return tr("No stage is scheduled");
    return tr("%1 at %2").arg(stageName(row.nextStage), clockTimeWithSeconds(row.nextAtMs));
}

const StageResult *ConversationRowText::lastResult(const ConversationRow &row)
{
    // Results run oldest first; the stage reached is the newest one for that stage.
    for (auto it = row.results.crbegin(); it != row.results.crend(); ++it) {
        if (it->stage == row.stage)
            return &*it;
    }
    return nullptr;
}

QString ConversationRowText::stageReached(const ConversationRow &row)
{
    if (row.stage == IdleStage::None)
        return dash();
    const QString name = stageName(row.stage);
    const StageResult *result = lastResult(row);
    if (!result)
        return name;
    switch (result->outcome) {
    case JournalOutcome::Succeeded:
    case JournalOutcome::Observed:
        return tr("%1 ✓", "stage done").arg(name);
    case JournalOutcome::Pending:
        return tr("%1 …", "stage under way").arg(name);
    case JournalOutcome::Skipped:
        return tr("%1 skipped").arg(name);
    case JournalOutcome::Failed:
        return tr("%1 failed").arg(name);
    }
    return name;
}

QString ConversationRowText::stageReachedAccessible(const ConversationRow &row)
{
    if (row.stage == IdleStage::None)
        return tr("No stage reached");
    const StageResult *result = lastResult(row);
    if (!result)
        return stageName(row.stage);
    return tr("%1, %2", "stage, outcome").arg(stageName(row.stage), outcomeName(result->outcome));
}

QString ConversationRowText::stageReachedToolTip(const ConversationRow &row)
{
    if (row.results.isEmpty())
        return row.stage == IdleStage::None ? tr("No stage reached in this idle period")
                                            : stageName(row.stage);
    QStringList lines;
    lines.reserve(row.results.size());
    for (const StageResult &result : row.results) {
        QString line = tr("%1: %2").arg(stageName(result.stage), outcomeName(result.outcome));
        if (result.atMs != kNoTime)
            line = tr("%1 at %2", "outcome at time").arg(line, clockTimeWithSeconds(result.atMs));
        if (!result.error.isEmpty())
            line = tr("%1 (%2)", "outcome (reason)").arg(line, result.error);
        lines << line;
    }
    return lines.join(u'\n');
}

QString ConversationRowText::age(const ConversationRow &row, qint64 nowMs)
{
    if (row.startedMs == kNoTime)
        return dash();
    return DurationFormat::compact(std::max<qint64>(0, nowMs - row.startedMs));
}

QStringList ConversationRowText::flagList(const ConversationRow &row, qint64 nowMs)
{
    QStringList list;
    if (row.snoozedUntilMs != kNoTime && row.snoozedUntilMs > nowMs)
        list << tr("snoozed until %1").arg(clockTime(row.snoozedUntilMs));
    if (row.exempt)
        list << tr("exempt");
    if (row.observeOnly)
        list << tr("observe only");
    if (!row.claimedBy.isEmpty())
        list << tr("claimed by %1").arg(row.claimedBy);
    if (row.held)
        list << tr("held for a fresh read");
    if (row.agentFlagged)
        list << tr("agent flagged");
    if (!row.pending.isEmpty())
        list << tr("pending: %1").arg(row.pending);
    return list;
}

QString ConversationRowText::flags(const ConversationRow &row, qint64 nowMs)
{
    return flagList(row, nowMs).join(QStringLiteral(", "));
}

QString ConversationRowText::clockTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).time(), QLocale::ShortFormat);
}

QString ConversationRowText::clockTimeWithSeconds(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).time(),
                              QStringLiteral("HH:mm:ss"));
}

QString ConversationRowText::nameOrDash(const QString &name)
{
    return name.isEmpty() ? dash() : name;
}

} // namespace IdleGuard::Ui
