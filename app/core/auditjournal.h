#pragma once

#include "journalcursor.h"
#include "journalentry.h"
#include "journalfilter.h"
#include "journalhourcount.h"
#include "journalqueuecount.h"
#include "journaltally.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

QT_BEGIN_NAMESPACE
class QIODevice;
class QSqlQuery;
QT_END_NAMESPACE

namespace IdleGuard {

class Clock;

// The audit journal: one SQLite row per action Idle Guard takes, written through Qt SQL.
//
// Protocol: recordIntent() is called, and returns, before the request goes out; the database
// runs in WAL mode with synchronous=FULL, so the intent is on disk by then. recordResult() adds
// the outcome afterwards. Rows without a result (pendingIntents()) are what a restarted worker
// must reconcile by reading the conversation before retrying: so nothing is sent twice and
// nothing is lost.
//
// Threading: each instance owns its own named QSqlDatabase connection, and Qt SQL connections
// may only be used from the thread that opened them. One instance therefore belongs to one
// thread (the worker that creates and opens it); other threads open their own instance on the
// same file (WAL lets readers see committed rows while a writer works). The window reads through
// its own instance on the GUI thread (the audit view, the charts, the counts of the day).
class AuditJournal
{
    Q_DECLARE_TR_FUNCTIONS(AuditJournal)

public:
    static constexpr int kSchemaVersion = 3;

    enum class OpenMode : quint8 {
        CreateIfMissing, // the worker: a new journal starts empty
        MustExist, // readers such as the CSV export: a missing file is an error, not a new journal
    };

    explicit AuditJournal(const Clock &clock);
    ~AuditJournal();
    AuditJournal(const AuditJournal &) = delete;
    AuditJournal &operator=(const AuditJournal &) = delete;

    // Opens (and if needed creates and migrates) the journal at path. The parent directory must
    // exist. On failure returns false, sets *error and lastError(), and leaves the journal closed.
    bool open(const QString &path, QString *error = nullptr,
              OpenMode mode = OpenMode::CreateIfMissing);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }
    QString journalMode() const; // "wal" once open

    // Writes the intent durably; returns its row id, or -1 (with *error) on failure. The caller
    // must not send the request when this fails.
    qint64 recordIntent(const JournalIntent &intent, QString *error = nullptr);
    // Several intents in one transaction (a stage's closing message and disconnect): all are on
    // disk when this returns, or none is (an empty list, with *error).
    QList<qint64> recordIntents(const QList<JournalIntent> &intents, QString *error = nullptr);
    // Adds the result to a pending intent. Fails for unknown ids and for rows that already have
    // a result: a result is recorded exactly once. result.outcome must not be Pending.
    bool recordResult(qint64 id, const JournalResult &result, QString *error = nullptr);

    QList<JournalEntry> pendingIntents() const; // oldest first
    QList<JournalEntry> recent(int limit) const; // newest first
    QList<JournalEntry> forConversation(const QString &conversationId) const; // oldest first
    // Intents with fromMs <= intent time < toMs, per UTC hour (ascending) or per queue (by id).
    QList<JournalHourCount> countsPerHour(qint64 fromMs, qint64 toMs) const;
    QList<JournalQueueCount> countsPerQueue(qint64 fromMs, qint64 toMs) const;

    // The audit view's reads. Each refuses a closed journal and an invalid filter
    // (JournalFilter::isValid) with -1 or an empty list, and the reason in *error and lastError().
    qint64 lastId(QString *error = nullptr) const; // 0 for an empty journal
    qint64 count(const JournalFilter &filter, QString *error = nullptr) const;
    // Up to `limit` rows the filter lets through, newest first (intent time, then id), from
    // `from` on (JournalCursor::start(): the newest). Indexed: any page costs what the first does.
    QList<JournalEntry> page(const JournalFilter &filter, const JournalCursor &from, int limit,
                             QString *error = nullptr) const;
    // The rows with these ids that exist, by id (a view re-reads its pending rows for results).
    QList<JournalEntry> entries(const QList<qint64> &ids, QString *error = nullptr) const;
    // The rows in the filter's time range (which it must have) per bucket of bucketMs starting at
    // filter.fromMs, per kind, outcome and actor: the charts' and the day's counts.
    QList<JournalTally> tally(const JournalFilter &filter, qint64 bucketMs,
                              QString *error = nullptr) const;
    // The user ids of everyone but the policy who has acted, sorted.
    QStringList supervisors(QString *error = nullptr) const;

    // Writes the rows the filter lets through (every row by default) as RFC 4180 CSV (header
    // row, CRLF, UTF-8, ISO-8601 UTC times with ms), oldest first. Returns the number of rows
    // written, or -1 with *error.
    qint64 exportCsv(QIODevice &device, QString *error = nullptr) const;
    qint64 exportCsv(QIODevice &device, const JournalFilter &filter,
                     QString *error = nullptr) const;
    static QStringList csvHeader();

private:
    bool fail(const QString &message, QString *error) const;
    bool exec(QSqlQuery &query, QString *error) const;
    bool configure(QString *error);
    bool migrate(QString *error);
    QList<JournalEntry> select(const QString &where, const QString &orderLimit,
                               const QVariantList &values, QString *error = nullptr) const;
    bool readable(const JournalFilter &filter, QString *error) const;

    const Clock &m_clock;
    QString m_connectionName;
    QString m_path;
    mutable QString m_lastError;
};

} // namespace IdleGuard
