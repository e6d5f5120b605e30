#include "alertcenter.h"

#include "core/durationformat.h"

#include <utility>

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
    m_gone.clear();
    onStatusesChanged(rows, {});
    // The whole list: what still waits belongs to no row any more.
    const auto waiting = std::exchange(m_waiting, {});
    for (const QList<ActionReport> &reports : waiting) {
        for (const ActionReport &report : reports)
            raise(report);
    }
}

void AlertCenter::onStatusesChanged(const QList<ConversationRow> &changed,
                                    const QStringList &removed)
{
    for (const ConversationRow &row : changed)
        m_names.insert(row.conversationId, {row.customerName, row.agentName, row.queueId});
    // Reports that came before their row (at start-up the enforcer acts before the first rows
    // reach the window) are told now, with names; those of rows already gone, without.
    for (const ConversationRow &row : changed) {
        for (const ActionReport &report : m_waiting.take(row.conversationId))
            raise(report);
    }
    for (const QString &id : removed) {
        for (const ActionReport &report : m_waiting.take(id))
            raise(report);
        m_names.remove(id);
        if (m_gone.size() >= kMaxGone)
            m_gone.clear(); // a bound, not a history: an old id only loses its words
        m_gone.insert(id);
    }
}

void AlertCenter::onActionFinished(const ActionReport &report)
{
    const IdleAction &action = report.action;
    // After a restart the reports of old intents are history, not news.
    if (report.reconciled || action.isManual() || report.outcome == JournalOutcome::Skipped
        || report.outcome == JournalOutcome::Pending)
        return;
    if (!m_names.contains(action.conversationId) && !m_gone.contains(action.conversationId)) {
        QList<ActionReport> &waiting = m_waiting[action.conversationId];
        if (waiting.size() < kMaxWaitingPerConversation)
            waiting.append(report);
        return;
    }
    raise(report);
}

void AlertCenter::raise(const ActionReport &report)
{
    const IdleAction &action = report.action;
    Alert alert;
    alert.conversationId = action.conversationId;
    alert.atMs = report.finishedAtMs;
    const QString customer = customerName(action.conversationId);
    const QString queue = queueName(m_names.value(action.conversationId).queueId.isEmpty()
                                        ? action.queueId
                                        : m_names.value(action.conversationId).queueId);
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
