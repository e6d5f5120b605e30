// Tests of the sandbox's rate limit (reference section 3.3), its injected faults (control
// interface and start-up SandboxOptions::faults) and the rest of the /sandbox/ control interface
// (state snapshot, clock, conversation operations). In process, on a stepped clock unless a test
// needs a running one.

#include "notificationsocket.h"
#include "sandbox/conversationstore.h"
#include "sandbox/organisation.h"
#include "sandbox/sandbox.h"
#include "sandboxclient.h"
#include "sandboxfixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocket>

using namespace IdleGuard::Sandbox;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 10000;

// One in-process sandbox with a supervisor token for the /api/v2 calls.
class Env : public SandboxFixture
{
public:
    using SandboxFixture::SandboxFixture;

    SandboxClient::Reply me(const QString &as = {})
    {
        return client().get(u"/api/v2/users/me"_s, as.isEmpty() ? token : as);
    }

    // The supervisor's, issued with the sandbox.
    QString token = supervisorToken();
};

// Five /api/v2 calls a minute per token.
SandboxOptions fivePerMinute()
{
    SandboxOptions options = SandboxFixture::quietOptions();
    options.rateLimitPerMinute = 5;
    return options;
}

// The client-credentials grant of the demo service client.
SandboxClient::Reply clientCredentialsToken(Env &env)
{
    return env.client().postForm(u"/oauth/token"_s, QUrlQuery(u"grant_type=client_credentials"_s),
                                 SandboxClient::basic(u"demo-client"_s, u"demo-secret"_s));
}

// Creates a channel for the token and joins a socket to it.
bool connectSocket(Env &env, NotificationSocket &client)
{
    const auto channel = env.client().post(u"/api/v2/notifications/channels"_s, env.token);
    if (channel.status != 200)
        return false;
    return client.join(channel.json().value("connectUri"_L1).toString());
}

void verifyErrorBody(const SandboxClient::Reply &reply, int status, const QString &code)
{
    QCOMPARE(reply.status, status);
    const QJsonObject body = reply.json();
    QCOMPARE(body.value("status"_L1).toInt(), status);
    QCOMPARE(body.value("code"_L1).toString(), code);
    QVERIFY(!body.value("message"_L1).toString().isEmpty());
    QVERIFY(!body.value("contextId"_L1).toString().isEmpty());
}

} // namespace

namespace IdleGuard::Sandbox::Tests {

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    // Rate limit
    void rateLimitHeaders();
    void rateLimitExceeded();
    void rateLimitPerToken();
    void rateLimitWindowResets();
    // Control faults
    void failNext_data();
    void failNext();
    void failNextPathFilter();
    void injected429HasRetryAfter();
    void controlPathsNeverFaulted();
    void tokenEndpointFault();
    void latency();
    void flaky();
    void clearAndShowFaults();
    void badControlBodies_data();
    void badControlBodies();
    void clockStepOnRunningClock();
    void clockStep();
    // Start-up faults
    void startupFailCount();
    void startupLatency();
    void startupNoHeartbeats();
    void startupDropSockets();
    void startupSocketClosing();
    // State and conversations
    void stateSnapshot();
    void controlConversations();
    void controlUnknownConversationOrAction();
};

void TestSandboxFaults::rateLimitHeaders()
{
    Env env(fivePerMinute());
    QVERIFY(env.start());
    for (int i = 1; i <= 5; ++i) {
        const auto reply = env.me();
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("inin-ratelimit-count"), QByteArray::number(i));
        QCOMPARE(reply.header("inin-ratelimit-allowed"), QByteArray("5"));
        bool ok = false;
        const int reset = reply.header("inin-ratelimit-reset").toInt(&ok);
        QVERIFY(ok);
        QVERIFY(reset > 0 && reset <= 60);
        QVERIFY(!reply.header("inin-correlation-id").isEmpty());
    }
}

