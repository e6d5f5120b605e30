// Tests of the sandbox's rate limit (reference section 3.3), its injected faults (control
// interface and start-up SandboxOptions::faults) and the rest of the /sandbox/ control interface
// (state snapshot, clock, conversation operations). In process, on a stepped clock unless a test
// needs a running one.

#include "notificationsocket.h"
#include "sandbox/conversationstore.h"
#include "sandbox/faultinjector.h"
#include "sandbox/organisation.h"
#include "sandbox/sandbox.h"
#include "sandboxclient.h"
#include "sandboxfixture.h"

#include <QDebug>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocket>

#include <memory>

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

// One attempt of one request on a fresh connection, as it looks on the wire. Unlike
// QNetworkAccessManager, which sends a request again when the connection closes before the
// answer, it never retries, so a dropped response shows as a close with nothing received.
struct WireReply
{
    QByteArray received;
    bool closed = false;

    // The status of the answer's status line; 0 when none came.
    int status() const { return received.startsWith("HTTP/1.1 ") ? received.mid(9, 3).toInt() : 0; }
};

WireReply sendOnce(Env &env, const QByteArray &verb, const QString &path,
                   const QByteArray &body = {})
{
    WireReply reply;
    QTcpSocket socket;
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    socket.connectToHost(QHostAddress::LocalHost, env.sandbox().port());
    if (!connected.wait(kTimeoutMs))
        return reply;
    QByteArray request = verb + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    request += "Authorization: " + SandboxClient::bearer(env.token) + "\r\n";
    if (!body.isEmpty())
        request += "Content-Type: application/json\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket.write(request);
    // Until the status line arrived or the sandbox closed the connection.
    const bool settled = QTest::qWaitFor(
        [&] {
            reply.received += socket.readAll();
            reply.closed = socket.state() == QAbstractSocket::UnconnectedState;
            return reply.closed || reply.received.contains("\r\n");
        },
        kTimeoutMs);
    if (!settled)
        qWarning() << "no answer and no close in time:" << verb << path;
    return reply;
}

// A customer in the first agent's first queue, answered by that agent: the conversation id and
// the path that sends a message on the agent's communication.
std::pair<QString, QString> connectedConversation(Env &env)
{
    ConversationStore &store = env.sandbox().store();
    const SandboxUser *agent = env.sandbox().organisation().agents().constFirst();
    const QString id
        = store.startConversation(agent->queueIds.constFirst(), u"Jane Customer"_s, u"Hello?"_s);
    if (store.offerToAgent(id, agent->id) != ConversationStore::Outcome::Done
        || store.answer(id) != ConversationStore::Outcome::Done)
        return {};
    const SimParticipant *leg = store.conversation(id)->activeAgent();
    return {id,
            u"/api/v2/conversations/messages/%1/communications/%2/messages"_s.arg(
                id, leg->communicationId)};
}

// The messages on the agent's leg, as GET /api/v2/conversations/messages/{id} shows them.
QJsonArray agentMessages(Env &env, const QString &conversationId)
{
    const QJsonObject conversation
        = env.client().get(u"/api/v2/conversations/messages/"_s + conversationId, env.token).json();
    for (const auto &participant : conversation.value("participants"_L1).toArray()) {
        if (participant.toObject().value("purpose"_L1).toString() == "agent"_L1)
            return participant.toObject().value("messages"_L1).toArray();
    }
    return {};
}

