#pragma once

#include "core/journalentry.h"
#include "core/journalfilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>

#include <functional>

namespace IdleGuard {
class AuditJournal;
class Clock;
} // namespace IdleGuard

namespace IdleGuard::Supervision {

// The audit journal as a table for the audit view: newest first, one page at a time from
// SQLite (canFetchMore / fetchMore as the view scrolls), never the whole journal. A filter
// change reloads (count and first page); refresh() adds what was journaled since at the top in
// one insertion and fills in the results of rows that were still under way, so the rows a
// supervisor looks at never jump or reset. The count, the pages and refresh() agree while the
// enforcer keeps writing: they read up to the newest id seen (JournalFilter::upToId).
//
// Reads go through the journal it is given, on the thread that opened it (the GUI thread).
class AuditTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        ConversationColumn,
        QueueColumn,
        ActionColumn, // the stage or the supervisor's override
        ActorColumn, // the policy or the supervisor
        OutcomeColumn,
        HttpColumn,
        ErrorColumn, // why it failed or was skipped
        MessageColumn, // the message sent, or the reason for a disconnect (last: it stretches)
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        ConversationIdRole = Qt::UserRole + 1, // QString
        EntryIdRole, // qint64
        OutcomeRole, // int (JournalOutcome)
    };
    Q_ENUM(Role)

    static constexpr int kDefaultPageSize = 200;
    // More new rows than this at once: reload instead of inserting them (a long sleep, say).
    static constexpr int kMaxInsert = 1000;

    AuditTableModel(const AuditJournal &journal, const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Shows the rows the filter lets through. An invalid filter (JournalFilter::isValid) or a
    // read that fails keeps what is shown and returns false with lastError().
    bool setFilter(const JournalFilter &filter);
    const JournalFilter &filter() const { return m_filter; }
    // Reads again with the same filter (the journal was (re)opened).
    bool reload();
    // What was journaled since the last look, at the top; results of rows under way.
    void refresh();
    // Empties the table (the journal closed).
    void clear();

    qint64 totalCount() const { return m_total; } // rows the filter lets through
    QString lastError() const { return m_lastError; }
    const JournalEntry &entryAt(int row) const { return m_rows.at(row); }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

    // How ids read: queue names, supervisors' names, and the customer of a conversation while
    // it is live (empty when not known).
    void setQueueNames(const QHash<QString, QString> &names);
    void setActorNames(const QHash<QString, QString> &names);
    void setCustomerLookup(std::function<QString(const QString &conversationId)> lookup);
    void setTimeZone(const QTimeZone &zone);

    // The words of the table, for the view's filters and tooltips.
    static QString actionText(const JournalEntry &entry);
    static QString outcomeText(JournalOutcome outcome);
    QString actorText(const QString &actor) const;

signals:
    // After setFilter(), reload(), refresh() or fetchMore() changed the count.
    void totalCountChanged(qint64 total);
    // A read failed; what is shown stays.
    void readFailed(const QString &error);

private:
    QString displayText(const JournalEntry &entry, int column) const;
    QString toolTip(const JournalEntry &entry, int column) const;
    QString timeText(qint64 ms) const;
    bool fail(const QString &error);
    void insertNew(qint64 lastId);
    void updatePending();

    const AuditJournal &m_journal;
    const Clock &m_clock;
    JournalFilter m_filter;
    QList<JournalEntry> m_rows;
    qint64 m_total = 0;
    qint64 m_lastId = 0; // the newest id the count and the pages cover
    bool m_atEnd = true;
    int m_pageSize = kDefaultPageSize;
    QString m_lastError;
    QHash<QString, QString> m_queueNames;
    QHash<QString, QString> m_actorNames;
    std::function<QString(const QString &)> m_customerOf;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace IdleGuard::Supervision
