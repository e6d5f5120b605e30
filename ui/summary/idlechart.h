#pragma once

#include "supervision/idlehistogram.h"

#include <QChartView>

class QBarCategoryAxis;
class QBarSet;
class QHorizontalStackedBarSeries;
class QValueAxis;

namespace IdleGuard::Ui {

// How long the tracked conversations have been silent now: one horizontal bar per band (under
// a minute at the top, half an hour or more at the bottom), split into "customer owes" (blue) and
// "agent owes" (violet) as in the table's bars. Horizontal, so the band names stay readable in
// a narrow pane. Values change in place; the chart is built once. Follows the palette.
class IdleChart final : public QChartView
{
    Q_OBJECT

public:
    explicit IdleChart(QWidget *parent = nullptr);

    void showHistogram(const IdleGuard::Supervision::IdleHistogram &histogram);

    // For tests and screenshots.
    QBarSet *customerOwes() const { return m_customer; }
    QBarSet *agentOwes() const { return m_agent; }
    QStringList bandLabels() const;
    double axisMax() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();

    QHorizontalStackedBarSeries *m_series = nullptr;
    QBarSet *m_customer = nullptr;
    QBarSet *m_agent = nullptr;
    QBarCategoryAxis *m_bands = nullptr;
    QValueAxis *m_count = nullptr;
};

} // namespace IdleGuard::Ui
