// Tests of the audit view's model and the window's journal reader, without widgets: the table
// opens a large journal one page at a time, follows its filters, refuses bad ones with a reason,
// takes in what is journaled meanwhile without a reset, and reads in the supervisor's words.

#include "core/auditjournal.h"
#include "core/manualclock.h"
#include "supervision/auditreader.h"
#include "supervision/audittablemodel.h"
#include "supervision/journalexporter.h"
#include "support/journalfactory.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace IdleGuard;
using namespace IdleGuard::Supervision;
using Model = AuditTableModel;

namespace {

// 2026-03-01T10:00:00Z
constexpr qint64 kNowMs = 1772359200000;
constexpr qint64 kHourMs = 3'600'000;

JournalIntent warning(const QString &conversation, const QString &queue = QStringLiteral("q1"))
{
    JournalIntent i;
    i.kind = IdleAction::Kind::SendWarning;
    i.stage = IdleStage::Warning1;
    i.conversationId = conversation;
    i.participantId = conversation + QStringLiteral("-agent");
    i.queueId = queue;
    i.text = QStringLiteral("Still there?\nWe are here.");
    return i;
}

QString cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

class TestAuditTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void opensALargeJournalOnePageAtATime();
    void filtersReadOnlyWhatTheyLetThrough();
    void invalidFilterKeepsTheRowsAndSaysWhy();
    void refreshAddsNewRowsAtTheTopInOneInsertion();
    void refreshFillsInResultsOfRowsUnderWay();
    void pagesStayConsistentWhileTheEnforcerWrites();
    void readsInTheSupervisorsWords();
    void closedJournalShowsNothingUntilReloaded();

    void readerRefusesMissingAndBrokenJournals();
    void readerCoalescesABurstIntoOneChange();
    void exporterWritesTheFilterOffThisThread();
    void exporterSaysWhyAndLeavesTheOldFile();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("journal.sqlite")); }
    void writeLargeJournal(int rows);

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock {kNowMs};
    std::unique_ptr<AuditJournal> m_writer;
    std::unique_ptr<AuditJournal> m_reader;
};

void TestAuditTableModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock.setNowMs(kNowMs);
    m_writer = std::make_unique<AuditJournal>(m_clock);
    m_reader = std::make_unique<AuditJournal>(m_clock);
}

void TestAuditTableModel::cleanup()
{
    m_reader.reset();
    m_writer.reset();
    m_dir.reset();
}

void TestAuditTableModel::writeLargeJournal(int rows)
{
    JournalFactory::Options options;
    options.rows = rows;
    options.endMs = kNowMs;
    QString error;
    QVERIFY2(JournalFactory::write(path(), options, &error), qPrintable(error));
    QVERIFY(m_writer->open(path(), &error));
    QVERIFY(m_reader->open(path(), &error, AuditJournal::OpenMode::MustExist));
}

void TestAuditTableModel::opensALargeJournalOnePageAtATime()
{
    writeLargeJournal(5000);
    Model model(*m_reader, m_clock);
    model.setPageSize(100);
    QSignalSpy total(&model, &Model::totalCountChanged);
    QVERIFY(model.setFilter({}));
    QCOMPARE(model.totalCount(), 5000);
    QCOMPARE(total.constLast().constFirst().toLongLong(), 5000);
    QCOMPARE(model.rowCount(), 100); // one page, not the journal
    QVERIFY(model.canFetchMore({}));
    // Newest first.
    QVERIFY(model.entryAt(0).intentAtMs >= model.entryAt(99).intentAtMs);
    QCOMPARE(model.entryAt(0).id, 5000);

    model.fetchMore({});
    QCOMPARE(model.rowCount(), 200);
    QCOMPARE(model.entryAt(100).id, 4900);
    // To the end: every row once, then nothing more to fetch.
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 5000);
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.entryAt(row).id);
    QCOMPARE(ids.size(), 5000);
}

