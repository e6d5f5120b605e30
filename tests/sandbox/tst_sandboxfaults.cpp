// Tests of the sandbox's rate limit (reference section 3.3), its injected faults (control
// interface and start-up SandboxOptions::faults) and the rest of the /sandbox/ control interface
// (state snapshot, clock, conversation operations). In process, on a stepped clock unless a test
// needs a running one.

#include "sandbox/authservice.h"
#include "sandbox/conversationstore.h"
#include "sandbox/organisation.h"
#include "sandbox/sandbox.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

#include <memory>

using namespace IdleGuard::Sandbox;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 10000;

struct HttpReply
{
    int status = 0; // 0: no answer in time
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

// A blocking HTTP client for the sandbox: sends, then spins the event loop until the answer.
class Http
{
public:
    explicit Http(const QUrl &base)
        : m_base(base)
    { }

    HttpReply send(const QByteArray &verb, const QString &path, const QString &token = {},
                   const QByteArray &body = {}, const QByteArray &contentType = "application/json")
    {
        QNetworkRequest request(m_base.resolved(QUrl(path)));
        request.setRawHeader("Accept", "application/json");
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        if (!body.isEmpty())
            request.setRawHeader("Content-Type", contentType);
        std::unique_ptr<QNetworkReply> reply(m_manager.sendCustomRequest(request, verb, body));
        HttpReply result;
        if (!reply->isFinished()) {
            QSignalSpy finished(reply.get(), &QNetworkReply::finished);
            if (!finished.wait(kTimeoutMs))
                return result;
        }
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            result.headers.insert(name.toLower(), value);
        return result;
    }

    HttpReply get(const QString &path, const QString &token = {})
    {
        return send("GET", path, token);
    }
    HttpReply post(const QString &path, const QByteArray &body = {}, const QString &token = {})
    {
        return send("POST", path, token, body);
    }

private:
    QUrl m_base;
    QNetworkAccessManager m_manager;
};

SandboxOptions baseOptions()
{
    SandboxOptions options;
    options.port = 0;
    options.stepped = true;
    options.simulate = false;
    options.conversations = 0;
    return options;
}

// One in-process sandbox with an HTTP client and a supervisor token.
class Env
{
public:
    explicit Env(const SandboxOptions &options = baseOptions())
        : sandbox(options)
    { }

    bool start()
    {
        QString error;
        if (!sandbox.start(&error)) {
            qWarning() << "sandbox did not start:" << error;
            return false;
        }
        http = std::make_unique<Http>(sandbox.baseUrl());
        token = newToken();
        return true;
    }

    QString newToken()
    {
        return sandbox.auth().issueToken(u"idleguard-desktop"_s,
                                         sandbox.organisation().supervisor()->id,
                                         u"authorization_code"_s);
    }

    HttpReply me(const QString &as = {})
    {
        return http->get(u"/api/v2/users/me"_s, as.isEmpty() ? token : as);
    }

    Sandbox sandbox;
    std::unique_ptr<Http> http;
    QString token;
};

// The client-credentials request needs Basic auth, which Http::send does not set: a raw one.
HttpReply clientCredentialsToken(const QUrl &base)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(base.resolved(QUrl(u"/oauth/token"_s)));
    request.setRawHeader("Authorization",
                         "Basic " + QByteArray("demo-client:demo-secret").toBase64());
    request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    std::unique_ptr<QNetworkReply> reply(
        manager.post(request, QByteArray("grant_type=client_credentials")));
    HttpReply result;
    if (!reply->isFinished()) {
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(kTimeoutMs))
            return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    return result;
}