void TestSandboxFaults::rateLimitExceeded()
{
    Env env(fivePerMinute());
    QVERIFY(env.start());
    for (int i = 0; i < 5; ++i)
        QCOMPARE(env.me().status, 200);
    QVERIFY(env.sandbox().step(12000));

    const auto reply = env.me();
    verifyErrorBody(reply, 429, u"too.many.requests.retry.after"_s);
    bool ok = false;
    const int retryAfter = reply.header("Retry-After").toInt(&ok);
    QVERIFY2(ok, reply.header("Retry-After").constData());
    QVERIFY(retryAfter > 0);
    QCOMPARE(retryAfter, 48); // what is left of the minute
    QCOMPARE(
        reply.json().value("message"_L1).toString(),
        u"Rate limit exceeded the maximum. Retry the request in [%1] seconds"_s.arg(retryAfter));
    QCOMPARE(reply.header("inin-ratelimit-allowed"), QByteArray("5"));
    QCOMPARE(reply.header("inin-ratelimit-reset"), QByteArray::number(retryAfter));

    // Still refused while the window lasts.
    QVERIFY(env.sandbox().step(47000));
    QCOMPARE(env.me().status, 429);
}

void TestSandboxFaults::rateLimitPerToken()
{
    Env env(fivePerMinute());
    QVERIFY(env.start());
    for (int i = 0; i < 5; ++i)
        QCOMPARE(env.me().status, 200);
    QCOMPARE(env.me().status, 429);

    const QString other = env.supervisorToken();
    const auto reply = env.me(other);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("inin-ratelimit-count"), QByteArray("1"));
    QCOMPARE(env.me().status, 429);
}

void TestSandboxFaults::rateLimitWindowResets()
{
    Env env(fivePerMinute());
    QVERIFY(env.start());
    for (int i = 0; i < 5; ++i)
        QCOMPARE(env.me().status, 200);
    QCOMPARE(env.me().status, 429);

    QVERIFY(env.sandbox().step(60000));
    const auto reply = env.me();
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("inin-ratelimit-count"), QByteArray("1"));
    for (int i = 2; i <= 5; ++i)
        QCOMPARE(env.me().status, 200);
    QCOMPARE(env.me().status, 429);
}

void TestSandboxFaults::failNext_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("503") << 503 << u"service.unavailable"_s;
    QTest::newRow("500") << 500 << u"internal.server.error"_s;
    QTest::newRow("504") << 504 << u"request.timeout"_s;
    QTest::newRow("401") << 401 << u"bad.credentials"_s;
    QTest::newRow("404") << 404 << u"not.found"_s;
}

void TestSandboxFaults::failNext()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    Env env;
    QVERIFY(env.start());
    const QByteArray body = QJsonDocument(QJsonObject {{u"count"_s, 2}, {u"status"_s, status}})
                                .toJson(QJsonDocument::Compact);
    QCOMPARE(env.control(u"/sandbox/faults/fail-next"_s, body).status, 200);

    verifyErrorBody(env.me(), status, code);
    if (QTest::currentTestFailed())
        return;
    verifyErrorBody(env.client().get(u"/api/v2/routing/queues"_s, env.token), status, code);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(env.me().status, 200);
    QCOMPARE(env.client().get(u"/api/v2/routing/queues"_s, env.token).status, 200);
}

void TestSandboxFaults::failNextPathFilter()
{
    Env env;
    QVERIFY(env.start());
    QCOMPARE(env.control(u"/sandbox/faults/fail-next"_s,
                         R"({"count":1,"status":503,"path":"/routing/queues"})")
                 .status,
             200);
    QCOMPARE(env.me().status, 200);
    QCOMPARE(env.client().get(u"/api/v2/conversations/messages"_s, env.token).status, 200);
    verifyErrorBody(env.client().get(u"/api/v2/routing/queues"_s, env.token), 503,
                    u"service.unavailable"_s);
    QCOMPARE(env.client().get(u"/api/v2/routing/queues"_s, env.token).status, 200);
}

