#include "countdowndelegate.h"

#include "conversationrowtext.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>

#include <algorithm>
#include <cmath>

namespace IdleGuard::Ui {

namespace {

constexpr int kMargin = 3; // between the cell's edge and the bar
constexpr int kBarPadding = 2; // between the bar's edge and its text, vertically
constexpr int kTextPadding = 4; // between the bar's ends and its text, and between the texts
constexpr int kMinBarSpace = 24; // bar beyond its texts, so the fill stays readable

using BarKind = ConversationTableModel::BarKind;

struct BarPalette
{
    QRgb calm;
    QRgb warned;
    QRgb aboutToClose;
    QRgb agentOwes;
};

// Blue, amber, red, violet: told apart by hue and lightness, not by red/green alone. Each
// tone keeps >= 3:1 against the track and the base of its palette (tst_countdowndelegate).
constexpr BarPalette kOnLight {0xff1f6fb2, 0xff9a5b00, 0xffc62828, 0xff7b3fb5};
constexpr BarPalette kOnDark {0xff5aa9e6, 0xfff0b429, 0xfff07070, 0xffb794f4};

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF())
        + 0.0722 * linear(color.blueF());
}

QColor mix(const QColor &a, const QColor &b, double weightOfB)
{
    const auto channel = [weightOfB](int x, int y) {
        return int(std::lround(x * (1.0 - weightOfB) + y * weightOfB));
    };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()),
                  channel(a.blue(), b.blue()));
}

QPalette::ColorGroup colorGroup(const QStyleOptionViewItem &option)
{
    if (!(option.state & QStyle::State_Enabled))
        return QPalette::Disabled;
    return option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
}

} // namespace

CountdownDelegate::CountdownDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

bool CountdownDelegate::isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Base)) < 0.2;
}

QColor CountdownDelegate::barColor(BarKind kind, const QPalette &palette)
{
    const BarPalette &tones = isDark(palette) ? kOnDark : kOnLight;
    switch (kind) {
    case BarKind::Calm:
        return QColor::fromRgb(tones.calm);
    case BarKind::Warned:
        return QColor::fromRgb(tones.warned);
    case BarKind::AboutToClose:
        return QColor::fromRgb(tones.aboutToClose);
    case BarKind::AgentOwes:
        return QColor::fromRgb(tones.agentOwes);
    case BarKind::None:
        break;
    }
    return {};
}

QColor CountdownDelegate::trackColor(const QPalette &palette)
{
    // A step from the base toward the text: visible in any palette, and the text stays readable.
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.14);
}

double CountdownDelegate::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor CountdownDelegate::textColorOn(const QColor &background)
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrastRatio(background, black) >= contrastRatio(background, white) ? black : white;
}

QRect CountdownDelegate::barRect(const QRect &cellRect, const QFontMetrics &metrics)
{
    const int height
        = std::min(cellRect.height() - 2 * kMargin, metrics.height() + 2 * kBarPadding);
    const int top = cellRect.top() + (cellRect.height() - height) / 2;
    return QRect(cellRect.left() + kMargin, top, cellRect.width() - 2 * kMargin, height);
}

int CountdownDelegate::filledWidth(const QRect &bar, double fraction)
{
    return int(std::lround(std::clamp(fraction, 0.0, 1.0) * bar.width()));
}

void CountdownDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the background, selection and focus from the style; the text from here
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto kind = BarKind(index.data(ConversationTableModel::BarKindRole).toInt());
    const QVariant fraction = index.data(ConversationTableModel::FractionRole);
    if (kind == BarKind::None || !fraction.isValid()) {
        paintDash(painter, opt);
        return;
    }

    const QRect bar = barRect(opt.rect, opt.fontMetrics);
    const int filled = filledWidth(bar, fraction.toDouble());
    // Time runs with the reading direction.
    const QRect filledRect = opt.direction == Qt::RightToLeft
        ? QRect(bar.right() - filled + 1, bar.top(), filled, bar.height())
        : QRect(bar.left(), bar.top(), filled, bar.height());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(bar, trackColor(opt.palette));
    painter->fillRect(filledRect, barColor(kind, opt.palette));
    paintLabels(painter, opt, bar, filledRect, index);
    painter->restore();
}

void CountdownDelegate::paintLabels(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QRect &bar, const QRect &filled,
                                    const QModelIndex &index) const
{
    const QString remaining = index.data(ConversationTableModel::RemainingTextRole).toString();
    const QString stage = index.data(ConversationTableModel::StageNameRole).toString();
    if (remaining.isEmpty() && stage.isEmpty())
        return;
    const QFontMetrics &metrics = option.fontMetrics;
    const QRect textRect = bar.adjusted(kTextPadding, 0, -kTextPadding, 0);
    // The time left always shows; the stage's name takes what is left, elided.
    const int stageWidth = textRect.width() - metrics.horizontalAdvance(remaining) - kTextPadding;
    const QString stageText
        = stageWidth > 0 ? metrics.elidedText(stage, Qt::ElideRight, stageWidth) : QString();
    const Qt::Alignment start = Qt::AlignLeading | Qt::AlignVCenter;
    const Qt::Alignment end = Qt::AlignTrailing | Qt::AlignVCenter;

    // Twice, clipped: over the fill in black or white, over the track in the palette's text
    // colour (the track is derived from the base, so that colour reads on it).
    const QRegion track = QRegion(bar).subtracted(filled);
    const QColor onFill = textColorOn(
        barColor(BarKind(index.data(ConversationTableModel::BarKindRole).toInt()), option.palette));
    const QColor onTrack = option.palette.color(colorGroup(option), QPalette::Text);
    painter->setFont(option.font);
    painter->setLayoutDirection(option.direction);
    for (const auto &[clip, color] :
         {std::pair(QRegion(filled), onFill), std::pair(track, onTrack)}) {
        if (clip.isEmpty())
            continue;
        painter->setClipRegion(clip);
        painter->setPen(color);
        const auto align
            = [&option](Qt::Alignment a) { return QStyle::visualAlignment(option.direction, a); };
        painter->drawText(textRect, int(align(start)), stageText);
        painter->drawText(textRect, int(align(end)), remaining);
    }
    painter->setClipping(false);
}

void CountdownDelegate::paintDash(QPainter *painter, const QStyleOptionViewItem &option) const
{
    const bool selected = option.state & QStyle::State_Selected;
    painter->save();
    painter->setFont(option.font);
    painter->setPen(option.palette.color(colorGroup(option),
                                         selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(option.rect, Qt::AlignCenter, ConversationRowText::dash());
    painter->restore();
}

QSize CountdownDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics &metrics = opt.fontMetrics;
    // Room for the longest stage name and a long time left, whatever this row shows now, so
    // that the column does not change width as the countdown runs.
    int widestStage = 0;
    for (IdleStage stage : {IdleStage::Warning1, IdleStage::Warning2, IdleStage::Close,
                            IdleStage::AgentFlag, IdleStage::AgentEscalate}) {
        widestStage = std::max(widestStage,
                               metrics.horizontalAdvance(ConversationRowText::stageName(stage)));
    }
    const int widestTime = metrics.horizontalAdvance(QStringLiteral("88:88 h"));
    const int width = 2 * kMargin + 3 * kTextPadding + widestStage + widestTime + kMinBarSpace;
    const int height = metrics.height() + 2 * kBarPadding + 2 * kMargin;
    return QSize(width, height);
}

} // namespace IdleGuard::Ui