// A notification socket that counts what it got.
class SocketClient
{
public:
    SocketClient()
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [this](const QString &text) {
                             frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
                         });
        QObject::connect(&socket, &QWebSocket::disconnected, &socket,
                         [this] { disconnected = true; });
    }

    bool open(const QString &uri)
    {
        QSignalSpy connected(&socket, &QWebSocket::connected);
        socket.open(QUrl(uri));
        return connected.wait(kTimeoutMs);
    }

    int count(const QString &topic, const QString &message = {}) const
    {
        int n = 0;
        for (const QJsonObject &frame : frames) {
            if (frame.value("topicName"_L1).toString() != topic)
                continue;
            n += message.isEmpty()
                || frame.value("eventBody"_L1).toObject().value("message"_L1).toString() == message;
        }
        return n;
    }

    // Ping/pong round trip: whatever the server sent before has arrived.
    bool sync()
    {
        const int pongs = count(u"channel.metadata"_s, u"pong"_s);
        socket.sendTextMessage(u"{\"message\":\"ping\"}"_s);
        return QTest::qWaitFor([&] { return count(u"channel.metadata"_s, u"pong"_s) > pongs; },
                               kTimeoutMs);
    }

    bool waitForDisconnect()
    {
        return QTest::qWaitFor([this] { return disconnected; }, kTimeoutMs);
    }

    QWebSocket socket;
    QList<QJsonObject> frames;
    bool disconnected = false;
};

// Creates a channel for the token and connects a socket to it.
bool connectSocket(Env &env, SocketClient &client)
{
    const HttpReply channel = env.http->post(u"/api/v2/notifications/channels"_s, {}, env.token);
    if (channel.status != 200)
        return false;
    return client.open(channel.json().value("connectUri"_L1).toString()) && client.sync();
}

void verifyErrorBody(const HttpReply &reply, int status, const QString &code)
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
    SandboxOptions options = baseOptions();
    options.rateLimitPerMinute = 5;
    Env env(options);
    QVERIFY(env.start());
    for (int i = 1; i <= 5; ++i) {
        const HttpReply reply = env.me();
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
    SandboxOptions options = baseOptions();
    options.rateLimitPerMinute = 5;
    Env env(options);
    QVERIFY(env.start());
    for (int i = 0; i < 5; ++i)
        QCOMPARE(env.me().status, 200);
    QVERIFY(env.sandbox.step(12000));

    const HttpReply reply = env.me();
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
    QVERIFY(env.sandbox.step(47000));
    QCOMPARE(env.me().status, 429);
}

void TestSandboxFaults::rateLimitPerToken()
{
    SandboxOptions options = baseOptions();
    options.rateLimitPerMinute = 5;
    Env env(options);
    QVERIFY(env.start());
    for (int i = 0; i < 5; ++i)
        QCOMPARE(env.me().status, 200);
    QCOMPARE(env.me().status, 429);

    const QString other = env.newToken();
    const HttpReply reply = env.me(other);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("inin-ratelimit-count"), QByteArray("1"));
    QCOMPARE(env.me().status, 429);
}

void TestSandboxFaults::rateLimitWindowResets()
{
    SandboxOptions options = baseOptions();
    options.rateLimitPerMinute = 5;
    Env env(options);
    QVERIFY(env.start());
    for (int i = 0; i < 5; ++i)
        QCOMPARE(env.me().status, 200);
    QCOMPARE(env.me().status, 429);

    QVERIFY(env.sandbox.step(60000));
    const HttpReply reply = env.me();
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
    QCOMPARE(env.http->post(u"/sandbox/faults/fail-next"_s, body).status, 200);

    verifyErrorBody(env.me(), status, code);
    if (QTest::currentTestFailed())
        return;
    verifyErrorBody(env.http->get(u"/api/v2/routing/queues"_s, env.token), status, code);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(env.me().status, 200);
    QCOMPARE(env.http->get(u"/api/v2/routing/queues"_s, env.token).status, 200);
}

void TestSandboxFaults::failNextPathFilter()
{
    Env env;
    QVERIFY(env.start());
    QCOMPARE(env.http
                 ->post(u"/sandbox/faults/fail-next"_s,
                        R"({"count":1,"status":503,"path":"/routing/queues"})")
                 .status,
             200);
    QCOMPARE(env.me().status, 200);
    QCOMPARE(env.http->get(u"/api/v2/conversations/messages"_s, env.token).status, 200);
    verifyErrorBody(env.http->get(u"/api/v2/routing/queues"_s, env.token), 503,
                    u"service.unavailable"_s);
    QCOMPARE(env.http->get(u"/api/v2/routing/queues"_s, env.token).status, 200);
}

