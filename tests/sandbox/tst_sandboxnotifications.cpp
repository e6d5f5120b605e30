// Tests of the sandbox's notification service (reference section 7): channels and their topic
// subscriptions over REST, and the channel WebSocket (full-snapshot events, ping/pong,
// heartbeats, socket_closing, expiry, dropped and replaced sockets, revoked tokens). The sandbox
// runs in process on a stepped clock: time moves only through Sandbox::step().

#include "notificationsocket.h"
#include "sandbox/conversationstore.h"
#include "sandbox/organisation.h"
#include "sandbox/sandbox.h"
#include "sandboxclient.h"
#include "sandboxfixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>
#include <QUuid>
#include <QWebSocket>

using namespace IdleGuard::Sandbox;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 10000;
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

QString queueTopic(const QString &queueId)
{
    return u"v2.routing.queues."_s + queueId + u".conversations.messages"_s;
}

QString userTopic(const QString &userId)
{
    return u"v2.users."_s + userId + u".conversations.messages"_s;
}

QByteArray topicList(const QStringList &topics)
{
    QJsonArray array;
    for (const QString &topic : topics)
        array.append(QJsonObject {{u"id"_s, topic}});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QStringList topicIds(const QJsonArray &entities)
{
    QStringList ids;
    for (const auto &entity : entities)
        ids.append(entity.toObject().value("id"_L1).toString());
    return ids;
}

// Channels that live a minute, and no heartbeat in the way.
SandboxOptions minuteChannels()
{
    SandboxOptions options = SandboxFixture::quietOptions();
    options.channelLifetimeMs = 60000;
    options.heartbeatIntervalMs = 3600000;
    return options;
}

// One in-process sandbox with a supervisor token and the notification calls of these tests.
class Env : public SandboxFixture
{
public:
    using SandboxFixture::SandboxFixture;

    QString queueId(int index = 0) { return sandbox().organisation().queues().at(index).id; }

    QJsonObject createChannel(const QString &as = {})
    {
        const auto reply
            = client().post(u"/api/v2/notifications/channels"_s, as.isEmpty() ? token : as);
        return reply.status == 200 ? reply.json() : QJsonObject();
    }

    SandboxClient::Reply subscribe(const QString &channelId, const QStringList &topics,
                                   const QByteArray &verb = "PUT", const QString &query = {},
                                   const QString &as = {})
    {
        return client().request(
            verb, u"/api/v2/notifications/channels/%1/subscriptions%2"_s.arg(channelId, query),
            as.isEmpty() ? token : as, topicList(topics));
    }

    int headChannel(const QString &channelId)
    {
        return client().head(u"/api/v2/notifications/channels/"_s + channelId, token).status;
    }

    // A new channel subscribed to the topics (PUT; none when empty) with the socket joined to it.
    // The channel, or an empty object (and a warning) when a step failed.
    QJsonObject listen(NotificationSocket &socket, const QStringList &topics = {},
                       const QString &as = {})
    {
        const QJsonObject channel = createChannel(as);
        const QString id = channel.value("id"_L1).toString();
        if (id.isEmpty()) {
            qWarning() << "no channel";
            return {};
        }
        if (!topics.isEmpty()) {
            const auto reply = subscribe(id, topics, "PUT", {}, as);
            if (reply.status != 200) {
                qWarning() << "subscribing answered" << reply.status << reply.body;
                return {};
            }
        }
        if (!socket.join(channel.value("connectUri"_L1).toString())) {
            qWarning() << "the socket did not join" << id;
            return {};
        }
        return channel;
    }

    // The supervisor's, issued with the sandbox.
    QString token = supervisorToken();
};

} // namespace

