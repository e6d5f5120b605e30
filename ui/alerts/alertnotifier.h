#pragma once

#include "supervision/alert.h"

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

namespace IdleGuard::Ui {

class AlertBar;

// Shows alerts where the supervisor sees them: as tray notifications when the desktop has a
// system tray, else (or when the tray is turned off) in the window's alert bar. Clicking a
// notification brings the window up and asks for the alert's conversation to be selected. A
// burst of alerts becomes one notification that counts them, not a stack of balloons.
class AlertNotifier final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kBurstMs = 8'000; // alerts this close together share one notification

    AlertNotifier(QWidget &window, AlertBar &bar, QObject *parent = nullptr);
    ~AlertNotifier() override;

    // False: the bar, even where a tray exists (tests; a desktop whose tray misbehaves).
    void setTrayAllowed(bool allowed);
    bool usesTray() const;

    void show(const Supervision::Alert &alert);

signals:
    void conversationRequested(const QString &conversationId);

private:
    void ensureTray();
    void bringUp();

    QWidget &m_window;
    AlertBar &m_bar;
    QPointer<QSystemTrayIcon> m_tray;
    bool m_trayAllowed = true;
    QString m_lastConversation;
    qint64 m_lastShownMs = 0;
    int m_burst = 0;
};

} // namespace IdleGuard::Ui
