#include "dashboarddocks.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>

namespace IdleGuard::Ui {

DashboardDocks::DashboardDocks(QMainWindow &window)
    : QObject(&window)
    , m_window(window)
{
    // The table keeps the middle; bottom panes sit under it, between the side docks.
    m_window.setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    m_window.setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
}

QDockWidget *DashboardDocks::add(QWidget *widget, const QString &title, const QString &objectName,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, &m_window);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    m_window.addDockWidget(area, dock);
    m_docks << dock;
    // A dock added after the saved layout was restored still gets its saved place.
    if (m_restored)
        m_window.restoreDockWidget(dock);
    m_wanted.insert(dock, !m_closed.contains(objectName));
    if (!m_onDashboard)
        dock->hide();
    return dock;
}

void DashboardDocks::tabify(QDockWidget *onto, QDockWidget *dock)
{
    m_window.tabifyDockWidget(onto, dock);
}

QDockWidget *DashboardDocks::dock(const QString &objectName) const
{
    for (QDockWidget *d : m_docks) {
        if (d->objectName() == objectName)
            return d;
    }
    return nullptr;
}

void DashboardDocks::fillViewMenu(QMenu &menu) const
{
    for (QDockWidget *d : m_docks)
        menu.addAction(d->toggleViewAction());
}

void DashboardDocks::enterDashboard()
{
    m_onDashboard = true;
    for (QDockWidget *d : std::as_const(m_docks))
        d->setVisible(m_wanted.value(d, true));
}

void DashboardDocks::leaveDashboard()
{
    if (m_onDashboard) {
        for (QDockWidget *d : std::as_const(m_docks))
            m_wanted.insert(d, !d->isHidden());
    }
    m_onDashboard = false;
    for (QDockWidget *d : std::as_const(m_docks))
        d->hide();
}

void DashboardDocks::afterRestore(bool restored)
{
    m_restored = restored;
    if (!m_onDashboard) {
        for (QDockWidget *d : std::as_const(m_docks))
            d->hide();
    }
}

QStringList DashboardDocks::closedDocks() const
{
    QStringList names;
    for (QDockWidget *d : m_docks) {
        const bool open = m_onDashboard ? !d->isHidden() : m_wanted.value(d, true);
        if (!open)
            names << d->objectName();
    }
    return names;
}

void DashboardDocks::setClosedDocks(const QStringList &objectNames)
{
    m_closed = objectNames;
    for (QDockWidget *d : std::as_const(m_docks))
        m_wanted.insert(d, !m_closed.contains(d->objectName()));
    if (m_onDashboard)
        enterDashboard();
}

void DashboardDocks::beforeSave()
{
    if (m_onDashboard)
        return;
    for (QDockWidget *d : std::as_const(m_docks))
        d->setVisible(m_wanted.value(d, true));
}

void DashboardDocks::resizeFirstTime()
{
    const int em = m_window.fontMetrics().horizontalAdvance(u'M');
    QList<QDockWidget *> left, right, bottom;
    for (QDockWidget *d : std::as_const(m_docks)) {
        const Qt::DockWidgetArea area = m_window.dockWidgetArea(d);
        (area == Qt::LeftDockWidgetArea        ? left
             : area == Qt::RightDockWidgetArea ? right
                                               : bottom)
            << d;
    }
    if (!left.isEmpty())
        m_window.resizeDocks({left.constFirst()}, {em * 16}, Qt::Horizontal);
    if (!right.isEmpty())
        m_window.resizeDocks({right.constFirst()}, {em * 28}, Qt::Horizontal);
    if (!bottom.isEmpty())
        m_window.resizeDocks({bottom.constFirst()}, {m_window.height() * 34 / 100}, Qt::Vertical);
}

} // namespace IdleGuard::Ui
