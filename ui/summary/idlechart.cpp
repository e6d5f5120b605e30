#include "idlechart.h"

#include "chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QEvent>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>

namespace IdleGuard::Ui {

using Supervision::IdleHistogram;

namespace {

// Bands top to bottom, shortest first (a horizontal bar chart draws its first category at the
// bottom).
int slotOf(int bin)
{
    return IdleHistogram::binCount() - 1 - bin;
}

} // namespace

IdleChart::IdleChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("idleChart"));
    setAccessibleName(tr("Current idle times"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);

    auto *chart = new QChart;
    chart->setTitle(tr("How long conversations have been silent"));
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setAnimationOptions(QChart::NoAnimation);

    m_customer = new QBarSet(tr("Customer owes"));
    m_agent = new QBarSet(tr("Agent owes"));
    QStringList bands;
    for (int slot = 0; slot < IdleHistogram::binCount(); ++slot) {
        m_customer->append(0);
        m_agent->append(0);
        bands << IdleHistogram::binLabel(slotOf(slot));
    }
    m_series = new QHorizontalStackedBarSeries;
    m_series->append(m_customer);
    m_series->append(m_agent);
    m_series->setBarWidth(0.75);
    chart->addSeries(m_series);

    m_bands = new QBarCategoryAxis;
    m_bands->setCategories(bands);
    m_bands->setGridLineVisible(false);
    m_count = new QValueAxis;
    ChartStyle::setCountRange(*m_count, 0);
    m_count->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_bands, Qt::AlignLeft);
    chart->addAxis(m_count, Qt::AlignBottom);
    m_series->attachAxis(m_bands);
    m_series->attachAxis(m_count);
    // QChartView made a chart of its own, which setChart() lets go of without deleting it.
    QChart *const initial = this->chart();
    setChart(chart);
    delete initial;
    restyle();
}

void IdleChart::showHistogram(const IdleHistogram &histogram)
{
    int largest = 0;
    for (int bin = 0; bin < IdleHistogram::binCount(); ++bin) {
        const int slot = slotOf(bin);
        const int customer = histogram.customerOwes().at(bin);
        const int agent = histogram.agentOwes().at(bin);
        if (m_customer->at(slot) != customer)
            m_customer->replace(slot, customer);
        if (m_agent->at(slot) != agent)
            m_agent->replace(slot, agent);
        largest = std::max(largest, customer + agent);
    }
    ChartStyle::setCountRange(*m_count, largest);
}

QStringList IdleChart::bandLabels() const
{
    return m_bands->categories();
}

double IdleChart::axisMax() const
{
    return m_count->max();
}

void IdleChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

void IdleChart::restyle()
{
    ChartStyle::apply(*chart(), palette());
    m_customer->setColor(ChartStyle::customerOwes(palette()));
    m_customer->setBorderColor(ChartStyle::customerOwes(palette()));
    m_agent->setColor(ChartStyle::agentOwes(palette()));
    m_agent->setBorderColor(ChartStyle::agentOwes(palette()));
    setBackgroundBrush(palette().color(QPalette::Base));
}

} // namespace IdleGuard::Ui
