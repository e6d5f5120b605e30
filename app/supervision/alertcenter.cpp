#include "alertcenter.h"

#include "core/durationformat.h"

namespace IdleGuard::Supervision {

using Enforcement::ActionReport;
using Enforcement::ConversationRow;

AlertCenter::AlertCenter(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Alert>();
}

void AlertCenter::setMuted(Alert::Kind kind, bool muted)
{
    m_muted[int(kind)] = muted;
}

bool AlertCenter::isMuted(Alert::Kind kind) const
{
    return m_muted[int(kind)];
}

void AlertCenter::setQueues(const QList<Queue> &queues)
{
    m_queueNames.clear();
    for (const Queue &queue : queues)
        m_queueNames.insert(queue.id, queue.name);
}

void AlertCenter::onStatusesReady(const QList<ConversationRow> &rows)
{
    m_names.clear();
    onStatusesChanged(rows, {});
}

void AlertCenter::onStatusesChanged(const QList<ConversationRow> &changed,
                                    const QStringList &removed)
{
    for (const ConversationRow &row : changed)
        m_names.insert(row.conversationId, {row.customerName, row.agentName, row.queueId});
    for (const QString &id : removed)
        m_names.remove(id);
}

void AlertCenter::onActionFinished(const ActionReport &report)
{
    const IdleAction &action = report.action;
    // After a restart the reports of old intents are history, not news.
    if (report.reconciled || action.isManual() || report.outcome == JournalOutcome::Skipped
        || report.outcome == JournalOutcome::Pending)
        return;
    Alert alert;
    alert.conversationId = action.conversationId;
    alert.atMs = report.finishedAtMs;
    const QString customer = customerName(action.conversationId);
    const QString queue = queueName(action.queueId);
    if (report.outcome == JournalOutcome::Failed) {
        alert.kind = Alert::Kind::ActionFailed;
        alert.title = tr("Idle Guard could not act");
        alert.text = tr("%1 failed: %2").arg(failedWhat(action, customer), report.error);
    } else if (action.kind == IdleAction::Kind::FlagAgent
               || action.kind == IdleAction::Kind::EscalateAgent) {
        alert.kind = Alert::Kind::AgentOwes;
        const QString waited = action.idleSinceMs != kNoTime && alert.atMs != kNoTime
            ? DurationFormat::compact(alert.atMs - action.idleSinceMs)
            : QString();
        alert.title = action.kind == IdleAction::Kind::FlagAgent
            ? tr("A customer is waiting for a reply")
            : tr("A customer is still waiting for a reply");
        alert.text = waited.isEmpty()
            ? tr("%1 is waiting for a reply from %2 (%3).")
                  .arg(customer, agentName(action.conversationId), queue)
            : tr("%1 has waited %2 for a reply from %3 (%4).")
                  .arg(customer, waited, agentName(action.conversationId), queue);
    } else {
        return;
    }
    if (!isMuted(alert.kind))
        emit alertRaised(alert);
}

QString AlertCenter::failedWhat(const IdleAction &action, const QString &customer)
{
    switch (action.kind) {
    case IdleAction::Kind::SendWarning:
        return tr("Warning %1").arg(customer);
    case IdleAction::Kind::SendClosingMessage:
        return tr("The closing message to %1").arg(customer);
    case IdleAction::Kind::Disconnect:
        return tr("Freeing the agent of %1").arg(customer);
    default:
        return tr("An action on the conversation with %1").arg(customer);
    }
}

QString AlertCenter::customerName(const QString &conversationId) const
{
    const QString name = m_names.value(conversationId).customer;
    return name.isEmpty() ? tr("A customer") : name;
}

QString AlertCenter::agentName(const QString &conversationId) const
{
    const QString name = m_names.value(conversationId).agent;
    return name.isEmpty() ? tr("the agent") : name;
}

QString AlertCenter::queueName(const QString &queueId) const
{
    const QString name = m_queueNames.value(queueId);
    return name.isEmpty() ? queueId : name;
}

} // namespace IdleGuard::Supervision
