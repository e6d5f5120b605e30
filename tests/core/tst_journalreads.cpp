// Tests of the audit journal's reads for the audit view: counts and pages under every filter
// criterion, the keyset cursor, the id window that keeps a count and its pages in step while the
// worker writes, per-bucket tallies for the charts, the supervisors who acted, the filtered CSV
// export, and the clear errors a closed journal or a contradictory filter gives.

#include "core/auditjournal.h"
#include "core/manualclock.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace IdleGuard;

namespace {

// 2026-03-01T09:59:00Z
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

} // namespace

class TestJournalReads : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void count_andPage_followEveryCriterion();
    void page_cursorVisitsEveryRowOnceNewestFirst();
    void page_idBoundsGiveWhatWasWrittenSinceALook();
    void filter_conversationStartIsTextNotPattern();
    void filter_invertedTimeRangeIsRefusedWithAReason();
    void reads_ofAClosedJournalSayWhy();
    void entries_rereadsRowsById();
    void tally_countsPerBucketKindOutcomeAndActor();
    void tally_needsATimeRange();
    void supervisors_areEveryoneButThePolicy();
    void exportCsv_withFilterWritesOnlyThoseRows();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("journal.sqlite")); }
    // Writes an intent at the clock's time (then moves it on by stepMs) with its result.
    qint64 write(AuditJournal &journal, const JournalIntent &in, JournalOutcome outcome,
                 qint64 stepMs = 1000);
    // A small journal with one row per criterion the filter knows (see the test).
    void writeMixedJournal(AuditJournal &journal);

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock {kStartMs};
};

void TestJournalReads::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock.setNowMs(kStartMs);
}

qint64 TestJournalReads::write(AuditJournal &journal, const JournalIntent &in,
                               JournalOutcome outcome, qint64 stepMs)
{
    const qint64 id = journal.recordIntent(in);
    if (id > 0 && outcome != JournalOutcome::Pending) {
        const int status = outcome == JournalOutcome::Failed ? 503 : 200;
        if (!journal.recordResult(id, {outcome, status, {}, m_clock.nowMs(), {}}))
            return -1;
    }
    m_clock.advanceMs(stepMs);
    return id;
}

void TestJournalReads::writeMixedJournal(AuditJournal &journal)
{
    using Kind = IdleAction::Kind;
    // id 1..6, a second apart from kStartMs.
    JournalIntent w = intent(QStringLiteral("conv-a1"), QStringLiteral("q1"));
    QVERIFY(write(journal, w, JournalOutcome::Succeeded) == 1);
    JournalIntent d = intent(QStringLiteral("conv-a1"), QStringLiteral("q1"), IdleStage::Close);
    QVERIFY(write(journal, d, JournalOutcome::Failed) == 2);
    JournalIntent snooze = intent(QStringLiteral("conv-b2"), QStringLiteral("q2"), IdleStage::None);
    snooze.kind = Kind::Snooze;
    snooze.actor = QStringLiteral("user-sam");
    QVERIFY(write(journal, snooze, JournalOutcome::Succeeded) == 3);
    JournalIntent manual = intent(QStringLiteral("conv-b2"), QStringLiteral("q2"));
    manual.actor = QStringLiteral("user-kim");
    QVERIFY(write(journal, manual, JournalOutcome::Skipped) == 4);
    JournalIntent flag
        = intent(QStringLiteral("other-c3"), QStringLiteral("q1"), IdleStage::AgentFlag);
    flag.kind = Kind::FlagAgent;
    QVERIFY(write(journal, flag, JournalOutcome::Observed) == 5);
    QVERIFY(write(journal, intent(QStringLiteral("conv-a1")), JournalOutcome::Pending) == 6);
}

