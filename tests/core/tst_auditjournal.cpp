// Tests of the audit journal: schema and WAL, the intent/result protocol across crashes, the
// UI's queries, the CSV export and the errors a broken file must produce.

#include "../support/childprocess.h"
#include "core/auditjournal.h"
#include "core/manualclock.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>
#include <cstring>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace IdleGuard;

namespace {

// 2026-03-01T09:59:00Z: a minute before an hour boundary.
constexpr qint64 kStartMs = 1772359140000;
constexpr qint64 kHourMs = 3600 * 1000;

JournalIntent intent(const QString &conversation, const QString &queue = QStringLiteral("q1"),
                     IdleStage stage = IdleStage::Warning1)
{
    JournalIntent i;
    i.kind
        = stage == IdleStage::Close ? IdleAction::Kind::Disconnect : IdleAction::Kind::SendWarning;
    i.stage = stage;
    i.conversationId = conversation;
    i.participantId = conversation + QStringLiteral("-agent");
    i.queueId = queue;
    i.policyRevision = 3;
    i.scheduledAtMs = kStartMs - 1000;
    return i;
}

// Minimal RFC 4180 reader, enough to check that the export parses back.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

// Helper mode of this binary: write one intent durably, then die without any cleanup.
int writeIntentAndAbort(const char *path)
{
    ManualClock clock(kStartMs);
    AuditJournal journal(clock);
    if (!journal.open(QString::fromLocal8Bit(path)))
        return 3;
    if (journal.recordIntent(intent(QStringLiteral("killed"))) < 0)
        return 4;
#ifdef Q_OS_UNIX
    // The crash is the point; a core file of it is litter.
    const rlimit noCore {0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
#endif
    std::abort();
}

} // namespace

class TestAuditJournal : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void open_createsSchemaInWalMode();
    void intentThenResult_roundTrips();
    void recordResult_refusesUnknownAndSecondResult();
    void pendingIntents_surviveDestroyedObject();
    void pendingIntents_surviveProcessKill();
    void recent_newestFirstWithLimit();
    void forConversation_onlyThatConversationInOrder();
    void countsPerHour_bucketsAcrossHourBoundary();
    void countsPerQueue_countsWithinRange();
    void exportCsv_quotesAndParsesBack();
    void open_rejectsGarbageFile();
    void open_rejectsUnwritableLocation();
    void open_rejectsFutureSchemaVersion();
    void open_migratesVersionOneKeepingRows();
    void intent_keepsWhatReconciliationNeeds();
    void intents_ofAStageAreAllOrNothing();
    void open_mustExistRefusesMissingFile();
    void twoInstances_readerSeesCommittedRows();
    void open_migratesVersionTwoAddingTheViewIndexes();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("journal.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock {kStartMs};
};

void TestAuditJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock.setNowMs(kStartMs);
}

void TestAuditJournal::open_createsSchemaInWalMode()
{
    AuditJournal journal(m_clock);
    QString error;
    QVERIFY2(journal.open(dbPath(), &error), qPrintable(error));
    QVERIFY(journal.isOpen());
    QCOMPARE(journal.journalMode(), QStringLiteral("wal"));
    QVERIFY(journal.recordIntent(intent(QStringLiteral("c1"))) > 0);
    QVERIFY(QFile::exists(dbPath() + QStringLiteral("-wal")));
    journal.close();

    // An independent connection sees WAL persisted in the file and schema version 1.
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), AuditJournal::kSchemaVersion);
        QVERIFY(!q.next());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));

    // Reopening an up-to-date journal migrates nothing and keeps the row.
    QVERIFY2(journal.open(dbPath(), &error), qPrintable(error));
    QCOMPARE(journal.recent(10).size(), 1);
}