void TestSandboxFaults::injected429HasRetryAfter()
{
    Env env;
    QVERIFY(env.start());
    QCOMPARE(env.control(u"/sandbox/faults/fail-next"_s, R"({"count":1,"status":429})").status,
             200);
    const auto reply = env.me();
    verifyErrorBody(reply, 429, u"too.many.requests.retry.after"_s);
    bool ok = false;
    const int retryAfter = reply.header("Retry-After").toInt(&ok);
    QVERIFY(ok);
    QVERIFY(retryAfter > 0);
    QVERIFY(reply.json().value("message"_L1).toString().contains(u"[%1]"_s.arg(retryAfter)));
    QCOMPARE(env.me().status, 200);
}

void TestSandboxFaults::controlPathsNeverFaulted()
{
    Env env;
    QVERIFY(env.start());
    QCOMPARE(env.control(u"/sandbox/faults/flaky"_s, R"({"fraction":1.0})").status, 200);
    QCOMPARE(env.control(u"/sandbox/faults/fail-next"_s, R"({"count":3,"status":500})").status,
             200);
    QCOMPARE(env.client().get(u"/sandbox/state"_s).status, 200);
    QCOMPARE(env.client().get(u"/sandbox/faults"_s).status, 200);
    QCOMPARE(env.control(u"/sandbox/clock/step"_s, R"({"ms":0})").status, 200);
    // The three fail-next counts are all still there.
    const QJsonArray rules
        = env.client().get(u"/sandbox/faults"_s).json().value("failNext"_L1).toArray();
    QCOMPARE(rules.size(), 1);
    QCOMPARE(rules.at(0).toObject().value("remaining"_L1).toInt(), 3);
    QCOMPARE(env.me().status, 500);
}

void TestSandboxFaults::tokenEndpointFault()
{
    Env env;
    QVERIFY(env.start());
    QCOMPARE(clientCredentialsToken(env).status, 200);
    QCOMPARE(env.control(u"/sandbox/faults/fail-next"_s, R"({"count":1,"status":503})").status,
             200);

    const auto reply = clientCredentialsToken(env);
    QCOMPARE(reply.status, 503);
    const QJsonObject body = reply.json();
    QVERIFY(!body.value("error"_L1).toString().isEmpty());
    QVERIFY(!body.value("error_description"_L1).toString().isEmpty());
    QVERIFY(!body.contains("code"_L1));

    const auto again = clientCredentialsToken(env);
    QCOMPARE(again.status, 200);
    QVERIFY(!again.json().value("access_token"_L1).toString().isEmpty());
}

void TestSandboxFaults::latency()
{
    Env env;
    QVERIFY(env.start());
    QCOMPARE(env.control(u"/sandbox/faults/latency"_s, R"({"ms":300})").status, 200);

    QElapsedTimer timer;
    timer.start();
    const auto reply = env.me();
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(reply.status, 200);
    QVERIFY2(elapsed >= 300, QByteArray::number(elapsed).constData());

    // Errors are delayed too.
    QCOMPARE(env.control(u"/sandbox/faults/fail-next"_s, R"({"count":1,"status":503})").status,
             200);
    timer.restart();
    QCOMPARE(env.me().status, 503);
    QVERIFY(timer.elapsed() >= 300);

    QCOMPARE(env.control(u"/sandbox/faults/latency"_s, R"({"ms":0})").status, 200);
    QCOMPARE(env.me().status, 200);
}

void TestSandboxFaults::flaky()
{
    Env env;
    QVERIFY(env.start());
    QCOMPARE(env.control(u"/sandbox/faults/flaky"_s, R"({"fraction":1.0})").status, 200);
    for (int i = 0; i < 3; ++i)
        verifyErrorBody(env.me(), 503, u"service.unavailable"_s);
    QCOMPARE(env.control(u"/sandbox/faults/flaky"_s, R"({"fraction":1.0,"status":502})").status,
             200);
    QCOMPARE(env.me().status, 502);

    QCOMPARE(env.control(u"/sandbox/faults/flaky"_s, R"({"fraction":0})").status, 200);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(env.me().status, 200);
}

