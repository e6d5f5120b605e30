// Tests of how durations read in the UI and on the command line (product.md: "shown as m:ss /
// h:mm in the UI").

#include "core/durationformat.h"

#include <QTest>

#include <limits>

using namespace IdleGuard;
using namespace Qt::StringLiterals;

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
    void parseSeconds_readsWhatPeopleType_data();
    void parseSeconds_readsWhatPeopleType();
    void parseSeconds_roundTripsCompact();
    void parseSeconds_refusesWithAReason_data();
    void parseSeconds_refusesWithAReason();
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

void TestDurationFormat::parseSeconds_readsWhatPeopleType_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");

    QTest::addRow("bare number is seconds") << u"90"_s << 90;
    QTest::addRow("seconds with unit") << u"45 s"_s << 45;
    QTest::addRow("no space") << u"30s"_s << 30;
    QTest::addRow("minutes") << u"2 min"_s << 120;
    QTest::addRow("m") << u"2m"_s << 120;
    QTest::addRow("decimal minutes") << u"1.5 m"_s << 90;
    QTest::addRow("decimal comma") << u"1,5 min"_s << 90;
    QTest::addRow("hours and minutes") << u"1 h 30 min"_s << 5400;
    QTest::addRow("upper case") << u"2 MIN"_s << 120;
    QTest::addRow("German words") << u"1 Stunde 5 Minuten"_s << 3900;
    QTest::addRow("Spanish words") << u"3 minutos 10 segundos"_s << 190;
    QTest::addRow("m:ss") << u"2:30"_s << 150;
    QTest::addRow("h:mm:ss") << u"1:05:00"_s << 3900;
    QTest::addRow("h:mm h as shown") << u"1:30 h"_s << 5400;
    QTest::addRow("surrounding blanks") << u"  5 min  "_s << 300;
    QTest::addRow("huge is capped, not wrapped") << u"999999999 h"_s << 365 * 24 * 3600;
}

void TestDurationFormat::parseSeconds_readsWhatPeopleType()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    QString error;
    const auto seconds = DurationFormat::parseSeconds(text, &error);
    QVERIFY2(seconds.has_value(), qPrintable(error));
    QCOMPARE(*seconds, expected);
}

void TestDurationFormat::parseSeconds_roundTripsCompact()
{
    // What the editor shows after a value was entered reads back as the same value.
    for (int seconds : {10, 59, 90, 600, 3599, 3600, 5400, 28800}) {
        const auto back = DurationFormat::parseSeconds(DurationFormat::seconds(seconds));
        QVERIFY(back.has_value());
        QCOMPARE(*back, seconds);
    }
}

void TestDurationFormat::parseSeconds_refusesWithAReason_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("empty") << QString();
    QTest::addRow("blank") << u"   "_s;
    QTest::addRow("word") << u"soon"_s;
    QTest::addRow("unknown unit") << u"5 weeks"_s;
    QTest::addRow("negative") << u"-5 min"_s;
    QTest::addRow("two bare numbers") << u"5 5"_s;
    QTest::addRow("seconds over 59 in m:ss") << u"2:75"_s;
    QTest::addRow("one-digit seconds") << u"2:5"_s;
    QTest::addRow("h:mm:ss with h unit") << u"1:00:00 h"_s;
    QTest::addRow("fraction of a second") << u"1.5 s"_s;
    QTest::addRow("trailing junk") << u"5 min!"_s;
}

void TestDurationFormat::parseSeconds_refusesWithAReason()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(!DurationFormat::parseSeconds(text, &error).has_value());
    QVERIFY2(!error.isEmpty(), "a refusal says why");
}

QTEST_APPLESS_MAIN(TestDurationFormat)

#include "tst_durationformat.moc"
