#include "conversationfiltermodel.h"

#include "conversationtablemodel.h"

#include <algorithm>

namespace IdleGuard::Ui {

using Enforcement::ConversationRow;

ConversationFilterModel::ConversationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ConversationTableModel::SortRole);
    // The typed comparison in lessThan() compares text this way; the generic path must agree.
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(false);
    setDynamicSortFilter(true);
    connect(this, &QSortFilterProxyModel::sortRoleChanged, this,
            &ConversationFilterModel::updateTypedSort);
    connect(this, &QSortFilterProxyModel::sortCaseSensitivityChanged, this,
            &ConversationFilterModel::updateTypedSort);
    connect(this, &QSortFilterProxyModel::sortLocaleAwareChanged, this,
            &ConversationFilterModel::updateTypedSort);
}

void ConversationFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_table = qobject_cast<const ConversationTableModel *>(sourceModel);
    updateTypedSort();
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void ConversationFilterModel::updateTypedSort()
{
    // Decided once, not per comparison: a sort of 10,000 rows makes about 140,000 of them.
    const bool typed = m_table && sortRole() == ConversationTableModel::SortRole
        && sortCaseSensitivity() == Qt::CaseInsensitive && !isSortLocaleAware();
    if (typed == m_typedSort)
        return;
    m_typedSort = typed;
    // The base class re-sorted before it announced the new setting: sort again, this time
    // with the comparison that setting asks for.
    if (sourceModel())
        invalidate();
}

void ConversationFilterModel::setQueueFilter(const QSet<QString> &queueIds)
{
    if (queueIds == m_queueIds)
        return;
    m_queueIds = queueIds;
    invalidateRowsFilter();
}

void ConversationFilterModel::setStateFilter(StateFilter state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateRowsFilter();
}

void ConversationFilterModel::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

QList<int> ConversationFilterModel::sourceRows(int firstProxyRow, int lastProxyRow) const
{
    const int first = std::max(firstProxyRow, 0);
    const int last = std::min(lastProxyRow, rowCount() - 1);
    QList<int> rows;
    if (first > last)
        return rows;
    rows.reserve(last - first + 1);
    for (int row = first; row <= last; ++row)
        rows << mapToSource(index(row, 0)).row();
    return rows;
}

bool ConversationFilterModel::hasFilter() const
{
    return !m_queueIds.isEmpty() || m_state != StateFilter::All || !m_text.isEmpty();
}

bool ConversationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // Every batch and tick re-checks its rows here: keep the common case free.
    if (!hasFilter())
        return true;
    if (m_table) {
        const ConversationRow &row = m_table->rowAt(sourceRow);
        return accepts(row, m_table->queueName(row.queueId));
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QVariant row = index.data(ConversationTableModel::RowRole);
    if (!row.canConvert<ConversationRow>())
        return true;
    return accepts(row.value<ConversationRow>(), index.data().toString());
}

bool ConversationFilterModel::accepts(const ConversationRow &row, const QString &queueName) const
{
    if (!m_queueIds.isEmpty() && !m_queueIds.contains(row.queueId))
        return false;
    if (!acceptsState(row))
        return false;
    if (m_text.isEmpty())
        return true;
    return row.customerName.contains(m_text, Qt::CaseInsensitive)
        || row.agentName.contains(m_text, Qt::CaseInsensitive)
        || row.conversationId.contains(m_text, Qt::CaseInsensitive)
        || queueName.contains(m_text, Qt::CaseInsensitive);
}

bool ConversationFilterModel::acceptsState(const ConversationRow &row) const
{
    const bool waiting = row.state == TrackingState::WaitingInQueue;
    switch (m_state) {
    case StateFilter::All:
        return true;
    case StateFilter::CustomerOwes:
        return !waiting && (row.owes == Party::Customer || row.owes == Party::Either);
    case StateFilter::AgentOwes:
        return !waiting && (row.owes == Party::Agent || row.owes == Party::Either);
    case StateFilter::Waiting:
        return waiting;
    case StateFilter::Flagged:
        return row.agentFlagged;
    }
    return true;
}

bool ConversationFilterModel::lessThan(const QModelIndex &sourceLeft,
                                       const QModelIndex &sourceRight) const
{
    if (m_typedSort)
        return m_table->lessThan(sourceLeft.row(), sourceRight.row(), sourceLeft.column());
    return QSortFilterProxyModel::lessThan(sourceLeft, sourceRight);
}

} // namespace IdleGuard::Ui
