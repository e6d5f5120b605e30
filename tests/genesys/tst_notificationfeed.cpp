// NotificationFeed against a lively sandbox organisation: after simulated traffic and every kind
// of trouble (dropped, silent and closing sockets, channel expiry, 429/5xx bursts, an expired
// token), the feed's mirror must equal the sandbox's own live conversations of the watched
// queues, with no duplicate and no lost conversation. Time moves only when the test steps the
// sandbox's clock; the feed's timers and the REST client's waits follow the same clock.

#include "genesys/conversationparser.h"
#include "genesys/genesysapi.h"
#include "genesys/notificationfeed.h"
#include "genesys/restclient.h"
#include "sandbox/conversationstore.h"
#include "sandbox/eventscheduler.h"
#include "sandbox/faultinjector.h"
#include "sandbox/httppipeline.h"
#include "sandbox/notificationhub.h"
#include "sandbox/organisation.h"
#include "sandbox/sandbox.h"
#include "sandbox/simconversation.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QWebSocket>

#include <algorithm>

using namespace IdleGuard;
using namespace IdleGuard::Genesys;
using namespace IdleGuard::Sandbox;
using namespace Qt::StringLiterals;

namespace {

QString stateName(ParticipantState state)
{
    switch (state) {
    case ParticipantState::Alerting:
        return u"alerting"_s;
    case ParticipantState::Connected:
        return u"connected"_s;
    case ParticipantState::Disconnected:
        return u"disconnected"_s;
    case ParticipantState::Terminated:
        return u"terminated"_s;
    case ParticipantState::Other:
        return u"other"_s;
    case ParticipantState::Unknown:
        break;
    }
    return u"unknown"_s;
}

// What the mirror holds, in a comparable form: ids, legs, states and message ids.
QStringList fingerprint(const QHash<QString, Conversation> &conversations)
{
    QStringList lines;
    for (auto it = conversations.cbegin(); it != conversations.cend(); ++it) {
        QString line = it.key();
        for (const Participant &p : it->participants) {
            line += u' ' + p.id + u':' + stateName(p.state);
            for (const MessageRef &message : p.messages)
                line += u',' + message.id;
        }
        lines.append(line);
    }
    lines.sort();
    return lines;
}

} // namespace

class TestNotificationFeed : public QObject
{
    Q_OBJECT

    // A sandbox, a REST client and a feed, all on the sandbox's stepped clock.
    struct Env
    {
        struct Timer
        {
            qint64 dueMs;
            quint64 order;
            std::function<void()> run;
        };

        explicit Env(const SandboxOptions &options, NotificationFeed::Settings settings = {})
            : fixture(options)
        {
            if (!fixture.start())
                qFatal("sandbox did not start");
            const Clock &clock = sandbox().scheduler().clock();
            client = std::make_unique<RestClient>(Environment::custom(sandbox().baseUrl()), clock);
            client->setAccessToken(fixture.supervisorToken());
            // Retry and rate-budget waits move the sandbox's time (queued: never inside the
            // client's own call stack).
            client->setDelay([this](qint64 ms, std::function<void()> then) {
                QMetaObject::invokeMethod(
                    client.get(),
                    [this, ms, then = std::move(then)] {
                        advance(ms);
                        then();
                    },
                    Qt::QueuedConnection);
            });
            api = std::make_unique<GenesysApi>(*client);
            feed = std::make_unique<NotificationFeed>(*api, clock);
            settings.heartbeatIntervalMs = options.heartbeatIntervalMs;
            feed->setSettings(settings);
            feed->setScheduler([this](qint64 ms, std::function<void()> then) {
                timers.append({now() + ms, order++, std::move(then)});
            });
            QObject::connect(&sandbox().notifications(), &NotificationHub::frameSent, &context,
                             [this] { ++sent; });
            for (const SandboxQueue &queue : sandbox().organisation().queues())
                allQueues.append(queue.id);
            std::sort(allQueues.begin(), allQueues.end());
        }

        IdleGuard::Sandbox::Sandbox &sandbox() { return fixture.sandbox(); }
        qint64 now() { return sandbox().scheduler().nowMs(); }