QJsonArray pendingDrops(Env &env)
{
    return env.client().get(u"/sandbox/faults"_s).json().value("dropResponseNext"_L1).toArray();
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
    void clockEndpoint();
    void tokensEndpoint();
    void tokenEndpointFault();
    void latency();
    void flaky();
    void clearAndShowFaults();
    void dropResponse();
    void dropResponseSeenByNetworkAccessManager();
    void dropResponsePathFilter();
    void dropResponseNeverOnControlPaths();
    void dropResponseAfterFailNextAndLatency();
    void dropResponseStateAndClear();
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

// GET /sandbox/clock: what a separate enforcer process anchors its fast clock on.
void TestSandboxFaults::clockEndpoint()
{
    Env env;
    QVERIFY(env.start());
    const QJsonObject before = env.client().get(u"/sandbox/clock"_s).json();
    QCOMPARE(before.value("mode"_L1).toString(), u"stepped"_s);
    QCOMPARE(before.value("speed"_L1).toDouble(), 1.0);
    QCOMPARE(env.control(u"/sandbox/clock/step"_s, R"({"ms":4500})").status, 200);
    const QJsonObject after = env.client().get(u"/sandbox/clock"_s).json();
    QCOMPARE(after.value("nowMs"_L1).toInteger() - before.value("nowMs"_L1).toInteger(), 4500);
    QCOMPARE(after.value("nowMs"_L1).toInteger(),
             env.client().get(u"/sandbox/state"_s).json().value("nowMs"_L1).toInteger());
}

// GET /sandbox/tokens?clientId=: the values a client was given, for a soak's log search.
void TestSandboxFaults::tokensEndpoint()
{
    Env env;
    QVERIFY(env.start());
    const SandboxClient::Reply issued = clientCredentialsToken(env);
    QCOMPARE(issued.status, 200);
    const QString value = issued.json().value("access_token"_L1).toString();
    const QJsonArray tokens = env.client()
                                  .get(u"/sandbox/tokens?clientId=demo-client"_s)
                                  .json()
                                  .value("tokens"_L1)
                                  .toArray();
    QCOMPARE(tokens.size(), 1);
    QCOMPARE(tokens.at(0).toObject().value("accessToken"_L1).toString(), value);
    QCOMPARE(tokens.at(0).toObject().value("grantType"_L1).toString(), u"client_credentials"_s);
    QCOMPARE(env.client()
                 .get(u"/sandbox/tokens?clientId=nobody"_s)
                 .json()
                 .value("tokens"_L1)
                 .toArray()
                 .size(),
             0);
    QCOMPARE(env.client().get(u"/sandbox/tokens"_s).status, 400);
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

void TestSandboxFaults::dropResponse()
{
    Env env;
    QVERIFY(env.start());
    const auto [conversationId, sendPath] = connectedConversation(env);
    QVERIFY(!sendPath.isEmpty());
    QCOMPARE(
        env.control(u"/sandbox/faults/drop-response-next"_s, R"({"count":1,"path":"/messages"})")
            .status,
        200);

    const QByteArray body = R"({"textBody":"Are you still there?"})";
    const WireReply dropped = sendOnce(env, "POST", sendPath, body);
    QVERIFY(dropped.closed);
    QVERIFY2(dropped.received.isEmpty(), dropped.received.constData());
    QCOMPARE(dropped.status(), 0);

    // The platform sent the message all the same, once.
    const QJsonArray sent = agentMessages(env, conversationId);
    QCOMPARE(sent.size(), 1);
    const QString messageId = sent.at(0).toObject().value("messageId"_L1).toString();
    const auto message = env.client().get(
        u"/api/v2/conversations/messages/%1/messages/%2"_s.arg(conversationId, messageId),
        env.token);
    QCOMPARE(message.status, 200);
    QCOMPARE(message.json().value("textBody"_L1).toString(), u"Are you still there?"_s);
    QVERIFY(pendingDrops(env).isEmpty());

    // The next identical request is answered, and sends a second message.
    const auto again = env.client().post(sendPath, env.token, body);
    QCOMPARE(again.status, 200);
    QVERIFY(!again.json().value("id"_L1).toString().isEmpty());
    QCOMPARE(agentMessages(env, conversationId).size(), 2);
}

void TestSandboxFaults::dropResponseSeenByNetworkAccessManager()
{
    Env env;
    QVERIFY(env.start());
    const auto [conversationId, sendPath] = connectedConversation(env);
    QVERIFY(!sendPath.isEmpty());
    // More drops than the client makes attempts: every attempt is dropped.
    constexpr int drops = 5;
    QCOMPARE(env.control(u"/sandbox/faults/drop-response-next"_s,
                         R"({"count":5,"path":"/communications/"})")
                 .status,
             200);

    QNetworkAccessManager manager;
    QNetworkRequest request(env.sandbox().baseUrl().resolved(QUrl(sendPath)));
    request.setRawHeader("Authorization", SandboxClient::bearer(env.token));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    std::unique_ptr<QNetworkReply> reply(
        manager.post(request, QByteArray(R"({"textBody":"Hello again"})")));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0);

    // QNetworkAccessManager sends a request again when the connection closes before the answer
    // (Qt 6.4 makes two attempts), and the platform acts on each: one message per attempt.
    const QJsonArray left = pendingDrops(env);
    QCOMPARE(left.size(), 1);
    const int attempts = drops - left.at(0).toObject().value("remaining"_L1).toInt();
    QVERIFY(attempts >= 1);
    QCOMPARE(agentMessages(env, conversationId).size(), attempts);
}

void TestSandboxFaults::dropResponsePathFilter()
{
    Env env;
    QVERIFY(env.start());
    QCOMPARE(env.control(u"/sandbox/faults/drop-response-next"_s,
                         R"({"count":1,"path":"/conversations/messages"})")
                 .status,
             200);
    QCOMPARE(env.me().status, 200);
    QCOMPARE(env.client().get(u"/api/v2/routing/queues"_s, env.token).status, 200);
    QCOMPARE(sendOnce(env, "GET", u"/api/v2/routing/queues"_s).status(), 200);
    QCOMPARE(pendingDrops(env).at(0).toObject().value("remaining"_L1).toInt(), 1);

    const WireReply dropped = sendOnce(env, "GET", u"/api/v2/conversations/messages"_s);
    QVERIFY(dropped.closed);
    QVERIFY(dropped.received.isEmpty());
    QVERIFY(pendingDrops(env).isEmpty());
    QCOMPARE(env.client().get(u"/api/v2/conversations/messages"_s, env.token).status, 200);
}

void TestSandboxFaults::dropResponseNeverOnControlPaths()
{
    Env env;
    QVERIFY(env.start());
    // No path: every emulated Genesys path, but never /sandbox/.
    QCOMPARE(env.control(u"/sandbox/faults/drop-response-next"_s, R"({"count":2})").status, 200);
    QCOMPARE(env.client().get(u"/sandbox/state"_s).status, 200);
    QCOMPARE(env.client().get(u"/sandbox/faults"_s).status, 200);
    QCOMPARE(env.control(u"/sandbox/clock/step"_s, R"({"ms":0})").status, 200);
    QCOMPARE(env.control(u"/sandbox/conversations"_s).status, 201);
    QCOMPARE(pendingDrops(env).at(0).toObject().value("remaining"_L1).toInt(), 2);

    QVERIFY(sendOnce(env, "GET", u"/api/v2/users/me"_s).received.isEmpty());
    QCOMPARE(pendingDrops(env).at(0).toObject().value("remaining"_L1).toInt(), 1);
}

void TestSandboxFaults::dropResponseAfterFailNextAndLatency()
{
    Env env;
    QVERIFY(env.start());
    const auto [conversationId, sendPath] = connectedConversation(env);
    QVERIFY(!sendPath.isEmpty());
    QCOMPARE(env.control(u"/sandbox/faults/fail-next"_s,
                         R"({"count":1,"status":503,"path":"/communications/"})")
                 .status,
             200);
    QCOMPARE(env.control(u"/sandbox/faults/drop-response-next"_s,
                         R"({"count":1,"path":"/communications/"})")
                 .status,
             200);
    QCOMPARE(env.control(u"/sandbox/faults/latency"_s, R"({"ms":100})").status, 200);
    const QByteArray body = R"({"textBody":"Still with me?"})";

    // fail-next decides first: nothing is sent, the 503 arrives and the drop still waits.
    QCOMPARE(sendOnce(env, "POST", sendPath, body).status(), 503);
    QVERIFY(agentMessages(env, conversationId).isEmpty());
    QCOMPARE(pendingDrops(env).size(), 1);

    // Then the message is sent and the connection closes, as late as an answer would come.
    QElapsedTimer timer;
    timer.start();
    const WireReply dropped = sendOnce(env, "POST", sendPath, body);
    QVERIFY(dropped.closed);
    QVERIFY(dropped.received.isEmpty());
    QVERIFY2(timer.elapsed() >= 100, QByteArray::number(timer.elapsed()).constData());
    QCOMPARE(agentMessages(env, conversationId).size(), 1);
}

void TestSandboxFaults::dropResponseStateAndClear()
{
    Env env;
    QVERIFY(env.start());
    QCOMPARE(env.control(u"/sandbox/faults/drop-response-next"_s,
                         R"({"count":3,"path":"/participants"})")
                 .status,
             200);
    env.sandbox().faults().dropResponseNext(2);
    // What the other faults default to: one request, every path.
    QCOMPARE(env.control(u"/sandbox/faults/drop-response-next"_s, R"({})").status, 200);

    const QJsonArray drops = env.client()
                                 .get(u"/sandbox/state"_s)
                                 .json()
                                 .value("faults"_L1)
                                 .toObject()
                                 .value("dropResponseNext"_L1)
                                 .toArray();
    QCOMPARE(drops.size(), 3);
    QCOMPARE(drops.at(0).toObject().value("remaining"_L1).toInt(), 3);
    QCOMPARE(drops.at(0).toObject().value("pathContains"_L1).toString(), u"/participants"_s);
    QCOMPARE(drops.at(1).toObject().value("remaining"_L1).toInt(), 2);
    QCOMPARE(drops.at(1).toObject().value("pathContains"_L1).toString(), QString());
    QCOMPARE(drops.at(2).toObject().value("remaining"_L1).toInt(), 1);
    QCOMPARE(pendingDrops(env), drops);

    const auto cleared = env.client().del(u"/sandbox/faults"_s);
    QCOMPARE(cleared.status, 200);
    QVERIFY(cleared.json().value("dropResponseNext"_L1).toArray().isEmpty());
    QVERIFY(env.sandbox()
                .snapshot()
                .value("faults"_L1)
                .toObject()
                .value("dropResponseNext"_L1)
                .toArray()
                .isEmpty());
    QCOMPARE(sendOnce(env, "GET", u"/api/v2/users/me"_s).status(), 200);
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
    const QString drop = u"/sandbox/faults/drop-response-next"_s;
    QTest::newRow("drop not json") << drop << QByteArray("{count: 1");
    QTest::newRow("drop array") << drop << QByteArray("[1]");
    QTest::newRow("drop count 0") << drop << QByteArray(R"({"count":0})");
    QTest::newRow("drop count negative") << drop << QByteArray(R"({"count":-3})");
    QTest::newRow("drop count text") << drop << QByteArray(R"({"count":"two"})");
    QTest::newRow("drop count fraction") << drop << QByteArray(R"({"count":1.5})");
    QTest::newRow("drop path number") << drop << QByteArray(R"({"path":5})");
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
    QVERIFY(faults.value("dropResponseNext"_L1).toArray().isEmpty());
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
    // The fault must work with the sandbox's logging switched off, too.
    QLoggingCategory::setFilterRules(QStringLiteral("idleguard.sandbox.*.info=false"));
    const auto restore = qScopeGuard([] { QLoggingCategory::setFilterRules({}); });
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
    QLoggingCategory::setFilterRules(QStringLiteral("idleguard.sandbox.*.info=false"));
    const auto restore = qScopeGuard([] { QLoggingCategory::setFilterRules({}); });
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
