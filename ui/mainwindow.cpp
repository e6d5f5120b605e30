#include "mainwindow.h"

#include "connectionindicator.h"
#include "conversationfiltermodel.h"
#include "conversationtablemodel.h"
#include "core/clock.h"
#include "core/overrideoutcome.h"
#include "countdowndelegate.h"
#include "detailspane.h"
#include "queuepicker.h"
#include "signinpage.h"
#include "supervision/supervisioncontroller.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

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

    m_table = new QTableView(this);
    m_table->setObjectName(u"conversationTable"_s);
    m_table->setModel(m_filter);
    m_table->setAccessibleName(tr("Conversations"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegateForColumn(ConversationTableModel::NextStepColumn,
                                      new CountdownDelegate(m_table));
    m_table->sortByColumn(ConversationTableModel::NextStepColumn, Qt::AscendingOrder);
    // Widths a supervisor can read at once (a saved header state replaces them).
    const int em = fontMetrics().horizontalAdvance(u'M');
    const std::pair<int, int> widths[] = {
        {ConversationTableModel::QueueColumn, 10},    {ConversationTableModel::CustomerColumn, 10},
        {ConversationTableModel::AgentColumn, 9},     {ConversationTableModel::ChannelColumn, 11},
        {ConversationTableModel::OwesColumn, 8},      {ConversationTableModel::IdleColumn, 6},
        {ConversationTableModel::NextStepColumn, 14}, {ConversationTableModel::StageColumn, 10},
        {ConversationTableModel::AgeColumn, 5},       {ConversationTableModel::MessagesColumn, 7},
    };
    for (const auto &[column, ems] : widths)
        m_table->horizontalHeader()->resizeSection(column, ems * em);

    m_signIn = new SignInPage(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_signIn);
    m_pages->addWidget(m_table);
    setCentralWidget(m_pages);

    m_indicator = new ConnectionIndicator(this);
    statusBar()->addPermanentWidget(m_indicator, 1);

    buildActions();
    buildDocks();
    buildMenus();
    buildToolBar();
    connectController();
    restoreSettings();

    connect(m_signIn, &SignInPage::signInRequested, this, &MainWindow::onSignInRequested);
    connect(m_signIn, &SignInPage::cancelRequested, this, [this] {
        m_controller.signOut();
        m_signIn->showIdle();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onSelectionChanged);
    connect(m_table, &QTableView::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &MainWindow::showHeaderMenu);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &MainWindow::onTick);
    m_tick.start();
    updateActions();
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::action(const QString &objectName) const
{
    return m_actions.value(objectName);
}

bool MainWindow::isDashboardShown() const
{
    return m_pages->currentWidget() == m_table;
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
        auto *a = new QAction(iconName.isEmpty() ? QIcon() : icon(iconName), text, this);
        a->setObjectName(name);
        a->setShortcut(shortcut);
        a->setShortcutContext(Qt::WindowShortcut);
        a->setToolTip(tip);
        a->setStatusTip(tip);
        m_actions.insert(name, a);
        return a;
    };
    add(u"disconnectNow"_s, tr("&Disconnect now…"), u"disconnect"_s, QKeySequence::Delete,
        tr("Send the closing message and disconnect the agent of the selected conversations"));
    add(u"warnNow"_s, tr("Send &warning now"), u"warn"_s, QKeySequence(Qt::CTRL | Qt::Key_W),
        tr("Send the next warning of the policy to the selected customers now"));
    add(u"snooze5"_s, tr("Snooze &5 minutes"), u"snooze"_s, QKeySequence(Qt::CTRL | Qt::Key_1),
        tr("Hold the timers of the selected conversations for 5 minutes"));
    add(u"snooze15"_s, tr("Snooze &15 minutes"), u"snooze"_s, QKeySequence(Qt::CTRL | Qt::Key_2),
        tr("Hold the timers of the selected conversations for 15 minutes"));
    add(u"snooze60"_s, tr("Snooze &60 minutes"), u"snooze"_s, QKeySequence(Qt::CTRL | Qt::Key_3),
        tr("Hold the timers of the selected conversations for an hour"));
    add(u"exempt"_s, tr("&Exempt"), u"exempt"_s, QKeySequence(Qt::CTRL | Qt::Key_E),
        tr("Take the selected conversations out of automatic actions"));
    add(u"include"_s, tr("&Include again"), u"include"_s,
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
        tr("Put exempted conversations back under automatic actions"));
    add(u"reset"_s, tr("&Reset timers"), u"reset"_s, QKeySequence(Qt::CTRL | Qt::Key_R),
        tr("Start the idle timers of the selected conversations afresh"));
    QAction *observe = add(u"observeOnly"_s, tr("&Observe only"), u"observe"_s,
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                           tr("Show every countdown but send nothing automatically"));
    observe->setCheckable(true);
    add(u"signOut"_s, tr("Sign &out"), u"signout"_s, QKeySequence(),
        tr("Sign out of Genesys Cloud"));
    add(u"find"_s, tr("&Find"), QString(), QKeySequence::Find, tr("Search the conversations"));

    connect(action(u"disconnectNow"_s), &QAction::triggered, this, [this] {
        const QStringList ids = selectedIds();
        QString reason;
        if (ids.isEmpty() || !confirmDisconnect(ids, &reason))
            return;
        for (const QString &id : ids) {
            m_lastAction.insert(id, tr("Disconnect now"));
            m_controller.disconnectNow(id, reason);
        }
    });
    connect(action(u"warnNow"_s), &QAction::triggered, this, [this] {
        forSelected(tr("Send warning now"),
                    [this](const QString &id) { m_controller.warnNow(id); });
    });
    for (int minutes : {5, 15, 60}) {
        connect(action(u"snooze"_s + QString::number(minutes)), &QAction::triggered, this,
                [this, minutes] {
                    forSelected(
                        tr("Snooze %1 minutes").arg(minutes),
                        [this, minutes](const QString &id) { m_controller.snooze(id, minutes); });
                });
    }
    connect(action(u"exempt"_s), &QAction::triggered, this, [this] {
        forSelected(tr("Exempt"), [this](const QString &id) { m_controller.setExempt(id, true); });
    });
    connect(action(u"include"_s), &QAction::triggered, this, [this] {
        forSelected(tr("Include"),
                    [this](const QString &id) { m_controller.setExempt(id, false); });
    });
    connect(action(u"reset"_s), &QAction::triggered, this, [this] {
        forSelected(tr("Reset"), [this](const QString &id) { m_controller.reset(id); });
    });
    connect(observe, &QAction::triggered, this, [this](bool checked) { switchMode(checked); });
    connect(action(u"signOut"_s), &QAction::triggered, this, [this] {
        m_controller.signOut();
        m_model->setAll({}, 0);
        m_details->clear();
        m_pages->setCurrentWidget(m_signIn);
        m_signIn->showIdle();
        updateActions();
    });
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(u"signOut"_s));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setObjectName(u"quit"_s);

    QMenu *conversation = menuBar()->addMenu(tr("&Conversation"));
    for (const QString &name : {u"warnNow"_s, u"disconnectNow"_s})
        conversation->addAction(action(name));
    conversation->addSeparator();
    for (const QString &name : {u"snooze5"_s, u"snooze15"_s, u"snooze60"_s})
        conversation->addAction(action(name));
    conversation->addSeparator();
    for (const QString &name : {u"exempt"_s, u"include"_s, u"reset"_s})
        conversation->addAction(action(name));
    conversation->addSeparator();
    conversation->addAction(action(u"observeOnly"_s));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(action(u"find"_s));
    view->addAction(m_queueDock->toggleViewAction());
    view->addAction(m_detailsDock->toggleViewAction());
    m_columnsMenu = view->addMenu(tr("&Columns"));
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *a
            = m_columnsMenu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(true);
        connect(a, &QAction::toggled, this,
                [this, column](bool on) { m_table->setColumnHidden(column, !on); });
    }
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Actions"));
    bar->setObjectName(u"actionsToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(action(u"warnNow"_s));
    bar->addAction(action(u"disconnectNow"_s));
    bar->addAction(action(u"snooze15"_s));
    bar->addAction(action(u"exempt"_s));
    bar->addAction(action(u"reset"_s));
    bar->addSeparator();

    m_stateFilter = new QComboBox(bar);
    m_stateFilter->setAccessibleName(tr("Show"));
    m_stateFilter->addItem(tr("All conversations"), int(ConversationFilterModel::StateFilter::All));
    m_stateFilter->addItem(tr("Customer owes a reply"),
                           int(ConversationFilterModel::StateFilter::CustomerOwes));
    m_stateFilter->addItem(tr("Agent owes a reply"),
                           int(ConversationFilterModel::StateFilter::AgentOwes));
    m_stateFilter->addItem(tr("Waiting in queue"),
                           int(ConversationFilterModel::StateFilter::Waiting));
    m_stateFilter->addItem(tr("Flagged"), int(ConversationFilterModel::StateFilter::Flagged));
    bar->addWidget(m_stateFilter);
    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(tr("Search customer, agent, queue, id"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search conversations"));
    m_search->setMaximumWidth(280);
    bar->addWidget(m_search);
    bar->addSeparator();
    bar->addAction(action(u"observeOnly"_s));

    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStateFilter(
            ConversationFilterModel::StateFilter(m_stateFilter->currentData().toInt()));
    });
    connect(m_search, &QLineEdit::textChanged, m_filter, &ConversationFilterModel::setTextFilter);
    connect(action(u"find"_s), &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
}

void MainWindow::buildDocks()
{
    m_queues = new QueuePicker(this);
    m_queueDock = new QDockWidget(tr("Queues"), this);
    m_queueDock->setObjectName(u"queuesDock"_s);
    m_queueDock->setWidget(m_queues);
    addDockWidget(Qt::LeftDockWidgetArea, m_queueDock);
    connect(m_queues, &QueuePicker::checkedChanged, this, &MainWindow::onQueuesChecked);

    m_details = new DetailsPane(m_clock, this);
    m_detailsDock = new QDockWidget(tr("Details"), this);
    m_detailsDock->setObjectName(u"detailsDock"_s);
    m_detailsDock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);

    m_queueDock->hide();
    m_detailsDock->hide();
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
        onQueuesChecked(m_queues->checked());
    });
    connect(c, &SupervisionController::queuesFailed, this, [this](const QString &message) {
        m_queues->showMessage(tr("Queues could not be read: %1").arg(message));
    });
    connect(c, &SupervisionController::statusesReady, m_model, &ConversationTableModel::setAll);
    connect(c, &SupervisionController::statusesChanged, m_model,
            &ConversationTableModel::applyBatch);
    connect(c, &SupervisionController::overrideFinished, this, &MainWindow::onOverrideFinished);
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
    connect(c, &SupervisionController::enforcerStarted, this,
            [this](bool ok, const QString &error) {
                if (!ok)
                    QMessageBox::critical(this, tr("Idle Guard"),
                                          tr("The enforcer could not start: %1").arg(error));
                else
                    m_controller.requestStatuses();
            });
    connect(c, &SupervisionController::actionFinished, this,
            [this](const Enforcement::ActionReport &report) {
                if (report.outcome == JournalOutcome::Failed)
                    statusBar()->showMessage(tr("%1 on a conversation failed: %2")
                                                 .arg(stableName(report.action.kind), report.error),
                                             10'000);
            });
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    m_signIn->setEnvironmentKey(settings.value(u"signIn/environment"_s, u"us_east_1"_s).toString());
    m_signIn->setClientId(settings.value(u"signIn/clientId"_s).toString());
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(u"table/header.v2"_s).toByteArray());
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_columnsMenu->actions().at(column)->setChecked(!m_table->isColumnHidden(column));
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
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"table/header.v2"_s, m_table->horizontalHeader()->saveState());
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
    s.policies = m_policies;
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
    m_pages->setCurrentWidget(m_table);
    m_queueDock->show();
    m_detailsDock->show();
    // Room for the queue names and the messages; the table keeps the rest.
    QTimer::singleShot(0, this, [this] { // once the docks are laid out
        const int em = fontMetrics().horizontalAdvance(u'M');
        resizeDocks({m_queueDock, m_detailsDock}, {em * 16, em * 28}, Qt::Horizontal);
    });
    m_table->setFocus();
    const auto &s = m_controller.settings();
    action(u"observeOnly"_s)->setChecked(s.observeOnly);
    m_indicator->showMode(s.observeOnly, s.instanceId, s.claimLeadMs > 0);
    statusBar()->showMessage(tr("Signed in as %1.").arg(userName), 8000);
    m_controller.fetchQueues();
    updateActions();
}