        // Moves time by `ms`, firing the feed's timers at their own moments on the way.
        void advance(qint64 ms)
        {
            const qint64 target = now() + ms;
            for (;;) {
                auto next = std::min_element(
                    timers.begin(), timers.end(), [](const Timer &a, const Timer &b) {
                        return std::pair(a.dueMs, a.order) < std::pair(b.dueMs, b.order);
                    });
                if (next == timers.end() || next->dueMs > target)
                    break;
                const Timer timer = *next;
                timers.erase(next);
                if (timer.dueMs > now())
                    sandbox().step(timer.dueMs - now());
                timer.run();
            }
            if (target > now())
                sandbox().step(target - now());
        }

        // Lets every frame the sandbox sent reach the feed.
        void drain()
        {
            // Frames sent to a socket the feed was closing are never read: then this gives up
            // after a moment and counts from here (the comparison with the sandbox still holds).
            if (!QTest::qWaitFor(
                    [this] { return feed->framesReceived() >= sent && !feed->pingPending(); },
                    1'000))
                sent = feed->framesReceived();
        }

        // Simulated traffic for `ms`, in 5 s steps, each one delivered before the next.
        void run(qint64 ms)
        {
            for (qint64 done = 0; done < ms; done += 5'000) {
                advance(5'000);
                drain();
            }
        }

        // Empty when the mirror equals the sandbox's live conversations of the watched queues.
        QString difference()
        {
            const QStringList watched = feed->queues();
            QHash<QString, const SimConversation *> truth;
            for (const SimConversation *conversation : sandbox().store().conversations()) {
                if (!conversation->isEnded() && watched.contains(conversation->queueId))
                    truth.insert(conversation->id, conversation);
            }
            const auto &mirror = feed->mirror().conversations();
            for (auto it = truth.cbegin(); it != truth.cend(); ++it) {
                if (!mirror.contains(it.key()))
                    return u"missing "_s + it.key();
            }
            for (auto it = mirror.cbegin(); it != mirror.cend(); ++it) {
                const SimConversation *expected = truth.value(it.key());
                if (!expected)
                    return u"extra "_s + it.key();
                if (expected->participants.size() != it->participants.size())
                    return u"participants of "_s + it.key();
                for (const SimParticipant &leg : expected->participants) {
                    const auto found
                        = std::find_if(it->participants.cbegin(), it->participants.cend(),
                                       [&](const Participant &p) { return p.id == leg.id; });
                    if (found == it->participants.cend())
                        return u"participant %1 of %2"_s.arg(leg.id, it.key());
                    if (stateName(found->state) != leg.state)
                        return u"state of %1 in %2"_s.arg(leg.id, it.key());
                    QStringList want;
                    for (const SimMessage &message : leg.messages)
                        want.append(message.id);
                    QStringList have;
                    for (const MessageRef &message : found->messages)
                        have.append(message.id);
                    if (want != have)
                        return u"messages of %1 in %2"_s.arg(leg.id, it.key());
                }
            }
            return {};
        }

        // Waits for `condition`, stepping a little time now and then so the feed's timers run.
        bool waitFor(const std::function<bool()> &condition, int timeoutMs = 20'000)
        {
            int spins = 0;
            return QTest::qWaitFor(
                [&] {
                    if (condition())
                        return true;
                    if (++spins % 5 == 0)
                        advance(1'000);
                    return false;
                },
                timeoutMs);
        }

        // Waits (stepping a little time when nothing moves) until the feed is live and equal.
        bool settle(int timeoutMs = 20'000)
        {
            int spins = 0;
            const bool ok = QTest::qWaitFor(
                [&] {
                    drain();
                    if (feed->state() == NotificationFeed::State::Live && difference().isEmpty())
                        return true;
                    if (++spins % 5 == 0)
                        advance(1'000);
                    return false;
                },
                timeoutMs);
            if (!ok)
                qWarning() << "not settled:" << feed->state() << feed->offlineReason()
                           << difference();
            return ok;
        }

        SandboxFixture fixture;
        std::unique_ptr<RestClient> client;
        std::unique_ptr<GenesysApi> api;
        std::unique_ptr<NotificationFeed> feed;
        QList<Timer> timers;
        quint64 order = 0;
        qint64 sent = 0;
        QStringList allQueues;
        QObject context;
    };

    static SandboxOptions lively()
    {
        SandboxOptions options = SandboxFixture::quietOptions();
        options.simulate = true;
        options.conversations = 30;
        return options;
    }

    static QString eventFrame(const QString &topic, const QJsonObject &body)
    {
        return QString::fromUtf8(
            QJsonDocument(QJsonObject {{u"topicName"_s, topic}, {u"eventBody"_s, body}})
                .toJson(QJsonDocument::Compact));
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ApiResult>();
        QLoggingCategory::setFilterRules(
            u"idleguard.sandbox.*.info=false\nidleguard.genesys.*.info=false"_s);
    }

    void snapshotThenLiveEqualsSandbox()
    {
        Env env(lively());
        env.feed->setQueues(env.allQueues);
        env.feed->start();
        QVERIFY(env.settle());
        QVERIFY(env.feed->mirror().size() > 0);
        QCOMPARE(env.feed->counters().resyncs, 1);
        env.run(10 * 60 * 1000);
        QVERIFY(env.settle());
        const auto counters = env.feed->counters();
        QVERIFY(counters.eventsApplied > 0);
        QCOMPARE(counters.reconnects, 0);
        QCOMPARE(counters.malformedSkipped, 0);
        QVERIFY(env.feed->lastHeartbeatMs() > 0);
        QVERIFY(env.feed->rateLimitHeadroom() > 0);
    }

    void droppedSocketsReconnectAndResync()
    {
        Env env(lively());
        env.feed->setQueues(env.allQueues);
        env.feed->start();
        QVERIFY(env.settle());
        env.run(60'000);
        env.drain();
        QVERIFY(env.sandbox().notifications().dropAllSockets() > 0);
        env.run(60'000); // traffic the feed does not hear
        QVERIFY(env.settle());
        QVERIFY(env.feed->counters().reconnects >= 1);
        QVERIFY(env.feed->counters().resyncs >= 2);
        env.run(60'000);
        QVERIFY(env.settle());
    }

    void resyncSkipsWhatEventsBrought()
    {
        // An event carries the whole conversation, and once a resync has begun every socket is
        // listening: a conversation an event brought meanwhile is not read again.
        NotificationFeed::Settings settings;
        settings.snapshotConcurrency = 1;
        Env env(lively(), settings);
        env.feed->setQueues(env.allQueues);
        env.feed->start();
        QVERIFY(env.settle());
        const int live = env.feed->mirror().size();
        QVERIFY(live >= 10);
        // Every answer late by 100 ms (wall time): the resync reads one conversation at a time.
        env.sandbox().faults().setLatencyMs(100);
        const int resyncs = env.feed->counters().resyncs;
        QVERIFY(env.sandbox().notifications().dropAllSockets() > 0);
        QVERIFY(env.waitFor([&] { return env.feed->counters().resyncs > resyncs; }));
        const qint64 requestsBefore = env.sandbox().pipeline().requestCount();
        // Each conversation changes (as a message would change it), and the hub sends its event.
        for (const SimConversation *conversation : env.sandbox().store().conversations()) {
            if (!conversation->isEnded())
                emit env.sandbox().store().conversationChanged(conversation->id);
        }
        env.drain();
        QVERIFY(env.waitFor([&] { return env.feed->state() == NotificationFeed::State::Live; }));
        env.sandbox().faults().setLatencyMs(0);
        const int saved = env.feed->counters().resyncReadsSaved;
        // At most the read under way when the events came, and the analytics page, still went.
        QVERIFY2(saved >= live - 2, qPrintable(u"%1 of %2"_s.arg(saved).arg(live)));
        QVERIFY(env.sandbox().pipeline().requestCount() - requestsBefore <= 3);
        QVERIFY(env.settle());
        env.run(60'000);
        QVERIFY(env.settle());
    }

    void silentSocketIsDeclaredDead()
    {
        Env env(lively());
        env.feed->setQueues(env.allQueues);
        env.feed->start();
        QVERIFY(env.settle());
        env.sandbox().notifications().setHeartbeatsEnabled(false);
        env.run(2 * 30'000 + 10'000);
        QVERIFY(env.feed->counters().reconnects >= 1);
        env.sandbox().notifications().setHeartbeatsEnabled(true);
        QVERIFY(env.settle());
    }

    void quietSocketIsPingedNotDropped()
    {
        // No traffic and no heartbeats: the feed pings, the pongs prove the socket alive.
        Env env(SandboxFixture::quietOptions());
        env.feed->setQueues(env.allQueues);
        env.feed->start();
        QVERIFY(env.settle());
        env.sandbox().notifications().setHeartbeatsEnabled(false);
        env.run(5 * 60'000);
        QCOMPARE(env.feed->counters().reconnects, 0);
        QVERIFY(env.feed->lastHeartbeatMs() > env.now() - 2 * 30'000);
        QVERIFY(env.settle());
    }

    void socketClosingReconnectsToTheSameChannel()
    {
        Env env(lively());
        env.feed->setQueues(env.allQueues);
        env.feed->start();
        QVERIFY(env.settle());
        const QStringList channels = env.feed->channelIds();
        QVERIFY(env.sandbox().notifications().announceSocketClosing() > 0);
        env.drain();
        env.run(90'000); // past the server's close
        QVERIFY(env.settle());
        QCOMPARE(env.feed->channelIds(), channels);
        QVERIFY(env.feed->counters().reconnects >= 1);
        QCOMPARE(env.feed->counters().channelsCreated, 1);
    }

    void channelIsRenewedAndRecreated()
    {
        SandboxOptions options = lively();
        options.channelLifetimeMs = 120'000;
        Env env(options);
        env.feed->setQueues(env.allQueues);
        env.feed->start();
        QVERIFY(env.settle());
        const QStringList channels = env.feed->channelIds();
        env.run(5 * 60'000); // well past the first expiry
        QVERIFY(env.settle());
        QCOMPARE(env.feed->channelIds(), channels);
        QVERIFY(env.feed->counters().renewals >= 2);
        QVERIFY(env.sandbox().notifications().channel(channels.first()) != nullptr);

        env.sandbox().notifications().expireChannel(channels.first());
        env.run(10'000);
        QVERIFY(env.settle());
        QVERIFY(env.feed->channelIds() != channels);
        QCOMPARE(env.feed->counters().channelsCreated, 2);
    }

    void errorBurstsDuringResync_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("429") << 429;
        QTest::newRow("503") << 503;
    }

    void errorBurstsDuringResync()
    {
        QFETCH(int, status);
        Env env(lively());
        env.feed->setQueues(env.allQueues);
        env.feed->start();
        QVERIFY(env.settle());
        env.run(30'000);
        env.drain();
        env.sandbox().faults().failNext(5, status, u"/api/v2/conversations/messages/"_s);
        env.sandbox().notifications().dropAllSockets();
        QVERIFY(env.settle());
        env.sandbox().faults().failNext(5, status);
        env.sandbox().notifications().dropAllSockets();
        QVERIFY(env.settle());
    }

    void expiredTokenGoesOfflineAndResumes()
    {
        SandboxOptions options = lively();
        options.tokenLifetimeSeconds = 300;
        Env env(options);
        QSignalSpy signIn(env.feed.get(), &NotificationFeed::signInNeeded);
        env.feed->setQueues(env.allQueues);
        env.feed->start();
        QVERIFY(env.settle());
        env.run(6 * 60'000);
        env.drain();
        env.sandbox().notifications().dropAllSockets(); // the next call finds the token expired
        QVERIFY(env.waitFor([&] { return env.feed->state() == NotificationFeed::State::Offline; }));
        QCOMPARE(env.feed->offlineReason(), u"sign-in needed"_s);
        QCOMPARE(signIn.count(), 1);
        env.feed->setAccessToken(env.fixture.supervisorToken());
        QVERIFY(env.settle());
    }

    void topicsSplitAcrossChannels()
    {
        SandboxOptions options = lively();
        options.queues = 3;
        NotificationFeed::Settings settings;
        settings.topicsPerChannel = 2;
        Env env(options, settings);
        QCOMPARE(env.allQueues.size(), 3);
        env.feed->setQueues(env.allQueues);
        env.feed->start();
        QVERIFY(env.settle());
        QCOMPARE(env.feed->channelIds().size(), 2);
        int topics = 0;
        for (const QString &id : env.feed->channelIds())
            topics += int(env.sandbox().notifications().channel(id)->topics.size());
        QCOMPARE(topics, 3);
        env.run(2 * 60'000);
        QVERIFY(env.settle());
    }

    void queueSelectionChange()
    {
        Env env(lively());
        env.feed->setQueues(env.allQueues);
        env.feed->start();
        QVERIFY(env.settle());
        const QString dropped = env.allQueues.last();
        QStringList kept = env.allQueues;
        kept.removeLast();
        env.feed->setQueues(kept);
        for (const Conversation &conversation : env.feed->mirror().conversations())
            QVERIFY(conversation.queueId != dropped);
        QVERIFY(env.settle());
        const auto *channel = env.sandbox().notifications().channel(env.feed->channelIds().first());
        QVERIFY(channel);
        QVERIFY(!channel->topics.contains(GenesysApi::queueTopic(dropped)));
        QCOMPARE(channel->topics.size(), kept.size());
        env.run(60'000);
        QVERIFY(env.settle());
        env.feed->setQueues(env.allQueues); // and back: its conversations return
        QVERIFY(env.settle());
    }

    void malformedFramesAreCountedAndSkipped()
    {
        Env env(lively());
        env.feed->setQueues(env.allQueues);
        env.feed->start();
        QVERIFY(env.settle());
        const QStringList before = fingerprint(env.feed->mirror().conversations());
        const auto counters = env.feed->counters();
        const QString topic = GenesysApi::queueTopic(env.allQueues.first());
        const int unknownValues = ConversationParser::unknownValueCount();

        env.feed->handleFrame(u"not json {"_s);
        env.feed->handleFrame(u"[1,2,3]"_s);
        env.feed->handleFrame(u"{}"_s);
        env.feed->handleFrame(u"{\"topicName\":42,\"eventBody\":{}}"_s);
        env.feed->handleFrame(eventFrame(topic, {}).replace(u"{}"_s, u"\"text\""_s));
        env.feed->handleFrame(eventFrame(topic, {{u"name"_s, u"no id"_s}}));
        env.feed->handleFrame(eventFrame(topic, {{u"id"_s, 17}}));
        QCOMPARE(env.feed->counters().malformedSkipped, counters.malformedSkipped + 7);

        env.feed->handleFrame(eventFrame(u"v2.system.something_new"_s, {{u"id"_s, u"x"_s}}));
        env.feed->handleFrame(eventFrame(u"v2.routing.queues.not-watched.conversations.messages"_s,
                                         {{u"id"_s, u"x"_s}}));
        env.feed->handleFrame(eventFrame(u"channel.metadata"_s, {{u"message"_s, u"what"_s}}));
        QCOMPARE(env.feed->counters().unknownTopicsSkipped, counters.unknownTopicsSkipped + 3);

        // Unknown enum values of a conversation in another queue: parsed, counted, not kept.
        const QJsonObject strange {
            {u"id"_s, u"strange-1"_s},
            {u"participants"_s,
             QJsonArray {QJsonObject {{u"id"_s, u"p0"_s}, {u"purpose"_s, u"hologram"_s}},
                         QJsonObject {{u"id"_s, u"p1"_s},
                                      {u"purpose"_s, u"agent"_s},
                                      {u"state"_s, u"levitating"_s},
                                      {u"queue"_s, QJsonObject {{u"id"_s, u"elsewhere"_s}}},
                                      {u"messages"_s, QJsonArray {42, u"x"_s, QJsonObject {}}}}}}};
        env.feed->handleFrame(eventFrame(topic, strange));
        QVERIFY(ConversationParser::unknownValueCount() > unknownValues);
        QCOMPARE(fingerprint(env.feed->mirror().conversations()), before);
        QVERIFY(env.settle());
    }

    void staleEventIsSkipped()
    {
        Env env(lively());
        env.feed->setQueues(env.allQueues);
        env.feed->start();
        QVERIFY(env.settle());
        // A conversation that has moved on since its customer leg started.
        const Conversation *target = nullptr;
        for (const Conversation &conversation : env.feed->mirror().conversations()) {
            const Participant *customer = conversation.customer();
            if (customer && !customer->messages.isEmpty() && !conversation.queueId.isEmpty()) {
                target = &conversation;
                break;
            }
        }
        QVERIFY(target);
        const Conversation held = *target;
        const Participant *customer = held.customer();
        // An older view of it: the customer leg alone, before any message.
        const QString started = QDateTime::fromMSecsSinceEpoch(customer->startMs, QTimeZone::utc())
                                    .toString(Qt::ISODateWithMs);
        QJsonObject leg;
        leg.insert(u"id"_s, customer->id);
        leg.insert(u"purpose"_s, u"customer"_s);
        leg.insert(u"state"_s, u"connected"_s);
        leg.insert(u"startTime"_s, started);
        leg.insert(u"queue"_s, QJsonObject {{u"id"_s, held.queueId}});
        QJsonObject old;
        old.insert(u"id"_s, held.id);
        old.insert(u"participants"_s, QJsonArray {leg});
        const int stale = env.feed->counters().staleSkipped;
        env.feed->handleFrame(eventFrame(GenesysApi::queueTopic(held.queueId), old));
        QCOMPARE(env.feed->counters().staleSkipped, stale + 1);
        QCOMPARE(env.feed->mirror().conversations().value(held.id).participants.size(),
                 held.participants.size());
        QVERIFY(env.settle());
    }

    void socketsOutliveTheirOwnSignals_data()
    {
        QTest::addColumn<bool>("stop");
        QTest::newRow("stopped from a frame's update") << true;
        QTest::newRow("its channel dropped from a frame's update") << false;
    }

    void socketsOutliveTheirOwnSignals()
    {
        // A receiver of conversationUpdated may stop the feed or change its queues (a sign-out, a
        // new selection) while the socket that brought the frame is still inside its signal:
        // the socket must be silenced then, and deleted only after it has returned.
        QFETCH(bool, stop);
        SandboxOptions options = SandboxFixture::quietOptions();
        options.queues = 2;
        NotificationFeed::Settings settings;
        settings.topicsPerChannel = 1; // one channel, and socket, per queue
        Env env(options, settings);
        env.feed->setQueues(env.allQueues);
        env.feed->start();
        QVERIFY(env.settle());
        const QList<QWebSocket *> sockets = env.feed->findChildren<QWebSocket *>();
        QCOMPARE(sockets.size(), 2);
        int destroyed = 0;
        for (QWebSocket *socket : sockets)
            QObject::connect(socket, &QObject::destroyed, &env.context,
                             [&destroyed] { ++destroyed; });
        int destroyedInside = -1;
        QObject::connect(env.feed.get(), &NotificationFeed::conversationUpdated, &env.context, [&] {
            if (destroyedInside >= 0)
                return;
            if (stop)
                env.feed->stop();
            else
                env.feed->setQueues({env.allQueues.first()}); // the second goes
            destroyedInside = destroyed;
        });
        // The event arrives on the second queue's socket.
        env.sandbox().store().startConversation(env.allQueues.last(), u"Alex"_s, u"Hello"_s);
        QVERIFY(env.waitFor([&] { return destroyedInside >= 0; }));
        QCOMPARE(destroyedInside, 0);
        QTRY_COMPARE(destroyed, stop ? 2 : 1);
        if (stop)
            QCOMPARE(env.feed->state(), NotificationFeed::State::Offline);
        else
            QVERIFY(env.settle());
    }
};

QTEST_GUILESS_MAIN(TestNotificationFeed)
#include "tst_notificationfeed.moc"
