#include "activitychart.h"

#include "chartstyle.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QDateTime>
#include <QEvent>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>

namespace IdleGuard::Ui {

using Supervision::ActivityHour;
using Supervision::HourlyActivity;

ActivityChart::ActivityChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("activityChart"));
    setAccessibleName(tr("Warnings and closes per hour"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);

    auto *chart = new QChart;
    chart->setTitle(tr("Warnings and closes per hour, last 24 hours"));
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignTop);
    // No animation: bars that glide on every update read as flicker in a pane watched all day.
    chart->setAnimationOptions(QChart::NoAnimation);

    m_warnings = new QBarSet(tr("Warnings"));
    m_closes = new QBarSet(tr("Closes"));
    for (int h = 0; h < HourlyActivity::kHours; ++h) {
        m_warnings->append(0);
        m_closes->append(0);
    }
    m_series = new QBarSeries;
    m_series->append(m_warnings);
    m_series->append(m_closes);
    m_series->setBarWidth(0.9);
    chart->addSeries(m_series);

    // Bar i stands at x = i; the labels sit under their bars.
    m_hours = new QCategoryAxis;
    m_hours->setRange(-0.5, HourlyActivity::kHours - 0.5);
    m_hours->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_hours->setGridLineVisible(false);
    m_count = new QValueAxis;
    ChartStyle::setCountRange(*m_count, 0);
    m_count->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_hours, Qt::AlignBottom);
    chart->addAxis(m_count, Qt::AlignLeft);
    m_series->attachAxis(m_hours);
    m_series->attachAxis(m_count);
    // QChartView made a chart of its own, which setChart() lets go of without deleting it.
    QChart *const initial = this->chart();
    setChart(chart);
    delete initial;
    restyle();
}

void ActivityChart::showHours(const QList<ActivityHour> &hours, const QTimeZone &zone)
{
    int largest = 0;
    const int count = std::min<int>(int(hours.size()), HourlyActivity::kHours);
    if (count > 0 && hours.constFirst().startMs != m_firstHourMs) { // the hour turned
        m_firstHourMs = hours.constFirst().startMs;
        for (const QString &label : m_hours->categoriesLabels())
            m_hours->remove(label);
        // Every third hour, and "now" under the current one (none just before it: they would
        // overlap).
        for (int h = 0; h < count - 2; ++h) {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(hours.at(h).startMs, zone);
            if (at.time().hour() % 3 == 0)
                m_hours->append(HourlyActivity::label(hours.at(h).startMs, zone), h);
        }
        m_hours->append(tr("now"), count - 1);
    }
    for (int h = 0; h < count; ++h) {
        // Only what changed: each replace() repaints its bar, nothing else.
        if (m_warnings->at(h) != hours.at(h).warnings)
            m_warnings->replace(h, hours.at(h).warnings);
        if (m_closes->at(h) != hours.at(h).closes)
            m_closes->replace(h, hours.at(h).closes);
        largest = std::max({largest, hours.at(h).warnings, hours.at(h).closes});
    }
    ChartStyle::setCountRange(*m_count, largest);
}

QStringList ActivityChart::hourLabels() const
{
    return const_cast<QCategoryAxis *>(m_hours)->categoriesLabels(); // not const in Qt 6.4
}

double ActivityChart::axisMax() const
{
    return m_count->max();
}

void ActivityChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

void ActivityChart::restyle()
{
    ChartStyle::apply(*chart(), palette());
    m_warnings->setColor(ChartStyle::warnings(palette()));
    m_warnings->setBorderColor(ChartStyle::warnings(palette()));
    m_closes->setColor(ChartStyle::closes(palette()));
    m_closes->setBorderColor(ChartStyle::closes(palette()));
    setBackgroundBrush(palette().color(QPalette::Base));
}

} // namespace IdleGuard::Ui