void TestSandboxFaults::clearAndShowFaults()
{
    Env env;
    QVERIFY(env.start());
    QJsonObject state = env.client().get(u"/sandbox/faults"_s).json();
    QVERIFY(state.value("failNext"_L1).toArray().isEmpty());
    QCOMPARE(state.value("latencyMs"_L1).toInt(), 0);
    QCOMPARE(state.value("flakyFraction"_L1).toDouble(), 0.0);
    QCOMPARE(state.value("heartbeats"_L1).toBool(), true);

    QCOMPARE(
        env.control(u"/sandbox/faults/fail-next"_s, R"({"count":4,"status":500,"path":"/users"})")
            .status,
        200);
    QCOMPARE(env.control(u"/sandbox/faults/latency"_s, R"({"ms":50})").status, 200);
    QCOMPARE(env.control(u"/sandbox/faults/flaky"_s, R"({"fraction":0.5,"status":502})").status,
             200);
    QCOMPARE(env.control(u"/sandbox/faults/heartbeats"_s, R"({"enabled":false})").status, 200);

    state = env.client().get(u"/sandbox/faults"_s).json();
    const QJsonArray rules = state.value("failNext"_L1).toArray();
    QCOMPARE(rules.size(), 1);
    QCOMPARE(rules.at(0).toObject().value("remaining"_L1).toInt(), 4);
    QCOMPARE(rules.at(0).toObject().value("status"_L1).toInt(), 500);
    QCOMPARE(rules.at(0).toObject().value("pathContains"_L1).toString(), u"/users"_s);
    QCOMPARE(state.value("latencyMs"_L1).toInt(), 50);
    QCOMPARE(state.value("flakyFraction"_L1).toDouble(), 0.5);
    QCOMPARE(state.value("flakyStatus"_L1).toInt(), 502);
    QCOMPARE(state.value("heartbeats"_L1).toBool(), false);
    QCOMPARE(env.sandbox().snapshot().value("faults"_L1).toObject().value("latencyMs"_L1).toInt(),
             50);

    const auto cleared = env.client().del(u"/sandbox/faults"_s);
    QCOMPARE(cleared.status, 200);
    state = cleared.json();
    QVERIFY(state.value("failNext"_L1).toArray().isEmpty());
    QCOMPARE(state.value("latencyMs"_L1).toInt(), 0);
    QCOMPARE(state.value("flakyFraction"_L1).toDouble(), 0.0);
    QCOMPARE(state.value("heartbeats"_L1).toBool(), true);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(env.me().status, 200);
}

void TestSandboxFaults::badControlBodies_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not json") << u"/sandbox/faults/fail-next"_s << QByteArray("{count: 2");
    QTest::newRow("array") << u"/sandbox/faults/fail-next"_s << QByteArray("[1,2]");
    QTest::newRow("count 0") << u"/sandbox/faults/fail-next"_s << QByteArray(R"({"count":0})");
    QTest::newRow("status 200") << u"/sandbox/faults/fail-next"_s
                                << QByteArray(R"({"status":200})");
    QTest::newRow("status 600") << u"/sandbox/faults/fail-next"_s
                                << QByteArray(R"({"status":600})");
    QTest::newRow("latency negative") << u"/sandbox/faults/latency"_s << QByteArray(R"({"ms":-5})");
    QTest::newRow("latency too long")
        << u"/sandbox/faults/latency"_s << QByteArray(R"({"ms":600000})");
    QTest::newRow("latency missing") << u"/sandbox/faults/latency"_s << QByteArray("{}");
    QTest::newRow("flaky above 1") << u"/sandbox/faults/flaky"_s << QByteArray(R"({"fraction":2})");
    QTest::newRow("flaky missing") << u"/sandbox/faults/flaky"_s << QByteArray("{}");
    QTest::newRow("step negative") << u"/sandbox/clock/step"_s << QByteArray(R"({"ms":-1})");
    QTest::newRow("step missing") << u"/sandbox/clock/step"_s << QByteArray("{}");
    QTest::newRow("simulator") << u"/sandbox/simulator"_s << QByteArray(R"({"paused":"yes"})");
}