void TestAuditTableModel::filtersReadOnlyWhatTheyLetThrough()
{
    writeLargeJournal(5000);
    Model model(*m_reader, m_clock);
    model.setPageSize(50);
    const auto check = [&](const JournalFilter &filter, const auto &holds) {
        QVERIFY(model.setFilter(filter));
        QCOMPARE(model.totalCount(), m_reader->count(filter));
        QVERIFY(model.totalCount() > 0);
        QCOMPARE(model.rowCount(), int(qMin<qint64>(50, model.totalCount())));
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY2(holds(model.entryAt(row)), qPrintable(QString::number(row)));
    };
    JournalFilter f;
    f.queueId = JournalFactory::queueId(2);
    check(f, [&](const JournalEntry &e) { return e.intent.queueId == f.queueId; });
    f = {};
    f.actor = JournalFilter::Actor::Supervisor;
    f.actorId = JournalFactory::supervisorId(2);
    check(f, [&](const JournalEntry &e) { return e.intent.actor == f.actorId; });
    f = {};
    f.outcomes = {JournalOutcome::Failed};
    check(f, [](const JournalEntry &e) { return e.result.outcome == JournalOutcome::Failed; });
    f = {};
    f.fromMs = kNowMs - 24 * kHourMs;
    check(f, [&](const JournalEntry &e) { return e.intentAtMs >= f.fromMs; });
    f = {};
    f.conversationId = JournalFactory::conversationId(7).left(8);
    check(f, [&](const JournalEntry &e) {
        return e.intent.conversationId == JournalFactory::conversationId(7);
    });
    QVERIFY(model.totalCount() < 10);
    QVERIFY(!model.canFetchMore({}));
}

void TestAuditTableModel::invalidFilterKeepsTheRowsAndSaysWhy()
{
    writeLargeJournal(300);
    Model model(*m_reader, m_clock);
    QVERIFY(model.setFilter({}));
    QSignalSpy resets(&model, &Model::modelReset);
    QSignalSpy failed(&model, &Model::readFailed);
    JournalFilter inverted;
    inverted.fromMs = kNowMs;
    inverted.toMs = kNowMs - kHourMs;
    QVERIFY(!model.setFilter(inverted));
    QVERIFY2(model.lastError().contains(QStringLiteral("before it starts")),
             qPrintable(model.lastError()));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(model.totalCount(), 300);
    QCOMPARE(model.filter(), JournalFilter());
    // A good filter afterwards clears the error.
    QVERIFY(model.setFilter({}));
    QVERIFY(model.lastError().isEmpty());
}

void TestAuditTableModel::refreshAddsNewRowsAtTheTopInOneInsertion()
{
    // One page holds it all: the model tester fetches more on its own, which would blur what
    // this test counts.
    writeLargeJournal(60);
    Model model(*m_reader, m_clock);
    QAbstractItemModelTester tester(&model);
    model.setPageSize(100);
    QVERIFY(model.setFilter({}));
    const qint64 top = model.entryAt(0).id;
    QSignalSpy inserted(&model, &Model::rowsInserted);
    QSignalSpy resets(&model, &Model::modelReset);

    model.refresh(); // nothing new: nothing happens
    QCOMPARE(inserted.size(), 0);
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_writer->recordIntent(warning(QStringLiteral("new-%1").arg(i))) > 0);
    JournalIntent other = warning(QStringLiteral("other-queue"), QStringLiteral("q9"));
    QVERIFY(m_writer->recordIntent(other) > 0);
    model.refresh();
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.constFirst().at(1).toInt(), 0);
    QCOMPARE(inserted.constFirst().at(2).toInt(), 3);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(model.totalCount(), 64);
    QCOMPARE(model.entryAt(0).intent.conversationId, QStringLiteral("other-queue"));
    QCOMPARE(model.entryAt(4).id, top);
    QCOMPARE(model.rowCount(), 64);

    // With a filter, only what it lets through.
    JournalFilter q9;
    q9.queueId = QStringLiteral("q9");
    QVERIFY(model.setFilter(q9));
    QCOMPARE(model.rowCount(), 1);
    inserted.clear();
    QVERIFY(m_writer->recordIntent(warning(QStringLiteral("a-q1-row"))) > 0);
    model.refresh();
    QCOMPARE(inserted.size(), 0);
    QVERIFY(m_writer->recordIntent(warning(QStringLiteral("a-q9-row"), QStringLiteral("q9"))) > 0);
    model.refresh();
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 2);
}