namespace IdleGuard::Sandbox::Tests {

class TestSandboxNotifications : public QObject
{
    Q_OBJECT

private slots:
    // REST: channels
    void createChannel();
    void listChannels();
    void headChannel();
    // REST: subscriptions
    void subscriptionLifecycle();
    void rejectedTopics_data();
    void rejectedTopics();
    void agentPermissions();
    void topicLimit();
    void channelLimitRemovesLeastRecentlyUsed();
    void unknownChannel();
    // WebSocket
    void conversationEventsAreFullSnapshots();
    void userTopicEvents();
    void pingPong();
    void heartbeats();
    void heartbeatInterval();
    void heartbeatsDisabled();
    void socketClosing();
    void channelExpiry();
    void resubscribingExtendsChannel();
    void dropSockets();
    void secondSocketReplacesFirst();
    void unknownChannelSocket();
    void tokenRevoked();
};

void TestSandboxNotifications::createChannel()
{
    Env env;
    QVERIFY(env.start());
    const qint64 nowMs = env.sandbox().snapshot().value("nowMs"_L1).toInteger();

    const auto reply = env.client().post(u"/api/v2/notifications/channels"_s, env.token);
    QCOMPARE(reply.status, 200);
    const QJsonObject channel = reply.json();
    const QString id = channel.value("id"_L1).toString();
    QVERIFY2(id.startsWith("streaming-0-"_L1), qPrintable(id));
    QVERIFY(id.size() > 12);
    QCOMPARE(channel.value("connectUri"_L1).toString(),
             u"ws://127.0.0.1:%1/channels/%2"_s.arg(env.sandbox().port()).arg(id));
    const QString expires = channel.value("expires"_L1).toString();
    QVERIFY2(expires.endsWith(u'Z'), qPrintable(expires));
    const QDateTime expiry = QDateTime::fromString(expires, Qt::ISODateWithMs);
    QVERIFY(expiry.isValid());
    QCOMPARE(expiry.toMSecsSinceEpoch(), nowMs + kDayMs);

    // Every channel gets its own id.
    const QJsonObject second = env.createChannel();
    QVERIFY(!second.isEmpty());
    QVERIFY(second.value("id"_L1).toString() != id);
}

void TestSandboxNotifications::listChannels()
{
    Env env;
    QVERIFY(env.start());
    const QString id = env.createChannel().value("id"_L1).toString();
    QVERIFY(!id.isEmpty());

    for (const QString &query : {u""_s, u"?includechannels=token"_s}) {
        const auto reply = env.client().get(u"/api/v2/notifications/channels"_s + query, env.token);
        QCOMPARE(reply.status, 200);
        const QJsonArray entities = reply.entities();
        QCOMPARE(entities.size(), 1);
        QCOMPARE(entities.at(0).toObject().value("id"_L1).toString(), id);
        QVERIFY(entities.at(0).toObject().value("connectUri"_L1).toString().endsWith(id));
        QVERIFY(entities.at(0).toObject().contains("expires"_L1));
    }

    // Another token of the same user and app: its own list is empty; "oauthclient" also shows
    // the other token's channel, without its id.
    const QString other = env.tokenFor(env.sandbox().organisation().supervisor()->id);
    QCOMPARE(env.client()
                 .get(u"/api/v2/notifications/channels?includechannels=token"_s, other)
                 .entities()
                 .size(),
             0);
    const QJsonArray shared
        = env.client()
              .get(u"/api/v2/notifications/channels?includechannels=oauthclient"_s, other)
              .entities();
    QCOMPARE(shared.size(), 1);
    QVERIFY(!shared.at(0).toObject().contains("id"_L1));

    QCOMPARE(env.client()
                 .get(u"/api/v2/notifications/channels?includechannels=bogus"_s, env.token)
                 .status,
             400);
}

void TestSandboxNotifications::headChannel()
{
    Env env;
    QVERIFY(env.start());
    const QString id = env.createChannel().value("id"_L1).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(env.headChannel(id), 200);
    QCOMPARE(env.headChannel(u"streaming-0-doesnotexist"_s), 404);
}

void TestSandboxNotifications::subscriptionLifecycle()
{
    Env env;
    QVERIFY(env.start());
    const QString id = env.createChannel().value("id"_L1).toString();
    const QString q1 = queueTopic(env.queueId(0));
    const QString q2 = queueTopic(env.queueId(1));
    const QString q3 = queueTopic(env.queueId(2));
    const QString subscriptions = u"/api/v2/notifications/channels/%1/subscriptions"_s.arg(id);

    auto reply = env.subscribe(id, {q1});
    QCOMPARE(reply.status, 200);
    QJsonArray entities = reply.entities();
    QCOMPARE(entities.size(), 1);
    QCOMPARE(entities.at(0).toObject().value("id"_L1).toString(), q1);
    QCOMPARE(entities.at(0).toObject().value("state"_L1).toString(), u"Permitted"_s);

    // POST adds to the list.
    reply = env.subscribe(id, {q2}, "POST");
    QCOMPARE(reply.status, 200);
    QCOMPARE(topicIds(reply.entities()), QStringList({q1, q2}));

    // GET lists it.
    reply = env.client().get(subscriptions, env.token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(topicIds(reply.entities()), QStringList({q1, q2}));
    for (const auto &entity : reply.entities())
        QCOMPARE(entity.toObject().value("state"_L1).toString(), u"Permitted"_s);

    // PUT replaces it.
    reply = env.subscribe(id, {q3});
    QCOMPARE(reply.status, 200);
    QCOMPARE(topicIds(reply.entities()), QStringList({q3}));
    QCOMPARE(topicIds(env.client().get(subscriptions, env.token).entities()), QStringList({q3}));

    // DELETE clears it.
    reply = env.client().del(subscriptions, env.token);
    QVERIFY2(reply.status == 200 || reply.status == 204,
             QByteArray::number(reply.status).constData());
    reply = env.client().get(subscriptions, env.token);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.entities().isEmpty());
}

void TestSandboxNotifications::rejectedTopics_data()
{
    QTest::addColumn<QString>("topic");
    QTest::newRow("unknown queue")
        << queueTopic(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QTest::newRow("unknown user") << userTopic(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QTest::newRow("unsupported topic") << u"v2.system.something.else"_s;
    QTest::newRow("queue conversations (not messages)")
        << u"v2.routing.queues.9d2b7c1a-5e4f-4a3b-8c2d-1e0f9a8b7c6d.conversations"_s;
}

void TestSandboxNotifications::rejectedTopics()
{
    QFETCH(QString, topic);
    Env env;
    QVERIFY(env.start());
    const QString id = env.createChannel().value("id"_L1).toString();
    const QString good = queueTopic(env.queueId());

    // Without ignoreErrors the whole call fails with an ErrorBody and nothing is subscribed.
    for (const QString &query : {u""_s, u"?ignoreErrors=false"_s}) {
        const auto reply = env.subscribe(id, {good, topic}, "PUT", query);
        QCOMPARE(reply.status, 400);
        const QJsonObject error = reply.json();
        QCOMPARE(error.value("status"_L1).toInt(), 400);
        QVERIFY(!error.value("code"_L1).toString().isEmpty());
        QVERIFY(!error.value("message"_L1).toString().isEmpty());
        QVERIFY(!error.value("contextId"_L1).toString().isEmpty());
    }
    QVERIFY(env.client()
                .get(u"/api/v2/notifications/channels/%1/subscriptions"_s.arg(id), env.token)
                .entities()
                .isEmpty());

    // With ignoreErrors=true the good topic is taken and the bad one comes back Rejected.
    const auto reply = env.subscribe(id, {good, topic}, "PUT", u"?ignoreErrors=true"_s);
    QCOMPARE(reply.status, 200);
    const QJsonArray entities = reply.entities();
    QCOMPARE(entities.size(), 2);
    for (const auto &value : entities) {
        const QJsonObject entity = value.toObject();
        if (entity.value("id"_L1).toString() == good) {
            QCOMPARE(entity.value("state"_L1).toString(), u"Permitted"_s);
        } else {
            QCOMPARE(entity.value("id"_L1).toString(), topic);
            QCOMPARE(entity.value("state"_L1).toString(), u"Rejected"_s);
            QVERIFY(!entity.value("rejectionReason"_L1).toString().isEmpty());
        }
    }
    QCOMPARE(
        topicIds(env.client()
                     .get(u"/api/v2/notifications/channels/%1/subscriptions"_s.arg(id), env.token)
                     .entities()),
        QStringList({good}));
}

void TestSandboxNotifications::agentPermissions()
{
    Env env;
    QVERIFY(env.start());
    const SandboxUser *agent = env.sandbox().organisation().agents().constFirst();
    const QString agentToken = env.tokenFor(agent->id);
    const QString id = env.createChannel(agentToken).value("id"_L1).toString();
    QVERIFY(!id.isEmpty());
    const QString queue = queueTopic(agent->queueIds.constFirst());

    // A queue topic needs a permission agents lack.
    auto reply = env.subscribe(id, {queue}, "PUT", {}, agentToken);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.json().value("code"_L1).toString(), u"missing.permissions"_s);
    QCOMPARE(reply.json().value("status"_L1).toInt(), 403);

    reply = env.subscribe(id, {queue}, "PUT", u"?ignoreErrors=true"_s, agentToken);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.entities().size(), 1);
    const QJsonObject rejected = reply.entities().at(0).toObject();
    QCOMPARE(rejected.value("id"_L1).toString(), queue);
    QCOMPARE(rejected.value("state"_L1).toString(), u"Rejected"_s);
    QVERIFY(!rejected.value("rejectionReason"_L1).toString().isEmpty());
    QVERIFY(!rejected.value("missingPermissions"_L1).toArray().isEmpty());

    // Another agent's user topic: also refused.
    const SandboxUser *other = env.sandbox().organisation().agents().at(1);
    QCOMPARE(env.subscribe(id, {userTopic(other->id)}, "PUT", {}, agentToken).status, 403);

    // The agent's own user topic is fine.
    reply = env.subscribe(id, {userTopic(agent->id)}, "PUT", {}, agentToken);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.entities().size(), 1);
    QCOMPARE(reply.entities().at(0).toObject().value("state"_L1).toString(), u"Permitted"_s);

