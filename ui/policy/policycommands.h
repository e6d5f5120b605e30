#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QLabel;

namespace IdleGuard::Ui {

class MainWindow;
class PolicyEditorDialog;

// The window's policy commands: "Policies…" opens the live editor on the default policy,
// "Change this queue's thresholds…" opens it on the selected row's queue, and the status bar
// shows which policy revision the enforcer has in force. The editor is made on first use and
// kept (it is non-modal: the supervisor tunes while watching the table).
class PolicyCommands final : public QObject
{
    Q_OBJECT

public:
    explicit PolicyCommands(MainWindow &window);

    QAction *editAction() const { return m_edit; }
    QAction *tuneQueueAction() const { return m_tuneQueue; }
    PolicyEditorDialog *editor() const; // null until first opened
    QLabel *revisionLabel() const { return m_revision; }

    // The editor on this queue's policy ("" for the default).
    void openEditor(const QString &queueId);

private:
    QString selectedQueue() const;
    void updateRevision();
    void updateEnabled();

    MainWindow &m_window;
    QAction *m_edit = nullptr;
    QAction *m_tuneQueue = nullptr;
    QLabel *m_revision = nullptr;
    QPointer<PolicyEditorDialog> m_editor;
};

} // namespace IdleGuard::Ui