void MainWindow::onQueuesChecked(const QStringList &queueIds)
{
    m_controller.setQueues(queueIds);
    m_model->setQueueNames(m_queues->names());
}

QStringList MainWindow::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << index.data(ConversationTableModel::ConversationIdRole).toString();
    return ids;
}

void MainWindow::forSelected(const QString &what, const std::function<void(const QString &)> &act)
{
    for (const QString &id : selectedIds()) {
        m_lastAction.insert(id, what);
        act(id);
    }
}

bool MainWindow::confirmDisconnect(const QStringList &ids, QString *reason)
{
    QMessageBox box(QMessageBox::Warning, tr("Disconnect now"),
                    tr("Send the closing message and disconnect the agent of %n conversation(s)?",
                       nullptr, int(ids.size())),
                    QMessageBox::Cancel, this);
    box.setInformativeText(tr("The customer can write again later to start a new conversation. "
                              "This is written to the audit journal with your name and the "
                              "reason below, if you give one."));
    // An optional reason, in a line edit placed into the box's grid (no custom dialog needed).
    auto *why = new QLineEdit(&box);
    why->setObjectName(u"disconnectReason"_s);
    why->setPlaceholderText(tr("Reason (optional)"));
    why->setAccessibleName(tr("Reason for the disconnect"));
    if (auto *grid = qobject_cast<QGridLayout *>(box.layout()))
        grid->addWidget(why, grid->rowCount(), 0, 1, grid->columnCount());
    QAbstractButton *go = box.addButton(tr("Disconnect"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    *reason = why->text().trimmed();
    return box.clickedButton() == go;
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
    const QString what = m_lastAction.value(conversationId, tr("Action"));
    const QString text = outcome.accepted ? tr("%1: accepted.").arg(what)
                                          : tr("%1 refused: %2").arg(what, outcome.reason);
    m_details->showOutcome(conversationId, text, !outcome.accepted);
    if (!outcome.accepted)
        statusBar()->showMessage(text, 10'000);
}

void MainWindow::onSelectionChanged()
{
    const QStringList ids = selectedIds();
    updateActions();
    if (ids.size() != 1) {
        if (ids.isEmpty())
            m_details->clear();
        return;
    }
    refreshDetails();
}

void MainWindow::refreshDetails()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
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
    const bool any = signedIn && m_table->selectionModel()->hasSelection();
    for (const QString &name : {u"disconnectNow"_s, u"warnNow"_s, u"snooze5"_s, u"snooze15"_s,
                                u"snooze60"_s, u"exempt"_s, u"include"_s, u"reset"_s})
        action(name)->setEnabled(any);
    action(u"observeOnly"_s)->setEnabled(signedIn);
    action(u"signOut"_s)->setEnabled(signedIn);
}

void MainWindow::onTick()
{
    // Only the visible rows' countdown and idle columns move: no reset, no full sweep.
    QList<int> rows;
    const int first = m_table->rowAt(0);
    if (first >= 0) {
        const int last = m_table->rowAt(m_table->viewport()->height() - 1);
        rows = m_filter->sourceRows(first, last < 0 ? m_filter->rowCount() - 1 : last);
    }
    m_model->tick(rows);
    refreshDetails(); // "silent for", outcomes, new messages
    m_indicator->showConnection(m_controller.connection(), m_clock.nowMs());
    if (++m_ticks % 5 == 0 && m_controller.isEnforcing())
        m_controller.requestSummary();
}

void MainWindow::showHeaderMenu(const QPoint &pos)
{
    m_columnsMenu->popup(m_table->horizontalHeader()->mapToGlobal(pos));
}

void MainWindow::showContextMenu(const QPoint &pos)
{
    if (!m_table->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    for (const QString &name : {u"warnNow"_s, u"disconnectNow"_s})
        menu.addAction(action(name));
    QMenu *snooze = menu.addMenu(icon(u"snooze"_s), tr("&Snooze"));
    for (const QString &name : {u"snooze5"_s, u"snooze15"_s, u"snooze60"_s})
        snooze->addAction(action(name));
    for (const QString &name : {u"exempt"_s, u"include"_s, u"reset"_s})
        menu.addAction(action(name));
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace IdleGuard::Ui
