#include "rowactions.h"

#include "core/overrideoutcome.h"
#include "supervision/supervisioncontroller.h"
#include "ui/conversationtablemodel.h"

#include <QAbstractButton>
#include <QAction>
#include <QGridLayout>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

namespace IdleGuard::Ui {

using namespace Qt::StringLiterals;

namespace {

QIcon icon(const QString &name)
{
    return QIcon(u":/icons/"_s + name + u".svg"_s);
}

} // namespace

const QStringList &RowActions::names()
{
    static const QStringList all = {u"warnNow"_s,  u"disconnectNow"_s, u"snooze5"_s, u"snooze15"_s,
                                    u"snooze60"_s, u"exempt"_s,        u"include"_s, u"reset"_s};
    return all;
}

RowActions::RowActions(Supervision::SupervisionController &controller, QTableView &table,
                       QWidget &dialogParent)
    : QObject(&dialogParent)
    , m_controller(controller)
    , m_table(table)
    , m_dialogParent(dialogParent)
{
    add(u"disconnectNow"_s, tr("&Disconnect now…"), u"disconnect"_s, QKeySequence::Delete,
        tr("Send the closing message and disconnect the agent of the selected conversations"));
    add(u"warnNow"_s, tr("Send &warning now"), u"warn"_s, QKeySequence(Qt::CTRL | Qt::Key_W),
        tr("Send the next warning of the policy to the selected customers now"));
    add(u"snooze5"_s, tr("Snooze &5 minutes"), u"snooze"_s, QKeySequence(Qt::CTRL | Qt::Key_1),
        tr("Hold the timers of the selected conversations for 5 minutes"));
    add(u"snooze15"_s, tr("Snooze &15 minutes"), u"snooze"_s, QKeySequence(Qt::CTRL | Qt::Key_2),
        tr("Hold the timers of the selected conversations for 15 minutes"));
    add(u"snooze60"_s, tr("Snooze &60 minutes"), u"snooze"_s, QKeySequence(Qt::CTRL | Qt::Key_3),
        tr("Hold the timers of the selected conversations for an hour"));
    add(u"exempt"_s, tr("&Exempt"), u"exempt"_s, QKeySequence(Qt::CTRL | Qt::Key_E),
        tr("Take the selected conversations out of automatic actions"));
    add(u"include"_s, tr("&Include again"), u"include"_s,
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
        tr("Put exempted conversations back under automatic actions"));
    add(u"reset"_s, tr("&Reset timers"), u"reset"_s, QKeySequence(Qt::CTRL | Qt::Key_R),
        tr("Start the idle timers of the selected conversations afresh"));
    connectActions();
}

QAction *RowActions::makeAction(QObject *parent, const QString &name, const QString &text,
                                const QString &iconName, const QKeySequence &shortcut,
                                const QString &tip)
{
    auto *a = new QAction(iconName.isEmpty() ? QIcon() : icon(iconName), text, parent);
    a->setObjectName(name);
    a->setShortcut(shortcut);
    a->setShortcutContext(Qt::WindowShortcut);
    a->setToolTip(tip);
    a->setStatusTip(tip);
    return a;
}

QAction *RowActions::add(const QString &name, const QString &text, const QString &iconName,
                         const QKeySequence &shortcut, const QString &tip)
{
    QAction *a = makeAction(&m_dialogParent, name, text, iconName, shortcut, tip);
    m_actions.insert(name, a);
    return a;
}

void RowActions::connectActions()
{
    connect(action(u"disconnectNow"_s), &QAction::triggered, this, [this] {
        const QStringList ids = selectedIds();
        QString reason;
        if (ids.isEmpty() || !confirmDisconnect(ids, &reason))
            return;
        for (const QString &id : ids) {
            m_lastAction.insert(id, tr("Disconnect now"));
            m_controller.disconnectNow(id, reason);
        }
    });
    connect(action(u"warnNow"_s), &QAction::triggered, this, [this] {
        forSelected(tr("Send warning now"),
                    [this](const QString &id) { m_controller.warnNow(id); });
    });
    for (int minutes : {5, 15, 60}) {
        connect(action(u"snooze"_s + QString::number(minutes)), &QAction::triggered, this,
                [this, minutes] {
                    forSelected(
                        tr("Snooze %1 minutes").arg(minutes),
                        [this, minutes](const QString &id) { m_controller.snooze(id, minutes); });
                });
    }
    connect(action(u"reset"_s), &QAction::triggered, this, [this] {
        forSelected(tr("Reset"), [this](const QString &id) { m_controller.reset(id); });
    });
    connect(action(u"exempt"_s), &QAction::triggered, this, [this] {
        forSelected(tr("Exempt"), [this](const QString &id) { m_controller.setExempt(id, true); });
    });
    connect(action(u"include"_s), &QAction::triggered, this, [this] {
        forSelected(tr("Include"),
                    [this](const QString &id) { m_controller.setExempt(id, false); });
    });
}

void RowActions::updateEnabled(bool signedIn)
{
    const bool any = signedIn && m_table.selectionModel()->hasSelection();
    for (QAction *a : std::as_const(m_actions))
        a->setEnabled(any);
}

QStringList RowActions::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_table.selectionModel()->selectedRows())
        ids << index.data(ConversationTableModel::ConversationIdRole).toString();
    return ids;
}

