#include "mainwindow.h"

#include "alerts/alertpresenter.h"
#include "audit/auditpanel.h"
#include "audit/auditview.h"
#include "connectionindicator.h"
#include "conversationfiltermodel.h"
#include "conversationtablemodel.h"
#include "core/clock.h"
#include "core/overrideoutcome.h"
#include "dashboard/dashboarddocks.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/rowactions.h"
#include "detailspane.h"
#include "policy/policycommands.h"
#include "queuepicker.h"
#include "signinpage.h"
#include "summary/activitychart.h"
#include "summary/dashboardstats.h"
#include "summary/idlechart.h"
#include "summary/summarystrip.h"
#include "supervision/auditreader.h"
#include "supervision/supervisioncontroller.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace IdleGuard::Ui {

using namespace Qt::StringLiterals;
using Supervision::SupervisionController;

namespace {

QIcon icon(const QString &name)
{
    return QIcon(u":/icons/"_s + name + u".svg"_s);
}

} // namespace

MainWindow::MainWindow(SupervisionController &controller, const Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
    , m_clock(clock)
{
    setWindowTitle(tr("Idle Guard"));
    setWindowIcon(icon(u"idleguard"_s));
    setObjectName(u"mainWindow"_s);

    m_model = new ConversationTableModel(clock, this);
    m_filter = new ConversationFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_dashboard = new DashboardPage(*m_model, *m_filter, this);
    m_signIn = new SignInPage(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_signIn);
    m_pages->addWidget(m_dashboard);
    setCentralWidget(m_pages);

    m_indicator = new ConnectionIndicator(this);
    statusBar()->addPermanentWidget(m_indicator, 1);

    m_rowActions = new RowActions(m_controller, *table(), *this);
    buildActions();
    buildDocks();
    buildMenus();
    buildToolBar();
    connectController();
    connectEnforcer();
    // Panes and commands that build on the window (menu(), docks(), dashboardPage()) may be
    // added here or after construction; docks added later still take their saved place.
    m_policyCommands = new PolicyCommands(*this);
    m_rowActions->addContextAction(m_policyCommands->tuneQueueAction());
    m_alerts = new AlertPresenter(*this);
    restoreSettings();

    connect(m_signIn, &SignInPage::signInRequested, this, &MainWindow::onSignInRequested);
    connect(m_signIn, &SignInPage::cancelRequested, this, [this] {
        m_controller.signOut();
        m_signIn->showIdle();
    });
    connect(table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onSelectionChanged);
    connect(table(), &QTableView::customContextMenuRequested, m_rowActions,
            &RowActions::showContextMenu);
    connect(m_dashboard->strip(), &SummaryStrip::tileActivated, this,
            [this](SummaryStrip::Tile tile) { onTileActivated(int(tile)); });
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &MainWindow::onTick);
    m_tick.start();
    updateActions();
}

MainWindow::~MainWindow() = default;

QTableView *MainWindow::table() const
{
    return m_dashboard->table();
}

SummaryStrip *MainWindow::summaryStrip() const
{
    return m_dashboard->strip();
}

AuditView *MainWindow::auditView() const
{
    return m_audit->view();
}

QAction *MainWindow::action(const QString &objectName) const
{
    if (QAction *rowAction = m_rowActions->action(objectName))
        return rowAction;
    if (QAction *own = m_actions.value(objectName))
        return own;
    return findChild<QAction *>(objectName); // those of the parts hooked in (policies, settings)
}

bool MainWindow::isDashboardShown() const
{
    return m_pages->currentWidget() == m_dashboard;
}

void MainWindow::setDemo(const QString &environmentKey, const QString &clientId,
                         const QString &note)
{
    m_demo = true;
    m_signIn->lockTo(environmentKey, clientId, note);
    setWindowTitle(tr("Idle Guard — demo on the sandbox organisation"));
}

void MainWindow::setPolicies(const PolicySet &policies)
{
    m_policies = policies;
}

