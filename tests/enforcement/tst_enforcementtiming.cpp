// Deadline precision of the enforcer under load, in real time: with a thousand tracked
// conversations, every warning is issued within 250 ms of its deadline, never before it, and
// exactly once. Measured against the sandbox clock (the time the sandbox stamps on the warning
// it receives); the distribution is printed and kept in docs/benchmarks.md.
//
// The one test here that waits for real time to pass (about 50 s): the claim is about a wall
// timer on its own thread, which a stepped clock cannot show.

#include "core/idletypes.h"
#include "timingscenario.h"

#include <QTest>

using namespace IdleGuard;
using namespace Qt::StringLiterals;

class TestEnforcementTiming : public QObject
{
    Q_OBJECT

private slots:
    void warningsWithinAQuarterSecondOfTheirDeadline();
};

void TestEnforcementTiming::warningsWithinAQuarterSecondOfTheirDeadline()
{
    // 50 of 1000 conversations fall due over 30 s (one every ~0.6 s): about 200 requests in the
    // rate limit's minute (claim, communication id, message, stage record each), under its 300.
    TimingScenario::Settings settings;
    settings.conversations = 1000;
    settings.due = 50;
    settings.warning1Seconds = 15;
    settings.windowMs = 30'000;
    TimingScenario scenario(settings);
    QString error;
    QVERIFY2(scenario.setUp(&error), qPrintable(error));
    const int timeoutMs
        = int(settings.leadInMs + settings.windowMs) + settings.warning1Seconds * 1000 + 15'000;
    QVERIFY2(scenario.run(timeoutMs, &error), qPrintable(error));
    scenario.stop();

    const QList<TimingScenario::Sample> samples = scenario.samples();
    QCOMPARE(samples.size(), settings.due);
    QList<qint64> lateness;
    QList<qint64> firing;
    QList<qint64> preparing;
    QList<qint64> wire;
    for (const TimingScenario::Sample &s : samples) {
        QVERIFY2(s.deadlineMs >= 0, qPrintable(s.conversationId));
        lateness.append(s.latenessMs());
        firing.append(s.firedMs - s.deadlineMs);
        preparing.append(s.requestMs - s.firedMs);
        wire.append(s.sentMs - s.requestMs);
    }
    const auto distribution = TimingScenario::Distribution::of(lateness);
    qInfo().noquote() << "warning 1 lateness (sandbox time of the message - deadline):"
                      << distribution.describe();
    qInfo().noquote() << "  of which timer (engine hands it out - deadline):"
                      << TimingScenario::Distribution::of(firing).describe();
    qInfo().noquote() << "  of which preparing (intent journaled, communication id read):"
                      << TimingScenario::Distribution::of(preparing).describe();
    qInfo().noquote() << "  of which the message request (sent - received by the sandbox):"
                      << TimingScenario::Distribution::of(wire).describe();
    const auto setUp = scenario.setUpUsage();
    const auto run = scenario.runUsage();
    qInfo().noquote() << u"worker CPU: %1 ms loading %2 conversations, %3 ms over the %4 ms run"_s
                             .arg(double(setUp.workerCpuUs) / 1000.0, 0, 'f', 1)
                             .arg(settings.conversations)
                             .arg(double(run.workerCpuUs) / 1000.0, 0, 'f', 1)
                             .arg(run.wallMs);

    const auto failed = scenario.failedReports();
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.constFirst().error));
    QCOMPARE(scenario.strayWarnings(), 0);
    for (const TimingScenario::Sample &s : samples) {
        const QString what = s.conversationId;
        QVERIFY2(s.copies == 1, qPrintable(u"%1 got %2 warnings"_s.arg(what).arg(s.copies)));
        QVERIFY2(s.stage == IdleStage::Warning1 && s.nextStage == IdleStage::Warning2,
                 qPrintable(u"%1 is not waiting for warning 2"_s.arg(what)));
        QVERIFY2(s.latenessMs() >= 0,
                 qPrintable(u"%1 warned %2 ms early"_s.arg(what).arg(-s.latenessMs())));
        QVERIFY2(s.latenessMs() <= 250,
                 qPrintable(u"%1 warned %2 ms late"_s.arg(what).arg(s.latenessMs())));
    }
}

QTEST_GUILESS_MAIN(TestEnforcementTiming)
#include "tst_enforcementtiming.moc"