void TestSandboxFaults::badControlBodies()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    Env env;
    QVERIFY(env.start());
    const auto reply = env.control(path, body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value("status"_L1).toInt(), 400);
    QVERIFY(!reply.json().value("message"_L1).toString().isEmpty());
    // Nothing was switched on.
    const QJsonObject faults = env.client().get(u"/sandbox/faults"_s).json();
    QVERIFY(faults.value("failNext"_L1).toArray().isEmpty());
    QCOMPARE(faults.value("latencyMs"_L1).toInt(), 0);
    QCOMPARE(faults.value("flakyFraction"_L1).toDouble(), 0.0);
    QCOMPARE(env.me().status, 200);
}

void TestSandboxFaults::clockStepOnRunningClock()
{
    SandboxOptions options = SandboxFixture::quietOptions();
    options.stepped = false;
    Env env(options);
    QVERIFY(env.start());
    const auto reply = env.control(u"/sandbox/clock/step"_s, R"({"ms":1000})");
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.json().value("status"_L1).toInt(), 409);
    QVERIFY(!env.sandbox().step(1000));
    QCOMPARE(env.client().get(u"/sandbox/state"_s).json().value("clock"_L1).toString(),
             u"running"_s);
}

void TestSandboxFaults::clockStep()
{
    Env env;
    QVERIFY(env.start());
    const qint64 before
        = env.client().get(u"/sandbox/state"_s).json().value("nowMs"_L1).toInteger();
    const auto reply = env.control(u"/sandbox/clock/step"_s, R"({"ms":90000})");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value("nowMs"_L1).toInteger(), before + 90000);
    QCOMPARE(env.client().get(u"/sandbox/state"_s).json().value("nowMs"_L1).toInteger(),
             before + 90000);
}

void TestSandboxFaults::startupFailCount()
{
    SandboxOptions options = SandboxFixture::quietOptions();
    options.faults.failCount = 2;
    options.faults.failStatus = 502;
    Env env(options);
    QVERIFY(env.start());
    QCOMPARE(env.me().status, 502);
    QCOMPARE(env.client().get(u"/sandbox/state"_s).status, 200);
    QCOMPARE(env.client().get(u"/api/v2/routing/queues"_s, env.token).status, 502);
    QCOMPARE(env.me().status, 200);
}

void TestSandboxFaults::startupLatency()
{
    SandboxOptions options = SandboxFixture::quietOptions();
    options.faults.latencyMs = 200;
    Env env(options);
    QVERIFY(env.start());
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(env.me().status, 200);
    QVERIFY2(timer.elapsed() >= 200, QByteArray::number(timer.elapsed()).constData());
    QCOMPARE(env.client().get(u"/sandbox/faults"_s).json().value("latencyMs"_L1).toInt(), 200);
}

void TestSandboxFaults::startupNoHeartbeats()
{
    SandboxOptions options = SandboxFixture::quietOptions();
    options.faults.noHeartbeats = true;
    Env env(options);
    QVERIFY(env.start());
    NotificationSocket client;
    QVERIFY(connectSocket(env, client));
    QVERIFY(env.sandbox().step(120000));
    QVERIFY(client.sync());
    QCOMPARE(client.metadataCount(u"WebSocket Heartbeat"_s), 0);
    QCOMPARE(env.client().get(u"/sandbox/faults"_s).json().value("heartbeats"_L1).toBool(), false);
}

void TestSandboxFaults::startupDropSockets()
{
    SandboxOptions options = SandboxFixture::quietOptions();
    options.faults.dropSocketsEverySeconds = 10;
    options.heartbeatIntervalMs = 3600000;
    Env env(options);
    QVERIFY(env.start());
    NotificationSocket client;
    QVERIFY(connectSocket(env, client));
    QVERIFY(env.sandbox().step(9999));
    QVERIFY(client.sync());
    QVERIFY(!client.disconnected);
    QVERIFY(env.sandbox().step(1));
    QVERIFY(client.waitForDisconnect());

    // And again, every ten seconds.
    const QString uri = client.socket.requestUrl().toString();
    NotificationSocket again;
    QVERIFY(again.join(uri));
    QVERIFY(env.sandbox().step(9999));
    QVERIFY(again.sync());
    QVERIFY(!again.disconnected);
    QVERIFY(env.sandbox().step(1));
    QVERIFY(again.waitForDisconnect());
}

