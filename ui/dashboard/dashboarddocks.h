#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

class QDockWidget;
class QMainWindow;
class QMenu;
class QWidget;

namespace IdleGuard::Ui {

// The panes around the table of conversations, as docks of the main window: where each sits by
// default, which show once signed in (and which the supervisor closed, so they stay closed),
// their toggles in the View menu and their first sizes. The bottom area sits under the table
// only (the left and right docks keep the window's full height). Any pane can be added with
// add(); tabify() stacks docks as tabs in one place.
class DashboardDocks final : public QObject
{
    Q_OBJECT

public:
    explicit DashboardDocks(QMainWindow &window);

    // Wraps `widget` in a dock called `objectName` (the key of saved layouts) at `area`; it
    // shows with the dashboard, not on the sign-in page. Added after the window restored its
    // layout, it still takes its saved place.
    QDockWidget *add(QWidget *widget, const QString &title, const QString &objectName,
                     Qt::DockWidgetArea area);
    // `dock` becomes a tab of `onto`'s place.
    void tabify(QDockWidget *onto, QDockWidget *dock);
    QDockWidget *dock(const QString &objectName) const;
    const QList<QDockWidget *> &docks() const { return m_docks; }
    // The docks' show/hide toggles, in the order added.
    void fillViewMenu(QMenu &menu) const;

    // Signed in: the docks the supervisor keeps open, at a useful first size.
    void enterDashboard();
    // Signed out: every dock hides; which were open is remembered.
    void leaveDashboard();
    // After QMainWindow::restoreState() (`restored`: there was a saved layout): hides the docks
    // until signed in; docks added later still take their saved place.
    void afterRestore(bool restored);
    // The docks the supervisor closed, by object name: saved with the layout and given back
    // at start, so that they stay closed, also those of panes added after the restore.
    QStringList closedDocks() const;
    void setClosedDocks(const QStringList &objectNames);
    // Before QMainWindow::saveState() on the sign-in page: the remembered docks show, so that
    // the saved layout keeps them.
    void beforeSave();
    // The first layout of a window with no saved one: widths for the side docks, a third of the
    // height for the bottom.
    void resizeFirstTime();

private:
    QMainWindow &m_window;
    QList<QDockWidget *> m_docks;
    QHash<QDockWidget *, bool> m_wanted;
    bool m_onDashboard = false;
    bool m_restored = false; // a saved layout was restored
    QStringList m_closed; // as saved: for docks added later
};

} // namespace IdleGuard::Ui