    // The supervisor may watch any agent.
    const QString supervisorChannel = env.createChannel().value("id"_L1).toString();
    QCOMPARE(env.subscribe(supervisorChannel, {userTopic(agent->id), queue}).status, 200);
}

void TestSandboxNotifications::topicLimit()
{
    SandboxOptions options = SandboxFixture::quietOptions();
    options.topicsPerChannel = 2;
    Env env(options);
    QVERIFY(env.start());
    const QString id = env.createChannel().value("id"_L1).toString();
    const QStringList three {queueTopic(env.queueId(0)), queueTopic(env.queueId(1)),
                             queueTopic(env.queueId(2))};

    auto reply = env.subscribe(id, three);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value("status"_L1).toInt(), 400);
    QVERIFY(!reply.json().value("code"_L1).toString().isEmpty());

    QCOMPARE(env.subscribe(id, three.mid(0, 2)).status, 200);
    // Adding a third to two: over the limit too, and the two stay.
    QCOMPARE(env.subscribe(id, three.mid(2), "POST").status, 400);
    QCOMPARE(
        topicIds(env.client()
                     .get(u"/api/v2/notifications/channels/%1/subscriptions"_s.arg(id), env.token)
                     .entities()),
        three.mid(0, 2));
}

void TestSandboxNotifications::channelLimitRemovesLeastRecentlyUsed()
{
    SandboxOptions options = SandboxFixture::quietOptions();
    options.channelsPerUserAndClient = 2;
    Env env(options);
    QVERIFY(env.start());

    const QString first = env.createChannel().value("id"_L1).toString();
    QVERIFY(env.sandbox().step(1000));
    const QString second = env.createChannel().value("id"_L1).toString();
    QVERIFY(env.sandbox().step(1000));
    // Using the first one makes the second the least recently used.
    QCOMPARE(env.subscribe(first, {queueTopic(env.queueId())}).status, 200);
    QVERIFY(env.sandbox().step(1000));

    const QString third = env.createChannel().value("id"_L1).toString();
    QVERIFY(!third.isEmpty());
    QCOMPARE(env.headChannel(first), 200);
    QCOMPARE(env.headChannel(second), 404);
    QCOMPARE(env.headChannel(third), 200);

    QVERIFY(env.sandbox().step(1000));
    const QString fourth = env.createChannel().value("id"_L1).toString();
    QCOMPARE(env.headChannel(first), 404);
    QCOMPARE(env.headChannel(third), 200);
    QCOMPARE(env.headChannel(fourth), 200);

    // Another user has a budget of their own.
    const QString agentToken = env.tokenFor(env.sandbox().organisation().agents().constFirst()->id);
    QVERIFY(!env.createChannel(agentToken).isEmpty());
    QCOMPARE(env.headChannel(third), 200);
    QCOMPARE(env.headChannel(fourth), 200);
}