void MainWindow::buildActions()
{
    const auto add = [this](const QString &name, const QString &text, const QString &iconName,
                            const QKeySequence &shortcut, const QString &tip) {
        QAction *a = RowActions::makeAction(this, name, text, iconName, shortcut, tip);
        m_actions.insert(name, a);
        return a;
    };
    QAction *observe = add(u"observeOnly"_s, tr("&Observe only"), u"observe"_s,
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                           tr("Show every countdown but send nothing automatically"));
    observe->setCheckable(true);
    add(u"signOut"_s, tr("Sign &out"), u"signout"_s, QKeySequence(),
        tr("Sign out of Genesys Cloud"));
    add(u"find"_s, tr("&Find"), QString(), QKeySequence::Find, tr("Search the conversations"));
    add(u"showAudit"_s, tr("Audit &journal"), QString(), QKeySequence(Qt::CTRL | Qt::Key_J),
        tr("Every automatic and manual action, newest first"));

    connect(observe, &QAction::triggered, this, [this](bool checked) { switchMode(checked); });
    connect(action(u"signOut"_s), &QAction::triggered, this, [this] {
        m_controller.signOut();
        onSignedOut();
    });
    connect(action(u"showAudit"_s), &QAction::triggered, this, [this] {
        m_auditDock->show();
        m_auditDock->raise();
        auditView()->table()->setFocus();
    });
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(u"signOut"_s));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setObjectName(u"quit"_s);
    m_menus.insert(Menu::File, file);

    QMenu *conversation = menuBar()->addMenu(tr("&Conversation"));
    m_rowActions->fillMenu(*conversation);
    conversation->addSeparator();
    conversation->addAction(action(u"observeOnly"_s));
    m_menus.insert(Menu::Conversation, conversation);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(action(u"find"_s));
    view->addAction(action(u"showAudit"_s));
    view->addSeparator();
    m_docks->fillViewMenu(*view);
    view->addMenu(m_dashboard->columnsMenu());
    m_menus.insert(Menu::View, view);
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Actions"));
    bar->setObjectName(u"actionsToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (const QString &name :
         {u"warnNow"_s, u"disconnectNow"_s, u"snooze15"_s, u"exempt"_s, u"reset"_s})
        bar->addAction(action(name));
    bar->addSeparator();
    bar->addWidget(m_dashboard->stateFilter());
    bar->addWidget(m_dashboard->search());
    bar->addSeparator();
    bar->addAction(action(u"observeOnly"_s));
    connect(action(u"find"_s), &QAction::triggered, m_dashboard, &DashboardPage::focusSearch);
}

void MainWindow::buildDocks()
{
    m_docks = new DashboardDocks(*this);
    m_queues = new QueuePicker(this);
    m_docks->add(m_queues, tr("Queues"), u"queuesDock"_s, Qt::LeftDockWidgetArea);
    connect(m_queues, &QueuePicker::checkedChanged, this, &MainWindow::onQueuesChecked);
    m_details = new DetailsPane(m_clock, this);
    m_docks->add(m_details, tr("Details"), u"detailsDock"_s, Qt::RightDockWidgetArea);

    // Under the table, as tabs: the charts of the day in front, the audit journal behind.
    auto *charts = new QWidget(this);
    m_activityChart = new ActivityChart(charts);
    m_idleChart = new IdleChart(charts);
    auto *side = new QHBoxLayout(charts);
    side->setContentsMargins(0, 0, 0, 0);
    side->addWidget(m_activityChart, 3);
    side->addWidget(m_idleChart, 2);
    m_chartsDock = m_docks->add(charts, tr("Charts"), u"chartsDock"_s, Qt::BottomDockWidgetArea);

    m_audit = new AuditPanel(m_clock, this, this);
    m_auditDock = m_docks->add(m_audit->view(), tr("Audit journal"), u"auditDock"_s,
                               Qt::BottomDockWidgetArea);
    m_docks->tabify(m_chartsDock, m_auditDock);
    m_chartsDock->raise();
    connect(m_audit, &AuditPanel::conversationSelected, this, [this](const QString &id) {
        if (!selectConversation(id))
            auditView()->showNote(tr("This conversation is no longer live."));
    });

    m_stats = new DashboardStats(*m_model, m_audit->reader(), m_clock, *m_dashboard->strip(),
                                 *m_activityChart, *m_idleChart, this);
    connect(&m_audit->reader(), &Supervision::AuditReader::journalChanged, m_stats,
            &DashboardStats::refreshJournal);
}

