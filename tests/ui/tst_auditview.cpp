// Tests of the audit view's widgets on the offscreen platform, over journals with known rows: the
// filter row becomes the model's filter (and says why when it cannot), Export CSV… writes what the
// filter shows, selecting an action asks for its conversation, and the panel says so when the
// journal cannot be read.

#include "core/auditjournal.h"
#include "core/manualclock.h"
#include "enforcement/conversationrow.h"
#include "supervision/auditreader.h"
#include "supervision/audittablemodel.h"
#include "support/journalfactory.h"
#include "ui/audit/auditfilterbar.h"
#include "ui/audit/auditpanel.h"
#include "ui/audit/auditview.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace IdleGuard;
using namespace IdleGuard::Ui;
using Supervision::AuditTableModel;

namespace {

// 2026-03-01T10:00:00Z
constexpr qint64 kNowMs = 1772359200000;
constexpr qint64 kHourMs = 3'600'000;

void choose(QComboBox *box, const QString &text)
{
    const int index = box->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    box->setCurrentIndex(index);
}

} // namespace

class TestAuditView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void filterRowBecomesTheModelsFilter();
    void conversationFilterWaitsForTypingToPause();
    void invertedCustomRangeShowsAProblemAndKeepsTheRows();
    void exportWritesEveryRowTheFilterShows();
    void exportToAnUnwritablePlaceSaysWhy();
    void selectingAnActionAsksForItsConversation();
    void tilePresetsFilterTodaysFailuresAndCloses();
    void panelSaysWhenTheJournalCannotBeRead();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("journal.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock {kNowMs};
    std::unique_ptr<Supervision::AuditReader> m_reader;
    std::unique_ptr<AuditTableModel> m_model;
    std::unique_ptr<AuditView> m_view;
};

void TestAuditView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock.setNowMs(kNowMs);
    JournalFactory::Options options;
    options.rows = 2000;
    options.endMs = kNowMs;
    options.spanMs = 48 * kHourMs;
    QString error;
    QVERIFY2(JournalFactory::write(path(), options, &error), qPrintable(error));
    m_reader = std::make_unique<Supervision::AuditReader>(m_clock);
    QVERIFY(m_reader->open(path()));
    m_model = std::make_unique<AuditTableModel>(m_reader->journal(), m_clock);
    m_model->setPageSize(100);
    m_view = std::make_unique<AuditView>(*m_model, *m_reader, m_clock);
    m_view->filterBar()->setTimeZone(QTimeZone(0));
    m_view->filterBar()->setQueues({{JournalFactory::queueId(1), QStringLiteral("Billing")},
                                    {JournalFactory::queueId(2), QStringLiteral("Returns")}});
    m_view->filterBar()->setSupervisors({{JournalFactory::supervisorId(2), QStringLiteral("Kim")}});
    m_view->resize(1200, 400);
    m_view->show();
    m_view->applyFilter();
    QCOMPARE(m_model->totalCount(), 2000);
}

void TestAuditView::cleanup()
{
    m_view.reset();
    m_model.reset();
    m_reader.reset();
    m_dir.reset();
}

