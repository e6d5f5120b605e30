#pragma once

#include "alert.h"
#include "core/queue.h"
#include "enforcement/actionreport.h"
#include "enforcement/conversationrow.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QSet>

namespace IdleGuard::Supervision {

// Decides which of the enforcer's reports the supervisor is alerted to (the tray, or the
// window's alert bar without a tray): an agent flagged or escalated for owing a reply, and an
// automatic action that failed. Each kind can be muted. It keeps the names of the rows it is
// shown so that an alert reads "Alex has waited for Sam's reply" rather than an id; a report
// that comes before its row (at start-up) waits for it.
class AlertCenter final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxWaitingPerConversation = 4;
    static constexpr int kMaxGone = 1000;

    explicit AlertCenter(QObject *parent = nullptr);

    void setMuted(Alert::Kind kind, bool muted);
    bool isMuted(Alert::Kind kind) const;
    void setQueues(const QList<Queue> &queues);

    // Inputs: the controller's signals.
    void onActionFinished(const IdleGuard::Enforcement::ActionReport &report);
    void onStatusesReady(const QList<IdleGuard::Enforcement::ConversationRow> &rows);
    void onStatusesChanged(const QList<IdleGuard::Enforcement::ConversationRow> &changed,
                           const QStringList &removed);

signals:
    void alertRaised(const IdleGuard::Supervision::Alert &alert);

private:
    struct Names
    {
        QString customer;
        QString agent;
        QString queueId;
    };
    void raise(const IdleGuard::Enforcement::ActionReport &report);
    QString customerName(const QString &conversationId) const;
    QString agentName(const QString &conversationId) const;
    QString queueName(const QString &queueId) const;
    static QString failedWhat(const IdleAction &action, const QString &customer);

    bool m_muted[Alert::kKindCount] = {};
    QHash<QString, Names> m_names; // conversation -> names, from the rows
    QHash<QString, QString> m_queueNames;
    // Reports that came before their conversation's row: told when it comes.
    QHash<QString, QList<IdleGuard::Enforcement::ActionReport>> m_waiting;
    QSet<QString> m_gone; // rows removed since the last full list
};

} // namespace IdleGuard::Supervision
