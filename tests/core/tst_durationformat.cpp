// Tests of how durations read in the UI and on the command line (product.md: "shown as m:ss /
// h:mm in the UI").

#include "core/durationformat.h"

#include <QTest>

#include <limits>

using namespace IdleGuard;

class TestDurationFormat : public QObject
{
    Q_OBJECT

private slots:
    void compact_formatsMinutesAndHours_data();
    void compact_formatsMinutesAndHours();
    void compact_prefixesNegativeWithMinus_data();
    void compact_prefixesNegativeWithMinus();
    void seconds_formatsWholeSeconds_data();
    void seconds_formatsWholeSeconds();
};

void TestDurationFormat::compact_formatsMinutesAndHours_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("expected");

    QTest::addRow("zero") << qint64(0) << QStringLiteral("0:00");
    QTest::addRow("below a second rounds down") << qint64(999) << QStringLiteral("0:00");
    QTest::addRow("one second") << qint64(1000) << QStringLiteral("0:01");
    QTest::addRow("59.999 s") << qint64(59999) << QStringLiteral("0:59");
    QTest::addRow("one minute") << qint64(60000) << QStringLiteral("1:00");
    QTest::addRow("5 min") << qint64(300000) << QStringLiteral("5:00");
    QTest::addRow("10 min 5 s pads seconds") << qint64(605000) << QStringLiteral("10:05");
    QTest::addRow("59:59") << qint64(3599000) << QStringLiteral("59:59");
    QTest::addRow("59:59.999 stays below an hour") << qint64(3599999) << QStringLiteral("59:59");
    QTest::addRow("one hour") << qint64(3600000) << QStringLiteral("1:00 h");
    QTest::addRow("one hour and 59 s") << qint64(3659000) << QStringLiteral("1:00 h");
    QTest::addRow("1 h 5 min pads minutes") << qint64(3900000) << QStringLiteral("1:05 h");
    QTest::addRow("1.5 h") << qint64(5400000) << QStringLiteral("1:30 h");
    QTest::addRow("8 h") << qint64(28800000) << QStringLiteral("8:00 h");
    QTest::addRow("100 h") << qint64(360000000) << QStringLiteral("100:00 h");
}

void TestDurationFormat::compact_formatsMinutesAndHours()
{
    QFETCH(qint64, ms);
    QFETCH(QString, expected);
    QCOMPARE(DurationFormat::compact(ms), expected);
}

void TestDurationFormat::compact_prefixesNegativeWithMinus_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("expected");

    QTest::addRow("-1 s") << qint64(-1000) << QStringLiteral("-0:01");
    QTest::addRow("-59.999 s") << qint64(-59999) << QStringLiteral("-0:59");
    QTest::addRow("-5 min") << qint64(-300000) << QStringLiteral("-5:00");
    QTest::addRow("-59:59") << qint64(-3599000) << QStringLiteral("-59:59");
    QTest::addRow("-1 h") << qint64(-3600000) << QStringLiteral("-1:00 h");
    QTest::addRow("-1.5 h") << qint64(-5400000) << QStringLiteral("-1:30 h");
    QTest::addRow("-8 h") << qint64(-28800000) << QStringLiteral("-8:00 h");
}

void TestDurationFormat::compact_prefixesNegativeWithMinus()
{
    QFETCH(qint64, ms);
    QFETCH(QString, expected);
    QCOMPARE(DurationFormat::compact(ms), expected);
    // The same digits as the positive duration, with a sign in front.
    QCOMPARE(DurationFormat::compact(ms), u'-' + DurationFormat::compact(-ms));
}

void TestDurationFormat::seconds_formatsWholeSeconds_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<QString>("expected");

    QTest::addRow("zero") << 0 << QStringLiteral("0:00");
    QTest::addRow("shortest policy time 10 s") << 10 << QStringLiteral("0:10");
    QTest::addRow("90 s") << 90 << QStringLiteral("1:30");
    QTest::addRow("3 min") << 180 << QStringLiteral("3:00");
    QTest::addRow("15 min") << 900 << QStringLiteral("15:00");
    QTest::addRow("59:59") << 3599 << QStringLiteral("59:59");
    QTest::addRow("one hour") << 3600 << QStringLiteral("1:00 h");
    QTest::addRow("longest policy time 8 h") << 28800 << QStringLiteral("8:00 h");
    QTest::addRow("negative") << -30 << QStringLiteral("-0:30");
    QTest::addRow("largest int does not overflow")
        << std::numeric_limits<int>::max() << QStringLiteral("596523:14 h");
}

void TestDurationFormat::seconds_formatsWholeSeconds()
{
    QFETCH(int, seconds);
    QFETCH(QString, expected);
    QCOMPARE(DurationFormat::seconds(seconds), expected);
    QCOMPARE(DurationFormat::seconds(seconds), DurationFormat::compact(qint64(seconds) * 1000));
}

QTEST_APPLESS_MAIN(TestDurationFormat)

#include "tst_durationformat.moc"