void TestAuditView::filterRowBecomesTheModelsFilter()
{
    AuditFilterBar *bar = m_view->filterBar();
    choose(bar->queueBox(), QStringLiteral("Returns"));
    QCOMPARE(m_model->filter().queueId, JournalFactory::queueId(2));
    choose(bar->outcomeBox(), QStringLiteral("Failed or skipped"));
    QCOMPARE(m_model->filter().outcomes,
             (QList<JournalOutcome> {JournalOutcome::Failed, JournalOutcome::Skipped}));
    choose(bar->kindBox(), QStringLiteral("Warnings"));
    QCOMPARE(m_model->filter().kinds, QList<IdleAction::Kind> {IdleAction::Kind::SendWarning});
    choose(bar->actorBox(), QStringLiteral("Kim"));
    QCOMPARE(m_model->filter().actor, JournalFilter::Actor::Supervisor);
    QCOMPARE(m_model->filter().actorId, JournalFactory::supervisorId(2));
    choose(bar->actorBox(), QStringLiteral("The policy"));
    QCOMPARE(m_model->filter().actor, JournalFilter::Actor::Automatic);
    QVERIFY(m_model->filter().actorId.isEmpty());
    choose(bar->rangeBox(), QStringLiteral("Last hour"));
    QCOMPARE(m_model->filter().fromMs, kNowMs - kHourMs);
    QCOMPARE(m_model->filter().toMs, kNoTime);
    // What the view shows is what the journal counts for that filter.
    QCOMPARE(m_model->totalCount(), m_reader->journal().count(m_model->filter()));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const JournalEntry &e = m_model->entryAt(row);
        QCOMPARE(e.intent.queueId, JournalFactory::queueId(2));
        QVERIFY(e.intentAtMs >= kNowMs - kHourMs);
    }
    QVERIFY(m_view->statusText().contains(QString::number(m_model->totalCount())));
    bar->clear();
    QCOMPARE(m_model->filter(), JournalFilter());
    QCOMPARE(m_model->totalCount(), 2000);
    QCOMPARE(m_view->statusText(),
             QStringLiteral("Actions: 100 of 2,000 read, newest first; "
                            "scroll for more."));
}

void TestAuditView::conversationFilterWaitsForTypingToPause()
{
    QSignalSpy resets(m_model.get(), &AuditTableModel::modelReset);
    const QString id = JournalFactory::conversationId(5);
    QTest::keyClicks(m_view->filterBar()->conversationEdit(), id.left(8));
    QCOMPARE(resets.size(), 0); // not a read per key
    QTRY_COMPARE(m_model->filter().conversationId, id.left(8));
    QCOMPARE(resets.size(), 1);
    QVERIFY(m_model->totalCount() > 0);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->entryAt(row).intent.conversationId, id);
}

void TestAuditView::invertedCustomRangeShowsAProblemAndKeepsTheRows()
{
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(kNowMs, QTimeZone(0));
    m_view->filterBar()->setCustomRange(from, from.addSecs(-3600));
    QVERIFY2(m_view->problemText().contains(QStringLiteral("before it starts")),
             qPrintable(m_view->problemText()));
    QCOMPARE(m_model->filter(), JournalFilter());
    QCOMPARE(m_model->totalCount(), 2000);
    // Put right: the problem goes, the range applies.
    m_view->filterBar()->setCustomRange(from.addSecs(-3600), from);
    QVERIFY(m_view->problemText().isEmpty());
    QCOMPARE(m_model->filter().fromMs, kNowMs - kHourMs);
    QCOMPARE(m_model->filter().toMs, kNowMs);
    QVERIFY(m_model->totalCount() > 0 && m_model->totalCount() < 2000);
}

