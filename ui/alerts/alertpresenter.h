#pragma once

#include "supervision/alertcenter.h"

#include <QObject>

class QAction;

namespace IdleGuard::Ui {

class AlertBar;
class AlertNotifier;
class MainWindow;

// Puts alerts into the window: feeds the controller's reports and rows to an AlertCenter, shows
// what it raises through the tray or the alert bar above the summary, selects the conversation
// an alert is clicked for, and owns "Settings…" (language, muted alerts), whose mutes apply at
// once.
class AlertPresenter final : public QObject
{
    Q_OBJECT

public:
    explicit AlertPresenter(MainWindow &window);

    QAction *settingsAction() const { return m_settings; }
    AlertBar *bar() const { return m_bar; }
    AlertNotifier *notifier() const { return m_notifier; }
    Supervision::AlertCenter &center() { return m_center; }

    void openSettings();

private:
    void applyMutes();

    MainWindow &m_window;
    Supervision::AlertCenter m_center;
    AlertBar *m_bar = nullptr;
    AlertNotifier *m_notifier = nullptr;
    QAction *m_settings = nullptr;
};

} // namespace IdleGuard::Ui