void TestSandboxFaults::injected429HasRetryAfter()
{
    Env env;
    QVERIFY(env.start());
    QCOMPARE(env.http->post(u"/sandbox/faults/fail-next"_s, R"({"count":1,"status":429})").status,
             200);
    const HttpReply reply = env.me();
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
    QCOMPARE(env.http->post(u"/sandbox/faults/flaky"_s, R"({"fraction":1.0})").status, 200);
    QCOMPARE(env.http->post(u"/sandbox/faults/fail-next"_s, R"({"count":3,"status":500})").status,
             200);
    QCOMPARE(env.http->get(u"/sandbox/state"_s).status, 200);
    QCOMPARE(env.http->get(u"/sandbox/faults"_s).status, 200);
    QCOMPARE(env.http->post(u"/sandbox/clock/step"_s, R"({"ms":0})").status, 200);
    // The three fail-next counts are all still there.
    const QJsonArray rules
        = env.http->get(u"/sandbox/faults"_s).json().value("failNext"_L1).toArray();
    QCOMPARE(rules.size(), 1);
    QCOMPARE(rules.at(0).toObject().value("remaining"_L1).toInt(), 3);
    QCOMPARE(env.me().status, 500);
}

void TestSandboxFaults::tokenEndpointFault()
{
    Env env;
    QVERIFY(env.start());
    QCOMPARE(clientCredentialsToken(env.sandbox.baseUrl()).status, 200);
    QCOMPARE(env.http->post(u"/sandbox/faults/fail-next"_s, R"({"count":1,"status":503})").status,
             200);

    const HttpReply reply = clientCredentialsToken(env.sandbox.baseUrl());
    QCOMPARE(reply.status, 503);
    const QJsonObject body = reply.json();
    QVERIFY(!body.value("error"_L1).toString().isEmpty());
    QVERIFY(!body.value("error_description"_L1).toString().isEmpty());
    QVERIFY(!body.contains("code"_L1));

    const HttpReply again = clientCredentialsToken(env.sandbox.baseUrl());
    QCOMPARE(again.status, 200);
    QVERIFY(!again.json().value("access_token"_L1).toString().isEmpty());
}

void TestSandboxFaults::latency()
{
    Env env;
    QVERIFY(env.start());
    QCOMPARE(env.http->post(u"/sandbox/faults/latency"_s, R"({"ms":300})").status, 200);

    QElapsedTimer timer;
    timer.start();
    const HttpReply reply = env.me();
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(reply.status, 200);
    QVERIFY2(elapsed >= 300, QByteArray::number(elapsed).constData());

    // Errors are delayed too.
    QCOMPARE(env.http->post(u"/sandbox/faults/fail-next"_s, R"({"count":1,"status":503})").status,
             200);
    timer.restart();
    QCOMPARE(env.me().status, 503);
    QVERIFY(timer.elapsed() >= 300);

    QCOMPARE(env.http->post(u"/sandbox/faults/latency"_s, R"({"ms":0})").status, 200);
    QCOMPARE(env.me().status, 200);
}

void TestSandboxFaults::flaky()
{
    Env env;
    QVERIFY(env.start());
    QCOMPARE(env.http->post(u"/sandbox/faults/flaky"_s, R"({"fraction":1.0})").status, 200);
    for (int i = 0; i < 3; ++i)
        verifyErrorBody(env.me(), 503, u"service.unavailable"_s);
    QCOMPARE(env.http->post(u"/sandbox/faults/flaky"_s, R"({"fraction":1.0,"status":502})").status,
             200);
    QCOMPARE(env.me().status, 502);

    QCOMPARE(env.http->post(u"/sandbox/faults/flaky"_s, R"({"fraction":0})").status, 200);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(env.me().status, 200);
}