void TestAuditTableModel::refreshFillsInResultsOfRowsUnderWay()
{
    QVERIFY(m_writer->open(path()));
    QVERIFY(m_reader->open(path(), nullptr, AuditJournal::OpenMode::MustExist));
    const qint64 first = m_writer->recordIntent(warning(QStringLiteral("c1")));
    const qint64 second = m_writer->recordIntent(warning(QStringLiteral("c2")));
    Model model(*m_reader, m_clock);
    QVERIFY(model.setFilter({}));
    QCOMPARE(cell(model, 0, Model::OutcomeColumn), QStringLiteral("Under way"));
    QSignalSpy changed(&model, &Model::dataChanged);
    JournalResult failed {JournalOutcome::Failed, 503, QStringLiteral("unavailable"), kNowMs, {}};
    QVERIFY(m_writer->recordResult(second, failed));
    model.refresh();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().constFirst().toModelIndex().row(), 0);
    QCOMPARE(cell(model, 0, Model::OutcomeColumn), QStringLiteral("Failed"));
    QCOMPARE(cell(model, 0, Model::HttpColumn), QStringLiteral("503"));
    QCOMPARE(cell(model, 0, Model::ErrorColumn), QStringLiteral("unavailable"));
    QCOMPARE(cell(model, 1, Model::OutcomeColumn), QStringLiteral("Under way"));
    QVERIFY(m_writer->recordResult(first, {}));
    model.refresh();
    QCOMPARE(cell(model, 1, Model::OutcomeColumn), QStringLiteral("Done"));
}

void TestAuditTableModel::pagesStayConsistentWhileTheEnforcerWrites()
{
    writeLargeJournal(1000);
    Model model(*m_reader, m_clock);
    model.setPageSize(64);
    QVERIFY(model.setFilter({}));
    // Written while the supervisor scrolls: no page shifts, nothing shows twice.
    for (int i = 0; i < 10; ++i)
        QVERIFY(m_writer->recordIntent(warning(QStringLiteral("meanwhile-%1").arg(i))) > 0);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 1000);
    model.refresh();
    QCOMPARE(model.rowCount(), 1010);
    QCOMPARE(model.totalCount(), 1010);
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.entryAt(row).id);
    QCOMPARE(ids.size(), 1010);
}

