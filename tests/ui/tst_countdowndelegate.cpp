// The countdown bar painted into an image at known fractions and kinds, in a light and a dark
// palette: the filled length in pixels, the colours by sampling pixels, the text over the bar,
// the dash for rows without a next stage, and the contrast of every colour it picks.

#include "ui/countdowndelegate.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>

using namespace IdleGuard::Ui;
using Model = ConversationTableModel;
using Kind = Model::BarKind;

namespace {

const QSize kCell(240, 30);

QPalette makePalette(QRgb base, QRgb text, QRgb window, QRgb highlight)
{
    QPalette palette;
    palette.setColor(QPalette::Base, QColor::fromRgb(base));
    palette.setColor(QPalette::AlternateBase, QColor::fromRgb(base));
    palette.setColor(QPalette::Text, QColor::fromRgb(text));
    palette.setColor(QPalette::Window, QColor::fromRgb(window));
    palette.setColor(QPalette::WindowText, QColor::fromRgb(text));
    palette.setColor(QPalette::Highlight, QColor::fromRgb(highlight));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

QPalette lightPalette()
{
    return makePalette(0xffffffff, 0xff000000, 0xffefefef, 0xff3072c4);
}

QPalette darkPalette()
{
    return makePalette(0xff1e1e1e, 0xffe8e8e8, 0xff2b2b2b, 0xff2f65ca);
}

struct Cell
{
    Kind kind = Kind::Calm;
    QVariant fraction;
    QString stage;
    QString remaining;
    Qt::LayoutDirection direction = Qt::LeftToRight;
};

QStyleOptionViewItem option(const QPalette &palette, Qt::LayoutDirection direction)
{
    QStyleOptionViewItem option;
    option.rect = QRect(QPoint(0, 0), kCell);
    option.palette = palette;
    option.font = QApplication::font();
    option.fontMetrics = QFontMetrics(option.font);
    option.state = QStyle::State_Enabled | QStyle::State_Active;
    option.direction = direction;
    return option;
}

QImage paint(const QPalette &palette, const Cell &cell)
{
    QStandardItemModel model(1, 1);
    auto *item = new QStandardItem;
    item->setData(int(cell.kind), Model::BarKindRole);
    item->setData(cell.fraction, Model::FractionRole);
    item->setData(cell.stage, Model::StageNameRole);
    item->setData(cell.remaining, Model::RemainingTextRole);
    model.setItem(0, 0, item);
    QImage image(kCell, QImage::Format_RGB32);
    image.fill(palette.color(QPalette::Base));
    QPainter painter(&image);
    CountdownDelegate delegate;
    delegate.paint(&painter, option(palette, cell.direction), model.index(0, 0));
    painter.end();
    return image;
}

QRect bar()
{
    return CountdownDelegate::barRect(QRect(QPoint(0, 0), kCell),
                                      QFontMetrics(QApplication::font()));
}

// Pixels of `color` on row y from x = from, walking by step, until another colour.
int run(const QImage &image, int y, int from, int step, QRgb color)
{
    int count = 0;
    for (int x = from; x >= 0 && x < image.width() && image.pixel(x, y) == color; x += step)
        ++count;
    return count;
}

// Pixels in `area` within a small distance of `color` (glyph cores are drawn in the pen colour).
int near(const QImage &image, const QRect &area, const QColor &color)
{
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor p = QColor::fromRgb(image.pixel(x, y));
            if (std::abs(p.red() - color.red()) + std::abs(p.green() - color.green())
                    + std::abs(p.blue() - color.blue())
                < 60)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestCountdownDelegate : public QObject
{
    Q_OBJECT

private slots:
    void bar_lengthAndColour_data();
    void bar_lengthAndColour();
    void bar_textLeavesTheFillMeasurable_data();
    void bar_textLeavesTheFillMeasurable();
    void bar_fillsFromTheRightInRightToLeft();
    void noNextStage_showsOnlyADash();
    void colours_keepContrastInBothPalettes_data();
    void colours_keepContrastInBothPalettes();
    void sizeHint_fitsTheLongestTexts();
};

void TestCountdownDelegate::bar_lengthAndColour_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<int>("expectedFill");

    const int width = bar().width();
    QCOMPARE(width, kCell.width() - 6); // 3 px margin on each side
    const QList<std::pair<const char *, QPalette>> palettes {{"light", lightPalette()},
                                                             {"dark", darkPalette()}};
    const QList<std::pair<const char *, Kind>> kinds {{"calm", Kind::Calm},
                                                      {"warned", Kind::Warned},
                                                      {"about to close", Kind::AboutToClose},
                                                      {"agent owes", Kind::AgentOwes}};
    for (const auto &[paletteName, palette] : palettes) {
        for (const auto &[kindName, kind] : kinds) {
            for (double fraction : {0.0, 0.5, 1.0}) {
                QTest::addRow("%s, %s, %.1f", paletteName, kindName, fraction)
                    << palette << kind << fraction << int(std::lround(fraction * width));
            }
        }
    }
}

void TestCountdownDelegate::bar_lengthAndColour()
{
    QFETCH(QPalette, palette);
    QFETCH(Kind, kind);
    QFETCH(double, fraction);
    QFETCH(int, expectedFill);

    const QImage image = paint(palette, {kind, fraction, {}, {}});
    const QRect b = bar();
    const QRgb fill = CountdownDelegate::barColor(kind, palette).rgb();
    const QRgb track = CountdownDelegate::trackColor(palette).rgb();
    const QRgb base = palette.color(QPalette::Base).rgb();
    for (int y : {b.top(), b.center().y(), b.bottom()}) {
        QCOMPARE(run(image, y, b.left(), 1, fill), expectedFill);
        QCOMPARE(run(image, y, b.left() + expectedFill, 1, track), b.width() - expectedFill);
        QCOMPARE(image.pixel(b.left() - 1, y), base); // the margin stays the view's
        QCOMPARE(image.pixel(b.right() + 1, y), base);
    }
    QCOMPARE(image.pixel(b.center().x(), b.top() - 1), base);
    // The bar's colour depends on the kind and the palette; the same tone never serves both.
    const QPalette other = CountdownDelegate::isDark(palette) ? lightPalette() : darkPalette();
    QVERIFY(CountdownDelegate::barColor(kind, other).rgb() != fill);
}

void TestCountdownDelegate::bar_textLeavesTheFillMeasurable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addRow("light") << lightPalette();
    QTest::addRow("dark") << darkPalette();
}

void TestCountdownDelegate::bar_textLeavesTheFillMeasurable()
{
    QFETCH(QPalette, palette);
    const QImage image
        = paint(palette, {Kind::Warned, 0.5, QStringLiteral("Warning 2"), QStringLiteral("2:31")});
    const QRect b = bar();
    const QColor fill = CountdownDelegate::barColor(Kind::Warned, palette);
    const QRgb track = CountdownDelegate::trackColor(palette).rgb();
    // The text keeps off the bar's top row: the fill is exactly half there.
    QCOMPARE(run(image, b.top(), b.left(), 1, fill.rgb()), b.width() / 2);
    QCOMPARE(run(image, b.top(), b.right(), -1, track), b.width() - b.width() / 2);
    // The stage's name sits on the fill in black or white, the time on the track in the
    // palette's text colour.
    const QRect filledPart(b.left(), b.top(), b.width() / 2, b.height());
    const QRect trackPart(b.left() + b.width() / 2, b.top(), b.width() - b.width() / 2, b.height());
    QVERIFY(near(image, filledPart, CountdownDelegate::textColorOn(fill)) > 10);
    QVERIFY(near(image, trackPart, palette.color(QPalette::Text)) > 10);
}

void TestCountdownDelegate::bar_fillsFromTheRightInRightToLeft()
{
    const QPalette palette = lightPalette();
    const QImage image = paint(palette, {Kind::Calm, 0.25, {}, {}, Qt::RightToLeft});
    const QRect b = bar();
    const int expected = int(std::lround(0.25 * b.width()));
    const QRgb fill = CountdownDelegate::barColor(Kind::Calm, palette).rgb();
    QCOMPARE(run(image, b.center().y(), b.right(), -1, fill), expected);
    QCOMPARE(run(image, b.center().y(), b.left(), 1, CountdownDelegate::trackColor(palette).rgb()),
             b.width() - expected);
}

void TestCountdownDelegate::noNextStage_showsOnlyADash()
{
    for (const QPalette &palette : {lightPalette(), darkPalette()}) {
        const QImage image = paint(palette, {Kind::None, {}, {}, {}});
        const QRgb base = palette.color(QPalette::Base).rgb();
        const QRgb track = CountdownDelegate::trackColor(palette).rgb();
        int drawn = 0;
        QRect drawnArea;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                QVERIFY(image.pixel(x, y) != track);
                if (image.pixel(x, y) != base) {
                    ++drawn;
                    drawnArea |= QRect(x, y, 1, 1);
                }
            }
        }
        // A short dash in the middle, nothing else.
        QVERIFY(drawn > 0);
        QVERIFY(drawnArea.width() < 40);
        QVERIFY(drawnArea.contains(kCell.width() / 2, drawnArea.center().y()));
        // Drawn in the text colour: its darkest (or lightest) pixel leans toward the text.
        const QColor text = palette.color(QPalette::Text);
        const QColor baseColor = QColor::fromRgb(base);
        bool towardText = false;
        for (int y = drawnArea.top(); y <= drawnArea.bottom(); ++y) {
            for (int x = drawnArea.left(); x <= drawnArea.right(); ++x) {
                const QColor p = QColor::fromRgb(image.pixel(x, y));
                towardText = towardText
                    || std::abs(p.lightness() - text.lightness())
                        < std::abs(p.lightness() - baseColor.lightness());
            }
        }
        QVERIFY(towardText);
    }
}