void TestSandboxFaults::clearAndShowFaults()
{
    Env env;
    QVERIFY(env.start());
    QJsonObject state = env.http->get(u"/sandbox/faults"_s).json();
    QVERIFY(state.value("failNext"_L1).toArray().isEmpty());
    QCOMPARE(state.value("latencyMs"_L1).toInt(), 0);
    QCOMPARE(state.value("flakyFraction"_L1).toDouble(), 0.0);
    QCOMPARE(state.value("heartbeats"_L1).toBool(), true);

    QCOMPARE(
        env.http
            ->post(u"/sandbox/faults/fail-next"_s, R"({"count":4,"status":500,"path":"/users"})")
            .status,
        200);
    QCOMPARE(env.http->post(u"/sandbox/faults/latency"_s, R"({"ms":50})").status, 200);
    QCOMPARE(env.http->post(u"/sandbox/faults/flaky"_s, R"({"fraction":0.5,"status":502})").status,
             200);
    QCOMPARE(env.http->post(u"/sandbox/faults/heartbeats"_s, R"({"enabled":false})").status, 200);

    state = env.http->get(u"/sandbox/faults"_s).json();
    const QJsonArray rules = state.value("failNext"_L1).toArray();
    QCOMPARE(rules.size(), 1);
    QCOMPARE(rules.at(0).toObject().value("remaining"_L1).toInt(), 4);
    QCOMPARE(rules.at(0).toObject().value("status"_L1).toInt(), 500);
    QCOMPARE(rules.at(0).toObject().value("pathContains"_L1).toString(), u"/users"_s);
    QCOMPARE(state.value("latencyMs"_L1).toInt(), 50);
    QCOMPARE(state.value("flakyFraction"_L1).toDouble(), 0.5);
    QCOMPARE(state.value("flakyStatus"_L1).toInt(), 502);
    QCOMPARE(state.value("heartbeats"_L1).toBool(), false);
    QCOMPARE(env.sandbox.snapshot().value("faults"_L1).toObject().value("latencyMs"_L1).toInt(),
             50);

    const HttpReply cleared = env.http->send("DELETE", u"/sandbox/faults"_s);
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
    const HttpReply reply = env.http->post(path, body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value("status"_L1).toInt(), 400);
    QVERIFY(!reply.json().value("message"_L1).toString().isEmpty());
    // Nothing was switched on.
    const QJsonObject faults = env.http->get(u"/sandbox/faults"_s).json();
    QVERIFY(faults.value("failNext"_L1).toArray().isEmpty());
    QCOMPARE(faults.value("latencyMs"_L1).toInt(), 0);
    QCOMPARE(faults.value("flakyFraction"_L1).toDouble(), 0.0);
    QCOMPARE(env.me().status, 200);
}

void TestSandboxFaults::clockStepOnRunningClock()
{
    SandboxOptions options = baseOptions();
    options.stepped = false;
    Env env(options);
    QVERIFY(env.start());
    const HttpReply reply = env.http->post(u"/sandbox/clock/step"_s, R"({"ms":1000})");
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.json().value("status"_L1).toInt(), 409);
    QVERIFY(!env.sandbox.step(1000));
    QCOMPARE(env.http->get(u"/sandbox/state"_s).json().value("clock"_L1).toString(), u"running"_s);
}

void TestSandboxFaults::clockStep()
{
    Env env;
    QVERIFY(env.start());
    const qint64 before = env.http->get(u"/sandbox/state"_s).json().value("nowMs"_L1).toInteger();
    const HttpReply reply = env.http->post(u"/sandbox/clock/step"_s, R"({"ms":90000})");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value("nowMs"_L1).toInteger(), before + 90000);
    QCOMPARE(env.http->get(u"/sandbox/state"_s).json().value("nowMs"_L1).toInteger(),
             before + 90000);
}

void TestSandboxFaults::startupFailCount()
{
    SandboxOptions options = baseOptions();
    options.faults.failCount = 2;
    options.faults.failStatus = 502;
    Env env(options);
    QVERIFY(env.start());
    QCOMPARE(env.me().status, 502);
    QCOMPARE(env.http->get(u"/sandbox/state"_s).status, 200);
    QCOMPARE(env.http->get(u"/api/v2/routing/queues"_s, env.token).status, 502);
    QCOMPARE(env.me().status, 200);
}

void TestSandboxFaults::startupLatency()
{
    SandboxOptions options = baseOptions();
    options.faults.latencyMs = 200;
    Env env(options);
    QVERIFY(env.start());
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(env.me().status, 200);
    QVERIFY2(timer.elapsed() >= 200, QByteArray::number(timer.elapsed()).constData());
    QCOMPARE(env.http->get(u"/sandbox/faults"_s).json().value("latencyMs"_L1).toInt(), 200);
}

void TestSandboxFaults::startupNoHeartbeats()
{
    SandboxOptions options = baseOptions();
    options.faults.noHeartbeats = true;
    Env env(options);
    QVERIFY(env.start());
    SocketClient client;
    QVERIFY(connectSocket(env, client));
    QVERIFY(env.sandbox.step(120000));
    QVERIFY(client.sync());
    QCOMPARE(client.count(u"channel.metadata"_s, u"WebSocket Heartbeat"_s), 0);
    QCOMPARE(env.http->get(u"/sandbox/faults"_s).json().value("heartbeats"_L1).toBool(), false);
}