void TestAuditJournal::intentThenResult_roundTrips()
{
    AuditJournal journal(m_clock);
    QVERIFY(journal.open(dbPath()));
    JournalIntent in = intent(QStringLiteral("c1"));
    in.actor = QStringLiteral("supervisor-7");
    const qint64 id = journal.recordIntent(in);
    QVERIFY(id > 0);

    QList<JournalEntry> rows = journal.forConversation(QStringLiteral("c1"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].id, id);
    QCOMPARE(rows[0].intent, in);
    QCOMPARE(rows[0].intentAtMs, kStartMs);
    QVERIFY(rows[0].isPending());
    QCOMPARE(rows[0].resultAtMs, kNoTime);

    m_clock.advanceMs(250);
    JournalResult result;
    result.outcome = JournalOutcome::Succeeded;
    result.httpStatus = 200;
    result.issuedAtMs = kStartMs + 10;
    result.messageId = QStringLiteral("m-42");
    QString error;
    QVERIFY2(journal.recordResult(id, result, &error), qPrintable(error));

    rows = journal.forConversation(QStringLiteral("c1"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].intent, in);
    QCOMPARE(rows[0].result, result);
    QCOMPARE(rows[0].resultAtMs, kStartMs + 250);
    QVERIFY(journal.pendingIntents().isEmpty());

    // An automatic action reads back with an empty actor and no scheduled time.
    JournalIntent automatic = intent(QStringLiteral("c2"));
    automatic.scheduledAtMs = kNoTime;
    QVERIFY(journal.recordIntent(automatic) > 0);
    QCOMPARE(journal.forConversation(QStringLiteral("c2")).constFirst().intent, automatic);
}

void TestAuditJournal::recordResult_refusesUnknownAndSecondResult()
{
    AuditJournal journal(m_clock);
    QVERIFY(journal.open(dbPath()));
    const qint64 id = journal.recordIntent(intent(QStringLiteral("c1")));
    QString error;
    QVERIFY(!journal.recordResult(id + 100, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("no pending intent")), qPrintable(error));

    JournalResult failed {JournalOutcome::Failed, 503, QStringLiteral("unavailable"), kStartMs, {}};
    QVERIFY(journal.recordResult(id, failed, &error));
    error.clear();
    QVERIFY(!journal.recordResult(id, {}, &error)); // never overwritten
    QVERIFY(!error.isEmpty());
    QCOMPARE(journal.forConversation(QStringLiteral("c1")).constFirst().result, failed);

    const qint64 other = journal.recordIntent(intent(QStringLiteral("c2")));
    error.clear();
    QVERIFY(!journal.recordResult(other, {JournalOutcome::Pending, 0, {}, kNoTime, {}}, &error));
    QVERIFY(!error.isEmpty());
}

void TestAuditJournal::pendingIntents_surviveDestroyedObject()
{
    qint64 pendingId = -1;
    {
        AuditJournal journal(m_clock);
        QVERIFY(journal.open(dbPath()));
        const qint64 done = journal.recordIntent(intent(QStringLiteral("done")));
        QVERIFY(journal.recordResult(done, {}));
        pendingId = journal.recordIntent(intent(QStringLiteral("crashed")));
        QVERIFY(pendingId > 0);
        // Destroyed without a result: the "crash".
    }
    AuditJournal reopened(m_clock);
    QVERIFY(reopened.open(dbPath()));
    const QList<JournalEntry> pending = reopened.pendingIntents();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending[0].id, pendingId);
    QCOMPARE(pending[0].intent.conversationId, QStringLiteral("crashed"));

    // Reconciliation found the echo: the intent is settled, exactly once.
    JournalResult observed {JournalOutcome::Observed, 0, {}, kNoTime, QStringLiteral("m-1")};
    QVERIFY(reopened.recordResult(pendingId, observed));
    QVERIFY(reopened.pendingIntents().isEmpty());
    QVERIFY(!reopened.recordResult(pendingId, observed));
}

void TestAuditJournal::pendingIntents_surviveProcessKill()
{
    IDLEGUARD_SKIP_CHILD_PROCESS_UNDER_TSAN();
    QProcess helper;
    helper.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--write-intent-and-abort"), dbPath()});
    QVERIFY(helper.waitForStarted(30000));
    QVERIFY(helper.waitForFinished(60000));
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);

    AuditJournal journal(m_clock);
    QString error;
    QVERIFY2(journal.open(dbPath(), &error), qPrintable(error));
    const QList<JournalEntry> pending = journal.pendingIntents();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending[0].intent.conversationId, QStringLiteral("killed"));
    QCOMPARE(pending[0].intentAtMs, kStartMs);
}

