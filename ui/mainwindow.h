#pragma once

#include "core/policyset.h"

#include <QHash>
#include <QMainWindow>
#include <QMap>
#include <QTimer>

class QAction;
class QDockWidget;
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

class ActivityChart;
class AlertPresenter;
class AuditPanel;
class AuditView;
class ConnectionIndicator;
class ConversationFilterModel;
class ConversationTableModel;
class DashboardDocks;
class DashboardPage;
class DashboardStats;
class DetailsPane;
class PolicyCommands;
class IdleChart;
class QueuePicker;
class RowActions;
class SignInPage;
class SummaryStrip;

// The window a supervisor keeps open all day. Before sign-in it shows the sign-in page; after,
// the dashboard: the summary strip over the live table of conversations (countdown bars,
// filters, sortable columns), and around it the queues to watch, the selected conversation's
// details, the charts of the day and the audit journal. Row actions work on the selected rows
// from the toolbar, menus and keyboard (RowActions). It composes and routes: everything it shows
// comes from the controller's signals as values or from the window's own read of the journal;
// it holds no business logic.
//
// Adding a pane or a command: docks()->add(widget, title, objectName, area) for a dock (it shows
// with the dashboard and gets a View-menu toggle), menu(Menu::…)->addAction(…) for a command,
// dashboardPage()->addBanner(widget) for a strip above the summary, and selectConversation(id)
// to bring a conversation up in the table.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum class Menu { File, Conversation, View };

    MainWindow(Supervision::SupervisionController &controller, const Clock &clock,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // The demo: the sandbox's address and client, signed in at once.
    void setDemo(const QString &environmentKey, const QString &clientId, const QString &note);
    // The policies this window's enforcer starts with (a file, or the built-in default).
    void setPolicies(const PolicySet &policies);
    void setJournalPath(const QString &path) { m_journalPath = path; }
    // Where the policies the supervisor applies are saved for the next start; empty: not saved.
    void setPolicyFile(const QString &path) { m_policyFile = path; }
    void setInstanceId(const QString &id) { m_instanceId = id; }
    void setClockSpeed(double speed) { m_clockSpeed = speed; }
    // 0: the only instance on these queues (no claims, a request less per stage).
    void setClaimLeadMs(qint64 ms) { m_claimLeadMs = ms; }
    // Queues to watch when the settings remember none (the demo: all of them).
    void setWatchAllByDefault(bool all) { m_watchAll = all; }

    void signIn();
    // Selects the conversation in the table (clearing a filter that hides it) and shows its
    // details; false when it is not live any more.
    bool selectConversation(const QString &conversationId);

    // Extension points (see the class comment).
    Supervision::SupervisionController &controller() const { return m_controller; }
    QMenu *menu(Menu which) const { return m_menus.value(which); }
    DashboardDocks *docks() const { return m_docks; }
    DashboardPage *dashboardPage() const { return m_dashboard; }

    // For tests and screenshots.
    QTableView *table() const;
    ConversationTableModel *model() const { return m_model; }
    ConversationFilterModel *filter() const { return m_filter; }
    DetailsPane *details() const { return m_details; }
    ConnectionIndicator *indicator() const { return m_indicator; }
    QueuePicker *queuePicker() const { return m_queues; }
    SummaryStrip *summaryStrip() const;
    ActivityChart *activityChart() const { return m_activityChart; }
    IdleChart *idleChart() const { return m_idleChart; }
    AuditView *auditView() const;
    QDockWidget *auditDock() const { return m_auditDock; }
    QDockWidget *chartsDock() const { return m_chartsDock; }
    DashboardStats *stats() const { return m_stats; }
    PolicyCommands *policyCommands() const { return m_policyCommands; }
    AlertPresenter *alerts() const { return m_alerts; }
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
    void connectEnforcer();
    void restoreSettings();
    void saveSettings();

    void onSignInRequested();
    void onSignedIn(const QString &userName);
    void onSignedOut();
    void onQueuesChecked(const QStringList &queueIds);
    void onSelectionChanged();
    void refreshDetails();
    void onOverrideFinished(const QString &conversationId,
                            const IdleGuard::OverrideOutcome &outcome);
    void onTileActivated(int tile);
    void onTick();
    void updateActions();
    void switchMode(bool observeOnly);

    Supervision::SupervisionController &m_controller;
    const Clock &m_clock;
    PolicySet m_policies;
    QString m_journalPath;
    QString m_policyFile;
    QString m_instanceId;
    double m_clockSpeed = 1.0;
    qint64 m_claimLeadMs = 2'000;
    bool m_watchAll = false;
    bool m_demo = false;
    bool m_layoutRestored = false;

    QStackedWidget *m_pages = nullptr;
    SignInPage *m_signIn = nullptr;
    DashboardPage *m_dashboard = nullptr;
    ConversationTableModel *m_model = nullptr;
    ConversationFilterModel *m_filter = nullptr;
    RowActions *m_rowActions = nullptr;
    PolicyCommands *m_policyCommands = nullptr;
    AlertPresenter *m_alerts = nullptr;
    DashboardDocks *m_docks = nullptr;
    QueuePicker *m_queues = nullptr;
    DetailsPane *m_details = nullptr;
    AuditPanel *m_audit = nullptr;
    QDockWidget *m_auditDock = nullptr;
    QDockWidget *m_chartsDock = nullptr;
    ActivityChart *m_activityChart = nullptr;
    IdleChart *m_idleChart = nullptr;
    DashboardStats *m_stats = nullptr;
    ConnectionIndicator *m_indicator = nullptr;
    QMap<Menu, QMenu *> m_menus;
    QHash<QString, QAction *> m_actions;
    QTimer m_tick;
    int m_ticks = 0;
    int m_detailsMessageCount = -1;
};

} // namespace IdleGuard::Ui
