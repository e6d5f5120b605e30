#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

namespace IdleGuard::Ui {
class MainWindow;
}

namespace IdleGuard {

class Clock;

// Takes the documentation's pictures of a running demo window (`idleguard --demo --screenshots
// DIR`): once the table has filled and the demo has run long enough for warnings to go out, the
// main window with its summary strip and charts; then, with the most advanced conversation
// selected, the details; three seconds later the main window again (its bars must have moved);
// the audit journal with its newest action selected; then the charts and the audit journal in
// a dark palette; then it closes the window. It grabs the screen where there is one (Xvfb), so
// the pictures show what a person would see.
class ScreenShooter final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMinRows = 6;
    static constexpr qint64 kWarmUpMs = 20'000; // after the table filled: warnings have gone out

    ScreenShooter(Ui::MainWindow &window, const Clock &clock, const QString &directory,
                  QObject *parent = nullptr);

private:
    void poll();
    bool save(const QString &name);
    void selectMostAdvanced();
    void showAudit();
    void showCharts();
    static void useDarkPalette();

    Ui::MainWindow &m_window;
    const Clock &m_clock;
    QString m_directory;
    QTimer m_poll;
    int m_step = 0;
    QElapsedTimer m_sinceStep;
};

} // namespace IdleGuard