void TestSandboxNotifications::unknownChannel()
{
    Env env;
    QVERIFY(env.start());
    const QString path
        = u"/api/v2/notifications/channels/streaming-0-nosuchchannel/subscriptions"_s;
    for (const char *name : {"GET", "PUT", "POST", "DELETE"}) {
        const QByteArray verb(name);
        const auto reply = env.client().request(verb, path, env.token,
                                                verb == "PUT" || verb == "POST"
                                                    ? topicList({queueTopic(env.queueId())})
                                                    : QByteArray());
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.json().value("code"_L1).toString(), u"not.found"_s);
    }
}

void TestSandboxNotifications::conversationEventsAreFullSnapshots()
{
    Env env;
    QVERIFY(env.start());
    const QString topic = queueTopic(env.queueId());
    NotificationSocket client;
    QVERIFY(!env.listen(client, {topic}).isEmpty());

    const QString conversationId
        = env.sandbox().store().startConversation(env.queueId(), u"Jane Customer"_s, u"Hello?"_s);
    QTRY_COMPARE_WITH_TIMEOUT(client.on(topic).size(), 1, kTimeoutMs);

    const QJsonObject event = client.on(topic).constFirst();
    QVERIFY(!event.value("version"_L1).toString().isEmpty());
    QVERIFY(!event.value("metadata"_L1).toObject().value("CorrelationId"_L1).toString().isEmpty());
    QJsonObject body = event.value("eventBody"_L1).toObject();
    QCOMPARE(body.value("id"_L1).toString(), conversationId);
    QJsonArray participants = body.value("participants"_L1).toArray();
    QVERIFY(!participants.isEmpty());
    QJsonObject customer;
    for (const auto &value : participants) {
        const QJsonObject participant = value.toObject();
        const QString state = participant.value("state"_L1).toString();
        QVERIFY(!state.isEmpty());
        QCOMPARE(state, state.toLower());
        if (participant.value("purpose"_L1).toString() == "customer"_L1)
            customer = participant;
    }
    QVERIFY(!customer.isEmpty());
    QCOMPARE(customer.value("state"_L1).toString(), u"connected"_s);
    QJsonArray messages = customer.value("messages"_L1).toArray();
    QCOMPARE(messages.size(), 1);
    const QJsonObject first = messages.at(0).toObject();
    QVERIFY(!first.value("message"_L1).toObject().value("id"_L1).toString().isEmpty());
    QVERIFY(!first.contains("messageId"_L1));
    QCOMPARE(first.value("messageStatus"_L1).toString(), u"received"_s);

    // The next change sends the whole conversation again, not just what changed.
    QVERIFY(env.sandbox().step(5000));
    QCOMPARE(env.sandbox().store().addCustomerMessage(conversationId, u"Anyone there?"_s),
             ConversationStore::Outcome::Done);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QJsonObject &frame : client.on(topic)) {
                for (const auto &p :
                     frame.value("eventBody"_L1).toObject().value("participants"_L1).toArray()) {
                    if (p.toObject().value("purpose"_L1).toString() == "customer"_L1
                        && p.toObject().value("messages"_L1).toArray().size() == 2)
                        return true;
                }
            }
            return false;
        }(),
        kTimeoutMs);
    QVERIFY(client.sync());
    body = client.on(topic).constLast().value("eventBody"_L1).toObject();
    QCOMPARE(body.value("id"_L1).toString(), conversationId);
    participants = body.value("participants"_L1).toArray();
    for (const auto &value : participants) {
        if (value.toObject().value("purpose"_L1).toString() != "customer"_L1)
            continue;
        messages = value.toObject().value("messages"_L1).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject().value("message"_L1).toObject().value("id"_L1),
                 first.value("message"_L1).toObject().value("id"_L1));
    }

    // Conversations of other queues do not reach this topic.
    const int before = static_cast<int>(client.on(topic).size());
    env.sandbox().store().startConversation(env.queueId(1), u"Other Customer"_s, u"Hi"_s);
    QVERIFY(client.sync());
    QCOMPARE(client.on(topic).size(), before);
    QCOMPARE(client.on(queueTopic(env.queueId(1))).size(), 0);
}

