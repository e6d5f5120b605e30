#pragma once

#include "enforcement/conversationrow.h"

#include <QCoreApplication>
#include <QList>

namespace IdleGuard::Supervision {

// How long the tracked conversations have been silent right now, in bands a supervisor reads at
// a glance (under a minute, 1–2, 2–5, 5–10, 10–30 minutes, half an hour or more), split by who
// owes the reply.
// Built from the rows the dashboard already has, one add() per row, at the GUI's clock.
class IdleHistogram
{
    Q_DECLARE_TR_FUNCTIONS(IdleHistogram)

public:
    explicit IdleHistogram(qint64 nowMs = 0);

    // Lower edges of the bins in ms (the first is 0; the last bin is open-ended).
    static const QList<qint64> &edgesMs();
    static int binCount() { return int(edgesMs().size()); }
    static int binOf(qint64 idleMs);
    // "0–1 min", "1–2 min", "≥ 30 min": the chart's categories.
    static QString binLabel(int bin);

    // Counts the row if it is tracked and silent: the agent's bins when the agent owes the
    // reply, the customer's otherwise (the customer owes it, or either side may speak).
    void add(const Enforcement::ConversationRow &row);

    const QList<int> &customerOwes() const { return m_customer; }
    const QList<int> &agentOwes() const { return m_agent; }
    int total() const { return m_total; }

    friend bool operator==(const IdleHistogram &a, const IdleHistogram &b)
    {
        return a.m_customer == b.m_customer && a.m_agent == b.m_agent;
    }

private:
    qint64 m_nowMs = 0;
    QList<int> m_customer;
    QList<int> m_agent;
    int m_total = 0;
};

} // namespace IdleGuard::Supervision
