#include "chartstyle.h"

#include "ui/conversationtablemodel.h"
#include "ui/countdowndelegate.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QPalette>
#include <QValueAxis>

#include <algorithm>

namespace IdleGuard::Ui {

using BarKind = ConversationTableModel::BarKind;

bool ChartStyle::isDark(const QPalette &palette)
{
    return CountdownDelegate::isDark(palette);
}

QColor ChartStyle::warnings(const QPalette &palette)
{
    return CountdownDelegate::barColor(BarKind::Warned, palette);
}

QColor ChartStyle::closes(const QPalette &palette)
{
    return CountdownDelegate::barColor(BarKind::AboutToClose, palette);
}

QColor ChartStyle::customerOwes(const QPalette &palette)
{
    return CountdownDelegate::barColor(BarKind::Calm, palette);
}

QColor ChartStyle::agentOwes(const QPalette &palette)
{
    return CountdownDelegate::barColor(BarKind::AgentOwes, palette);
}

QColor ChartStyle::gridLine(const QPalette &palette)
{
    // The countdown's track: a step from the background toward the text.
    return CountdownDelegate::trackColor(palette);
}

void ChartStyle::setCountRange(QValueAxis &axis, int largest)
{
    constexpr int kMaxSteps = 6;
    int step = 1;
    for (int decade = 1; step * kMaxSteps < largest; decade *= 10) {
        for (int factor : {1, 2, 5}) {
            step = factor * decade;
            if (step * kMaxSteps >= largest)
                break;
        }
    }
    // At least four steps: an empty chart still shows a readable scale.
    const int steps = std::max(4, (largest + step - 1) / step);
    if (axis.max() == steps * step && axis.tickCount() == steps + 1)
        return;
    axis.setRange(0, steps * step);
    axis.setTickCount(steps + 1);
}

void ChartStyle::apply(QChart &chart, const QPalette &palette)
{
    const QChart::ChartTheme theme
        = isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart.theme() != theme)
        chart.setTheme(theme);
    // The window's own colours, not the theme's gradient: the chart sits in a dock like any
    // other pane.
    const QColor background = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    chart.setBackgroundBrush(background);
    chart.setBackgroundRoundness(0);
    chart.setPlotAreaBackgroundVisible(false);
    chart.setTitleBrush(text);
    chart.legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart.axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(gridLine(palette));
        axis->setGridLineColor(gridLine(palette));
    }
}

} // namespace IdleGuard::Ui
