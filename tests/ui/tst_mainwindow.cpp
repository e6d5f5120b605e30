// The dashboard window end to end on the offscreen platform, against an in-process sandbox
// organisation: the browser sign-in completes (the sandbox's page, filled in as a person would),
// the table fills with the queue's conversations, row actions reach the platform and show their
// outcome, a dropped feed shows in the status bar and recovers. Nothing here waits for an idle
// timer: the sandbox's clock stands still unless a test steps it; waits are for signals.

#include "core/policyparser.h"
#include "genesys/memorytokenstore.h"
#include "sandbox/conversationstore.h"
#include "sandbox/eventscheduler.h"
#include "sandbox/notificationhub.h"
#include "sandbox/organisation.h"
#include "sandbox/sandboxbrowser.h"
#include "sandbox/simconversation.h"
#include "sandbox/trafficsimulator.h"
#include "sandboxfixture.h"
#include "supervision/audittablemodel.h"
#include "supervision/supervisioncontroller.h"
#include "ui/alerts/alertbar.h"
#include "ui/alerts/alertpresenter.h"
#include "ui/audit/auditview.h"
#include "ui/connectionindicator.h"
#include "ui/conversationtablemodel.h"
#include "ui/detailspane.h"
#include "ui/mainwindow.h"
#include "ui/policy/durationedit.h"
#include "ui/policy/policycommands.h"
#include "ui/policy/policyeditordialog.h"
#include "ui/policy/policyform.h"
#include "ui/queuepicker.h"
#include "ui/summary/activitychart.h"
#include "ui/summary/summarystrip.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QCheckBox>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace IdleGuard;
using namespace IdleGuard::Sandbox;
using namespace Qt::StringLiterals;

namespace {

PolicySet testPolicies()
{
    const QByteArray json = R"({"version": 1, "default": {
        "name": "Window test", "mode": "turn-aware", "requireAgentMessage": true,
        "defaultLanguage": "en",
        "customer": {"warning1": {"afterSeconds": 60, "message": "[W1] {customerName}, still there?"},
                     "warning2": {"afterSeconds": 120, "message": "[W2] Closing soon."},
                     "close": {"afterSeconds": 180, "message": "[CLOSE] Goodbye."}},
        "agent": {"flag": {"afterSeconds": 120}},
        "closeScope": "agent"}})";
    PolicyErrors errors;
    const auto set = PolicyParser::parse(json, &errors);
    if (!set)
        qFatal("test policy refused");
    return *set;
}

// Clicks `button` of the next message box that opens (the disconnect confirmation).
void answerNextMessageBox(const QString &button)
{
    QTimer::singleShot(0, qApp, [button] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                for (QAbstractButton *b : box->buttons()) {
                    if (b->text().remove(u'&') == button) {
                        b->click();
                        return;
                    }
                }
            }
        }
        answerNextMessageBox(button); // not open yet
    });
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void signsInAndFillsTheTable();
    void rowActionsReachTheSandboxAndShowTheirOutcome();
    void droppedFeedShowsAndRecovers();
    void statusBarShowsTheRateLimitBacklog();
    void auditJournalShowsActionsAndSelectsTheirConversation();
    void tuningARowsQueueMovesItsCountdownAtOnce();
    void anAlertSelectsItsConversation();

private:
    QString startConversation(const QString &customer);
    QList<SimMessage> agentMessagesStartingWith(const QString &id, const QString &prefix);
    int sourceRowOf(const QString &id);
    void select(const QString &id);

    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<Genesys::MemoryTokenStore> m_tokens;
    std::unique_ptr<Supervision::SupervisionController> m_controller;
    std::unique_ptr<Ui::MainWindow> m_window;
    std::unique_ptr<SandboxBrowser> m_browser;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_queueId;
    QString m_agentId;
    QStringList m_conversations;
};

