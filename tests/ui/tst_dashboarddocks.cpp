// Tests of the window's docks (offscreen): hidden on the sign-in page, shown with the dashboard,
// and a dock the supervisor closed stays closed across sign-outs and restarts, also when it is
// added after the saved layout was restored (how later panes hook in).

#include "ui/dashboard/dashboarddocks.h"

#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QTest>

using namespace IdleGuard::Ui;

class TestDashboardDocks : public QObject
{
    Q_OBJECT

private slots:
    void docksShowWithTheDashboardOnly();
    void aClosedDockStaysClosed();
    void savedLayoutKeepsClosedDocksEvenWhenAddedLate();
};

void TestDashboardDocks::docksShowWithTheDashboardOnly()
{
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("table")));
    DashboardDocks docks(window);
    QDockWidget *queues = docks.add(new QLabel, QStringLiteral("Queues"), QStringLiteral("q"),
                                    Qt::LeftDockWidgetArea);
    QDockWidget *charts = docks.add(new QLabel, QStringLiteral("Charts"), QStringLiteral("c"),
                                    Qt::BottomDockWidgetArea);
    window.show();
    QVERIFY(queues->isHidden() && charts->isHidden());
    docks.enterDashboard();
    QVERIFY(queues->isVisible() && charts->isVisible());
    QCOMPARE(docks.dock(QStringLiteral("c")), charts);
    // The bottom area sits under the table, between the side docks.
    QCOMPARE(window.corner(Qt::BottomLeftCorner), Qt::LeftDockWidgetArea);
    QMenu view;
    docks.fillViewMenu(view);
    QCOMPARE(view.actions().size(), 2);
    docks.leaveDashboard();
    QVERIFY(queues->isHidden() && charts->isHidden());
}

void TestDashboardDocks::aClosedDockStaysClosed()
{
    QMainWindow window;
    DashboardDocks docks(window);
    QDockWidget *charts = docks.add(new QLabel, QStringLiteral("Charts"), QStringLiteral("c"),
                                    Qt::BottomDockWidgetArea);
    QDockWidget *audit = docks.add(new QLabel, QStringLiteral("Audit"), QStringLiteral("a"),
                                   Qt::BottomDockWidgetArea);
    window.show();
    docks.enterDashboard();
    charts->close(); // the supervisor closes it
    docks.leaveDashboard(); // signs out
    docks.enterDashboard(); // and in again
    QVERIFY(charts->isHidden());
    QVERIFY(audit->isVisible());
}

void TestDashboardDocks::savedLayoutKeepsClosedDocksEvenWhenAddedLate()
{
    QByteArray saved;
    QStringList closed;
    {
        QMainWindow window;
        DashboardDocks docks(window);
        docks.add(new QLabel, QStringLiteral("Charts"), QStringLiteral("c"),
                  Qt::BottomDockWidgetArea);
        QDockWidget *late = docks.add(new QLabel, QStringLiteral("Policies"), QStringLiteral("p"),
                                      Qt::RightDockWidgetArea);
        window.show();
        docks.enterDashboard();
        late->close();
        docks.leaveDashboard(); // closing on the sign-in page still knows what was open
        closed = docks.closedDocks();
        docks.beforeSave();
        saved = window.saveState();
    }
    QCOMPARE(closed, QStringList {QStringLiteral("p")});
    QMainWindow window;
    DashboardDocks docks(window);
    QDockWidget *charts = docks.add(new QLabel, QStringLiteral("Charts"), QStringLiteral("c"),
                                    Qt::BottomDockWidgetArea);
    QVERIFY(window.restoreState(saved));
    docks.afterRestore(true);
    docks.setClosedDocks(closed);
    // A pane that hooks in after the restore.
    QDockWidget *late = docks.add(new QLabel, QStringLiteral("Policies"), QStringLiteral("p"),
                                  Qt::RightDockWidgetArea);
    window.show();
    QVERIFY(charts->isHidden() && late->isHidden()); // the sign-in page
    docks.enterDashboard();
    QVERIFY(charts->isVisible());
    QVERIFY(late->isHidden());
    QCOMPARE(window.dockWidgetArea(late), Qt::RightDockWidgetArea);
    QCOMPARE(docks.closedDocks(), QStringList {QStringLiteral("p")});
}

QTEST_MAIN(TestDashboardDocks)
#include "tst_dashboarddocks.moc"
