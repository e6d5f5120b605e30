#pragma once

#include <QColor>

class QChart;
class QPalette;
class QValueAxis;

namespace IdleGuard::Ui {

// How the dashboard's charts follow the window's palette: Qt Charts' dark or light theme by the
// palette's base, the chart's background, titles, axes and legend in the palette's own colours,
// and the series in the countdown bars' tones (blue, amber, red, violet), so a colour means the
// same in the table and the charts, in a light and a dark palette alike.
class ChartStyle
{
public:
    static bool isDark(const QPalette &palette);
    // Restyles the chart; series colours are set again by the caller afterwards (a theme
    // change resets them).
    static void apply(QChart &chart, const QPalette &palette);

    static QColor warnings(const QPalette &palette); // amber: warned
    static QColor closes(const QPalette &palette); // red: closed
    static QColor customerOwes(const QPalette &palette); // blue
    static QColor agentOwes(const QPalette &palette); // violet
    static QColor gridLine(const QPalette &palette);

    // Sets a count axis from 0 to just above `largest` in four to six steps of 1, 2, 5, 10, 20,
    // 50, ..., so that the tick labels are round numbers; untouched when already so.
    static void setCountRange(QValueAxis &axis, int largest);
};

} // namespace IdleGuard::Ui