void TestSandboxFaults::startupDropSockets()
{
    SandboxOptions options = baseOptions();
    options.faults.dropSocketsEverySeconds = 10;
    options.heartbeatIntervalMs = 3600000;
    Env env(options);
    QVERIFY(env.start());
    SocketClient client;
    QVERIFY(connectSocket(env, client));
    QVERIFY(env.sandbox.step(9999));
    QVERIFY(client.sync());
    QVERIFY(!client.disconnected);
    QVERIFY(env.sandbox.step(1));
    QVERIFY(client.waitForDisconnect());

    // And again, every ten seconds.
    const QString uri = client.socket.requestUrl().toString();
    SocketClient again;
    QVERIFY(again.open(uri));
    QVERIFY(again.sync());
    QVERIFY(env.sandbox.step(9999));
    QVERIFY(again.sync());
    QVERIFY(!again.disconnected);
    QVERIFY(env.sandbox.step(1));
    QVERIFY(again.waitForDisconnect());
}

void TestSandboxFaults::startupSocketClosing()
{
    SandboxOptions options = baseOptions();
    options.faults.socketClosingEverySeconds = 20;
    options.socketClosingGraceMs = 5000;
    options.heartbeatIntervalMs = 3600000;
    Env env(options);
    QVERIFY(env.start());
    SocketClient client;
    QVERIFY(connectSocket(env, client));
    const QString closing = u"v2.system.socket_closing"_s;

    QVERIFY(env.sandbox.step(19999));
    QVERIFY(client.sync());
    QCOMPARE(client.count(closing), 0);
    QVERIFY(env.sandbox.step(1));
    QTRY_COMPARE_WITH_TIMEOUT(client.count(closing), 1, kTimeoutMs);
    QVERIFY(env.sandbox.step(4999));
    QVERIFY(client.sync());
    QVERIFY(!client.disconnected);
    QVERIFY(env.sandbox.step(1));
    QVERIFY(client.waitForDisconnect());

    SocketClient again;
    QVERIFY(again.open(client.socket.requestUrl().toString()));
    QVERIFY(again.sync());
    QVERIFY(env.sandbox.step(15000)); // 40 s after the start: the next announcement
    QTRY_COMPARE_WITH_TIMEOUT(again.count(closing), 1, kTimeoutMs);
}

