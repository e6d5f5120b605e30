#include "alertnotifier.h"

#include "alertbar.h"

#include <QApplication>
#include <QDateTime>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

namespace IdleGuard::Ui {

using Supervision::Alert;

AlertNotifier::AlertNotifier(QWidget &window, AlertBar &bar, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_bar(bar)
{
    connect(&m_bar, &AlertBar::conversationRequested, this, &AlertNotifier::conversationRequested);
    ensureTray();
}

AlertNotifier::~AlertNotifier()
{
    delete m_tray;
}

void AlertNotifier::setTrayAllowed(bool allowed)
{
    m_trayAllowed = allowed;
    ensureTray();
}

bool AlertNotifier::usesTray() const
{
    return m_tray && m_tray->isVisible();
}

void AlertNotifier::ensureTray()
{
    const bool wanted = m_trayAllowed && QSystemTrayIcon::isSystemTrayAvailable()
        && QSystemTrayIcon::supportsMessages();
    if (!wanted) {
        delete m_tray;
        return;
    }
    if (m_tray)
        return;
    m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_tray->setToolTip(tr("Idle Guard"));
    auto *menu = new QMenu(&m_window);
    menu->addAction(tr("Show Idle Guard"), this, &AlertNotifier::bringUp);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](auto reason) {
        if (reason == QSystemTrayIcon::Trigger)
            bringUp();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        bringUp();
        if (!m_lastConversation.isEmpty())
            emit conversationRequested(m_lastConversation);
    });
    m_tray->show();
}

void AlertNotifier::show(const Alert &alert)
{
    m_bar.addAlert(alert); // the window keeps the list either way
    if (!usesTray())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_burst = now - m_lastShownMs < kBurstMs ? m_burst + 1 : 1;
    m_lastShownMs = now;
    m_lastConversation = alert.conversationId;
    const auto icon = alert.kind == Alert::Kind::ActionFailed ? QSystemTrayIcon::Critical
                                                              : QSystemTrayIcon::Warning;
    const QString title = m_burst > 1 ? tr("%n new alert(s)", nullptr, m_burst) : alert.title;
    m_tray->showMessage(title, alert.text, icon);
}

void AlertNotifier::bringUp()
{
    m_window.showNormal();
    m_window.raise();
    m_window.activateWindow();
}

} // namespace IdleGuard::Ui