void RowActions::forSelected(const QString &what, const std::function<void(const QString &)> &act)
{
    for (const QString &id : selectedIds()) {
        m_lastAction.insert(id, what);
        act(id);
    }
}

QString RowActions::outcomeText(const QString &conversationId, const OverrideOutcome &outcome) const
{
    const QString what = m_lastAction.value(conversationId, tr("Action"));
    return outcome.accepted ? tr("%1: accepted.").arg(what)
                            : tr("%1 refused: %2").arg(what, outcome.reason);
}

bool RowActions::confirmDisconnect(const QStringList &ids, QString *reason)
{
    QMessageBox box(QMessageBox::Warning, tr("Disconnect now"),
                    tr("Send the closing message and disconnect the agent of %n conversation(s)?",
                       nullptr, int(ids.size())),
                    QMessageBox::Cancel, &m_dialogParent);
    box.setInformativeText(tr("The customer can write again later to start a new conversation. "
                              "This is written to the audit journal with your name and the "
                              "reason below, if you give one."));
    // An optional reason, in a line edit placed into the box's grid (no custom dialog needed).
    auto *why = new QLineEdit(&box);
    why->setObjectName(u"disconnectReason"_s);
    why->setPlaceholderText(tr("Reason (optional)"));
    why->setAccessibleName(tr("Reason for the disconnect"));
    if (auto *grid = qobject_cast<QGridLayout *>(box.layout()))
        grid->addWidget(why, grid->rowCount(), 0, 1, grid->columnCount());
    QAbstractButton *go = box.addButton(tr("Disconnect"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    *reason = why->text().trimmed();
    return box.clickedButton() == go;
}

void RowActions::fillMenu(QMenu &menu) const
{
    for (const QString &name : {u"warnNow"_s, u"disconnectNow"_s})
        menu.addAction(action(name));
    menu.addSeparator();
    for (const QString &name : {u"snooze5"_s, u"snooze15"_s, u"snooze60"_s})
        menu.addAction(action(name));
    menu.addSeparator();
    for (const QString &name : {u"exempt"_s, u"include"_s, u"reset"_s})
        menu.addAction(action(name));
}

void RowActions::showContextMenu(const QPoint &pos)
{
    if (!m_table.indexAt(pos).isValid())
        return;
    QMenu menu(&m_dialogParent);
    for (const QString &name : {u"warnNow"_s, u"disconnectNow"_s})
        menu.addAction(action(name));
    QMenu *snooze = menu.addMenu(icon(u"snooze"_s), tr("&Snooze"));
    for (const QString &name : {u"snooze5"_s, u"snooze15"_s, u"snooze60"_s})
        snooze->addAction(action(name));
    for (const QString &name : {u"exempt"_s, u"include"_s, u"reset"_s})
        menu.addAction(action(name));
    if (!m_contextExtras.isEmpty()) {
        menu.addSeparator();
        menu.addActions(m_contextExtras);
    }
    menu.exec(m_table.viewport()->mapToGlobal(pos));
}

} // namespace IdleGuard::Ui