void TestJournalReads::count_andPage_followEveryCriterion()
{
    AuditJournal journal(m_clock);
    QVERIFY(journal.open(dbPath()));
    writeMixedJournal(journal);
    const auto ids = [&](const JournalFilter &filter) {
        QList<qint64> found;
        QString error;
        const QList<JournalEntry> rows = journal.page(filter, JournalCursor::start(), 100, &error);
        for (const JournalEntry &e : rows)
            found << e.id;
        if (!error.isEmpty())
            qWarning() << error;
        // The count agrees with the rows.
        if (journal.count(filter) != found.size())
            found << -1;
        return found;
    };
    using Ids = QList<qint64>;
    QCOMPARE(ids({}), (Ids {6, 5, 4, 3, 2, 1}));

    JournalFilter f;
    f.queueId = QStringLiteral("q2");
    QCOMPARE(ids(f), (Ids {4, 3}));
    f = {};
    f.conversationId = QStringLiteral("conv-");
    QCOMPARE(ids(f), (Ids {6, 4, 3, 2, 1}));
    f.conversationId = QStringLiteral("conv-b2");
    QCOMPARE(ids(f), (Ids {4, 3}));
    f = {};
    f.actor = JournalFilter::Actor::Automatic;
    QCOMPARE(ids(f), (Ids {6, 5, 2, 1}));
    f.actor = JournalFilter::Actor::Supervisor;
    QCOMPARE(ids(f), (Ids {4, 3}));
    f.actorId = QStringLiteral("user-kim");
    QCOMPARE(ids(f), (Ids {4}));
    f = {};
    f.outcomes = {JournalOutcome::Failed, JournalOutcome::Skipped};
    QCOMPARE(ids(f), (Ids {4, 2}));
    f.outcomes = {JournalOutcome::Pending};
    QCOMPARE(ids(f), (Ids {6}));
    f.outcomes = {JournalOutcome::Pending, JournalOutcome::Observed};
    QCOMPARE(ids(f), (Ids {6, 5}));
    f = {};
    f.kinds = {IdleAction::Kind::Disconnect, IdleAction::Kind::Snooze};
    QCOMPARE(ids(f), (Ids {3, 2}));
    f = {};
    f.fromMs = kStartMs + 1000; // rows 2..6
    f.toMs = kStartMs + 4000; // up to row 4
    QCOMPARE(ids(f), (Ids {4, 3, 2}));
    // Criteria combine.
    f.queueId = QStringLiteral("q1");
    QCOMPARE(ids(f), (Ids {2}));
    f.outcomes = {JournalOutcome::Succeeded};
    QCOMPARE(ids(f), Ids {});
}

void TestJournalReads::page_cursorVisitsEveryRowOnceNewestFirst()
{
    AuditJournal journal(m_clock);
    QVERIFY(journal.open(dbPath()));
    // 25 rows, three to a millisecond: the id breaks the ties.
    for (int i = 0; i < 25; ++i)
        QVERIFY(write(journal, intent(QStringLiteral("c%1").arg(i)), JournalOutcome::Succeeded,
                      i % 3 == 2 ? 1 : 0)
                > 0);
    QList<qint64> seen;
    JournalCursor cursor = JournalCursor::start();
    for (int pageNo = 0; pageNo < 10; ++pageNo) {
        const QList<JournalEntry> rows = journal.page({}, cursor, 7);
        QVERIFY(rows.size() <= 7);
        if (rows.isEmpty())
            break;
        for (const JournalEntry &e : rows)
            seen << e.id;
        cursor = JournalCursor::after(rows.constLast());
    }
    QList<qint64> expected;
    for (qint64 id = 25; id >= 1; --id)
        expected << id;
    QCOMPARE(seen, expected);
}

void TestJournalReads::page_idBoundsGiveWhatWasWrittenSinceALook()
{
    AuditJournal writer(m_clock);
    AuditJournal reader(m_clock);
    QVERIFY(writer.open(dbPath()));
    QVERIFY(reader.open(dbPath(), nullptr, AuditJournal::OpenMode::MustExist));
    QCOMPARE(reader.lastId(), 0);
    writeMixedJournal(writer);
    const qint64 look = reader.lastId();
    QCOMPARE(look, 6);
    write(writer, intent(QStringLiteral("new-1")), JournalOutcome::Succeeded);
    write(writer, intent(QStringLiteral("new-2"), QStringLiteral("q2")), JournalOutcome::Succeeded);

    JournalFilter before;
    before.upToId = look; // what the view counted: the new rows do not shift it
    QCOMPARE(reader.count(before), 6);
    JournalFilter since;
    since.afterId = look;
    since.upToId = reader.lastId();
    const QList<JournalEntry> rows = reader.page(since, JournalCursor::start(), 100);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].intent.conversationId, QStringLiteral("new-2"));
    since.queueId = QStringLiteral("q1");
    QCOMPARE(reader.count(since), 1);
}