void TestCountdownDelegate::colours_keepContrastInBothPalettes_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addRow("light") << lightPalette();
    QTest::addRow("dark") << darkPalette();
    QTest::addRow("application default") << QApplication::palette();
}

void TestCountdownDelegate::colours_keepContrastInBothPalettes()
{
    QFETCH(QPalette, palette);
    const QColor base = palette.color(QPalette::Base);
    const QColor track = CountdownDelegate::trackColor(palette);
    // Non-text contrast (WCAG 1.4.11) for the bar, text contrast (1.4.3) for its labels.
    QVERIFY(CountdownDelegate::contrastRatio(palette.color(QPalette::Text), track) >= 4.5);
    for (Kind kind : {Kind::Calm, Kind::Warned, Kind::AboutToClose, Kind::AgentOwes}) {
        const QColor fill = CountdownDelegate::barColor(kind, palette);
        const double againstTrack = CountdownDelegate::contrastRatio(fill, track);
        const double againstBase = CountdownDelegate::contrastRatio(fill, base);
        const double label
            = CountdownDelegate::contrastRatio(CountdownDelegate::textColorOn(fill), fill);
        QVERIFY2(againstTrack >= 3.0 && againstBase >= 3.0 && label >= 4.5,
                 qPrintable(QStringLiteral("%1: track %2, base %3, label %4")
                                .arg(fill.name())
                                .arg(againstTrack)
                                .arg(againstBase)
                                .arg(label)));
    }
}

void TestCountdownDelegate::sizeHint_fitsTheLongestTexts()
{
    QStandardItemModel model(1, 1);
    CountdownDelegate delegate;
    const QStyleOptionViewItem opt = option(lightPalette(), Qt::LeftToRight);
    const QSize hint = delegate.sizeHint(opt, model.index(0, 0));
    const QFontMetrics &metrics = opt.fontMetrics;
    QVERIFY(hint.height() >= metrics.height() + 4);
    QVERIFY(hint.height() <= metrics.height() + 16);
    QVERIFY(hint.width() > metrics.horizontalAdvance(QStringLiteral("Escalation 88:88 h")));
}

QTEST_MAIN(TestCountdownDelegate)
#include "tst_countdowndelegate.moc"