void TestSandboxFaults::startupSocketClosing()
{
    SandboxOptions options = SandboxFixture::quietOptions();
    options.faults.socketClosingEverySeconds = 20;
    options.socketClosingGraceMs = 5000;
    options.heartbeatIntervalMs = 3600000;
    Env env(options);
    QVERIFY(env.start());
    NotificationSocket client;
    QVERIFY(connectSocket(env, client));
    const QString closing = u"v2.system.socket_closing"_s;

    QVERIFY(env.sandbox().step(19999));
    QVERIFY(client.sync());
    QCOMPARE(client.on(closing).size(), 0);
    QVERIFY(env.sandbox().step(1));
    QTRY_COMPARE_WITH_TIMEOUT(client.on(closing).size(), 1, kTimeoutMs);
    QVERIFY(env.sandbox().step(4999));
    QVERIFY(client.sync());
    QVERIFY(!client.disconnected);
    QVERIFY(env.sandbox().step(1));
    QVERIFY(client.waitForDisconnect());

    NotificationSocket again;
    QVERIFY(again.join(client.socket.requestUrl().toString()));
    QVERIFY(env.sandbox().step(15000)); // 40 s after the start: the next announcement
    QTRY_COMPARE_WITH_TIMEOUT(again.on(closing).size(), 1, kTimeoutMs);
}

void TestSandboxFaults::stateSnapshot()
{
    Env env;
    QVERIFY(env.start());
    auto reply = env.client().get(u"/sandbox/state"_s);
    QCOMPARE(reply.status, 200);
    QJsonObject state = reply.json();
    for (const auto key :
         {"conversations"_L1, "queues"_L1, "users"_L1, "channels"_L1, "faults"_L1, "nowMs"_L1})
        QVERIFY2(state.contains(key), key.data());
    QCOMPARE(state.value("queues"_L1).toArray().size(),
             env.sandbox().organisation().queues().size());
    QCOMPARE(state.value("users"_L1).toArray().size(), env.sandbox().organisation().users().size());
    QVERIFY(state.value("conversations"_L1).toArray().isEmpty());
    QVERIFY(state.value("channels"_L1).toArray().isEmpty());
    const qint64 startMs = state.value("nowMs"_L1).toInteger();
    QCOMPARE(startMs, env.sandbox().snapshot().value("nowMs"_L1).toInteger());

    // Changes show up.
    const QString conversationId = env.sandbox().store().startConversation(
        env.sandbox().organisation().queues().constFirst().id, u"Jane Customer"_s, u"Hello"_s);
    QCOMPARE(env.client().post(u"/api/v2/notifications/channels"_s, env.token).status, 200);
    QCOMPARE(env.control(u"/sandbox/faults/latency"_s, R"({"ms":10})").status, 200);
    QVERIFY(env.sandbox().step(1500));

    state = env.client().get(u"/sandbox/state"_s).json();
    QCOMPARE(state.value("nowMs"_L1).toInteger(), startMs + 1500);
    const QJsonArray conversations = state.value("conversations"_L1).toArray();
    QCOMPARE(conversations.size(), 1);
    QCOMPARE(conversations.at(0).toObject().value("id"_L1).toString(), conversationId);
    QCOMPARE(state.value("channels"_L1).toArray().size(), 1);
    QCOMPARE(state.value("faults"_L1).toObject().value("latencyMs"_L1).toInt(), 10);
}