void TestAuditTableModel::readsInTheSupervisorsWords()
{
    QVERIFY(m_writer->open(path()));
    QVERIFY(m_reader->open(path(), nullptr, AuditJournal::OpenMode::MustExist));
    const QString longId = JournalFactory::conversationId(42);
    m_clock.setNowMs(kNowMs - 26 * kHourMs); // yesterday
    QVERIFY(m_writer->recordIntent(warning(longId)) > 0);
    m_clock.setNowMs(kNowMs);
    JournalIntent snooze = warning(QStringLiteral("c2"), QStringLiteral("q2"));
    snooze.kind = IdleAction::Kind::Snooze;
    snooze.stage = IdleStage::None;
    snooze.text.clear();
    snooze.actor = QStringLiteral("user-sam");
    snooze.scheduledAtMs = kNowMs + 15 * 60'000;
    QVERIFY(m_writer->recordIntent(snooze) > 0);
    JournalIntent disconnect = warning(QStringLiteral("c3"));
    disconnect.kind = IdleAction::Kind::Disconnect;
    disconnect.stage = IdleStage::Close;
    disconnect.text = QStringLiteral("Customer asked by phone");
    disconnect.actor = QStringLiteral("instance:desk-7");
    QVERIFY(m_writer->recordIntent(disconnect) > 0);

    Model model(*m_reader, m_clock);
    model.setTimeZone(QTimeZone(3600)); // UTC+1: 10:00Z is 11:00 local
    model.setQueueNames({{QStringLiteral("q1"), QStringLiteral("Billing")}});
    model.setActorNames({{QStringLiteral("user-sam"), QStringLiteral("Sam Supervisor")}});
    model.setCustomerLookup(
        [](const QString &id) { return id == u"c2" ? QStringLiteral("Greta Mensah") : QString(); });
    QVERIFY(model.setFilter({}));
    QCOMPARE(model.rowCount(), 3);
    // Newest first: the disconnect, the snooze, yesterday's warning.
    QCOMPARE(cell(model, 0, Model::ActionColumn), QStringLiteral("Disconnect"));
    QCOMPARE(cell(model, 0, Model::ActorColumn), QStringLiteral("Instance desk-7"));
    QCOMPARE(cell(model, 0, Model::MessageColumn), QStringLiteral("Customer asked by phone"));
    QCOMPARE(cell(model, 0, Model::QueueColumn), QStringLiteral("Billing"));
    QCOMPARE(cell(model, 0, Model::TimeColumn), QStringLiteral("11:00:00"));
    QCOMPARE(cell(model, 1, Model::ActionColumn), QStringLiteral("Snooze 15 min"));
    QCOMPARE(cell(model, 1, Model::ActorColumn), QStringLiteral("Sam Supervisor"));
    QCOMPARE(cell(model, 1, Model::ActorColumn, Qt::ToolTipRole), QStringLiteral("user-sam"));
    QCOMPARE(cell(model, 1, Model::QueueColumn), QStringLiteral("q2")); // no name known
    QCOMPARE(cell(model, 1, Model::ConversationColumn), QStringLiteral("Greta Mensah · c2"));
    QCOMPARE(cell(model, 2, Model::ActionColumn), QStringLiteral("Warning 1"));
    QCOMPARE(cell(model, 2, Model::ActorColumn), QStringLiteral("Policy"));
    QCOMPARE(cell(model, 2, Model::TimeColumn), QStringLiteral("2026-02-28 09:00"));
    QCOMPARE(cell(model, 2, Model::ConversationColumn), longId.left(8) + u'…');
    QCOMPARE(cell(model, 2, Model::ConversationColumn, Qt::ToolTipRole), longId);
    QCOMPARE(cell(model, 2, Model::MessageColumn), QStringLiteral("Still there? We are here."));
    QCOMPARE(cell(model, 2, Model::MessageColumn, Qt::ToolTipRole),
             QStringLiteral("Still there?\nWe are here."));
    QCOMPARE(model.index(2, 0).data(Model::ConversationIdRole).toString(), longId);
    QCOMPARE(model.headerData(Model::ActorColumn, Qt::Horizontal).toString(), QStringLiteral("By"));
}

void TestAuditTableModel::closedJournalShowsNothingUntilReloaded()
{
    Model model(*m_reader, m_clock);
    QVERIFY(model.setFilter({})); // before the enforcer started: empty, not an error
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.lastError().isEmpty());
    QVERIFY(m_writer->open(path()));
    QVERIFY(m_writer->recordIntent(warning(QStringLiteral("c1"))) > 0);
    QVERIFY(m_reader->open(path(), nullptr, AuditJournal::OpenMode::MustExist));
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
}

