#include "screenshooter.h"

#include "core/clock.h"
#include "ui/audit/auditview.h"
#include "ui/conversationtablemodel.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QPalette>
#include <QPixmap>
#include <QScreen>
#include <QTableView>

namespace IdleGuard {

using namespace Qt::StringLiterals;

ScreenShooter::ScreenShooter(Ui::MainWindow &window, const Clock &clock, const QString &directory,
                             QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_clock(clock)
    , m_directory(directory)
{
    QDir().mkpath(directory);
    m_poll.setInterval(500);
    connect(&m_poll, &QTimer::timeout, this, &ScreenShooter::poll);
    m_poll.start();
}

void ScreenShooter::poll()
{
    auto *model = m_window.model();
    switch (m_step) {
    case 0: // wait for a filled table, then for the demo to act on it
        if (!m_window.isDashboardShown() || model->rowCount() < kMinRows)
            return;
        if (!m_sinceStep.isValid())
            m_sinceStep.start();
        if (m_sinceStep.elapsed() < kWarmUpMs)
            return;
        if (save(u"main-window.png"_s)) {
            selectMostAdvanced();
            m_step = 1;
            m_sinceStep.restart();
        }
        return;
    case 1: // the details of the selected conversation, once its messages are read
        if (m_sinceStep.elapsed() < 2'500)
            return;
        save(u"details.png"_s);
        m_step = 2;
        m_sinceStep.restart();
        return;
    case 2: // a few seconds later: the bars must have moved
        if (m_sinceStep.elapsed() < 3'000)
            return;
        save(u"main-window-later.png"_s);
        showAudit();
        m_step = 3;
        m_sinceStep.restart();
        return;
    case 3: // the audit journal, its newest action selected (and so its conversation)
        if (m_sinceStep.elapsed() < 1'500)
            return;
        save(u"audit-view.png"_s);
        useDarkPalette();
        showCharts();
        m_step = 4;
        m_sinceStep.restart();
        return;
    case 4: // the same window in a dark palette: charts, then the journal
        if (m_sinceStep.elapsed() < 2'500)
            return;
        save(u"main-window-dark.png"_s);
        showAudit();
        m_step = 5;
        m_sinceStep.restart();
        return;
    case 5:
        if (m_sinceStep.elapsed() < 1'500)
            return;
        save(u"audit-view-dark.png"_s);
        m_poll.stop();
        m_window.close();
        return;
    }
}

void ScreenShooter::selectMostAdvanced()
{
    // A conversation with a warning done shows the most in the details, but not one about to be
    // closed (it would leave the table before the picture): prefer a warned one with time left.
    QTableView *table = m_window.table();
    QAbstractItemModel *view = table->model();
    const qint64 now = m_clock.nowMs();
    int chosen = 0;
    int best = -1;
    for (int row = 0; row < view->rowCount(); ++row) {
        const auto r = view->index(row, 0)
                           .data(Ui::ConversationTableModel::RowRole)
                           .value<Enforcement::ConversationRow>();
        const bool lasts = r.nextStage != IdleStage::Close && r.nextAtMs - now > 20'000;
        const int score = (lasts ? 1000 : 0) + int(r.results.size()) * 10 + r.messageCount;
        if (score > best) {
            best = score;
            chosen = row;
        }
    }
    table->selectRow(chosen);
    table->scrollTo(view->index(chosen, 0));
}

void ScreenShooter::showAudit()
{
    m_window.action(u"showAudit"_s)->trigger();
    QTableView *journal = m_window.auditView()->table();
    if (journal->model()->rowCount() > 0)
        journal->selectRow(0);
}

void ScreenShooter::showCharts()
{
    m_window.chartsDock()->show();
    m_window.chartsDock()->raise();
}

void ScreenShooter::useDarkPalette()
{
    // A dark desktop's palette (as Fusion draws one): what a supervisor on a dark theme sees.
    QPalette dark;
    const QColor text(0xe6, 0xe6, 0xe6);
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2c));
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x37, 0x3b));
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(dark);
}

bool ScreenShooter::save(const QString &name)
{
    QPixmap picture;
    if (QScreen *screen = m_window.screen();
        screen && QGuiApplication::platformName() != u"offscreen")
        picture = screen->grabWindow(m_window.winId());
    if (picture.isNull())
        picture = m_window.grab();
    const QString path = QDir(m_directory).filePath(name);
    const bool ok = picture.save(path);
    qInfo().noquote() << (ok ? "saved" : "could not save") << path;
    return ok;
}

} // namespace IdleGuard
