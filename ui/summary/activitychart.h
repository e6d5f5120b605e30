#pragma once

#include "supervision/hourlyactivity.h"

#include <QChartView>
#include <QTimeZone>

class QBarSeries;
class QCategoryAxis;
class QBarSet;
class QValueAxis;

namespace IdleGuard::Ui {

// The chart of the day: warnings and closes per hour over the last 24 hours, side by side per
// hour, the current hour on the right ("now"), every third hour labelled (24 labels do not fit).
// Built once; showHours() changes the bars' values in place (and the hour labels only when the
// hour turns), so a live update never rebuilds the chart or makes it flicker. Follows the
// palette (ChartStyle).
class ActivityChart final : public QChartView
{
    Q_OBJECT

public:
    explicit ActivityChart(QWidget *parent = nullptr);

    void showHours(const QList<IdleGuard::Supervision::ActivityHour> &hours, const QTimeZone &zone);

    // For tests and screenshots.
    QBarSet *warnings() const { return m_warnings; }
    QBarSet *closes() const { return m_closes; }
    // The hours labelled on the axis (every third, at its bar).
    QStringList hourLabels() const;
    double axisMax() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();

    QBarSeries *m_series = nullptr;
    QBarSet *m_warnings = nullptr;
    QBarSet *m_closes = nullptr;
    QCategoryAxis *m_hours = nullptr;
    qint64 m_firstHourMs = -1; // the hour the labels were made for
    QValueAxis *m_count = nullptr;
};

} // namespace IdleGuard::Ui