void TestJournalReads::filter_conversationStartIsTextNotPattern()
{
    AuditJournal journal(m_clock);
    QVERIFY(journal.open(dbPath()));
    write(journal, intent(QStringLiteral("abc")), JournalOutcome::Succeeded);
    write(journal, intent(QStringLiteral("a%c")), JournalOutcome::Succeeded);
    write(journal, intent(QStringLiteral("a_c")), JournalOutcome::Succeeded);
    write(journal, intent(QStringLiteral("ab")), JournalOutcome::Succeeded);
    JournalFilter f;
    f.conversationId = QStringLiteral("a%");
    QCOMPARE(journal.count(f), 1);
    f.conversationId = QStringLiteral("a_");
    QCOMPARE(journal.count(f), 1);
    f.conversationId = QStringLiteral("ab");
    QCOMPARE(journal.count(f), 2);
    f.conversationId = QStringLiteral("'; DROP TABLE actions; --");
    QCOMPARE(journal.count(f), 0);
    QCOMPARE(journal.count({}), 4);
}

void TestJournalReads::filter_invertedTimeRangeIsRefusedWithAReason()
{
    AuditJournal journal(m_clock);
    QVERIFY(journal.open(dbPath()));
    writeMixedJournal(journal);
    JournalFilter f;
    f.fromMs = kStartMs + kHourMs;
    f.toMs = kStartMs;
    QString error;
    QVERIFY(!f.isValid(&error));
    QVERIFY2(error.contains(QStringLiteral("ends")), qPrintable(error));
    error.clear();
    QCOMPARE(journal.count(f, &error), -1);
    QVERIFY2(error.contains(QStringLiteral("before it starts")), qPrintable(error));
    error.clear();
    QVERIFY(journal.page(f, JournalCursor::start(), 10, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QCOMPARE(journal.exportCsv(buffer, f, &error), -1);
    QVERIFY(buffer.data().isEmpty()); // not even a header for a refused filter
    // An empty range is refused as well: from == to can hold no row.
    f.toMs = f.fromMs;
    QVERIFY(!f.isValid());
    // A supervisor's id without "by a supervisor" contradicts itself.
    JournalFilter actor;
    actor.actor = JournalFilter::Actor::Automatic;
    actor.actorId = QStringLiteral("user-sam");
    QVERIFY(!actor.isValid(&error));
}

void TestJournalReads::reads_ofAClosedJournalSayWhy()
{
    AuditJournal journal(m_clock);
    QString error;
    QCOMPARE(journal.count({}, &error), -1);
    QVERIFY2(error.contains(QStringLiteral("not open")), qPrintable(error));
    QCOMPARE(journal.lastId(), -1);
    QVERIFY(journal.page({}, JournalCursor::start(), 10).isEmpty());
    QVERIFY(journal.supervisors().isEmpty());
    QVERIFY(journal.lastError().contains(QStringLiteral("not open")));
}

void TestJournalReads::entries_rereadsRowsById()
{
    AuditJournal journal(m_clock);
    QVERIFY(journal.open(dbPath()));
    writeMixedJournal(journal);
    const QList<JournalEntry> rows = journal.entries({6, 2, 99});
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].id, 2);
    QCOMPARE(rows[0].result.outcome, JournalOutcome::Failed);
    QCOMPARE(rows[1].id, 6);
    QVERIFY(rows[1].isPending());
    QVERIFY(journal.entries({}).isEmpty());
}