void TestSandboxFaults::stateSnapshot()
{
    Env env;
    QVERIFY(env.start());
    HttpReply reply = env.http->get(u"/sandbox/state"_s);
    QCOMPARE(reply.status, 200);
    QJsonObject state = reply.json();
    for (const auto key :
         {"conversations"_L1, "queues"_L1, "users"_L1, "channels"_L1, "faults"_L1, "nowMs"_L1})
        QVERIFY2(state.contains(key), key.data());
    QCOMPARE(state.value("queues"_L1).toArray().size(), env.sandbox.organisation().queues().size());
    QCOMPARE(state.value("users"_L1).toArray().size(), env.sandbox.organisation().users().size());
    QVERIFY(state.value("conversations"_L1).toArray().isEmpty());
    QVERIFY(state.value("channels"_L1).toArray().isEmpty());
    const qint64 startMs = state.value("nowMs"_L1).toInteger();
    QCOMPARE(startMs, env.sandbox.snapshot().value("nowMs"_L1).toInteger());

    // Changes show up.
    const QString conversationId = env.sandbox.store().startConversation(
        env.sandbox.organisation().queues().constFirst().id, u"Jane Customer"_s, u"Hello"_s);
    QCOMPARE(env.http->post(u"/api/v2/notifications/channels"_s, {}, env.token).status, 200);
    QCOMPARE(env.http->post(u"/sandbox/faults/latency"_s, R"({"ms":10})").status, 200);
    QVERIFY(env.sandbox.step(1500));

    state = env.http->get(u"/sandbox/state"_s).json();
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
    const SandboxUser *agent = env.sandbox.organisation().agents().constFirst();
    const QString queueId = agent->queueIds.constFirst();

    HttpReply reply
        = env.http->post(u"/sandbox/conversations"_s,
                         QJsonDocument(QJsonObject {{u"queueId"_s, queueId},
                                                    {u"text"_s, u"Help!"_s},
                                                    {u"customerName"_s, u"Jane Customer"_s}})
                             .toJson(QJsonDocument::Compact));
    QCOMPARE(reply.status, 201);
    const QString id = reply.json().value("id"_L1).toString();
    QVERIFY(!id.isEmpty());
    const SimConversation *conversation = env.sandbox.store().conversation(id);
    QVERIFY(conversation);
    QCOMPARE(conversation->queueId, queueId);
    QCOMPARE(conversation->customer()->messages.size(), 1);
    QCOMPARE(conversation->customer()->messages.constFirst().text, u"Help!"_s);

    // Defaults: the first queue.
    reply = env.http->post(u"/sandbox/conversations"_s);
    QCOMPARE(reply.status, 201);
    QCOMPARE(env.sandbox.store().conversation(reply.json().value("id"_L1).toString())->queueId,
             env.sandbox.organisation().queues().constFirst().id);
    QCOMPARE(env.http->post(u"/sandbox/conversations"_s, R"({"queueId":"nope"})").status, 404);

    const QString base = u"/sandbox/conversations/%1/"_s.arg(id);
    QCOMPARE(env.http->post(base + u"customer-message"_s, R"({"text":"Hello?"})").status, 200);
    QCOMPARE(env.sandbox.store().conversation(id)->customer()->messages.size(), 2);
    QCOMPARE(env.http->post(base + u"customer-message"_s, R"({})").status, 400);

    // No agent yet.
    reply = env.http->post(base + u"agent-message"_s, R"({"text":"Hi, I am Alex"})");
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.json().value("status"_L1).toInt(), 409);

    ConversationStore &store = env.sandbox.store();
    QCOMPARE(store.offerToAgent(id, agent->id), ConversationStore::Outcome::Done);
    QCOMPARE(store.answer(id), ConversationStore::Outcome::Done);
    reply = env.http->post(base + u"agent-message"_s, R"({"text":"Hi, I am Alex"})");
    QCOMPARE(reply.status, 200);
    const QString messageId = reply.json().value("messageId"_L1).toString();
    QVERIFY(!messageId.isEmpty());
    const SimParticipant *agentLeg = store.conversation(id)->activeAgent();
    QVERIFY(agentLeg);
    QCOMPARE(agentLeg->messages.constLast().id, messageId);
    QCOMPARE(agentLeg->messages.constLast().text, u"Hi, I am Alex"_s);

    QCOMPARE(env.http->post(base + u"customer-silent"_s).status, 200);
    QCOMPARE(env.http->post(base + u"customer-silent"_s, R"({"returnsAfterWarning":true})").status,
             200);
    QCOMPARE(env.http->post(base + u"agent-silent"_s).status, 200);

    QCOMPARE(env.http->post(base + u"customer-disconnect"_s).status, 200);
    const SimParticipant *customer = store.conversation(id)->customer();
    QCOMPARE(customer->state, u"disconnected"_s);
}

void TestSandboxFaults::controlUnknownConversationOrAction()
{
    Env env;
    QVERIFY(env.start());
    const QString id = env.http->post(u"/sandbox/conversations"_s).json().value("id"_L1).toString();
    QVERIFY(!id.isEmpty());

    for (const QString &action :
         {u"customer-message"_s, u"agent-message"_s, u"customer-silent"_s}) {
        const HttpReply reply = env.http->post(
            u"/sandbox/conversations/00000000-0000-4000-8000-000000000000/"_s + action,
            R"({"text":"x"})");
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.json().value("code"_L1).toString(), u"not.found"_s);
    }
    QCOMPARE(env.http->post(u"/sandbox/conversations/%1/dance"_s.arg(id), R"({})").status, 404);
    QCOMPARE(env.http->post(u"/sandbox/faults/explode"_s, R"({})").status, 404);
    QCOMPARE(env.http->get(u"/sandbox/nothing-here"_s).status, 404);
}

} // namespace IdleGuard::Sandbox::Tests

QTEST_GUILESS_MAIN(IdleGuard::Sandbox::Tests::TestSandboxFaults)
#include "tst_sandboxfaults.moc"
