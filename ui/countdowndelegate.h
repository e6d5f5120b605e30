#pragma once

#include "conversationtablemodel.h"

#include <QColor>
#include <QStyledItemDelegate>

class QFontMetrics;

namespace IdleGuard::Ui {

// Paints the "Next step" cell of the conversation table as a countdown bar: the fraction of
// time elapsed toward the next stage (FractionRole), coloured by what the stage means
// (BarKindRole), with the stage's name at the start and the time left at the end of the bar
// (StageNameRole, RemainingTextRole). A row without a next stage shows a dash.
//
// Colours are chosen per palette (darker tones on a light base, lighter ones on a dark base) so
// that each bar keeps at least 3:1 contrast against its track and the view's base, and the
// text over the filled part switches between black and white, whichever reads better.
class CountdownDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CountdownDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Geometry and colours, public so that tests (and a legend) use the very same ones.
    static QRect barRect(const QRect &cellRect, const QFontMetrics &metrics);
    static int filledWidth(const QRect &bar, double fraction);
    static QColor barColor(ConversationTableModel::BarKind kind, const QPalette &palette);
    static QColor trackColor(const QPalette &palette);
    static QColor textColorOn(const QColor &background);
    static bool isDark(const QPalette &palette);
    // WCAG 2 contrast ratio between two opaque colours (1..21).
    static double contrastRatio(const QColor &a, const QColor &b);

private:
    void paintLabels(QPainter *painter, const QStyleOptionViewItem &option, const QRect &bar,
                     const QRect &filled, const QModelIndex &index) const;
    void paintDash(QPainter *painter, const QStyleOptionViewItem &option) const;
};

} // namespace IdleGuard::Ui