void TestAuditJournal::recent_newestFirstWithLimit()
{
    AuditJournal journal(m_clock);
    QVERIFY(journal.open(dbPath()));
    for (int i = 0; i < 5; ++i) {
        QVERIFY(journal.recordIntent(intent(QStringLiteral("c%1").arg(i))) > 0);
        m_clock.advanceMs(1000);
    }
    const QList<JournalEntry> rows = journal.recent(3);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].intent.conversationId, QStringLiteral("c4"));
    QCOMPARE(rows[1].intent.conversationId, QStringLiteral("c3"));
    QCOMPARE(rows[2].intent.conversationId, QStringLiteral("c2"));
    QCOMPARE(journal.recent(100).size(), 5);
    QVERIFY(journal.recent(0).isEmpty());
}

void TestAuditJournal::forConversation_onlyThatConversationInOrder()
{
    AuditJournal journal(m_clock);
    QVERIFY(journal.open(dbPath()));
    QVERIFY(journal.recordIntent(intent(QStringLiteral("a"))) > 0);
    QVERIFY(journal.recordIntent(intent(QStringLiteral("b"))) > 0);
    QVERIFY(journal.recordIntent(intent(QStringLiteral("a"), {}, IdleStage::Warning2)) > 0);
    QVERIFY(journal.recordIntent(intent(QStringLiteral("a"), {}, IdleStage::Close)) > 0);
    const QList<JournalEntry> rows = journal.forConversation(QStringLiteral("a"));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].intent.stage, IdleStage::Warning1);
    QCOMPARE(rows[1].intent.stage, IdleStage::Warning2);
    QCOMPARE(rows[2].intent.stage, IdleStage::Close);
    QCOMPARE(rows[2].intent.kind, IdleAction::Kind::Disconnect);
    QVERIFY(journal.forConversation(QStringLiteral("none")).isEmpty());
}

void TestAuditJournal::countsPerHour_bucketsAcrossHourBoundary()
{
    AuditJournal journal(m_clock);
    QVERIFY(journal.open(dbPath()));
    const qint64 hour9 = kStartMs - 59 * 60 * 1000; // 09:00
    QCOMPARE(hour9 % kHourMs, 0);
    QVERIFY(journal.recordIntent(intent(QStringLiteral("a"))) > 0); // 09:59
    m_clock.advanceMs(59 * 1000);
    QVERIFY(journal.recordIntent(intent(QStringLiteral("b"))) > 0); // 09:59:59
    m_clock.advanceMs(1000);
    QVERIFY(journal.recordIntent(intent(QStringLiteral("c"))) > 0); // 10:00:00 exactly
    m_clock.advanceMs(2 * kHourMs);
    QVERIFY(journal.recordIntent(intent(QStringLiteral("d"))) > 0); // 12:00

    const QList<JournalHourCount> all = journal.countsPerHour(0, kStartMs + 10 * kHourMs);
    const QList<JournalHourCount> expected
        = {{hour9, 2}, {hour9 + kHourMs, 1}, {hour9 + 3 * kHourMs, 1}};
    QCOMPARE(all, expected);
    // The range is half-open: 10:00 itself is excluded as an upper bound.
    const QList<JournalHourCount> before = journal.countsPerHour(hour9, hour9 + kHourMs);
    QCOMPARE(before, (QList<JournalHourCount> {{hour9, 2}}));
}

void TestAuditJournal::countsPerQueue_countsWithinRange()
{
    AuditJournal journal(m_clock);
    QVERIFY(journal.open(dbPath()));
    QVERIFY(journal.recordIntent(intent(QStringLiteral("a"), QStringLiteral("q2"))) > 0);
    QVERIFY(journal.recordIntent(intent(QStringLiteral("b"), QStringLiteral("q1"))) > 0);
    QVERIFY(journal.recordIntent(intent(QStringLiteral("c"), QStringLiteral("q2"))) > 0);
    m_clock.advanceMs(kHourMs);
    QVERIFY(journal.recordIntent(intent(QStringLiteral("d"), QStringLiteral("q3"))) > 0);

    const QList<JournalQueueCount> early = journal.countsPerQueue(kStartMs, kStartMs + 1);
    QCOMPARE(early,
             (QList<JournalQueueCount> {{QStringLiteral("q1"), 1}, {QStringLiteral("q2"), 2}}));
    QCOMPARE(journal.countsPerQueue(0, kStartMs + 2 * kHourMs).size(), 3);
}