void TestAuditView::exportWritesEveryRowTheFilterShows()
{
    choose(m_view->filterBar()->outcomeBox(), QStringLiteral("Failed"));
    const qint64 shown = m_model->totalCount();
    QVERIFY(shown > 0);
    const QString file = m_dir->filePath(QStringLiteral("failed.csv"));
    QSignalSpy done(m_view.get(), &AuditView::exportFinished);
    QString error;
    QVERIFY2(m_view->exportCsv(file, &error), qPrintable(error));
    // In the background: the button waits, a second export is refused meanwhile.
    QVERIFY(!m_view->filterBar()->exportButton()->isEnabled());
    QVERIFY(!m_view->exportCsv(file, &error));
    QVERIFY2(error.contains(QStringLiteral("under way")), qPrintable(error));
    QVERIFY(done.wait(10'000));
    QVERIFY(done.constFirst().at(0).toBool());
    QVERIFY(m_view->filterBar()->exportButton()->isEnabled());
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    // Header, one line per row (CRLF ends, so a last empty piece).
    QCOMPARE(lines.size(), shown + 2);
    QVERIFY(lines.constFirst().startsWith("id,conversation_id"));
    for (qsizetype i = 1; i <= shown; ++i)
        QVERIFY2(lines.at(i).contains(",failed,"), lines.at(i).constData());
    QVERIFY2(m_view->statusText().contains(QStringLiteral("failed.csv (actions: %1)").arg(shown)),
             qPrintable(m_view->statusText()));
}

void TestAuditView::exportToAnUnwritablePlaceSaysWhy()
{
    QSignalSpy done(m_view.get(), &AuditView::exportFinished);
    QVERIFY(m_view->exportCsv(m_dir->filePath(QStringLiteral("missing/folder/out.csv"))));
    QVERIFY(done.wait(10'000));
    QVERIFY(!done.constFirst().at(0).toBool());
    QVERIFY2(m_view->problemText().contains(QStringLiteral("cannot be written")),
             qPrintable(m_view->problemText()));
}

void TestAuditView::selectingAnActionAsksForItsConversation()
{
    QSignalSpy asked(m_view.get(), &AuditView::conversationSelected);
    m_view->table()->selectRow(3);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.constFirst().constFirst().toString(), m_model->entryAt(3).intent.conversationId);
    m_view->showNote(QStringLiteral("This conversation is no longer live."));
    QVERIFY(m_view->statusText().endsWith(QStringLiteral("This conversation is no longer live.")));
    m_view->table()->selectRow(4); // a new selection clears the note
    QVERIFY(!m_view->statusText().contains(QStringLiteral("no longer live")));
}

void TestAuditView::tilePresetsFilterTodaysFailuresAndCloses()
{
    QSignalSpy changed(m_view->filterBar(), &AuditFilterBar::changed);
    m_view->filterBar()->applyPreset(AuditFilterBar::Preset::FailuresToday);
    QCOMPARE(changed.size(), 1); // one read, not one per control
    const qint64 midnight = kNowMs - 10 * kHourMs; // 00:00 UTC
    QCOMPARE(m_model->filter().fromMs, midnight);
    QCOMPARE(m_model->filter().outcomes, QList<JournalOutcome> {JournalOutcome::Failed});
    m_view->filterBar()->applyPreset(AuditFilterBar::Preset::AutoClosedToday);
    QCOMPARE(m_model->filter().actor, JournalFilter::Actor::Automatic);
    QCOMPARE(m_model->filter().kinds, QList<IdleAction::Kind> {IdleAction::Kind::Disconnect});
    QCOMPARE(m_model->filter().outcomes,
             (QList<JournalOutcome> {JournalOutcome::Succeeded, JournalOutcome::Observed}));
}

void TestAuditView::panelSaysWhenTheJournalCannotBeRead()
{
    AuditPanel panel(m_clock, nullptr); // deletes its view
    QFile garbage(m_dir->filePath(QStringLiteral("garbage.sqlite")));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(4096, 'x'));
    garbage.close();
    panel.open(garbage.fileName());
    QVERIFY(!panel.reader().isOpen());
    QVERIFY2(panel.view()->statusText().contains(QStringLiteral("cannot be read")),
             qPrintable(panel.view()->statusText()));
    QCOMPARE(panel.model().rowCount(), 0);
    // The real journal afterwards: the rows come.
    panel.open(path());
    QCOMPARE(panel.model().totalCount(), 2000);
    QVERIFY(panel.view()->statusText().startsWith(QStringLiteral("Actions:")));
    // Customers the table showed this session keep their names after their conversation ended.
    Enforcement::ConversationRow seen;
    seen.conversationId = panel.model().entryAt(0).intent.conversationId;
    seen.customerName = QStringLiteral("Greta Mensah");
    panel.rememberCustomers({seen});
    QVERIFY(panel.model()
                .index(0, AuditTableModel::ConversationColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("Greta Mensah · ")));
}

QTEST_MAIN(TestAuditView)
#include "tst_auditview.moc"
