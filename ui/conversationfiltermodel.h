#pragma once

#include <QSet>
#include <QSortFilterProxyModel>
#include <QString>

namespace IdleGuard::Enforcement {
struct ConversationRow;
}

namespace IdleGuard::Ui {

class ConversationTableModel;

// Filters and sorts the conversation table: by a set of queues, by what the conversation waits
// for, and by free text (customer, agent, conversation id, queue name); sorted by the model's
// SortRole, dynamically. On a ConversationTableModel it reads rows and compares sort keys
// directly (no QVariant per comparison) with the same order as SortRole; any other source goes
// through the roles.
//
// Why a 1 Hz tick stays cheap although the countdown column may be the sort column: the tick's
// dataChanged makes the proxy check only the ticked rows against their neighbours, and the sort
// keys (deadlines, the start of a silence) do not move with time, so nothing is re-sorted.
class ConversationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StateFilter {
        All,
        CustomerOwes, // the customer (or either side) owes the reply
        AgentOwes, // the agent (or either side) owes the reply
        Waiting, // waiting in the queue
        Flagged, // the agent was flagged for leaving the customer waiting
    };
    Q_ENUM(StateFilter)

    explicit ConversationFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    // Only these queues; an empty set shows every queue.
    void setQueueFilter(const QSet<QString> &queueIds);
    QSet<QString> queueFilter() const { return m_queueIds; }

    void setStateFilter(StateFilter state);
    StateFilter stateFilter() const { return m_state; }

    // Case-insensitive substring of customer, agent, conversation id or queue name; trimmed.
    void setTextFilter(const QString &text);
    QString textFilter() const { return m_text; }

    // The source rows behind proxy rows first..last (clamped), e.g. the rows a view shows, for
    // ConversationTableModel::tick().
    QList<int> sourceRows(int firstProxyRow, int lastProxyRow) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const override;

private:
    bool accepts(const Enforcement::ConversationRow &row, const QString &queueName) const;
    bool acceptsState(const Enforcement::ConversationRow &row) const;
    bool hasFilter() const;
    void updateTypedSort();

    const ConversationTableModel *m_table = nullptr; // the source, when it is one
    bool m_typedSort = false; // lessThan() may compare through m_table: same order as SortRole
    QSet<QString> m_queueIds;
    StateFilter m_state = StateFilter::All;
    QString m_text;
};

} // namespace IdleGuard::Ui
