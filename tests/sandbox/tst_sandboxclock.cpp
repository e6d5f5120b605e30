// The sandbox's clock and scheduler: stepped time, event order, each callback seeing its own
// moment, cancellation, the running clock's speed factor and the start-up fast-forward.

#include "sandbox/eventscheduler.h"
#include "sandbox/sandboxclock.h"

#include <QTest>
#include <QThread>

#include <memory>

using namespace IdleGuard::Sandbox;

class TestSandboxClock : public QObject
{
    Q_OBJECT

private slots:
    void steppedClockStandsStill()
    {
        SandboxClock clock = SandboxClock::stepped(1000);
        QCOMPARE(clock.nowMs(), 1000);
        clock.setNowMs(900); // never backwards
        QCOMPARE(clock.nowMs(), 1000);
        clock.setNowMs(1500);
        QCOMPARE(clock.nowMs(), 1500);
    }

    void eventsFireInTimeOrderAndSeeTheirOwnMoment()
    {
        SandboxClock clock = SandboxClock::stepped(0);
        EventScheduler scheduler(clock);
        QList<std::pair<int, qint64>> fired;
        scheduler.at(300, [&] { fired.append({3, clock.nowMs()}); });
        scheduler.at(100, [&] { fired.append({1, clock.nowMs()}); });
        scheduler.at(100, [&] { fired.append({2, clock.nowMs()}); }); // tie: scheduling order
        scheduler.at(900, [&] { fired.append({4, clock.nowMs()}); });

        scheduler.advanceBy(500);
        const QList<std::pair<int, qint64>> expected {{1, 100}, {2, 100}, {3, 300}};
        QCOMPARE(fired, expected);
        QCOMPARE(clock.nowMs(), 500);
        QCOMPARE(scheduler.pendingCount(), 1);
    }

    void callbacksMayScheduleWhatFallsDueInTheSameStep()
    {
        SandboxClock clock = SandboxClock::stepped(0);
        EventScheduler scheduler(clock);
        QList<qint64> beats;
        std::function<void()> beat = [&] {
            beats.append(clock.nowMs());
            scheduler.after(30'000, beat);
        };
        scheduler.after(30'000, beat);
        scheduler.advanceBy(95'000);
        QCOMPARE(beats, (QList<qint64> {30'000, 60'000, 90'000}));
    }

    void cancelledEventsNeverFire()
    {
        SandboxClock clock = SandboxClock::stepped(0);
        EventScheduler scheduler(clock);
        bool fired = false;
        const auto id = scheduler.after(10, [&] { fired = true; });
        scheduler.cancel(id);
        scheduler.cancel(id); // twice is harmless
        scheduler.advanceBy(100);
        QVERIFY(!fired);
        QCOMPARE(scheduler.pendingCount(), 0);
    }

    void runningClockAppliesItsSpeed()
    {
        const SandboxClock clock = SandboxClock::running(1'000'000, 10.0);
        const qint64 now = clock.nowMs();
        QVERIFY(now >= 1'000'000);
        // 60 s of sandbox time at ten times real speed is at most 6 s of real time.
        QVERIFY(clock.realMsUntil(now + 60'000) <= 6'000);
        QVERIFY(clock.realMsUntil(now + 60'000) > 0);
        QCOMPARE(clock.realMsUntil(now - 1), 0);
    }

    void fastForwardBuildsHistoryAndMovesTheClockOn()
    {
        SandboxClock clock = SandboxClock::running(1'000'000, 1.0);
        EventScheduler scheduler(clock);
        const qint64 before = clock.nowMs();
        QList<qint64> seen;
        for (qint64 at : {before + 60'000, before + 300'000, before + 900'000})
            scheduler.at(at, [&] { seen.append(clock.nowMs()); });

        scheduler.fastForward(600'000);
        QCOMPARE(seen, (QList<qint64> {before + 60'000, before + 300'000}));
        QVERIFY(clock.nowMs() >= before + 600'000);
        QCOMPARE(scheduler.pendingCount(), 1);
    }

    void pinnedClockAnswersThePinnedTime()
    {
        SandboxClock clock = SandboxClock::running(5'000, 1.0);
        clock.pin(42);
        QCOMPARE(clock.nowMs(), 42);
        clock.unpin();
        QVERIFY(clock.nowMs() >= 5'000);
    }

    void pinIsSeenOnlyByThePinningThread()
    {
        // An enforcer on another thread shares the clock; the scheduler's pin must not send its
        // time backwards.
        SandboxClock clock = SandboxClock::stepped(5'000);
        clock.pin(42);
        qint64 seenElsewhere = -1;
        std::unique_ptr<QThread> reader(
            QThread::create([&clock, &seenElsewhere] { seenElsewhere = clock.nowMs(); }));
        reader->start();
        QVERIFY(reader->wait(10'000));
        QCOMPARE(seenElsewhere, 5'000);
        QCOMPARE(clock.nowMs(), 42);
        clock.unpin();
    }
};

QTEST_GUILESS_MAIN(TestSandboxClock)
#include "tst_sandboxclock.moc"