void MainWindow::connectController()
{
    SupervisionController *c = &m_controller;
    connect(c, &SupervisionController::signedIn, this, &MainWindow::onSignedIn);
    connect(c, &SupervisionController::signInFailed, this, [this](const QString &message) {
        m_pages->setCurrentWidget(m_signIn);
        m_signIn->showError(tr("Sign-in failed: %1").arg(message));
    });
    connect(c, &SupervisionController::connectionChanged, this,
            [this](const Supervision::ConnectionStatus &status) {
                m_indicator->showConnection(status, m_clock.nowMs());
            });
    connect(c, &SupervisionController::queuesReady, this, [this](const QList<Queue> &queues) {
        m_queues->setQueues(queues);
        QStringList watched = m_controller.settings().queues;
        if (watched.isEmpty() && m_watchAll) {
            for (const Queue &q : queues)
                watched << q.id;
        }
        m_queues->setChecked(watched);
        m_model->setQueueNames(m_queues->names());
        m_audit->setQueueNames(m_queues->names());
        onQueuesChecked(m_queues->checked());
    });
    connect(c, &SupervisionController::queuesFailed, this, [this](const QString &message) {
        m_queues->showMessage(tr("Queues could not be read: %1").arg(message));
    });
    connect(c, &SupervisionController::statusesReady, m_model, &ConversationTableModel::setAll);
    connect(c, &SupervisionController::statusesChanged, m_model,
            &ConversationTableModel::applyBatch);
    // The audit journal names the customers of conversations that have ended since.
    connect(c, &SupervisionController::statusesReady, m_audit, &AuditPanel::rememberCustomers);
    connect(c, &SupervisionController::statusesChanged, m_audit,
            [this](const QList<Enforcement::ConversationRow> &changed) {
                m_audit->rememberCustomers(changed);
            });
    connect(c, &SupervisionController::transcriptReady, m_details, &DetailsPane::showTranscript);
    connect(c, &SupervisionController::transcriptFailed, m_details,
            &DetailsPane::showTranscriptError);
    connect(c, &SupervisionController::summaryReady, m_indicator,
            &ConnectionIndicator::showSummary);
    connect(c, &SupervisionController::observeOnlyChanged, this, [this](bool observeOnly) {
        action(u"observeOnly"_s)->setChecked(observeOnly);
        const auto &s = m_controller.settings();
        m_indicator->showMode(observeOnly, s.instanceId, s.claimLeadMs > 0);
        statusBar()->showMessage(observeOnly ? tr("Observe-only: nothing automatic is sent.")
                                             : tr("Enforcing: automatic actions are on."),
                                 8000);
    });
}

