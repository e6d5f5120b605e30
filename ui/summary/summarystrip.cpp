#include "summarystrip.h"

#include "chartstyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace IdleGuard::Ui {

SummaryStrip::SummaryStrip(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("summaryStrip"));
    setAccessibleName(tr("Summary"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(6);
    addTile(Tile::Tracked, tr("tracked"),
            tr("Conversations with a connected agent: their idle timers may run."));
    addTile(Tile::CustomerOwes, tr("customer owes"),
            tr("Tracked conversations where the customer owes the reply. Click to show them."));
    addTile(Tile::AgentOwes, tr("agent owes"),
            tr("Tracked conversations where the agent owes the reply. Click to show them."));
    addTile(Tile::Warned, tr("warned"),
            tr("Customers warned in their current silence and not closed yet."));
    addTile(Tile::AutoClosedToday, tr("auto-closed today"),
            tr("Conversations the policy closed today. Click to list them in the audit "
               "journal."));
    addTile(Tile::FailuresToday, tr("failures today"),
            tr("Actions that failed today, automatic or by hand. Click to list them in the "
               "audit journal."));
    restyle();
    showCounts({});
}

void SummaryStrip::addTile(Tile tile, const QString &caption, const QString &toolTip)
{
    TileWidgets w;
    w.frame = new QFrame(this);
    w.frame->setObjectName(QStringLiteral("summaryTile"));
    w.frame->setFrameShape(QFrame::StyledPanel);
    w.frame->setToolTip(toolTip);
    w.frame->setCursor(Qt::PointingHandCursor);
    w.frame->installEventFilter(this);
    w.value = new QLabel(w.frame);
    w.value->setAlignment(Qt::AlignCenter);
    QFont big = w.value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    w.value->setFont(big);
    w.caption = new QLabel(caption, w.frame);
    w.caption->setAlignment(Qt::AlignCenter);
    auto *column = new QVBoxLayout(w.frame);
    column->setContentsMargins(8, 2, 8, 4);
    column->setSpacing(0);
    column->addWidget(w.value);
    column->addWidget(w.caption);
    static_cast<QHBoxLayout *>(layout())->addWidget(w.frame, 1);
    Q_ASSERT(int(m_tiles.size()) == int(tile));
    m_tiles << w;
}

void SummaryStrip::showCounts(const Supervision::DashboardCounts &counts)
{
    m_counts = counts;
    const QLocale locale;
    const auto number
        = [&locale](int n) { return n < 0 ? QStringLiteral("—") : locale.toString(n); };
    m_tiles[int(Tile::Tracked)].value->setText(number(counts.tracked));
    m_tiles[int(Tile::CustomerOwes)].value->setText(number(counts.customerOwes));
    m_tiles[int(Tile::AgentOwes)].value->setText(number(counts.agentOwes));
    m_tiles[int(Tile::Warned)].value->setText(number(counts.warned));
    m_tiles[int(Tile::AutoClosedToday)].value->setText(number(counts.autoClosedToday));
    m_tiles[int(Tile::FailuresToday)].value->setText(number(counts.failuresToday));
    for (const TileWidgets &w : std::as_const(m_tiles))
        w.frame->setAccessibleName(w.value->text() + u' ' + w.caption->text());
    restyle();
}

QString SummaryStrip::valueText(Tile tile) const
{
    return m_tiles.at(int(tile)).value->text();
}

bool SummaryStrip::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease
        && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
        for (int i = 0; i < m_tiles.size(); ++i) {
            if (m_tiles.at(i).frame == watched) {
                emit tileActivated(Tile(i));
                return true;
            }
        }
    }
    return QFrame::eventFilter(watched, event);
}

void SummaryStrip::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

void SummaryStrip::restyle()
{
    // The tiles in the palette's base with the tones of the table's bars: failures in its red,
    // agents who owe a reply in its violet. Everything else in the text colour.
    const QPalette p = palette();
    for (int i = 0; i < m_tiles.size(); ++i) {
        QColor tone = p.color(QPalette::Text);
        if (Tile(i) == Tile::FailuresToday && m_counts.failuresToday > 0)
            tone = ChartStyle::closes(p);
        else if (Tile(i) == Tile::AgentOwes && m_counts.agentOwes > 0)
            tone = ChartStyle::agentOwes(p);
        QPalette valuePalette = m_tiles.at(i).value->palette();
        valuePalette.setColor(QPalette::WindowText, tone);
        m_tiles.at(i).value->setPalette(valuePalette);
        QPalette captionPalette = m_tiles.at(i).caption->palette();
        captionPalette.setColor(QPalette::WindowText, p.color(QPalette::Text));
        m_tiles.at(i).caption->setPalette(captionPalette);
        m_tiles.at(i).frame->setAutoFillBackground(true);
        QPalette framePalette = m_tiles.at(i).frame->palette();
        framePalette.setColor(QPalette::Window, p.color(QPalette::Base));
        m_tiles.at(i).frame->setPalette(framePalette);
    }
}

} // namespace IdleGuard::Ui
