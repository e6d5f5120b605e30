#include "alertpresenter.h"

#include "alertbar.h"
#include "alertnotifier.h"
#include "supervision/dashboardsettings.h"
#include "supervision/supervisioncontroller.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/mainwindow.h"
#include "ui/settings/settingsdialog.h"

#include <QAction>
#include <QMenu>
#include <QSettings>

namespace IdleGuard::Ui {

using Supervision::SupervisionController;

AlertPresenter::AlertPresenter(MainWindow &window)
    : QObject(&window)
    , m_window(window)
{
    m_bar = new AlertBar(&window);
    window.dashboardPage()->addBanner(m_bar);
    m_notifier = new AlertNotifier(window, *m_bar, this);
    connect(m_notifier, &AlertNotifier::conversationRequested, &window,
            &MainWindow::selectConversation);
    connect(&m_center, &Supervision::AlertCenter::alertRaised, m_notifier, &AlertNotifier::show);

    SupervisionController &c = window.controller();
    connect(&c, &SupervisionController::actionFinished, &m_center,
            &Supervision::AlertCenter::onActionFinished);
    connect(&c, &SupervisionController::statusesReady, &m_center,
            [this](const auto &rows) { m_center.onStatusesReady(rows); });
    connect(&c, &SupervisionController::statusesChanged, &m_center,
            [this](const auto &changed, const auto &removed) {
                m_center.onStatusesChanged(changed, removed);
            });
    connect(&c, &SupervisionController::queuesReady, &m_center,
            &Supervision::AlertCenter::setQueues);

    m_settings = new QAction(QIcon::fromTheme(QStringLiteral("preferences-system")),
                             tr("&Settings…"), this);
    m_settings->setObjectName(QStringLiteral("settings"));
    m_settings->setMenuRole(QAction::PreferencesRole);
    m_settings->setShortcut(QKeySequence::Preferences);
    connect(m_settings, &QAction::triggered, this, &AlertPresenter::openSettings);
    if (QMenu *file = window.menu(MainWindow::Menu::File)) {
        // Before Quit, after the commands that act on the organisation.
        const auto actions = file->actions();
        file->insertAction(actions.isEmpty() ? nullptr : actions.constLast(), m_settings);
    }
    applyMutes();
}

void AlertPresenter::openSettings()
{
    QSettings store;
    Supervision::DashboardSettings settings(store);
    SettingsDialog dialog(settings, &m_window);
    connect(&dialog, &SettingsDialog::alertsChanged, this, &AlertPresenter::applyMutes);
    dialog.exec();
}

void AlertPresenter::applyMutes()
{
    QSettings store;
    const Supervision::DashboardSettings settings(store);
    for (auto kind : {Supervision::Alert::Kind::AgentOwes, Supervision::Alert::Kind::ActionFailed})
        m_center.setMuted(kind, settings.isMuted(kind));
}

} // namespace IdleGuard::Ui
