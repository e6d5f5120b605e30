#pragma once

#include "core/clock.h"
#include "enforcement/conversationrow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <array>
#include <memory>
#include <utility>
#include <vector>

namespace IdleGuard::Ui {

// The live conversation table: one row per ConversationRow, fed only by the enforcer's status
// stream (a full list once, then batches of changed and removed rows). Rows arrive ready-made;
// the model only turns them into cells. Remaining and idle times are computed from the injected
// clock when a cell is read, so rows do not change every second: a 1 Hz tick() tells the views
// to re-read the two time columns of the rows they show, and nothing else.
//
// Signals it emits are kept narrow on purpose (10,000 rows, a sorted proxy on top): a batch
// removes contiguous ranges, appends new rows in one insert and reports changes per contiguous
// range; only setAll() resets the model.
class ConversationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        QueueColumn,
        CustomerColumn,
        AgentColumn,
        ChannelColumn,
        OwesColumn,
        IdleColumn, // idle for, or waiting for while in the queue
        NextStepColumn, // the countdown bar
        StageColumn, // stage reached, with its outcome
        AgeColumn,
        MessagesColumn,
        FlagsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        ConversationIdRole = Qt::UserRole + 1, // QString
        SortRole, // qint64 for numeric and time columns, QString otherwise; never time-dependent
        FractionRole, // double 0..1: time elapsed toward the next stage; invalid without one
        BarKindRole, // int (BarKind)
        RemainingTextRole, // "2:31", "1:05 h", "due"; empty without a next stage
        StageNameRole, // the next stage's name, for the bar; empty without one
        RowRole, // the whole Enforcement::ConversationRow
    };
    Q_ENUM(Role)

    // What the countdown bar stands for, and so its colour.
    enum class BarKind {
        None, // no next stage: no bar
        Calm, // the first warning is next
        Warned, // a warning went out, the next one follows
        AboutToClose, // closing is next
        AgentOwes, // the agent track runs: the agent owes a reply
    };
    Q_ENUM(BarKind)

    // Above this many separate changed ranges a batch reports one range spanning them all. A
    // sorted proxy handles each dataChanged on its own (filter, order check, possibly moving the
    // rows and a layout change): with 10,000 rows and a view, about 21 us per range, against about
    // 2.7 ms for one span that it re-sorts whole (idleguard_conversationmodel_bench --batch N).
    static constexpr int kMaxChangedRanges = 64;

    explicit ConversationTableModel(const Clock &clock, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Queue id -> display name; rows of unknown queues show the id.
    void setQueueNames(const QHash<QString, QString> &names);
    QString queueName(const QString &queueId) const;

    // The revision of the last full list or batch taken in.
    quint64 revision() const { return m_revision; }

    const Enforcement::ConversationRow &rowAt(int row) const { return *m_rows[size_t(row)].row; }
    // The row of a conversation, or -1.
    int rowOf(const QString &conversationId) const;

    // The value SortRole returns, and a typed comparison that orders rows exactly as SortRole
    // does (numbers by value, text case-insensitively) without building QVariants: the proxy
    // sorts 10,000 rows through it.
    QVariant sortKey(int row, int column) const;
    bool lessThan(int leftRow, int rightRow, int column) const;

    static BarKind barKind(const Enforcement::ConversationRow &row);
    // Elapsed fraction toward the next stage at nowMs, or -1 without a next stage.
    static double fraction(const Enforcement::ConversationRow &row, qint64 nowMs);

public slots:
    // The full list (statusesReady): replaces every row, the only time the model resets. A full
    // list is taken whatever its revision: it is the worker's answer to a request and starts the
    // sequence afresh (a restarted worker counts from the beginning again).
    void setAll(const QList<IdleGuard::Enforcement::ConversationRow> &rows, quint64 revision);
    // A batch (statusesChanged): ignored unless its revision is newer than the last taken in.
    // Rows with a known id change in place, unknown ids are appended; an id both changed and
    // removed is removed.
    void applyBatch(const QList<IdleGuard::Enforcement::ConversationRow> &changed,
                    const QStringList &removedIds, quint64 revision);
    // The 1 Hz tick: dataChanged on the idle and next-step columns of the given source rows only
    // (the ones a view shows); out-of-range rows are ignored.
    void tick(const QList<int> &visibleSourceRows);
    void tick(int firstSourceRow, int lastSourceRow);

private:
    using Range = std::pair<int, int>; // first, last
    using Change = std::pair<int, Enforcement::ConversationRow>; // row, new value
    // The sort keys of the numeric columns (idle, next step, stage, age, messages).
    using NumericKeys = std::array<qint64, 5>;

    // A row by pointer, with its numeric sort keys beside it. Removing a range then moves
    // small entries, not whole rows (a row is a dozen strings and a list, not relocatable:
    // 100 scattered removals cost ~20 ms that way), and sorting compares keys in one contiguous
    // array instead of chasing 10,000 rows through memory.
    struct Entry
    {
        std::unique_ptr<Enforcement::ConversationRow> row;
        NumericKeys keys;
    };

    QString displayText(const Enforcement::ConversationRow &row, int column, qint64 nowMs) const;
    QString toolTip(const Enforcement::ConversationRow &row, int column, qint64 nowMs) const;
    QVariant rowRoleData(const Enforcement::ConversationRow &row, int role, qint64 nowMs) const;
    // The slot of a numeric column in NumericKeys, or -1 for a text column.
    static int keySlot(int column);
    static qint64 numericKey(const Enforcement::ConversationRow &row, int column);
    static NumericKeys numericKeys(const Enforcement::ConversationRow &row);
    static Entry makeEntry(Enforcement::ConversationRow row);
    void assign(int row, Enforcement::ConversationRow value);
    QString textKey(const Enforcement::ConversationRow &row, int column) const;

    void removeIds(const QStringList &removedIds);
    // Changes to known rows (row, new value); unknown ids go to *added.
    QList<Change> collectChanges(const QList<Enforcement::ConversationRow> &changed,
                                 const QSet<QString> &removed,
                                 QList<Enforcement::ConversationRow> *added);
    void applyChanges(QList<Change> changes);
    void appendRows(const QList<Enforcement::ConversationRow> &added);
    void reindexFrom(int firstRow);
    // Sorted, de-duplicated rows -> contiguous ranges.
    static QList<Range> contiguousRanges(QList<int> rows);
    void emitTimeColumnsChanged(const QList<Range> &ranges);

    const Clock &m_clock;
    std::vector<Entry> m_rows;
    QHash<QString, int> m_indexById; // conversation id -> row, for O(1) batch lookups
    QHash<QString, QString> m_queueNames;
    quint64 m_revision = 0;
};

} // namespace IdleGuard::Ui
