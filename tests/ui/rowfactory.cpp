#include "rowfactory.h"

namespace IdleGuard::Ui {

using Enforcement::ConversationRow;
using Enforcement::StageResult;

QString RowFactory::id(int i)
{
    return QStringLiteral("0c4b7e21-9d3a-4f5b-8c6d-%1").arg(i, 12, 10, QLatin1Char('0'));
}

QString RowFactory::queueId(int queue)
{
    return QStringLiteral("9d2b7c1a-5e4f-4a3b-8c2d-%1").arg(queue, 12, 10, QLatin1Char('0'));
}

QString RowFactory::queueName(int queue)
{
    static const char *const names[kQueues] = {"Billing", "Sales", "Support", "Returns", "VIP"};
    return QString::fromLatin1(names[queue % kQueues]);
}

ConversationRow RowFactory::customerOwes(const QString &id, qint64 idleSinceMs, IdleStage next,
                                         qint64 nextAtMs)
{
    ConversationRow row;
    row.conversationId = id;
    row.queueId = queueId(0);
    row.customerName = QStringLiteral("Customer ") + id;
    row.agentName = QStringLiteral("Agent ") + id;
    row.channel = QStringLiteral("webmessaging");
    row.state = TrackingState::Tracked;
    row.owes = Party::Customer;
    row.track = Party::Customer;
    row.startedMs = idleSinceMs - 60'000;
    row.idleSinceMs = idleSinceMs;
    row.nextStage = next;
    row.nextAtMs = nextAtMs;
    row.countdownStartMs = idleSinceMs;
    row.messageCount = 3;
    return row;
}

ConversationRow RowFactory::row(int i, qint64 nowMs)
{
    // Spread over a few minutes so that every time column has distinct values.
    const qint64 idleSince = nowMs - qint64((i * 7919) % 600) * 1000;
    ConversationRow row = customerOwes(id(i), idleSince, IdleStage::Warning1, idleSince + 300'000);
    row.queueId = queueId(i % kQueues);
    row.customerName = QStringLiteral("Customer %1").arg((i * 31) % 9973, 4, 10, QLatin1Char('0'));
    row.agentName = QStringLiteral("Agent %1").arg(i % 300, 3, 10, QLatin1Char('0'));
    row.language = QStringLiteral("en");
    row.channel = i % 3 == 0 ? QStringLiteral("sms") : QStringLiteral("webmessaging");
    row.startedMs = idleSince - qint64(i % 97) * 60'000;
    row.messageCount = 2 + i % 40;
    switch (i % 8) {
    case 0: // waiting in the queue: no timer, a waiting time
        row.state = TrackingState::WaitingInQueue;
        row.owes = row.track = Party::None;
        row.waitingSinceMs = idleSince;
        row.idleSinceMs = kNoTime;
        row.nextStage = IdleStage::None;
        row.nextAtMs = kNoDeadline;
        row.countdownStartMs = kNoTime;
        row.agentName.clear();
        break;
    case 1:
    case 2: // warned once: the second warning is next
        row.stage = IdleStage::Warning1;
        row.nextStage = IdleStage::Warning2;
        row.countdownStartMs = idleSince + 120'000;
        row.results << StageResult {
            IdleStage::Warning1, JournalOutcome::Succeeded, idleSince + 120'000, {}};
        break;
    case 3: // closing is next
        row.stage = IdleStage::Warning2;
        row.nextStage = IdleStage::Close;
        row.results << StageResult {IdleStage::Warning2, JournalOutcome::Failed, idleSince,
                                    QStringLiteral("HTTP 503")};
        break;
    case 4: // the agent owes the reply, flagged
        row.owes = row.track = Party::Agent;
        row.stage = IdleStage::AgentFlag;
        row.nextStage = IdleStage::AgentEscalate;
        row.agentFlagged = true;
        row.results << StageResult {IdleStage::AgentFlag, JournalOutcome::Pending, idleSince, {}};
        break;
    case 5: // snoozed
        row.snoozedUntilMs = nowMs + 900'000;
        row.nextAtMs = row.snoozedUntilMs + 300'000;
        break;
    case 6: // exempt: no timer runs
        row.exempt = true;
        row.nextStage = IdleStage::None;
        row.nextAtMs = kNoDeadline;
        break;
    default: // calm, first warning next
        break;
    }
    return row;
}

QList<ConversationRow> RowFactory::rows(int count, qint64 nowMs)
{
    QList<ConversationRow> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i)
        list << row(i, nowMs);
    return list;
}

} // namespace IdleGuard::Ui