void TestJournalReads::tally_countsPerBucketKindOutcomeAndActor()
{
    AuditJournal journal(m_clock);
    QVERIFY(journal.open(dbPath()));
    writeMixedJournal(journal); // kStartMs .. kStartMs + 5 s
    m_clock.setNowMs(kStartMs + kHourMs + 5);
    write(journal, intent(QStringLiteral("late")), JournalOutcome::Succeeded);

    JournalFilter f;
    f.fromMs = kStartMs - 1000; // buckets start here, whatever the clock's hours
    f.toMs = kStartMs + 2 * kHourMs;
    QString error;
    const QList<JournalTally> tallies = journal.tally(f, kHourMs, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const qint64 first = kStartMs - 1000;
    const qint64 second = first + kHourMs;
    using Kind = IdleAction::Kind;
    const auto has
        = [&](qint64 bucket, Kind kind, JournalOutcome outcome, bool automatic, int count) {
              return tallies.contains(JournalTally {bucket, kind, outcome, automatic, count});
          };
    QVERIFY(has(first, Kind::SendWarning, JournalOutcome::Succeeded, true, 1));
    QVERIFY(has(first, Kind::SendWarning, JournalOutcome::Skipped, false, 1));
    QVERIFY(has(first, Kind::SendWarning, JournalOutcome::Pending, true, 1));
    QVERIFY(has(first, Kind::Disconnect, JournalOutcome::Failed, true, 1));
    QVERIFY(has(first, Kind::Snooze, JournalOutcome::Succeeded, false, 1));
    QVERIFY(has(first, Kind::FlagAgent, JournalOutcome::Observed, true, 1));
    QVERIFY(has(second, Kind::SendWarning, JournalOutcome::Succeeded, true, 1));
    QCOMPARE(tallies.size(), 7);
    // The filter applies: only q2.
    f.queueId = QStringLiteral("q2");
    QCOMPARE(journal.tally(f, kHourMs).size(), 2);
}

void TestJournalReads::tally_needsATimeRange()
{
    AuditJournal journal(m_clock);
    QVERIFY(journal.open(dbPath()));
    QString error;
    QVERIFY(journal.tally({}, kHourMs, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("time range")), qPrintable(error));
    JournalFilter f;
    f.fromMs = 0;
    f.toMs = kStartMs;
    error.clear();
    QVERIFY(journal.tally(f, 0, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestJournalReads::supervisors_areEveryoneButThePolicy()
{
    AuditJournal journal(m_clock);
    QVERIFY(journal.open(dbPath()));
    writeMixedJournal(journal);
    QCOMPARE(journal.supervisors(),
             (QStringList {QStringLiteral("user-kim"), QStringLiteral("user-sam")}));
}

void TestJournalReads::exportCsv_withFilterWritesOnlyThoseRows()
{
    AuditJournal journal(m_clock);
    QVERIFY(journal.open(dbPath()));
    writeMixedJournal(journal);
    JournalFilter f;
    f.conversationId = QStringLiteral("conv-a1");
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QString error;
    QCOMPARE(journal.exportCsv(buffer, f, &error), 3);
    // Plain fields here (no quoting): each line splits on commas.
    const QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines.size(), 5); // header, 3 rows, and after the last CRLF nothing
    QCOMPARE(QString::fromUtf8(lines[0]).trimmed(), AuditJournal::csvHeader().join(u','));
    // Oldest first, as the unfiltered export.
    const auto field = [&lines](int line, int column) {
        return QString::fromUtf8(lines[line].split(',').at(column)).trimmed();
    };
    QCOMPARE(field(1, 0), QStringLiteral("1"));
    QCOMPARE(field(2, 0), QStringLiteral("2"));
    QCOMPARE(field(3, 0), QStringLiteral("6"));
    QCOMPARE(field(2, 12), QStringLiteral("failed"));
    QCOMPARE(field(3, 12), QStringLiteral("pending"));
}

QTEST_GUILESS_MAIN(TestJournalReads)
#include "tst_journalreads.moc"