void MainWindow::connectEnforcer()
{
    SupervisionController *c = &m_controller;
    connect(c, &SupervisionController::enforcerStarted, this,
            [this](bool ok, const QString &error) {
                if (!ok) {
                    QMessageBox::critical(this, tr("Idle Guard"),
                                          tr("The enforcer could not start: %1").arg(error));
                    return;
                }
                m_controller.requestStatuses();
                // The enforcer has created (or migrated) the journal: the window reads it too.
                m_audit->open(m_controller.settings().journalPath);
                m_stats->refreshJournal();
            });
    connect(c, &SupervisionController::actionFinished, this,
            [this](const Enforcement::ActionReport &report) {
                m_audit->noteAction(report);
                if (report.outcome == JournalOutcome::Failed)
                    statusBar()->showMessage(tr("%1 on a conversation failed: %2")
                                                 .arg(stableName(report.action.kind), report.error),
                                             10'000);
            });
    connect(c, &SupervisionController::overrideFinished, this, &MainWindow::onOverrideFinished);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    m_signIn->setEnvironmentKey(settings.value(u"signIn/environment"_s, u"us_east_1"_s).toString());
    m_signIn->setClientId(settings.value(u"signIn/clientId"_s).toString());
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    m_layoutRestored = restoreState(settings.value(u"window/state"_s).toByteArray());
    m_docks->afterRestore(m_layoutRestored);
    m_docks->setClosedDocks(settings.value(u"window/closedDocks"_s).toStringList());
    m_dashboard->restoreHeaderState(settings.value(u"table/header.v2"_s).toByteArray());
}

void MainWindow::saveSettings()
{
    QSettings settings;
    if (!m_demo) { // the demo's sandbox address changes every run: keep the real one
        settings.setValue(u"signIn/environment"_s, m_signIn->environmentKey());
        settings.setValue(u"signIn/clientId"_s, m_signIn->clientId());
        settings.setValue(u"queues/watched"_s, m_queues->checked());
    }
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/closedDocks"_s, m_docks->closedDocks());
    m_docks->beforeSave();
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"table/header.v2"_s, m_dashboard->saveHeaderState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    m_controller.stop();
    event->accept();
}

void MainWindow::signIn()
{
    onSignInRequested();
}

void MainWindow::onSignInRequested()
{
    SupervisionController::Settings s = m_controller.settings();
    s.environment = Genesys::Environment::fromString(m_signIn->environmentKey());
    if (!s.environment.isValid()) {
        m_signIn->showError(tr("“%1” is not a Genesys Cloud region or an address.")
                                .arg(m_signIn->environmentKey()));
        return;
    }
    s.mode = SupervisionController::SignInMode::Browser;
    s.clientId = m_signIn->clientId();
    // What the supervisor applied last, once the enforcer has answered; else the start set.
    s.policies = m_controller.policyHistory().hasInForce() ? m_controller.policyHistory().latest()
                                                           : m_policies;
    s.policyFile = m_policyFile;
    if (!m_journalPath.isEmpty())
        s.journalPath = m_journalPath;
    if (!m_instanceId.isEmpty())
        s.instanceId = m_instanceId;
    s.clockSpeed = m_clockSpeed;
    s.claimLeadMs = m_claimLeadMs;
    if (!m_demo)
        s.queues = QSettings().value(u"queues/watched"_s).toStringList();
    m_controller.configure(s);
    m_signIn->showProgress(tr("Your browser opened Genesys Cloud's sign-in page. Sign in there; "
                              "this window continues by itself."));
    m_controller.signIn();
}

void MainWindow::onSignedIn(const QString &userName)
{
    m_signIn->showIdle();
    m_pages->setCurrentWidget(m_dashboard);
    m_docks->enterDashboard();
    if (!m_layoutRestored) // room for the queue names, the messages and the charts
        QTimer::singleShot(0, m_docks, &DashboardDocks::resizeFirstTime);
    table()->setFocus();
    const auto &s = m_controller.settings();
    action(u"observeOnly"_s)->setChecked(s.observeOnly);
    m_indicator->showMode(s.observeOnly, s.instanceId, s.claimLeadMs > 0);
    m_audit->setSignedInUser(m_controller.userId(), userName);
    statusBar()->showMessage(tr("Signed in as %1.").arg(userName), 8000);
    m_controller.fetchQueues();
    updateActions();
}

void MainWindow::onSignedOut()
{
    m_model->setAll({}, 0);
    m_details->clear();
    m_audit->close();
    m_docks->leaveDashboard();
    m_pages->setCurrentWidget(m_signIn);
    m_signIn->showIdle();
    updateActions();
}

void MainWindow::onQueuesChecked(const QStringList &queueIds)
{
    m_controller.setQueues(queueIds);
    m_model->setQueueNames(m_queues->names());
}

bool MainWindow::selectConversation(const QString &conversationId)
{
    return m_dashboard->selectConversation(conversationId);
}

void MainWindow::switchMode(bool observeOnly)
{
    if (!observeOnly) {
        const auto answer = QMessageBox::question(
            this, tr("Enforce"),
            tr("Switch to enforcing? Idle Guard will send warnings and disconnect idle "
               "conversations on its own, as the policy says."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            action(u"observeOnly"_s)->setChecked(true);
            return;
        }
    }
    m_controller.setObserveOnly(observeOnly); // the worker's echo updates the status bar
}

void MainWindow::onOverrideFinished(const QString &conversationId, const OverrideOutcome &outcome)
{
    const QString text = m_rowActions->outcomeText(conversationId, outcome);
    m_details->showOutcome(conversationId, text, !outcome.accepted);
    if (!outcome.accepted)
        statusBar()->showMessage(text, 10'000);
    m_audit->reader().noteJournaled();
}

void MainWindow::onTileActivated(int tile)
{
    using Tile = SummaryStrip::Tile;
    using State = ConversationFilterModel::StateFilter;
    switch (Tile(tile)) {
    case Tile::Tracked:
    case Tile::Warned:
        m_dashboard->showState(State::All);
        break;
    case Tile::CustomerOwes:
        m_dashboard->showState(State::CustomerOwes);
        break;
    case Tile::AgentOwes:
        m_dashboard->showState(State::AgentOwes);
        break;
    case Tile::AutoClosedToday:
    case Tile::FailuresToday:
        m_audit->applyPreset(Tile(tile) == Tile::FailuresToday
                                 ? AuditFilterBar::Preset::FailuresToday
                                 : AuditFilterBar::Preset::AutoClosedToday);
        action(u"showAudit"_s)->trigger();
        break;
    }
}

void MainWindow::onSelectionChanged()
{
    const QModelIndexList selected = table()->selectionModel()->selectedRows();
    updateActions();
    if (selected.size() != 1) {
        if (selected.isEmpty())
            m_details->clear();
        return;
    }
    refreshDetails();
}

void MainWindow::refreshDetails()
{
    const QModelIndexList selected = table()->selectionModel()->selectedRows();
    if (selected.size() != 1)
        return;
    const auto row = selected.constFirst()
                         .data(ConversationTableModel::RowRole)
                         .value<Enforcement::ConversationRow>();
    // A new selection, or new messages on the selected one: read its transcript (again).
    const bool reload = row.conversationId != m_details->conversationId()
        || row.messageCount != m_detailsMessageCount;
    m_detailsMessageCount = row.messageCount;
    m_details->showRow(row, m_queues->names().value(row.queueId, row.queueId),
                       m_policies.forQueue(row.queueId));
    if (reload)
        m_controller.fetchTranscript(row.conversationId);
}

void MainWindow::updateActions()
{
    const bool signedIn = isDashboardShown();
    m_rowActions->updateEnabled(signedIn);
    action(u"observeOnly"_s)->setEnabled(signedIn);
    action(u"signOut"_s)->setEnabled(signedIn);
    action(u"showAudit"_s)->setEnabled(signedIn);
}

void MainWindow::onTick()
{
    // Only the visible rows' countdown and idle columns move: no reset, no full sweep.
    m_model->tick(m_dashboard->visibleSourceRows());
    refreshDetails(); // "silent for", outcomes, new messages
    m_indicator->showConnection(m_controller.connection(), m_clock.nowMs());
    if (isDashboardShown())
        m_stats->tick(); // the strip and the charts, at their own pace
    if (++m_ticks % 5 == 0 && m_controller.isEnforcing())
        m_controller.requestSummary();
}

} // namespace IdleGuard::Ui
