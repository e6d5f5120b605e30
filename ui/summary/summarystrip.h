#pragma once

#include "supervision/dashboardcounts.h"

#include <QFrame>

class QLabel;

namespace IdleGuard::Ui {

// The strip at the top of the dashboard: tracked conversations, who owes the reply, how many
// are warned, and today's automatic closes and failures, as large numbers a supervisor reads
// from across the room. A click on a tile asks for what it counts (the window filters the table
// or opens the audit journal on it). The numbers come ready-made (DashboardCounts).
class SummaryStrip final : public QFrame
{
    Q_OBJECT

public:
    enum class Tile { Tracked, CustomerOwes, AgentOwes, Warned, AutoClosedToday, FailuresToday };
    Q_ENUM(Tile)

    explicit SummaryStrip(QWidget *parent = nullptr);

    void showCounts(const IdleGuard::Supervision::DashboardCounts &counts);
    const IdleGuard::Supervision::DashboardCounts &counts() const { return m_counts; }
    // The number a tile shows ("—" while unknown), for tests and screen readers.
    QString valueText(Tile tile) const;

signals:
    void tileActivated(IdleGuard::Ui::SummaryStrip::Tile tile);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct TileWidgets
    {
        QFrame *frame = nullptr;
        QLabel *value = nullptr;
        QLabel *caption = nullptr;
    };
    void addTile(Tile tile, const QString &caption, const QString &toolTip);
    void restyle();

    QList<TileWidgets> m_tiles;
    IdleGuard::Supervision::DashboardCounts m_counts;
};

} // namespace IdleGuard::Ui
