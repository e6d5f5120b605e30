// StatusStream on its own: a fake worker (Source) and a manual clock. What a batch holds, how
// batches are coalesced and numbered, what a row says about the actions of its idle period, and
// that ten thousand conversations cost rows only for the ones that changed.

#include "core/conversation.h"
#include "core/manualclock.h"
#include "enforcement/stageclaim.h"
#include "enforcement/statusstream.h"

#include <QSignalSpy>
#include <QTest>

using namespace IdleGuard;
using namespace IdleGuard::Enforcement;
using namespace Qt::StringLiterals;

namespace {

// What the worker would answer, set by the test.
class FakeSource final : public StatusStream::Source
{
public:
    QStringList conversationIds() const override { return statuses.keys(); }
    std::optional<ConversationStatus> status(const QString &id) const override
    {
        const auto it = statuses.constFind(id);
        return it == statuses.cend() ? std::nullopt : std::optional(*it);
    }
    const Conversation *snapshot(const QString &id) const override
    {
        const auto it = snapshots.constFind(id);
        return it == snapshots.cend() ? nullptr : &*it;
    }
    bool isHeld(const QString &id) const override { return held.contains(id); }
    bool observeOnly() const override { return observe; }
    QString instanceId() const override { return u"me"_s; }

    // A tracked conversation: the customer owes since `idleSinceMs`, warning 1 next.
    void track(const QString &id, qint64 idleSinceMs = 1'000)
    {
        ConversationStatus s;
        s.conversationId = id;
        s.queueId = u"q1"_s;
        s.state = TrackingState::Tracked;
        s.owes = Party::Customer;
        s.track = Party::Customer;
        s.silentSinceMs = idleSinceMs;
        s.epochStartMs = idleSinceMs;
        s.countdownStartMs = idleSinceMs;
        s.nextStage = IdleStage::Warning1;
        s.nextAtMs = idleSinceMs + 60'000;
        statuses.insert(id, s);
    }

    QHash<QString, ConversationStatus> statuses;
    QHash<QString, Conversation> snapshots;
    QSet<QString> held;
    bool observe = false;
};

IdleAction action(const QString &id, IdleAction::Kind kind, IdleStage stage, qint64 idleSinceMs)
{
    IdleAction a;
    a.kind = kind;
    a.stage = stage;
    a.conversationId = id;
    a.idleSinceMs = idleSinceMs;
    return a;
}

ActionReport finished(const IdleAction &a, JournalOutcome outcome, qint64 atMs,
                      const QString &error = {})
{
    ActionReport r;
    r.action = a;
    r.outcome = outcome;
    r.finishedAtMs = atMs;
    r.error = error;
    return r;
}

QStringList idsOf(const QList<ConversationRow> &rows)
{
    QStringList ids;
    for (const ConversationRow &r : rows)
        ids.append(r.conversationId);
    ids.sort();
    return ids;
}

Participant leg(const QString &id, ParticipantPurpose purpose, const QString &name, qint64 startMs)
{
    Participant p;
    p.id = id;
    p.purpose = purpose;
    p.state = ParticipantState::Connected;
    p.name = name;
    p.startMs = startMs;
    p.connectedMs = startMs;
    return p;
}

} // namespace

class TestStatusStream : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<QList<ConversationRow>>(); }

    void oneBatchPerIntervalWhateverTheEventRate()
    {
        FakeSource source;
        ManualClock clock(10'000);
        StatusStream stream(source, clock, false);
        QSignalSpy batches(&stream, &StatusStream::statusesChanged);
        source.track(u"a"_s);
        source.track(u"b"_s);
        stream.markDirty(u"a"_s);
        stream.markDirty(u"b"_s);
        stream.flushIfDue(); // the first batch goes at once
        QCOMPARE(batches.size(), 1);
        QCOMPARE(idsOf(batches[0][0].value<QList<ConversationRow>>()),
                 (QStringList {u"a"_s, u"b"_s}));
        QCOMPARE(batches[0][2].value<quint64>(), quint64(1));

        // Fifty changes in the next 99 ms: nothing yet; at 100 ms one batch with all of them.
        for (int i = 0; i < 50; ++i) {
            clock.setNowMs(10'000 + i * 2);
            stream.markDirty(i % 2 ? u"a"_s : u"b"_s);
            stream.flushIfDue();
        }
        clock.setNowMs(10'000 + StatusStream::kIntervalMs - 1);
        stream.flushIfDue();
        QCOMPARE(batches.size(), 1);
        clock.setNowMs(10'000 + StatusStream::kIntervalMs);
        stream.flushIfDue();
        QCOMPARE(batches.size(), 2);
        QCOMPARE(idsOf(batches[1][0].value<QList<ConversationRow>>()),
                 (QStringList {u"a"_s, u"b"_s}));
        QCOMPARE(batches[1][2].value<quint64>(), quint64(2));
        // Nothing dirty: no empty batch, however much time passes.
        clock.advanceMs(10'000);
        stream.flushIfDue();
        QCOMPARE(batches.size(), 2);
    }

    void wallClockBatchCoalescesABurst()
    {
        FakeSource source;
        ManualClock clock;
        StatusStream stream(source, clock, true);
        QSignalSpy batches(&stream, &StatusStream::statusesChanged);
        for (int i = 0; i < 1'000; ++i) {
            source.track(u"c%1"_s.arg(i % 10));
            stream.markDirty(u"c%1"_s.arg(i % 10));
        }
        QVERIFY(stream.hasPending());
        QVERIFY(batches.wait(5'000)); // the coalescing timer's one batch
        QCOMPARE(batches.size(), 1);
        QCOMPARE(batches[0][0].value<QList<ConversationRow>>().size(), 10);
        QVERIFY(!stream.hasPending());
    }

    void removedOnlyWhatWasShown()
    {
        FakeSource source;
        ManualClock clock;
        StatusStream stream(source, clock, false);
        QSignalSpy batches(&stream, &StatusStream::statusesChanged);
        source.track(u"a"_s);
        stream.markDirty(u"a"_s);
        stream.flush();
        QCOMPARE(batches.size(), 1);

        source.statuses.remove(u"a"_s);
        stream.remove(u"a"_s);
        source.track(u"b"_s); // came and went between two batches: never shown, never removed
        stream.markDirty(u"b"_s);
        source.statuses.remove(u"b"_s);
        stream.remove(u"b"_s);
        stream.flush();
        QCOMPARE(batches.size(), 2);
        QVERIFY(batches[1][0].value<QList<ConversationRow>>().isEmpty());
        QCOMPARE(batches[1][1].toStringList(), QStringList {u"a"_s});
        stream.remove(u"a"_s); // removed twice (a late feed event): reported once
        stream.flush();
        QCOMPARE(batches.size(), 2);
    }

    void fullListSupersedesWhatWasPending()
    {
        FakeSource source;
        ManualClock clock;
        StatusStream stream(source, clock, false);
        QSignalSpy batches(&stream, &StatusStream::statusesChanged);
        QSignalSpy lists(&stream, &StatusStream::statusesReady);
        source.track(u"a"_s);
        source.track(u"b"_s);
        stream.markDirty(u"a"_s);
        stream.flush();
        stream.markDirty(u"b"_s);
        stream.sendAll();
        QCOMPARE(lists.size(), 1);
        QCOMPARE(idsOf(lists[0][0].value<QList<ConversationRow>>()),
                 (QStringList {u"a"_s, u"b"_s}));
        // Newer than every batch before it, so the receiver drops those still on their way.
        QCOMPARE(lists[0][1].value<quint64>(), quint64(2));
        stream.flush();
        QCOMPARE(batches.size(), 1); // b was in the list
        // A policy change: every row, and those gone since are reported as removed.
        source.statuses.remove(u"a"_s);
        stream.markAllDirty();
        stream.flush();
        QCOMPARE(batches.size(), 2);
        QCOMPARE(idsOf(batches[1][0].value<QList<ConversationRow>>()), QStringList {u"b"_s});
        QCOMPARE(batches[1][1].toStringList(), QStringList {u"a"_s});
        QCOMPARE(batches[1][2].value<quint64>(), quint64(3));
    }

    void resultsOfTheCurrentIdlePeriod()
    {
        FakeSource source;
        ManualClock clock(100'000);
        StatusStream stream(source, clock, false);
        source.track(u"a"_s, 1'000);
        const IdleAction message
            = action(u"a"_s, IdleAction::Kind::SendClosingMessage, IdleStage::Close, 1'000);
        const IdleAction disconnect
            = action(u"a"_s, IdleAction::Kind::Disconnect, IdleStage::Close, 1'000);
        stream.actionsStarted({message, disconnect});
        auto row = stream.row(u"a"_s);
        QVERIFY(row);
        QCOMPARE(row->pending, u"sendClosingMessage close"_s);
        QCOMPARE(row->results,
                 (QList<StageResult> {{IdleStage::Close, JournalOutcome::Pending, 100'000, {}}}));

        // The message went out; the stage is under way until its disconnect is done too.
        stream.actionFinished(finished(message, JournalOutcome::Succeeded, 100'500));
        row = stream.row(u"a"_s);
        QCOMPARE(row->pending, u"disconnect close"_s);
        QCOMPARE(row->results.constFirst().outcome, JournalOutcome::Pending);
        stream.actionFinished(
            finished(disconnect, JournalOutcome::Failed, 101'000, u"503 twice"_s));
        row = stream.row(u"a"_s);
        QVERIFY(row->pending.isEmpty());
        QCOMPARE(row->results,
                 (QList<StageResult> {
                     {IdleStage::Close, JournalOutcome::Failed, 101'000, u"503 twice"_s}}));

        // A supervisor's snooze is under way too, but it is no stage.
        const IdleAction snooze = action(u"a"_s, IdleAction::Kind::Snooze, IdleStage::None, 0);
        stream.actionsStarted({snooze});
        QCOMPARE(stream.row(u"a"_s)->pending, u"snooze"_s);
        QCOMPARE(stream.row(u"a"_s)->results.size(), 1);
        stream.actionFinished(finished(snooze, JournalOutcome::Succeeded, 101'500));

        // The customer wrote: a new idle period, and its stages start empty.
        source.track(u"a"_s, 200'000);
        QVERIFY(stream.row(u"a"_s)->results.isEmpty());
        // A stage reported without a start here (a restart's reconciliation, observe-only).
        stream.actionFinished(
            finished(action(u"a"_s, IdleAction::Kind::SendWarning, IdleStage::Warning1, 200'000),
                     JournalOutcome::Skipped, 260'000, u"Observe-only mode: nothing was sent."_s));
        QCOMPARE(stream.row(u"a"_s)->results,
                 (QList<StageResult> {{IdleStage::Warning1, JournalOutcome::Skipped, 260'000,
                                       u"Observe-only mode: nothing was sent."_s}}));
    }

    void rowCarriesTheSnapshotAndTheFlags()
    {
        FakeSource source;
        ManualClock clock;
        StatusStream stream(source, clock, false);
        source.track(u"a"_s, 5'000);
        Conversation c;
        c.id = u"a"_s;
        c.startMs = 1'000;
        c.channel = u"webmessaging"_s;
        c.customerLanguage = u"de"_s;
        Participant customer = leg(u"p1"_s, ParticipantPurpose::Customer, u"Alex"_s, 1'000);
        customer.messages = {{u"m1"_s, Party::Customer, 1'000, false}};
        Participant agent = leg(u"p2"_s, ParticipantPurpose::Agent, u"Sam"_s, 2'000);
        agent.messages = {{u"m2"_s, Party::Agent, 5'000, false}};
        // Another instance claimed warning 1 of this idle period.
        agent.attributes.insert(StageClaim::kKey,
                                StageClaim {u"other"_s, IdleStage::Warning1, 5'000}.toString());
        c.participants = {customer, agent};
        source.snapshots.insert(u"a"_s, c);
        source.held.insert(u"a"_s);
        source.observe = true;

        auto row = stream.row(u"a"_s);
        QCOMPARE(row->customerName, u"Alex"_s);
        QCOMPARE(row->agentName, u"Sam"_s);
        QCOMPARE(row->channel, u"webmessaging"_s);
        QCOMPARE(row->language, u"de"_s);
        QCOMPARE(row->queueId, u"q1"_s);
        QCOMPARE(row->startedMs, qint64(1'000));
        QCOMPARE(row->messageCount, 2);
        QCOMPARE(row->idleSinceMs, qint64(5'000));
        QCOMPARE(row->nextStage, IdleStage::Warning1);
        QCOMPARE(row->nextAtMs, qint64(65'000));
        QCOMPARE(row->countdownStartMs, qint64(5'000));
        QCOMPARE(row->owes, Party::Customer);
        QVERIFY(row->held);
        QVERIFY(row->observeOnly);
        QCOMPARE(row->claimedBy, u"other"_s);

        // Our own claim, or another's from an earlier idle period, is nobody else's hold.
        c.participants[1].attributes.insert(
            StageClaim::kKey, StageClaim {u"me"_s, IdleStage::Warning1, 5'000}.toString());
        source.snapshots.insert(u"a"_s, c);
        QVERIFY(stream.row(u"a"_s)->claimedBy.isEmpty());
        c.participants[1].attributes.insert(
            StageClaim::kKey, StageClaim {u"other"_s, IdleStage::Close, 1'000}.toString());
        source.snapshots.insert(u"a"_s, c);
        QVERIFY(stream.row(u"a"_s)->claimedBy.isEmpty());
        // The agent left: the row still says who had it.
        c.participants[1].state = ParticipantState::Disconnected;
        c.participants[1].endMs = 9'000;
        source.snapshots.insert(u"a"_s, c);
        QCOMPARE(stream.row(u"a"_s)->agentName, u"Sam"_s);
    }

    void tenThousandRowsOnlyTheChangedAreBuilt()
    {
        FakeSource source;
        ManualClock clock;
        StatusStream stream(source, clock, false);
        QSignalSpy batches(&stream, &StatusStream::statusesChanged);
        QSignalSpy lists(&stream, &StatusStream::statusesReady);
        for (int i = 0; i < 10'000; ++i)
            source.track(u"c%1"_s.arg(i));
        stream.sendAll();
        QCOMPARE(lists[0][0].value<QList<ConversationRow>>().size(), 10'000);
        stream.markDirty(u"c42"_s);
        stream.flush();
        QCOMPARE(batches.size(), 1);
        QCOMPARE(idsOf(batches[0][0].value<QList<ConversationRow>>()), QStringList {u"c42"_s});
    }
};

QTEST_GUILESS_MAIN(TestStatusStream)
#include "tst_statusstream.moc"