void TestSandboxNotifications::userTopicEvents()
{
    Env env;
    QVERIFY(env.start());
    const SandboxUser *agent = env.sandbox().organisation().agents().constFirst();
    const QString agentToken = env.tokenFor(agent->id);
    const QString topic = userTopic(agent->id);
    NotificationSocket client;
    QVERIFY(!env.listen(client, {topic}, agentToken).isEmpty());

    // Waiting in the queue: not yet the agent's.
    ConversationStore &store = env.sandbox().store();
    const QString conversationId
        = store.startConversation(agent->queueIds.constFirst(), u"Jane Customer"_s, u"Hello"_s);
    QVERIFY(client.sync());
    QCOMPARE(client.on(topic).size(), 0);

    QCOMPARE(store.offerToAgent(conversationId, agent->id), ConversationStore::Outcome::Done);
    QTRY_COMPARE_WITH_TIMEOUT(client.on(topic).size(), 1, kTimeoutMs);
    QJsonObject body = client.on(topic).constLast().value("eventBody"_L1).toObject();
    QCOMPARE(body.value("id"_L1).toString(), conversationId);
    bool alerting = false;
    for (const auto &value : body.value("participants"_L1).toArray()) {
        const QJsonObject participant = value.toObject();
        if (participant.value("purpose"_L1).toString() == "agent"_L1) {
            QCOMPARE(participant.value("user"_L1).toObject().value("id"_L1).toString(), agent->id);
            alerting = participant.value("state"_L1).toString() == "alerting"_L1;
        }
    }
    QVERIFY(alerting);

    QCOMPARE(store.answer(conversationId), ConversationStore::Outcome::Done);
    QTRY_COMPARE_WITH_TIMEOUT(client.on(topic).size(), 2, kTimeoutMs);

    // Another agent's conversations stay away.
    const SandboxUser *other = env.sandbox().organisation().agents().at(1);
    const QString otherConversation
        = store.startConversation(other->queueIds.constFirst(), u"Someone Else"_s, u"Hi"_s);
    QCOMPARE(store.offerToAgent(otherConversation, other->id), ConversationStore::Outcome::Done);
    QVERIFY(client.sync());
    QCOMPARE(client.on(topic).size(), 2);
}