void TestAuditJournal::exportCsv_quotesAndParsesBack()
{
    AuditJournal journal(m_clock);
    QVERIFY(journal.open(dbPath()));
    const qint64 id = journal.recordIntent(intent(QStringLiteral("c,1")));
    const QString nasty = QStringLiteral("bad, \"very\" bad\nsecond line");
    QVERIFY(journal.recordResult(
        id, {JournalOutcome::Failed, 409, nasty, kStartMs + 5, QStringLiteral("m1")}));
    QVERIFY(journal.recordIntent(intent(QStringLiteral("plain"))) > 0);

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QString error;
    QCOMPARE(journal.exportCsv(buffer, &error), 2);
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(buffer.data()));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0], AuditJournal::csvHeader());
    const QStringList header = rows[0];
    const auto field = [&](int row, const char *name) {
        return rows[row].value(header.indexOf(QString::fromLatin1(name)));
    };
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), header.size());
    QCOMPARE(field(1, "conversation_id"), QStringLiteral("c,1"));
    QCOMPARE(field(1, "error"), nasty);
    QCOMPARE(field(1, "result"), QStringLiteral("failed"));
    QCOMPARE(field(1, "http_status"), QStringLiteral("409"));
    QCOMPARE(field(1, "kind"), QStringLiteral("sendWarning"));
    QCOMPARE(field(1, "stage"), QStringLiteral("warning1"));
    QCOMPARE(field(1, "actor"), QStringLiteral("automatic"));
    QCOMPARE(field(1, "intent_at"), QStringLiteral("2026-03-01T09:59:00.000Z"));
    QCOMPARE(field(1, "issued_at"), QStringLiteral("2026-03-01T09:59:00.005Z"));
    QCOMPARE(field(1, "scheduled_at"), QStringLiteral("2026-03-01T09:58:59.000Z"));
    QCOMPARE(field(1, "message_id"), QStringLiteral("m1"));
    QCOMPARE(field(2, "result"), QStringLiteral("pending"));
    QCOMPARE(field(2, "issued_at"), QString());
    QCOMPARE(field(2, "http_status"), QString());
}

void TestAuditJournal::open_rejectsGarbageFile()
{
    QFile garbage(dbPath());
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(8192, 'x'));
    garbage.close();
    AuditJournal journal(m_clock);
    QString error;
    QVERIFY(!journal.open(dbPath(), &error));
    QVERIFY2(error.contains(QStringLiteral("not a database")), qPrintable(error));
    QVERIFY2(error.contains(dbPath()), qPrintable(error));
    QCOMPARE(journal.lastError(), error);
    QVERIFY(!journal.isOpen());
    QCOMPARE(journal.recordIntent(intent(QStringLiteral("c"))), -1);
}

void TestAuditJournal::open_rejectsUnwritableLocation()
{
    // A regular file where the directory should be: unwritable even for root.
    const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString path = blocker + QStringLiteral("/journal.sqlite");
    AuditJournal journal(m_clock);
    QString error;
    QVERIFY(!journal.open(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!journal.isOpen());

    // A directory where the file should be.
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("adir")));
    error.clear();
    QVERIFY(!journal.open(m_dir->filePath(QStringLiteral("adir")), &error));
    QVERIFY2(error.contains(QStringLiteral("not a file")), qPrintable(error));
}

void TestAuditJournal::open_rejectsFutureSchemaVersion()
{
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (7)")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    AuditJournal journal(m_clock);
    QString error;
    QVERIFY(!journal.open(dbPath(), &error));
    QVERIFY2(error.contains(QStringLiteral("schema version 7")), qPrintable(error));
    QVERIFY(!journal.isOpen());
}

