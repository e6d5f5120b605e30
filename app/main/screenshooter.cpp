#include "screenshooter.h"

#include "core/clock.h"
#include "ui/conversationtablemodel.h"
#include "ui/mainwindow.h"

#include <QDir>
#include <QGuiApplication>
#include <QItemSelectionModel>
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
