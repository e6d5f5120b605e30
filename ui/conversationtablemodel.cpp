#include "conversationtablemodel.h"

#include "conversationrowtext.h"

#include <algorithm>
#include <limits>

namespace IdleGuard::Ui {

using Enforcement::ConversationRow;

namespace {

// Sort key of a time column without a time: before every real one.
constexpr qint64 kNoKey = std::numeric_limits<qint64>::min();

// The roles a tick changes: the texts and the bar of the two time columns.
const QList<int> &tickRoles()
{
    static const QList<int> roles {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole,
                                   ConversationTableModel::FractionRole,
                                   ConversationTableModel::RemainingTextRole};
    return roles;
}

} // namespace

ConversationTableModel::ConversationTableModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{ }

QModelIndex ConversationTableModel::index(int row, int column, const QModelIndex &parent) const
{
    // The base class asks rowCount() and columnCount() through virtual calls; sorting 10,000
    // rows creates two indexes per comparison.
    if (parent.isValid() || row < 0 || column < 0 || size_t(row) >= m_rows.size()
        || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

int ConversationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConversationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConversationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const ConversationRow &row = rowAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == MessagesColumn)
            return row.messageCount;
        return displayText(row, column, m_clock.nowMs());
    case Qt::ToolTipRole:
        return toolTip(row, column, m_clock.nowMs());
    case Qt::AccessibleTextRole:
        // Symbols and the bar say little to a screen reader; the other cells read as shown.
        if (column == StageColumn)
            return ConversationRowText::stageReachedAccessible(row);
        if (column == NextStepColumn)
            return ConversationRowText::nextStep(row, m_clock.nowMs());
        return {};
    case Qt::TextAlignmentRole:
        if (column == IdleColumn || column == AgeColumn || column == MessagesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortKey(index.row(), column);
    default:
        return rowRoleData(row, role, m_clock.nowMs());
    }
}

QVariant ConversationTableModel::rowRoleData(const ConversationRow &row, int role,
                                             qint64 nowMs) const
{
    switch (role) {
    case ConversationIdRole:
        return row.conversationId;
    case FractionRole: {
        const double elapsed = fraction(row, nowMs);
        return elapsed < 0 ? QVariant() : QVariant(elapsed);
    }
    case BarKindRole:
        return int(barKind(row));
    case RemainingTextRole:
        return ConversationRowText::remaining(row, nowMs);
    case StageNameRole:
        return barKind(row) == BarKind::None ? QString()
                                             : ConversationRowText::stageName(row.nextStage);
    case RowRole:
        return QVariant::fromValue(row);
    default:
        return {};
    }
}

QString ConversationTableModel::displayText(const ConversationRow &row, int column,
                                            qint64 nowMs) const
{
    switch (Column(column)) {
    case QueueColumn:
        return queueName(row.queueId);
    case CustomerColumn:
        return ConversationRowText::nameOrDash(row.customerName);
    case AgentColumn:
        return ConversationRowText::nameOrDash(row.agentName);
    case ChannelColumn:
        return ConversationRowText::channel(row);
    case OwesColumn:
        return ConversationRowText::owes(row);
    case IdleColumn:
        return ConversationRowText::idleFor(row, nowMs);
    case NextStepColumn:
        return ConversationRowText::nextStep(row, nowMs);
    case StageColumn:
        return ConversationRowText::stageReached(row);
    case AgeColumn:
        return ConversationRowText::age(row, nowMs);
    case MessagesColumn:
        return QString::number(row.messageCount);
    case FlagsColumn:
        return ConversationRowText::flags(row, nowMs);
    case ColumnCount:
        break;
    }
    return {};
}

QString ConversationTableModel::toolTip(const ConversationRow &row, int column, qint64 nowMs) const
{
    switch (Column(column)) {
    case QueueColumn:
        return tr("Queue %1").arg(row.queueId);
    case CustomerColumn:
        return row.language.isEmpty()
            ? tr("Conversation %1").arg(row.conversationId)
            : tr("Conversation %1, language %2").arg(row.conversationId, row.language);
    case IdleColumn:
        return ConversationRowText::idleForToolTip(row);
    case NextStepColumn:
        return ConversationRowText::nextStepToolTip(row, nowMs);
    case StageColumn:
        return ConversationRowText::stageReachedToolTip(row);
    case FlagsColumn:
        return ConversationRowText::flagList(row, nowMs).join(u'\n');
    default:
        return {};
    }
}

QVariant ConversationTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        static const char *const titles[ColumnCount] = {
            QT_TR_NOOP("Queue"),     QT_TR_NOOP("Customer"),      QT_TR_NOOP("Agent"),
            QT_TR_NOOP("Channel"),   QT_TR_NOOP("Owes reply"),    QT_TR_NOOP("Idle for"),
            QT_TR_NOOP("Next step"), QT_TR_NOOP("Stage reached"), QT_TR_NOOP("Age"),
            QT_TR_NOOP("Messages"),  QT_TR_NOOP("Flags"),
        };
        return tr(titles[section]);
    }
    if (role == Qt::ToolTipRole) {
        static const char *const tips[ColumnCount] = {
            QT_TR_NOOP("The queue the conversation came through"),
            QT_TR_NOOP("The customer's name"),
            QT_TR_NOOP("The connected agent"),
            QT_TR_NOOP("The messaging channel"),
            QT_TR_NOOP("Who owes the next reply"),
            QT_TR_NOOP("How long the conversation has been silent (or waiting in the queue)"),
            QT_TR_NOOP("The next stage and the time left until it"),
            QT_TR_NOOP("The last stage carried out in this silence, and how it went"),
            QT_TR_NOOP("Time since the conversation started"),
            QT_TR_NOOP("Messages in the conversation"),
            QT_TR_NOOP("Snoozes, exemptions, claims and actions under way"),
        };
        return tr(tips[section]);
    }
    return {};
}

