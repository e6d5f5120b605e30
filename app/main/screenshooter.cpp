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
#include <QLocale>
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
    planSteps();
    m_poll.setInterval(500);
    connect(&m_poll, &QTimer::timeout, this, &ScreenShooter::poll);
    m_poll.start();
}

void ScreenShooter::poll()
{
    if (m_step == 0) { // wait for a filled table, then for the demo to act on it
        if (!m_window.isDashboardShown() || m_window.model()->rowCount() < kMinRows)
            return;
        if (!m_sinceStep.isValid())
            m_sinceStep.start();
        if (m_sinceStep.elapsed() < kWarmUpMs)
            return;
    } else if (m_sinceStep.elapsed() < m_steps.at(m_step - 1).waitMs) {
        return;
    }
    if (m_step == m_steps.size()) {
        m_poll.stop();
        m_window.close();
        return;
    }
    const Step &step = m_steps.at(m_step);
    if (!step.picture.isEmpty() && !save(step.picture, step.ofEditor))
        return; // tried again on the next poll
    if (step.then)
        step.then();
    ++m_step;
    m_sinceStep.restart();
}

void ScreenShooter::planSteps()
{
    // Each step saves its picture, then prepares the next one, which waits `waitMs` for the
    // window to settle. In German or Spanish only the pictures that show the words are taken.
    const bool english
        = QLocale().language() == QLocale::English || QLocale().language() == QLocale::C;
    const QString suffix = english ? QString() : u'-' + QLocale().name().section(u'_', 0, 0);
    auto name = [&](const QString &base) -> QString { return base + suffix + u".png"_s; };
    m_steps.append({name(u"main-window"_s), false, 2'500, [this] { selectMostAdvanced(); }});
    if (english) {
        m_steps.append({u"details.png"_s, false, 3'000, nullptr}); // the bars must move
        m_steps.append({u"main-window-later.png"_s, false, 1'500, [this] { showAudit(); }});
    } else {
        m_steps.last().then = [this] {
            selectMostAdvanced();
            showAudit();
        };
        m_steps.last().waitMs = 1'500;
    }
    // The audit journal with its newest action selected, then the policy editor on the
    // selected conversation's queue.
    m_steps.append({name(u"audit-view"_s), false, 1'500, [this] { showPolicyEditor(); }});
    m_steps.append({name(u"policy-editor"_s), true, 1'500, [this, english] {
                        if (QWidget *editor = policyEditor())
                            editor->close();
                        if (english) {
                            useDarkPalette();
                            showCharts();
                        }
                    }});
    if (english) {
        m_steps.append({u"main-window-dark.png"_s, false, 2'500, [this] { showAudit(); }});
        m_steps.append({u"audit-view-dark.png"_s, false, 0, nullptr});
    }
    m_steps.last().waitMs = 0;
}

void ScreenShooter::showPolicyEditor()
{
    // The quick way a supervisor gets there: the selected row's queue, on its Timers tab.
    if (QAction *tune = m_window.action(u"tuneQueue"_s); tune && tune->isEnabled())
        tune->trigger();
    else
        m_window.action(u"editPolicies"_s)->trigger();
    if (QWidget *editor = policyEditor()) {
        editor->resize(1000, 720);
        editor->move(m_window.geometry().center() - editor->rect().center());
    }
}

QWidget *ScreenShooter::policyEditor() const
{
    return m_window.findChild<QWidget *>(u"policyEditor"_s);
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

bool ScreenShooter::save(const QString &name, bool ofEditor)
{
    QWidget *target = ofEditor ? policyEditor() : &m_window;
    if (!target || !target->isVisible())
        return false;
    QPixmap picture;
    if (QScreen *screen = target->screen();
        screen && QGuiApplication::platformName() != u"offscreen")
        picture = screen->grabWindow(target->winId());
    if (picture.isNull())
        picture = target->grab();
    const QString path = QDir(m_directory).filePath(name);
    const bool ok = picture.save(path);
    qInfo().noquote() << (ok ? "saved" : "could not save") << path;
    return ok;
}

} // namespace IdleGuard
