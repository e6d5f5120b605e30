#include "policycommands.h"

#include "core/durationformat.h"
#include "enforcement/conversationrow.h"
#include "policyeditordialog.h"
#include "supervision/supervisioncontroller.h"
#include "ui/conversationtablemodel.h"
#include "ui/mainwindow.h"
#include "ui/queuepicker.h"

#include <QAction>
#include <QDateTime>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QStatusBar>
#include <QTableView>

namespace IdleGuard::Ui {

using Supervision::SupervisionController;

PolicyCommands::PolicyCommands(MainWindow &window)
    : QObject(&window)
    , m_window(window)
{
    m_edit = new QAction(QIcon::fromTheme(QStringLiteral("document-properties")), tr("&Policies…"),
                         this);
    m_edit->setObjectName(QStringLiteral("editPolicies"));
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_edit->setToolTip(tr("Edit the idle policies and apply them at once"));
    m_tuneQueue = new QAction(tr("Change This Queue's &Thresholds…"), this);
    m_tuneQueue->setObjectName(QStringLiteral("tuneQueue"));
    m_tuneQueue->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_tuneQueue->setToolTip(tr("Open the policy of the selected conversation's queue"));
    connect(m_edit, &QAction::triggered, this, [this] { openEditor(QString()); });
    connect(m_tuneQueue, &QAction::triggered, this, [this] { openEditor(selectedQueue()); });
    if (QMenu *file = window.menu(MainWindow::Menu::File))
        file->insertAction(file->actions().value(0), m_edit);
    if (QMenu *conversation = window.menu(MainWindow::Menu::Conversation)) {
        conversation->addSeparator();
        conversation->addAction(m_tuneQueue);
    }
    window.addAction(m_edit); // the shortcuts work wherever the focus is
    window.addAction(m_tuneQueue);

    m_revision = new QLabel(&window);
    m_revision->setObjectName(QStringLiteral("policyRevision"));
    window.statusBar()->addPermanentWidget(m_revision);
    SupervisionController &controller = window.controller();
    connect(&controller, &SupervisionController::policyHistoryChanged, this,
            &PolicyCommands::updateRevision);
    connect(&controller, &SupervisionController::enforcingChanged, this,
            &PolicyCommands::updateRevision);
    connect(window.table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PolicyCommands::updateEnabled);
    updateRevision();
    updateEnabled();
}

void PolicyCommands::openEditor(const QString &queueId)
{
    if (!m_editor) {
        m_editor = new PolicyEditorDialog(m_window.controller(), &m_window);
        SupervisionController &controller = m_window.controller();
        connect(&controller, &SupervisionController::queuesReady, m_editor,
                &PolicyEditorDialog::setQueues);
        m_editor->setQueues(m_window.queuePicker()->queues()); // the names known so far
        controller.fetchQueues(); // and the organisation's current list
    }
    m_editor->openOn(queueId);
}

PolicyEditorDialog *PolicyCommands::editor() const
{
    return m_editor;
}

QString PolicyCommands::selectedQueue() const
{
    const QModelIndex current = m_window.table()->selectionModel()->currentIndex();
    const auto row
        = current.data(ConversationTableModel::RowRole).value<Enforcement::ConversationRow>();
    return row.queueId;
}

void PolicyCommands::updateEnabled()
{
    m_tuneQueue->setEnabled(!selectedQueue().isEmpty());
}

void PolicyCommands::updateRevision()
{
    const auto &history = m_window.controller().policyHistory();
    m_revision->setVisible(m_window.controller().isEnforcing() && history.hasInForce());
    m_revision->setText(tr("Policy revision %1").arg(history.revision()));
    m_revision->setToolTip(
        tr("The idle policies this instance enforces, applied at %1. Policies… to change them.")
            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(history.appliedAtMs()),
                                    QLocale::ShortFormat)));
}

} // namespace IdleGuard::Ui