QHash<int, QByteArray> ConversationTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ConversationIdRole, QByteArrayLiteral("conversationId"));
    names.insert(SortRole, QByteArrayLiteral("sortKey"));
    names.insert(FractionRole, QByteArrayLiteral("fraction"));
    names.insert(BarKindRole, QByteArrayLiteral("barKind"));
    names.insert(RemainingTextRole, QByteArrayLiteral("remainingText"));
    names.insert(StageNameRole, QByteArrayLiteral("stageName"));
    names.insert(RowRole, QByteArrayLiteral("row"));
    return names;
}

void ConversationTableModel::setQueueNames(const QHash<QString, QString> &names)
{
    m_queueNames = names;
    if (!m_rows.empty()) {
        emit dataChanged(index(0, QueueColumn), index(rowCount() - 1, QueueColumn),
                         {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
    }
}

QString ConversationTableModel::queueName(const QString &queueId) const
{
    const auto it = m_queueNames.constFind(queueId);
    return it == m_queueNames.cend() || it->isEmpty() ? queueId : *it;
}

int ConversationTableModel::rowOf(const QString &conversationId) const
{
    return m_indexById.value(conversationId, -1);
}

int ConversationTableModel::keySlot(int column)
{
    switch (column) {
    case IdleColumn:
        return 0;
    case NextStepColumn:
        return 1;
    case StageColumn:
        return 2;
    case AgeColumn:
        return 3;
    case MessagesColumn:
        return 4;
    default:
        return -1;
    }
}

ConversationTableModel::NumericKeys ConversationTableModel::numericKeys(const ConversationRow &row)
{
    return {numericKey(row, IdleColumn), numericKey(row, NextStepColumn),
            numericKey(row, StageColumn), numericKey(row, AgeColumn),
            numericKey(row, MessagesColumn)};
}

ConversationTableModel::Entry ConversationTableModel::makeEntry(ConversationRow row)
{
    const NumericKeys keys = numericKeys(row);
    return {std::make_unique<ConversationRow>(std::move(row)), keys};
}

void ConversationTableModel::assign(int row, ConversationRow value)
{
    Entry &entry = m_rows[size_t(row)];
    entry.keys = numericKeys(value);
    *entry.row = std::move(value);
}

qint64 ConversationTableModel::numericKey(const ConversationRow &row, int column)
{
    switch (column) {
    case IdleColumn: {
        // Ordered like the time shown (shortest silence first) without depending on "now".
        const qint64 since
            = row.state == TrackingState::WaitingInQueue ? row.waitingSinceMs : row.idleSinceMs;
        return since == kNoTime ? kNoKey : -since;
    }
    case NextStepColumn:
        return row.hasNextStage() ? row.nextAtMs : kNoDeadline;
    case StageColumn: {
        const auto it = std::find_if(row.results.crbegin(), row.results.crend(),
                                     [&row](const auto &r) { return r.stage == row.stage; });
        const qint64 outcome = it == row.results.crend() ? 0 : qint64(it->outcome) + 1;
        return qint64(row.stage) * 8 + outcome;
    }
    case AgeColumn:
        return row.startedMs == kNoTime ? kNoKey : -row.startedMs;
    case MessagesColumn:
        return row.messageCount;
    default:
        return 0;
    }
}

QString ConversationTableModel::textKey(const ConversationRow &row, int column) const
{
    if (column == FlagsColumn) // every flag, a snooze whether or not it has run out
        return ConversationRowText::flags(row, std::numeric_limits<qint64>::min());
    return displayText(row, column, 0); // the other text columns do not depend on the time
}

QVariant ConversationTableModel::sortKey(int row, int column) const
{
    const int slot = keySlot(column);
    if (slot >= 0)
        return QVariant::fromValue(m_rows[size_t(row)].keys[size_t(slot)]);
    return textKey(rowAt(row), column);
}

bool ConversationTableModel::lessThan(int leftRow, int rightRow, int column) const
{
    const int slot = keySlot(column);
    if (slot >= 0) {
        return m_rows[size_t(leftRow)].keys[size_t(slot)]
            < m_rows[size_t(rightRow)].keys[size_t(slot)];
    }
    return QString::compare(textKey(rowAt(leftRow), column), textKey(rowAt(rightRow), column),
                            Qt::CaseInsensitive)
        < 0;
}

ConversationTableModel::BarKind ConversationTableModel::barKind(const ConversationRow &row)
{
    if (!row.hasNextStage())
        return BarKind::None;
    switch (row.nextStage) {
    case IdleStage::None:
        return BarKind::None;
    case IdleStage::Warning1:
        return BarKind::Calm;
    case IdleStage::Warning2:
        return BarKind::Warned;
    case IdleStage::Close:
        return BarKind::AboutToClose;
    case IdleStage::AgentFlag:
    case IdleStage::AgentEscalate:
        return BarKind::AgentOwes;
    }
    return BarKind::None;
}

double ConversationTableModel::fraction(const ConversationRow &row, qint64 nowMs)
{
    if (barKind(row) == BarKind::None)
        return -1;
    // The worker says where the bar starts; a row without it starts at the silence.
    const qint64 start = row.countdownStartMs != kNoTime ? row.countdownStartMs : row.idleSinceMs;
    if (start == kNoTime || row.nextAtMs <= start)
        return nowMs >= row.nextAtMs ? 1.0 : 0.0;
    return std::clamp(double(nowMs - start) / double(row.nextAtMs - start), 0.0, 1.0);
}

void ConversationTableModel::setAll(const QList<ConversationRow> &rows, quint64 revision)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(size_t(rows.size()));
    m_indexById.clear();
    m_indexById.reserve(rows.size());
    for (const ConversationRow &row : rows) {
        // A duplicate id (never sent, but cheap to guard) keeps one row, the later value.
        const auto it = m_indexById.constFind(row.conversationId);
        if (it != m_indexById.cend()) {
            assign(*it, row);
            continue;
        }
        m_indexById.insert(row.conversationId, int(m_rows.size()));
        m_rows.push_back(makeEntry(row));
    }
    m_revision = revision;
    endResetModel();
}

void ConversationTableModel::applyBatch(const QList<ConversationRow> &changed,
                                        const QStringList &removedIds, quint64 revision)
{
    if (revision <= m_revision)
        return; // older than what the table shows: its news is already in
    m_revision = revision;

    const QSet<QString> removed(removedIds.cbegin(), removedIds.cend());
    removeIds(removedIds);
    QList<ConversationRow> added;
    applyChanges(collectChanges(changed, removed, &added));
    appendRows(added);
}

void ConversationTableModel::removeIds(const QStringList &removedIds)
{
    QList<int> rows;
    rows.reserve(removedIds.size());
    for (const QString &id : removedIds) {
        const auto it = m_indexById.constFind(id);
        if (it != m_indexById.cend())
            rows << *it;
    }
    if (rows.isEmpty())
        return;
    const QList<Range> ranges = contiguousRanges(std::move(rows));
    // Highest range first, so the rows of the ranges still to go keep their numbers.
    for (auto it = ranges.crbegin(); it != ranges.crend(); ++it) {
        beginRemoveRows({}, it->first, it->second);
        for (int row = it->first; row <= it->second; ++row)
            m_indexById.remove(rowAt(row).conversationId);
        m_rows.erase(m_rows.begin() + it->first, m_rows.begin() + it->second + 1);
        endRemoveRows();
    }
    // Once for all ranges: rowOf() is exact again after the batch, not inside its signals.
    reindexFrom(ranges.first().first);
}

QList<ConversationTableModel::Change>
ConversationTableModel::collectChanges(const QList<ConversationRow> &changed,
                                       const QSet<QString> &removed, QList<ConversationRow> *added)
{
    QList<Change> changes;
    changes.reserve(changed.size());
    QHash<QString, int> addedIndex; // a new id twice in one batch: one row, the later value
    for (const ConversationRow &row : changed) {
        if (removed.contains(row.conversationId))
            continue;
        const auto it = m_indexById.constFind(row.conversationId);
        if (it != m_indexById.cend()) {
            if (rowAt(*it) != row) // an equal row has nothing to repaint
                changes.append(Change(*it, row));
        } else if (const auto a = addedIndex.constFind(row.conversationId);
                   a != addedIndex.cend()) {
            (*added)[*a] = row;
        } else {
            addedIndex.insert(row.conversationId, int(added->size()));
            added->append(row);
        }
    }
    return changes;
}

void ConversationTableModel::applyChanges(QList<Change> changes)
{
    // Stable: the same id twice in one batch is written twice, the later value last.
    std::stable_sort(changes.begin(), changes.end(),
                     [](const Change &a, const Change &b) { return a.first < b.first; });
    QList<int> rows;
    rows.reserve(changes.size());
    for (const Change &change : std::as_const(changes))
        rows << change.first;
    const QList<Range> ranges = contiguousRanges(std::move(rows));
    const bool oneSpan = ranges.size() > kMaxChangedRanges;
    // A range's rows change only just before its signal: a sorted proxy checks the signalled
    // rows against their neighbours, which must still hold the values it sorted by.
    auto next = changes.begin();
    for (const Range &range : ranges) {
        for (; next != changes.end() && next->first <= range.second; ++next)
            assign(next->first, std::move(next->second));
        if (!oneSpan)
            emit dataChanged(index(range.first, 0), index(range.second, ColumnCount - 1));
    }
    if (oneSpan && !ranges.isEmpty()) {
        emit dataChanged(index(ranges.first().first, 0),
                         index(ranges.last().second, ColumnCount - 1));
    }
}

void ConversationTableModel::appendRows(const QList<ConversationRow> &added)
{
    if (added.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (const ConversationRow &row : added)
        m_rows.push_back(makeEntry(row));
    reindexFrom(first);
    endInsertRows();
}

void ConversationTableModel::reindexFrom(int firstRow)
{
    for (int row = firstRow; row < rowCount(); ++row)
        m_indexById.insert(rowAt(row).conversationId, row);
}

void ConversationTableModel::tick(const QList<int> &visibleSourceRows)
{
    QList<int> rows;
    rows.reserve(visibleSourceRows.size());
    for (int row : visibleSourceRows) {
        if (row >= 0 && row < rowCount())
            rows << row;
    }
    emitTimeColumnsChanged(contiguousRanges(std::move(rows)));
}

void ConversationTableModel::tick(int firstSourceRow, int lastSourceRow)
{
    const int first = std::max(firstSourceRow, 0);
    const int last = std::min(lastSourceRow, rowCount() - 1);
    if (first <= last)
        emitTimeColumnsChanged({Range(first, last)});
}

void ConversationTableModel::emitTimeColumnsChanged(const QList<Range> &ranges)
{
    static_assert(IdleColumn + 1 == NextStepColumn, "one signal covers both time columns");
    for (const Range &range : ranges) {
        emit dataChanged(index(range.first, IdleColumn), index(range.second, NextStepColumn),
                         tickRoles());
    }
}

QList<ConversationTableModel::Range> ConversationTableModel::contiguousRanges(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<Range> ranges;
    for (int row : std::as_const(rows)) {
        if (!ranges.isEmpty() && ranges.last().second + 1 == row)
            ranges.last().second = row;
        else
            ranges.append(Range(row, row));
    }
    return ranges;
}

} // namespace IdleGuard::Ui