void TestAuditTableModel::readerRefusesMissingAndBrokenJournals()
{
    AuditReader reader(m_clock);
    QSignalSpy failed(&reader, &AuditReader::openFailed);
    QSignalSpy opened(&reader, &AuditReader::opened);
    QVERIFY(!reader.open(path()));
    QCOMPARE(failed.size(), 1);
    QVERIFY2(reader.lastError().contains(QStringLiteral("does not exist")),
             qPrintable(reader.lastError()));
    QVERIFY(!QFile::exists(path())); // a reader never creates the journal

    QFile garbage(path());
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(4096, 'x'));
    garbage.close();
    QVERIFY(!reader.open(path()));
    QCOMPARE(failed.size(), 2);
    QVERIFY2(reader.lastError().contains(QStringLiteral("cannot be read")),
             qPrintable(reader.lastError()));
    QVERIFY(!reader.isOpen());
    QCOMPARE(opened.size(), 0);
}

void TestAuditTableModel::readerCoalescesABurstIntoOneChange()
{
    QVERIFY(m_writer->open(path()));
    AuditReader reader(m_clock);
    QVERIFY(reader.open(path()));
    reader.setRefreshInterval(50);
    QSignalSpy changed(&reader, &AuditReader::journalChanged);
    for (int i = 0; i < 5; ++i)
        reader.noteJournaled();
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.size(), 1);
    QVERIFY(!reader.isRefreshPending());
    // A later action is news again.
    reader.noteJournaled();
    QVERIFY(reader.isRefreshPending());
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.size(), 2);
    // Closed: no news.
    reader.noteJournaled();
    reader.close();
    QVERIFY(!reader.isRefreshPending());
}

void TestAuditTableModel::exporterWritesTheFilterOffThisThread()
{
    writeLargeJournal(3000);
    JournalFilter failed;
    failed.outcomes = {JournalOutcome::Failed};
    const qint64 expected = m_reader->count(failed);
    QVERIFY(expected > 0);
    JournalExporter exporter;
    QSignalSpy finished(&exporter, &JournalExporter::finished);
    const QString csv = m_dir->filePath(QStringLiteral("failed.csv"));
    QVERIFY(exporter.start(path(), failed, csv));
    QVERIFY(exporter.isRunning());
    QVERIFY(!exporter.start(path(), failed, csv)); // one at a time
    QVERIFY(finished.wait(20'000));
    QCOMPARE(finished.constFirst().at(0).toBool(), true);
    QCOMPARE(finished.constFirst().at(1).toLongLong(), expected);
    QVERIFY(!exporter.isRunning());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count("\r\n"), expected + 1);
}

void TestAuditTableModel::exporterSaysWhyAndLeavesTheOldFile()
{
    const QString csv = m_dir->filePath(QStringLiteral("old.csv"));
    QFile old(csv);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("kept");
    old.close();
    JournalExporter exporter;
    QSignalSpy finished(&exporter, &JournalExporter::finished);
    QVERIFY(exporter.start(path(), {}, csv)); // no journal there
    QVERIFY(finished.wait(20'000));
    QCOMPARE(finished.constFirst().at(0).toBool(), false);
    QVERIFY2(finished.constFirst().at(2).toString().contains(QStringLiteral("does not exist")),
             qPrintable(finished.constFirst().at(2).toString()));
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("kept"));
    // An inverted range is refused by the journal, the old file kept as well.
    QVERIFY(m_writer->open(path()));
    JournalFilter inverted;
    inverted.fromMs = kNowMs;
    inverted.toMs = kNowMs - kHourMs;
    finished.clear();
    QVERIFY(exporter.start(path(), inverted, csv));
    QVERIFY(finished.wait(20'000));
    QCOMPARE(finished.constFirst().at(0).toBool(), false);
    QVERIFY(finished.constFirst().at(2).toString().contains(QStringLiteral("before it starts")));
    old.close();
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("kept"));
}

QTEST_GUILESS_MAIN(TestAuditTableModel)
#include "tst_audittablemodel.moc"