void TestAuditJournal::open_migratesVersionOneKeepingRows()
{
    // A journal written by a build with schema version 1 (before the reconciliation columns).
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (1)")));
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TABLE actions (id INTEGER PRIMARY KEY AUTOINCREMENT, conversation_id TEXT NOT "
            "NULL, participant_id TEXT NOT NULL, queue_id TEXT NOT NULL, kind TEXT NOT NULL, "
            "stage TEXT NOT NULL, actor TEXT NOT NULL, policy_revision INTEGER NOT NULL, "
            "scheduled_ms INTEGER, intent_ms INTEGER NOT NULL, issued_ms INTEGER, result_ms "
            "INTEGER, result TEXT, http_status INTEGER, error TEXT, message_id TEXT)")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO actions (conversation_id, participant_id, queue_id, kind, stage, actor, "
            "policy_revision, scheduled_ms, intent_ms) VALUES ('c1', 'p1', 'q1', 'sendWarning', "
            "'warning1', 'automatic', 3, 1000, 1001)")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    AuditJournal journal(m_clock);
    QString error;
    QVERIFY2(journal.open(dbPath(), &error), qPrintable(error));
    const QList<JournalEntry> pending = journal.pendingIntents();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending[0].intent.conversationId, QStringLiteral("c1"));
    QCOMPARE(pending[0].intent.policyRevision, 3);
    QVERIFY(pending[0].intent.text.isEmpty()); // unknown for old rows
    QCOMPARE(pending[0].intent.idleSinceMs, kNoTime);
    journal.close();

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    db.setDatabaseName(dbPath());
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), AuditJournal::kSchemaVersion);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestAuditJournal::intent_keepsWhatReconciliationNeeds()
{
    AuditJournal journal(m_clock);
    QVERIFY(journal.open(dbPath()));
    JournalIntent intent;
    intent.kind = IdleAction::Kind::Disconnect;
    intent.stage = IdleStage::Close;
    intent.conversationId = QStringLiteral("c1");
    intent.closeScope = CloseScope::Conversation;
    intent.wrapUpCode = QStringLiteral("code-1");
    intent.idleSinceMs = 12345;
    JournalIntent send = intent;
    send.kind = IdleAction::Kind::SendClosingMessage;
    send.text = QStringLiteral("Goodbye, \"Alex\"\nSee you");
    QVERIFY(journal.recordIntent(send) > 0);
    QVERIFY(journal.recordIntent(intent) > 0);
    const QList<JournalEntry> rows = journal.pendingIntents();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].intent.text, send.text);
    QCOMPARE(rows[1].intent.closeScope, CloseScope::Conversation);
    QCOMPARE(rows[1].intent.wrapUpCode, QStringLiteral("code-1"));
    QCOMPARE(rows[1].intent.idleSinceMs, 12345);
    QCOMPARE(rows[1].intent, intent);

    // An override kind round-trips; a kind from a newer build reads as a local notification.
    JournalIntent snooze;
    snooze.kind = IdleAction::Kind::Snooze;
    snooze.conversationId = QStringLiteral("c2");
    snooze.actor = QStringLiteral("sam");
    QVERIFY(journal.recordIntent(snooze) > 0);
    QCOMPARE(journal.forConversation(QStringLiteral("c2")).at(0).intent.kind,
             IdleAction::Kind::Snooze);
    journal.close();
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery update(db);
        QVERIFY(update.exec(QStringLiteral(
            "UPDATE actions SET kind = 'somethingNew' WHERE conversation_id = 'c2'")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    QVERIFY(journal.open(dbPath()));
    QCOMPARE(journal.forConversation(QStringLiteral("c2")).at(0).intent.kind,
             IdleAction::Kind::FlagAgent);
}

void TestAuditJournal::intents_ofAStageAreAllOrNothing()
{
    AuditJournal journal(m_clock);
    QVERIFY(journal.open(dbPath()));
    JournalIntent closing;
    closing.kind = IdleAction::Kind::SendClosingMessage;
    closing.stage = IdleStage::Close;
    closing.conversationId = QStringLiteral("c1");
    closing.text = QStringLiteral("Bye");
    JournalIntent disconnect = closing;
    disconnect.kind = IdleAction::Kind::Disconnect;
    disconnect.text.clear();
    const QList<qint64> ids = journal.recordIntents({closing, disconnect});
    QCOMPARE(ids.size(), 2);
    QCOMPARE(ids[1], ids[0] + 1);
    QCOMPARE(journal.pendingIntents().size(), 2);

    // The disk refuses the second row: the first is not kept either.
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("trigger"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TRIGGER refuse BEFORE INSERT ON actions WHEN NEW.kind = 'disconnect' "
            "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("trigger"));
    closing.conversationId = disconnect.conversationId = QStringLiteral("c2");
    QString error;
    QVERIFY(journal.recordIntents({closing, disconnect}, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("refused by the test")), qPrintable(error));
    QVERIFY(journal.forConversation(QStringLiteral("c2")).isEmpty());
    // And the journal still works.
    QVERIFY(journal.recordIntent(closing) > 0);
    QCOMPARE(journal.forConversation(QStringLiteral("c2")).size(), 1);
}

void TestAuditJournal::open_mustExistRefusesMissingFile()
{
    AuditJournal journal(m_clock);
    QString error;
    QVERIFY(!journal.open(dbPath(), &error, AuditJournal::OpenMode::MustExist));
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
    QVERIFY(!QFile::exists(dbPath())); // nothing created behind the caller's back
}

void TestAuditJournal::twoInstances_readerSeesCommittedRows()
{
    AuditJournal writer(m_clock);
    AuditJournal reader(m_clock);
    QVERIFY(writer.open(dbPath()));
    QVERIFY(reader.open(dbPath()));
    QVERIFY(reader.recent(10).isEmpty());
    const qint64 id = writer.recordIntent(intent(QStringLiteral("shared")));
    QCOMPARE(reader.pendingIntents().size(), 1);
    QVERIFY(writer.recordResult(id, {}));
    const QList<JournalEntry> seen = reader.forConversation(QStringLiteral("shared"));
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen[0].result.outcome, JournalOutcome::Succeeded);
}

void TestAuditJournal::open_migratesVersionTwoAddingTheViewIndexes()
{
    {
        AuditJournal journal(m_clock);
        QVERIFY(journal.open(dbPath()));
        for (int i = 0; i < 6; ++i)
            QVERIFY(journal.recordIntent(intent(QStringLiteral("c%1").arg(i))) > 0);
    }
    const auto indexes = [this] {
        QStringList names;
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("idx"));
            db.setDatabaseName(dbPath());
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' "
                                      "AND name LIKE 'actions_by_%' ORDER BY name"));
                while (q.next())
                    names << q.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("idx"));
        return names;
    };
    const QStringList all
        = {QStringLiteral("actions_by_actor_time"), QStringLiteral("actions_by_conversation"),
           QStringLiteral("actions_by_intent_time"), QStringLiteral("actions_by_queue_time"),
           QStringLiteral("actions_by_result_time")};
    QCOMPARE(indexes(), all);
    // Back to version 2 as an older build left it: without the view's indexes.
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const char *name :
             {"actions_by_queue_time", "actions_by_actor_time", "actions_by_result_time"})
            QVERIFY(q.exec(QStringLiteral("DROP INDEX ") + QLatin1String(name)));
        QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 2")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));
    QCOMPARE(indexes().size(), 2);

    AuditJournal journal(m_clock);
    QString error;
    QVERIFY2(journal.open(dbPath(), &error), qPrintable(error));
    QCOMPARE(journal.count({}), 6); // rows kept
    journal.close();
    QCOMPARE(indexes(), all);
}

int main(int argc, char *argv[])
{
    if (argc == 3 && std::strcmp(argv[1], "--write-intent-and-abort") == 0) {
        QCoreApplication app(argc, argv);
        return writeIntentAndAbort(argv[2]);
    }
    QCoreApplication app(argc, argv);
    TestAuditJournal test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_auditjournal.moc"