void TestSandboxNotifications::pingPong()
{
    Env env;
    QVERIFY(env.start());
    NotificationSocket client;
    QVERIFY(client.open(env.createChannel().value("connectUri"_L1).toString()));
    client.socket.sendTextMessage(u"{\"message\":\"ping\"}"_s);
    QTRY_COMPARE_WITH_TIMEOUT(client.frames.size(), 1, kTimeoutMs);
    const QJsonObject pong = client.frames.constFirst();
    QCOMPARE(pong.value("topicName"_L1).toString(), u"channel.metadata"_s);
    QCOMPARE(pong.value("eventBody"_L1).toObject(), QJsonObject({{u"message"_s, u"pong"_s}}));

    // Anything else is ignored; the socket stays up.
    client.socket.sendTextMessage(u"not json"_s);
    client.socket.sendTextMessage(u"{\"message\":\"hello\"}"_s);
    QVERIFY(client.sync());
    QCOMPARE(client.frames.size(), 2);
    QVERIFY(!client.disconnected);
}

void TestSandboxNotifications::heartbeats()
{
    Env env;
    QVERIFY(env.start());
    NotificationSocket client;
    QVERIFY(!env.listen(client).isEmpty());
    const QString heartbeat = u"WebSocket Heartbeat"_s;

    QVERIFY(env.sandbox().step(29999));
    QVERIFY(client.sync());
    QCOMPARE(client.metadataCount(heartbeat), 0);

    QVERIFY(env.sandbox().step(1));
    QTRY_COMPARE_WITH_TIMEOUT(client.metadataCount(heartbeat), 1, kTimeoutMs);
    QVERIFY(client.sync());
    QCOMPARE(client.metadataCount(heartbeat), 1);
    for (const QJsonObject &frame : client.on(u"channel.metadata"_s)) {
        const QJsonObject body = frame.value("eventBody"_L1).toObject();
        if (body.value("message"_L1).toString() == heartbeat)
            QCOMPARE(body, QJsonObject({{u"message"_s, heartbeat}}));
    }

    QVERIFY(env.sandbox().step(60000));
    QTRY_COMPARE_WITH_TIMEOUT(client.metadataCount(heartbeat), 3, kTimeoutMs);
    QVERIFY(client.sync());
    QCOMPARE(client.metadataCount(heartbeat), 3);
}

void TestSandboxNotifications::heartbeatInterval()
{
    SandboxOptions options = SandboxFixture::quietOptions();
    options.heartbeatIntervalMs = 5000;
    Env env(options);
    QVERIFY(env.start());
    NotificationSocket client;
    QVERIFY(!env.listen(client).isEmpty());
    const QString heartbeat = u"WebSocket Heartbeat"_s;

    QVERIFY(env.sandbox().step(5000));
    QTRY_COMPARE_WITH_TIMEOUT(client.metadataCount(heartbeat), 1, kTimeoutMs);
    QVERIFY(env.sandbox().step(4999));
    QVERIFY(client.sync());
    QCOMPARE(client.metadataCount(heartbeat), 1);
    QVERIFY(env.sandbox().step(1));
    QTRY_COMPARE_WITH_TIMEOUT(client.metadataCount(heartbeat), 2, kTimeoutMs);
    QVERIFY(env.sandbox().step(20000));
    QTRY_COMPARE_WITH_TIMEOUT(client.metadataCount(heartbeat), 6, kTimeoutMs);
    QVERIFY(client.sync());
    QCOMPARE(client.metadataCount(heartbeat), 6);
}

void TestSandboxNotifications::heartbeatsDisabled()
{
    Env env;
    QVERIFY(env.start());
    NotificationSocket client;
    QVERIFY(!env.listen(client).isEmpty());
    const QString heartbeat = u"WebSocket Heartbeat"_s;

    QCOMPARE(env.control(u"/sandbox/faults/heartbeats"_s, R"({"enabled":false})").status, 200);
    QVERIFY(env.sandbox().step(120000));
    QVERIFY(client.sync());
    QCOMPARE(client.metadataCount(heartbeat), 0);
    QVERIFY(!client.disconnected);

    // Switched back on: they resume.
    QCOMPARE(env.control(u"/sandbox/faults/heartbeats"_s, R"({"enabled":true})").status, 200);
    QVERIFY(env.sandbox().step(30000));
    QTRY_COMPARE_WITH_TIMEOUT(client.metadataCount(heartbeat), 1, kTimeoutMs);
}