void TestSandboxFaults::controlConversations()
{
    Env env;
    QVERIFY(env.start());
    const SandboxUser *agent = env.sandbox().organisation().agents().constFirst();
    const QString queueId = agent->queueIds.constFirst();

    auto reply = env.control(u"/sandbox/conversations"_s,
                             QJsonDocument(QJsonObject {{u"queueId"_s, queueId},
                                                        {u"text"_s, u"Help!"_s},
                                                        {u"customerName"_s, u"Jane Customer"_s}})
                                 .toJson(QJsonDocument::Compact));
    QCOMPARE(reply.status, 201);
    const QString id = reply.json().value("id"_L1).toString();
    QVERIFY(!id.isEmpty());
    const SimConversation *conversation = env.sandbox().store().conversation(id);
    QVERIFY(conversation);
    QCOMPARE(conversation->queueId, queueId);
    QCOMPARE(conversation->customer()->messages.size(), 1);
    QCOMPARE(conversation->customer()->messages.constFirst().text, u"Help!"_s);

    // Defaults: the first queue.
    reply = env.control(u"/sandbox/conversations"_s);
    QCOMPARE(reply.status, 201);
    QCOMPARE(env.sandbox().store().conversation(reply.json().value("id"_L1).toString())->queueId,
             env.sandbox().organisation().queues().constFirst().id);
    QCOMPARE(env.control(u"/sandbox/conversations"_s, R"({"queueId":"nope"})").status, 404);

    const QString base = u"/sandbox/conversations/%1/"_s.arg(id);
    QCOMPARE(env.control(base + u"customer-message"_s, R"({"text":"Hello?"})").status, 200);
    QCOMPARE(env.sandbox().store().conversation(id)->customer()->messages.size(), 2);
    QCOMPARE(env.control(base + u"customer-message"_s, R"({})").status, 400);

    // No agent yet.
    reply = env.control(base + u"agent-message"_s, R"({"text":"Hi, I am Alex"})");
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.json().value("status"_L1).toInt(), 409);

    ConversationStore &store = env.sandbox().store();
    QCOMPARE(store.offerToAgent(id, agent->id), ConversationStore::Outcome::Done);
    QCOMPARE(store.answer(id), ConversationStore::Outcome::Done);
    reply = env.control(base + u"agent-message"_s, R"({"text":"Hi, I am Alex"})");
    QCOMPARE(reply.status, 200);
    const QString messageId = reply.json().value("messageId"_L1).toString();
    QVERIFY(!messageId.isEmpty());
    const SimParticipant *agentLeg = store.conversation(id)->activeAgent();
    QVERIFY(agentLeg);
    QCOMPARE(agentLeg->messages.constLast().id, messageId);
    QCOMPARE(agentLeg->messages.constLast().text, u"Hi, I am Alex"_s);

    QCOMPARE(env.control(base + u"customer-silent"_s).status, 200);
    QCOMPARE(env.control(base + u"customer-silent"_s, R"({"returnsAfterWarning":true})").status,
             200);
    QCOMPARE(env.control(base + u"agent-silent"_s).status, 200);

    QCOMPARE(env.control(base + u"customer-disconnect"_s).status, 200);
    const SimParticipant *customer = store.conversation(id)->customer();
    QCOMPARE(customer->state, u"disconnected"_s);
}

void TestSandboxFaults::controlUnknownConversationOrAction()
{
    Env env;
    QVERIFY(env.start());
    const QString id = env.control(u"/sandbox/conversations"_s).json().value("id"_L1).toString();
    QVERIFY(!id.isEmpty());

    for (const QString &action :
         {u"customer-message"_s, u"agent-message"_s, u"customer-silent"_s}) {
        const auto reply = env.control(
            u"/sandbox/conversations/00000000-0000-4000-8000-000000000000/"_s + action,
            R"({"text":"x"})");
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.json().value("code"_L1).toString(), u"not.found"_s);
    }
    QCOMPARE(env.control(u"/sandbox/conversations/%1/dance"_s.arg(id), R"({})").status, 404);
    QCOMPARE(env.control(u"/sandbox/faults/explode"_s, R"({})").status, 404);
    QCOMPARE(env.client().get(u"/sandbox/nothing-here"_s).status, 404);
}

} // namespace IdleGuard::Sandbox::Tests

QTEST_GUILESS_MAIN(IdleGuard::Sandbox::Tests::TestSandboxFaults)
#include "tst_sandboxfaults.moc"
