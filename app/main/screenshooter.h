#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

class QWidget;

namespace IdleGuard::Ui {
class MainWindow;
}

namespace IdleGuard {

class Clock;

// Takes the documentation's pictures of a running demo window (`idleguard --demo --screenshots
// DIR`): once the table has filled and the demo has run long enough for warnings to go out, the
// main window with its summary strip and charts; then, with the most advanced conversation
// selected, the details; three seconds later the main window again (its bars must have moved);
// the audit journal with its newest action selected; the policy editor on that conversation's
// queue; then the charts and the audit journal in a dark palette; then it closes the window.
// In another language than English it takes the main window, the audit journal and the policy
// editor only, named with the language ("main-window-de.png"). It grabs the screen where there is
// one (Xvfb), so the pictures show what a person would see.
class ScreenShooter final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMinRows = 6;
    static constexpr qint64 kWarmUpMs = 20'000; // after the table filled: warnings have gone out

    ScreenShooter(Ui::MainWindow &window, const Clock &clock, const QString &directory,
                  QObject *parent = nullptr);

private:
    struct Step
    {
        QString picture; // saved first; empty: none
        bool ofEditor = false; // the policy editor's window rather than the main window
        int waitMs = 0; // before the next step
        std::function<void()> then; // prepares the next picture
    };

    void planSteps();
    void poll();
    bool save(const QString &name, bool ofEditor = false);
    void showPolicyEditor();
    QWidget *policyEditor() const;
    void selectMostAdvanced();
    void showAudit();
    void showCharts();
    static void useDarkPalette();

    Ui::MainWindow &m_window;
    const Clock &m_clock;
    QString m_directory;
    QTimer m_poll;
    QList<Step> m_steps;
    qsizetype m_step = 0;
    QElapsedTimer m_sinceStep;
};

} // namespace IdleGuard