void TestSandboxNotifications::socketClosing()
{
    SandboxOptions options = SandboxFixture::quietOptions();
    options.socketClosingGraceMs = 10000;
    Env env(options);
    QVERIFY(env.start());
    const QString topic = queueTopic(env.queueId());
    NotificationSocket client;
    const QJsonObject channel = env.listen(client, {topic});
    QVERIFY(!channel.isEmpty());
    const QString uri = channel.value("connectUri"_L1).toString();

    const auto reply = env.control(u"/sandbox/faults/socket-closing"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value("announced"_L1).toInt(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(client.on(u"v2.system.socket_closing"_s).size(), 1, kTimeoutMs);
    const QJsonObject closing = client.on(u"v2.system.socket_closing"_s).constFirst();
    QVERIFY(closing.contains("eventBody"_L1));
    QVERIFY(
        !closing.value("metadata"_L1).toObject().value("CorrelationId"_L1).toString().isEmpty());

    // Still open until the grace period is over.
    QVERIFY(env.sandbox().step(9999));
    QVERIFY(client.sync());
    QVERIFY(!client.disconnected);
    QVERIFY(env.sandbox().step(1));
    QVERIFY(client.waitForDisconnect());

    // The subscriptions belong to the channel: a new socket on the same URI gets events at once.
    QCOMPARE(env.headChannel(channel.value("id"_L1).toString()), 200);
    NotificationSocket again;
    QVERIFY(again.join(uri));
    const QString conversationId
        = env.sandbox().store().startConversation(env.queueId(), u"Jane Customer"_s, u"Hello"_s);
    QTRY_COMPARE_WITH_TIMEOUT(again.on(topic).size(), 1, kTimeoutMs);
    QCOMPARE(
        again.on(topic).constFirst().value("eventBody"_L1).toObject().value("id"_L1).toString(),
        conversationId);
}

void TestSandboxNotifications::channelExpiry()
{
    Env env(minuteChannels());
    QVERIFY(env.start());
    const QJsonObject channel = env.createChannel();
    const QString id = channel.value("id"_L1).toString();
    const qint64 nowMs = env.sandbox().snapshot().value("nowMs"_L1).toInteger();
    QCOMPARE(QDateTime::fromString(channel.value("expires"_L1).toString(), Qt::ISODateWithMs)
                 .toMSecsSinceEpoch(),
             nowMs + 60000);
    NotificationSocket client;
    QVERIFY(client.join(channel.value("connectUri"_L1).toString()));

    QVERIFY(env.sandbox().step(59999));
    QVERIFY(client.sync());
    QVERIFY(!client.disconnected);
    QCOMPARE(env.headChannel(id), 200);

    QVERIFY(env.sandbox().step(1));
    QVERIFY(client.waitForDisconnect());
    QCOMPARE(client.socket.closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
    QCOMPARE(env.headChannel(id), 404);
    QCOMPARE(env.client()
                 .get(u"/api/v2/notifications/channels/%1/subscriptions"_s.arg(id), env.token)
                 .status,
             404);
    QVERIFY(env.client().get(u"/api/v2/notifications/channels"_s, env.token).entities().isEmpty());
}

void TestSandboxNotifications::resubscribingExtendsChannel()
{
    Env env(minuteChannels());
    QVERIFY(env.start());
    const QJsonObject channel = env.createChannel();
    const QString id = channel.value("id"_L1).toString();
    const QDateTime firstExpiry
        = QDateTime::fromString(channel.value("expires"_L1).toString(), Qt::ISODateWithMs);
    NotificationSocket client;
    QVERIFY(client.join(channel.value("connectUri"_L1).toString()));

    QVERIFY(env.sandbox().step(40000));
    QCOMPARE(env.subscribe(id, {queueTopic(env.queueId())}).status, 200);
    const QJsonArray channels
        = env.client().get(u"/api/v2/notifications/channels"_s, env.token).entities();
    QCOMPARE(channels.size(), 1);
    const QDateTime extended = QDateTime::fromString(
        channels.at(0).toObject().value("expires"_L1).toString(), Qt::ISODateWithMs);
    QVERIFY(extended.isValid());
    QCOMPARE(firstExpiry.msecsTo(extended), 40000);

    // Past the first expiry: still alive.
    QVERIFY(env.sandbox().step(30000));
    QVERIFY(client.sync());
    QVERIFY(!client.disconnected);
    QCOMPARE(env.headChannel(id), 200);

    // A POST extends it as well.
    QCOMPARE(env.subscribe(id, {queueTopic(env.queueId(1))}, "POST").status, 200);
    QVERIFY(env.sandbox().step(59999));
    QCOMPARE(env.headChannel(id), 200);
    QVERIFY(env.sandbox().step(1));
    QVERIFY(client.waitForDisconnect());
    QCOMPARE(env.headChannel(id), 404);
}

void TestSandboxNotifications::dropSockets()
{
    Env env;
    QVERIFY(env.start());
    const QString topic = queueTopic(env.queueId());
    NotificationSocket client;
    const QJsonObject channel = env.listen(client, {topic});
    QVERIFY(!channel.isEmpty());

    const auto reply = env.control(u"/sandbox/faults/drop-sockets"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value("dropped"_L1).toInt(), 1);
    QVERIFY(client.waitForDisconnect());
    // Dropped, not closed: no close frame and so no close reason.
    QVERIFY2(client.socket.closeReason().isEmpty(), qPrintable(client.socket.closeReason()));
    QVERIFY(client.frames.size() == 1); // just the pong

    // The channel survives; reconnecting brings the events back.
    QCOMPARE(env.headChannel(channel.value("id"_L1).toString()), 200);
    NotificationSocket again;
    QVERIFY(again.join(channel.value("connectUri"_L1).toString()));
    env.sandbox().store().startConversation(env.queueId(), u"Jane Customer"_s, u"Hello"_s);
    QTRY_COMPARE_WITH_TIMEOUT(again.on(topic).size(), 1, kTimeoutMs);
}

void TestSandboxNotifications::secondSocketReplacesFirst()
{
    Env env;
    QVERIFY(env.start());
    const QString topic = queueTopic(env.queueId());
    NotificationSocket first;
    const QJsonObject channel = env.listen(first, {topic});
    QVERIFY(!channel.isEmpty());

    NotificationSocket second;
    QVERIFY(second.join(channel.value("connectUri"_L1).toString()));
    QVERIFY(first.waitForDisconnect());

    env.sandbox().store().startConversation(env.queueId(), u"Jane Customer"_s, u"Hello"_s);
    QTRY_COMPARE_WITH_TIMEOUT(second.on(topic).size(), 1, kTimeoutMs);
    QCOMPARE(first.on(topic).size(), 0);
}

void TestSandboxNotifications::unknownChannelSocket()
{
    Env env;
    QVERIFY(env.start());
    for (const QString &path : {u"/channels/streaming-0-nosuchchannel"_s, u"/elsewhere"_s}) {
        NotificationSocket client;
        client.socket.open(QUrl(u"ws://127.0.0.1:%1%2"_s.arg(env.sandbox().port()).arg(path)));
        QVERIFY2(client.waitForDisconnect(), qPrintable(path));
        QVERIFY(client.frames.isEmpty());
    }
    // Plain HTTP on a channel path is answered, not left hanging.
    QCOMPARE(env.client().get(u"/channels/streaming-0-nosuchchannel"_s).status, 404);
}

void TestSandboxNotifications::tokenRevoked()
{
    Env env;
    QVERIFY(env.start());
    NotificationSocket client;
    const QString id = env.listen(client, {queueTopic(env.queueId())}).value("id"_L1).toString();
    QVERIFY(!id.isEmpty());

    const auto reply = env.control(u"/sandbox/tokens/revoke"_s);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json().value("revoked"_L1).toInt() >= 1);

    const QString topic = u"v2.system.token_revoked."_s + id;
    QTRY_COMPARE_WITH_TIMEOUT(client.on(topic).size(), 1, kTimeoutMs);
    QCOMPARE(client.on(topic)
                 .constFirst()
                 .value("eventBody"_L1)
                 .toObject()
                 .value("channelId"_L1)
                 .toString(),
             id);
    QVERIFY(client.waitForDisconnect());

    const auto denied = env.client().get(u"/api/v2/notifications/channels"_s, env.token);
    QCOMPARE(denied.status, 401);
    QCOMPARE(denied.json().value("code"_L1).toString(), u"bad.credentials"_s);
    QCOMPARE(env.client().post(u"/api/v2/notifications/channels"_s, env.token).status, 401);

    // A fresh token works, and the old channel is gone.
    const QString fresh = env.tokenFor(env.sandbox().organisation().supervisor()->id);
    QCOMPARE(env.client().head(u"/api/v2/notifications/channels/"_s + id, fresh).status, 404);
}

} // namespace IdleGuard::Sandbox::Tests

QTEST_GUILESS_MAIN(IdleGuard::Sandbox::Tests::TestSandboxNotifications)
#include "tst_sandboxnotifications.moc"
