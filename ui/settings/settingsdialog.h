#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;

namespace IdleGuard::Supervision {
class DashboardSettings;
}

namespace IdleGuard::Ui {

// The window's preferences: the interface language (taking effect at the next start, said so)
// and which alerts are muted. Reads and writes through DashboardSettings; OK stores, Cancel
// leaves everything as it was.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(Supervision::DashboardSettings &settings, QWidget *parent = nullptr);

    // For tests.
    QComboBox *languageCombo() const { return m_language; }
    QCheckBox *agentOwesBox() const { return m_agentOwes; }
    QCheckBox *failuresBox() const { return m_failures; }
    QLabel *restartNote() const { return m_restart; }

    void accept() override;

signals:
    // The mute switches changed (the window applies them at once).
    void alertsChanged();

private:
    Supervision::DashboardSettings &m_settings;
    QComboBox *m_language = nullptr;
    QLabel *m_restart = nullptr;
    QCheckBox *m_agentOwes = nullptr;
    QCheckBox *m_failures = nullptr;
};

} // namespace IdleGuard::Ui
