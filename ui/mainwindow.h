#pragma once

#include "core/policyset.h"
#include "enforcement/conversationrow.h"

#include <QHash>
#include <QMainWindow>
#include <QTimer>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QTableView;

namespace IdleGuard {
class Clock;
struct OverrideOutcome;
namespace Supervision {
class SupervisionController;
}
} // namespace IdleGuard

namespace IdleGuard::Ui {

class ConnectionIndicator;
class ConversationFilterModel;
class ConversationTableModel;
class DetailsPane;
class QueuePicker;
class SignInPage;

// The window a supervisor keeps open all day. Before sign-in it shows the sign-in page; after,
// the live table of conversations (countdown bars, filters, sortable columns), the queues to
// watch, the selected conversation's details, and the connection in the status bar. Row actions
// (disconnect now, warn now, snooze, exempt / include, reset) work on one or several selected
// rows from the toolbar, a context menu and the keyboard; each goes to the controller and its
// outcome shows in the row and the details. Everything it shows comes from the controller's
// signals as values; it holds no business logic.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Supervision::SupervisionController &controller, const Clock &clock,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // The demo: the sandbox's address and client, signed in at once.
    void setDemo(const QString &environmentKey, const QString &clientId, const QString &note);
    // The policies this window's enforcer starts with (a file, or the built-in default).
    void setPolicies(const PolicySet &policies);
    void setJournalPath(const QString &path) { m_journalPath = path; }
    void setInstanceId(const QString &id) { m_instanceId = id; }
    void setClockSpeed(double speed) { m_clockSpeed = speed; }
    // 0: the only instance on these queues (no claims, a request less per stage).
    void setClaimLeadMs(qint64 ms) { m_claimLeadMs = ms; }
    // Queues to watch when the settings remember none (the demo: all of them).
    void setWatchAllByDefault(bool all) { m_watchAll = all; }

    void signIn();

    // For tests and screenshots.
    QTableView *table() const { return m_table; }
    ConversationTableModel *model() const { return m_model; }
    ConversationFilterModel *filter() const { return m_filter; }
    DetailsPane *details() const { return m_details; }
    ConnectionIndicator *indicator() const { return m_indicator; }
    QueuePicker *queuePicker() const { return m_queues; }
    QAction *action(const QString &objectName) const;
    bool isDashboardShown() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    void buildToolBar();
    void buildDocks();
    void connectController();
    void restoreSettings();
    void saveSettings();

    void onSignInRequested();
    void onSignedIn(const QString &userName);
    void onQueuesChecked(const QStringList &queueIds);
    void onSelectionChanged();
    void refreshDetails();
    void onOverrideFinished(const QString &conversationId,
                            const IdleGuard::OverrideOutcome &outcome);
    void onTick();
    void updateActions();
    void showHeaderMenu(const QPoint &pos);
    void showContextMenu(const QPoint &pos);

    QStringList selectedIds() const;
    // Asks for confirmation where an action cannot be undone; false when the supervisor declined.
    bool confirmDisconnect(const QStringList &ids, QString *reason);
    void forSelected(const QString &what, const std::function<void(const QString &)> &act);
    void switchMode(bool observeOnly);

    Supervision::SupervisionController &m_controller;
    const Clock &m_clock;
    PolicySet m_policies;
    QString m_journalPath;
    QString m_instanceId;
    double m_clockSpeed = 1.0;
    qint64 m_claimLeadMs = 2'000;
    bool m_watchAll = false;
    bool m_demo = false;

    QStackedWidget *m_pages = nullptr;
    SignInPage *m_signIn = nullptr;
    QTableView *m_table = nullptr;
    ConversationTableModel *m_model = nullptr;
    ConversationFilterModel *m_filter = nullptr;
    QueuePicker *m_queues = nullptr;
    DetailsPane *m_details = nullptr;
    QDockWidget *m_queueDock = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    ConnectionIndicator *m_indicator = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QMenu *m_columnsMenu = nullptr;
    QHash<QString, QAction *> m_actions;
    QTimer m_tick;
    QHash<QString, QString> m_lastAction; // conversation -> what the supervisor last asked
    int m_ticks = 0;
    int m_detailsMessageCount = -1;
};

} // namespace IdleGuard::Ui
