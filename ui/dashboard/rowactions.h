#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

class QAction;
class QKeySequence;
class QObject;
class QMenu;
class QPoint;
class QTableView;
class QWidget;

namespace IdleGuard {
struct OverrideOutcome;
namespace Supervision {
class SupervisionController;
}
} // namespace IdleGuard

namespace IdleGuard::Ui {

// What a supervisor can do to the selected conversations: send the warning now, disconnect now
// (after a confirmation with an optional reason), snooze 5/15/60 minutes, exempt, include
// again, reset the timers. Owns these actions (toolbar, menu, context menu and keyboard share
// them), sends each to the controller for every selected row, and remembers what was asked so
// the outcome can be told in the supervisor's words.
class RowActions final : public QObject
{
    Q_OBJECT

public:
    // The actions' object names, in menu order.
    static const QStringList &names();

    RowActions(Supervision::SupervisionController &controller, QTableView &table,
               QWidget &dialogParent);

    QAction *action(const QString &name) const { return m_actions.value(name); }
    // An action of the window's (icon from :/icons, shortcut for the whole window, the tip as
    // tool and status tip); the row actions and the window's own are made alike.
    static QAction *makeAction(QObject *parent, const QString &name, const QString &text,
                               const QString &iconName, const QKeySequence &shortcut,
                               const QString &tip);
    // Enabled while signed in with a selection.
    void updateEnabled(bool signedIn);
    // "Snooze 15 minutes: accepted." / "Disconnect now refused: …".
    QString outcomeText(const QString &conversationId, const OverrideOutcome &outcome) const;
    void fillMenu(QMenu &menu) const;
    // A command of another part of the window at the end of the context menu (e.g. tuning the
    // row's queue).
    void addContextAction(QAction *action) { m_contextExtras.append(action); }
    void showContextMenu(const QPoint &pos);
    QStringList selectedIds() const;

private:
    QAction *add(const QString &name, const QString &text, const QString &iconName,
                 const QKeySequence &shortcut, const QString &tip);
    void connectActions();
    // Asks for confirmation where an action cannot be undone; false when the supervisor declined.
    bool confirmDisconnect(const QStringList &ids, QString *reason);
    void forSelected(const QString &what, const std::function<void(const QString &)> &act);

    Supervision::SupervisionController &m_controller;
    QTableView &m_table;
    QWidget &m_dialogParent;
    QHash<QString, QAction *> m_actions;
    QHash<QString, QString> m_lastAction; // conversation -> what the supervisor last asked
    QList<QAction *> m_contextExtras;
};

} // namespace IdleGuard::Ui