void TestMainWindow::init()
{
    m_fixture = std::make_unique<SandboxFixture>();
    QVERIFY(m_fixture->start());
    IdleGuard::Sandbox::Sandbox &sandbox = m_fixture->sandbox();
    sandbox.simulator().setPaused(true);
    m_queueId = sandbox.organisation().queues().constFirst().id;
    m_agentId = m_fixture->agentOf(m_queueId);
    QVERIFY(!m_agentId.isEmpty());
    m_conversations = {startConversation(u"Alex"_s), startConversation(u"Bea"_s),
                       startConversation(u"Chris"_s)};

    m_dir = std::make_unique<QTemporaryDir>();
    m_tokens = std::make_unique<Genesys::MemoryTokenStore>();
    const Clock &clock = sandbox.scheduler().clock();
    m_controller = std::make_unique<Supervision::SupervisionController>(clock, *m_tokens);
    m_browser = std::make_unique<SandboxBrowser>();
    m_controller->setBrowserLauncher(m_browser->launcher());
    m_window = std::make_unique<Ui::MainWindow>(*m_controller, clock);
    m_window->setDemo(Genesys::Environment::custom(sandbox.baseUrl()).key(),
                      QString::fromLatin1(Genesys::PkceSignIn::defaultClientId), QString());
    m_window->setPolicies(testPolicies());
    m_window->setJournalPath(m_dir->filePath(u"journal.sqlite"_s));
    m_window->setInstanceId(u"window-test"_s);
    m_window->setWatchAllByDefault(true);
    m_window->resize(1200, 700);
    m_window->show();
    m_window->signIn();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_controller.reset();
    m_browser.reset();
    m_tokens.reset();
    m_fixture.reset();
    m_dir.reset();
}

QString TestMainWindow::startConversation(const QString &customer)
{
    return m_fixture->startAnsweredConversation(m_queueId, m_agentId, customer);
}

QList<SimMessage> TestMainWindow::agentMessagesStartingWith(const QString &id,
                                                            const QString &prefix)
{
    QList<SimMessage> found;
    const SimConversation *c = m_fixture->sandbox().store().conversation(id);
    for (const SimParticipant &p : c->participants) {
        if (p.purpose != u"agent")
            continue;
        for (const SimMessage &m : p.messages) {
            if (m.text.startsWith(prefix))
                found << m;
        }
    }
    return found;
}

int TestMainWindow::sourceRowOf(const QString &id)
{
    auto *model = m_window->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(Ui::ConversationTableModel::ConversationIdRole) == id)
            return row;
    }
    return -1;
}

void TestMainWindow::select(const QString &id)
{
    QTableView *table = m_window->table();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data(Ui::ConversationTableModel::ConversationIdRole)
            == id) {
            table->selectRow(row);
            return;
        }
    }
    QFAIL("row not found");
}

void TestMainWindow::signsInAndFillsTheTable()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isDashboardShown(), 15'000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), 3, 15'000);
    QVERIFY(m_controller->isSignedIn());
    QCOMPARE(m_controller->userName(), u"Sam Supervisor"_s);
    QVERIFY(m_window->queuePicker()->checked().contains(m_queueId));
    // Every row is the conversation it says, with the agent's name and a countdown to warning 1.
    for (const QString &id : std::as_const(m_conversations)) {
        const int row = sourceRowOf(id);
        QVERIFY(row >= 0);
        const auto r = m_window->model()
                           ->index(row, 0)
                           .data(Ui::ConversationTableModel::RowRole)
                           .value<Enforcement::ConversationRow>();
        QCOMPARE(r.owes, Party::Customer);
        QCOMPARE(r.nextStage, IdleStage::Warning1);
        QVERIFY(!r.agentName.isEmpty());
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_window->indicator()->connectionText(), u"Live"_s, 10'000);
}

void TestMainWindow::rowActionsReachTheSandboxAndShowTheirOutcome()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), 3, 15'000);
    const QString warned = m_conversations.at(0);
    select(warned);
    QVERIFY(m_window->action(u"warnNow"_s)->isEnabled());
    m_window->action(u"warnNow"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(agentMessagesStartingWith(warned, u"[W1]"_s).size(), 1, 10'000);
    // The outcome shows in the row (warning 1 done) and in the details.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto r = m_window->model()
                               ->index(sourceRowOf(warned), 0)
                               .data(Ui::ConversationTableModel::RowRole)
                               .value<Enforcement::ConversationRow>();
            return !r.results.isEmpty() && r.results.constLast().stage == IdleStage::Warning1
                && r.results.constLast().outcome == JournalOutcome::Succeeded;
        }(),
        10'000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->details()->html().contains(u"accepted"_s), 10'000);

    // Snooze another: its row says until when.
    const QString snoozed = m_conversations.at(1);
    select(snoozed);
    m_window->action(u"snooze15"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->model()
                                     ->index(sourceRowOf(snoozed), 0)
                                     .data(Ui::ConversationTableModel::RowRole)
                                     .value<Enforcement::ConversationRow>()
                                     .snoozedUntilMs
                                 != kNoTime,
                             10'000);

    // Disconnect the third, after confirming: the agent leaves, with the closing message.
    const QString closed = m_conversations.at(2);
    select(closed);
    answerNextMessageBox(u"Disconnect"_s);
    m_window->action(u"disconnectNow"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_fixture->sandbox().store().conversation(closed)->agent()
            || !m_fixture->sandbox().store().conversation(closed)->agent()->isActive(),
        10'000);
    QCOMPARE(agentMessagesStartingWith(closed, u"[CLOSE]"_s).size(), 1);
    // Declined: nothing happens.
    select(warned);
    answerNextMessageBox(u"Cancel"_s);
    m_window->action(u"disconnectNow"_s)->trigger(); // returns once the box is answered
    QVERIFY(m_fixture->sandbox().store().conversation(warned)->agent()->isActive());
}

void TestMainWindow::droppedFeedShowsAndRecovers()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_window->indicator()->connectionText(), u"Live"_s, 15'000);
    QSignalSpy changes(m_controller.get(), &Supervision::SupervisionController::connectionChanged);
    QVERIFY(m_fixture->sandbox().notifications().dropAllSockets() > 0);
    // The status bar says the feed is away, then live again once it has resynchronised.
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(changes.cbegin(), changes.cend(),
                    [](const QList<QVariant> &args) {
                        return args.first().value<Supervision::ConnectionStatus>().feed
                            != Genesys::NotificationFeed::State::Live;
                    }),
        10'000);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->connection().feed,
                              Genesys::NotificationFeed::State::Live, 20'000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->indicator()->connectionText(), u"Live"_s, 5'000);
    QCOMPARE(m_window->model()->rowCount(), 3); // nothing lost across the gap
}

// When stages wait for the rate budget, the status bar says how many and how late the oldest
// is; the summary reaches it as the worker's does, through the controller's summaryReady.
void TestMainWindow::statusBarShowsTheRateLimitBacklog()
{
    const auto summaryLabels = [this](const QString &text) {
        QList<QLabel *> found;
        for (QLabel *label : m_window->statusBar()->findChildren<QLabel *>()) {
            if (label->text() == text && label->isVisible())
                found << label;
        }
        return found.size();
    };
    Enforcement::WorkerSummary summary;
    summary.succeeded = 12;
    summary.failed = 1;
    summary.backlog = 3;
    summary.backlogLatenessMs = 42'700; // whole seconds shown
    emit m_controller->summaryReady(summary);
    const QString withBacklog
        = u"12 done · 1 failed since start · 3 waiting for the rate limit, the oldest 42 s late"_s;
    QCOMPARE(summaryLabels(withBacklog), 1);

    // The backlog is worked off: its part of the text goes.
    summary.succeeded = 15;
    summary.backlog = 0;
    summary.backlogLatenessMs = 0;
    emit m_controller->summaryReady(summary);
    QCOMPARE(summaryLabels(withBacklog), 0);
    QCOMPARE(summaryLabels(u"15 done · 1 failed since start"_s), 1);
    for (QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
        QVERIFY2(!label->text().contains(u"rate limit"_s), qPrintable(label->text()));
}

void TestMainWindow::auditJournalShowsActionsAndSelectsTheirConversation()
{
    using Tile = Ui::SummaryStrip::Tile;
    using Audit = Supervision::AuditTableModel;
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), 3, 15'000);
    // The strip counts the table's rows; the window reads the journal the enforcer writes.
    Ui::SummaryStrip *strip = m_window->summaryStrip();
    QTRY_COMPARE_WITH_TIMEOUT(strip->valueText(Tile::Tracked), u"3"_s, 10'000);
    QCOMPARE(strip->valueText(Tile::CustomerOwes), u"3"_s);
    QCOMPARE(strip->valueText(Tile::Warned), u"0"_s);
    QTRY_COMPARE_WITH_TIMEOUT(strip->valueText(Tile::FailuresToday), u"0"_s, 10'000);
    Ui::AuditView *view = m_window->auditView();
    QVERIFY2(view->statusText().startsWith(u"Actions:"_s), qPrintable(view->statusText()));
    auto *audit = qobject_cast<Audit *>(view->table()->model());
    QVERIFY(audit);

    // A supervisor's warning: in the journal's view at the top, with who and how it went.
    const QString warned = m_conversations.at(1);
    select(warned);
    m_window->action(u"warnNow"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(audit->rowCount() > 0
                                 && audit->entryAt(0).intent.conversationId == warned
                                 && audit->entryAt(0).result.outcome == JournalOutcome::Succeeded,
                             15'000);
    const auto cell = [audit](int column) { return audit->index(0, column).data().toString(); };
    QCOMPARE(cell(Audit::ActionColumn), u"Warning 1"_s);
    QCOMPARE(cell(Audit::ActorColumn), u"Sam Supervisor"_s);
    QCOMPARE(cell(Audit::OutcomeColumn), u"Done"_s);
    QVERIFY(cell(Audit::MessageColumn).startsWith(u"[W1] Bea"_s));
    // ... in the chart of the day and the strip.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->activityChart()->warnings()->at(23), 1.0, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(strip->valueText(Tile::Warned), u"1"_s, 10'000);

    // Selecting the action selects its conversation in the table (and shows its details).
    select(m_conversations.at(0));
    view->table()->selectRow(0);
    const QModelIndexList selected = m_window->table()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.constFirst().data(Ui::ConversationTableModel::ConversationIdRole).toString(),
             warned);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->details()->conversationId(), warned, 5'000);
    QVERIFY(!m_window->selectConversation(u"not-a-live-conversation"_s));

    // The "agent owes" tile shows those conversations in the table: none here.
    QTest::mouseClick(m_window->findChildren<QFrame *>(u"summaryTile"_s).at(int(Tile::AgentOwes)),
                      Qt::LeftButton);
    QCOMPARE(m_window->table()->model()->rowCount(), 0);
}

void TestMainWindow::tuningARowsQueueMovesItsCountdownAtOnce()
{
    // The supervisor's story: this queue warns after 60 s; they select a row, open its queue's
    // thresholds, make it 30 s, apply, and the bars jump.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), 3, 15'000);
    const QString id = m_conversations.constFirst();
    auto rowOf = [&] {
        return m_window->model()
            ->index(sourceRowOf(id), 0)
            .data(Ui::ConversationTableModel::RowRole)
            .value<Enforcement::ConversationRow>();
    };
    QTRY_COMPARE_WITH_TIMEOUT(rowOf().nextStage, IdleStage::Warning1, 10'000);
    QCOMPARE(rowOf().nextAtMs - rowOf().countdownStartMs, 60'000);
    const QString remainingBefore
        = m_window->model()
              ->index(sourceRowOf(id), Ui::ConversationTableModel::NextStepColumn)
              .data(Ui::ConversationTableModel::RemainingTextRole)
              .toString();

    select(id);
    QAction *tune = m_window->action(u"tuneQueue"_s);
    QVERIFY(tune);
    QVERIFY(tune->isEnabled());
    tune->trigger();
    Ui::PolicyEditorDialog *editor = m_window->policyCommands()->editor();
    QVERIFY(editor);
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->currentScope(), m_queueId);
    editor->ownPolicy()->setChecked(true);
    Ui::DurationEdit *w1 = editor->form()->durationEdit(IdleStage::Warning1);
    w1->setFocus();
    w1->selectAll();
    QTest::keyClicks(w1, u"30 s"_s);
    QVERIFY(editor->applyButton()->isEnabled());
    QSignalSpy applied(m_controller.get(), &Supervision::SupervisionController::policiesApplied);
    editor->applyButton()->click();
    QVERIFY(applied.wait(10'000));

    QTRY_COMPARE_WITH_TIMEOUT(rowOf().nextAtMs - rowOf().countdownStartMs, 30'000, 10'000);
    QTRY_VERIFY(m_window->model()
                    ->index(sourceRowOf(id), Ui::ConversationTableModel::NextStepColumn)
                    .data(Ui::ConversationTableModel::RemainingTextRole)
                    .toString()
                != remainingBefore);
    // The status bar says which revision is in force.
    const QString revision = applied.constFirst().at(0).toString();
    QTRY_VERIFY(m_window->policyCommands()->revisionLabel()->text().contains(revision));
}

void TestMainWindow::anAlertSelectsItsConversation()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), 3, 15'000);
    const QString id = m_conversations.at(1);
    Enforcement::ActionReport failed;
    failed.action.kind = IdleAction::Kind::SendWarning;
    failed.action.conversationId = id;
    failed.action.queueId = m_queueId;
    failed.outcome = JournalOutcome::Failed;
    failed.error = u"HTTP 503"_s;
    emit m_controller->actionFinished(failed); // as the enforcer reports a failure
    Ui::AlertBar *bar = m_window->alerts()->bar();
    QTRY_VERIFY(bar->isVisible()); // offscreen: no tray, the window shows it
    QVERIFY(bar->textLabel()->text().contains(u"Bea"_s));
    QVERIFY(bar->textLabel()->text().contains(u"HTTP 503"_s));
    bar->showButton()->click();
    const QModelIndex current = m_window->table()->selectionModel()->currentIndex();
    QCOMPARE(current.data(Ui::ConversationTableModel::ConversationIdRole).toString(), id);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
