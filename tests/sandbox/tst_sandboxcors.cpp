// CORS for browser applications on another origin (docs/sandbox.md, "Browser applications"):
// preflights granted and refused, the Access-Control-* headers on every answer of the api host
// and the token endpoint (successes, errors, injected faults), none for refused origins, the
// /sandbox/ control interface or the sign-in pages, and the origin rule itself: the origins of
// the OAuth clients' redirect URIs.

#include "sandbox/corspolicy.h"
#include "sandbox/faultinjector.h"
#include "sandbox/httppipeline.h"
#include "sandbox/organisation.h"
#include "sandboxfixture.h"

#include <QLoggingCategory>
#include <QTest>

using namespace IdleGuard::Sandbox;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kPageOrigin = "http://127.0.0.1:5500";
const QByteArray kCorsPrefix = "access-control-";

SandboxClient::Reply preflight(SandboxFixture &env, const QString &path, const QByteArray &origin,
                               const QByteArray &method, const QByteArray &headers = {})
{
    return env.client().send("OPTIONS", path, {},
                             {{"Origin", origin},
                              {"Access-Control-Request-Method", method},
                              {"Access-Control-Request-Headers", headers}});
}

// What a browser sends with the real request: the page's Origin and the bearer token.
SandboxClient::Reply crossOrigin(SandboxFixture &env, const QByteArray &verb, const QString &path,
                                 const QString &token, const QByteArray &origin = kPageOrigin,
                                 const QByteArray &body = {})
{
    return env.client().send(
        verb, path, body,
        {{"Origin", origin},
         {"Authorization", SandboxClient::bearer(token)},
         {"Content-Type", body.isEmpty() ? QByteArray() : QByteArray("application/json")}});
}

QByteArrayList listHeader(const SandboxClient::Reply &reply, const QByteArray &name)
{
    QByteArrayList items;
    for (const QByteArray &item : reply.header(name).split(','))
        items.append(item.trimmed().toLower());
    return items;
}

bool hasAnyCorsHeader(const SandboxClient::Reply &reply)
{
    for (auto it = reply.headers.cbegin(); it != reply.headers.cend(); ++it) {
        if (it.key().startsWith(kCorsPrefix))
            return true;
    }
    return false;
}

// The answer a browser lets the page read: allowed origin, and the headers a client needs.
void verifyShared(const SandboxClient::Reply &reply, const QByteArray &origin = kPageOrigin)
{
    QCOMPARE(reply.header("Access-Control-Allow-Origin"), origin);
    const QByteArrayList exposed = listHeader(reply, "Access-Control-Expose-Headers");
    for (const char *name : {"inin-correlation-id", "inin-ratelimit-count",
                             "inin-ratelimit-allowed", "inin-ratelimit-reset", "retry-after"})
        QVERIFY2(exposed.contains(name), name);
    QVERIFY(listHeader(reply, "Vary").contains("origin"));
    // Bearer tokens, not cookies: credentials mode is never needed.
    QVERIFY(!reply.hasHeader("Access-Control-Allow-Credentials"));
}

} // namespace

class TestSandboxCors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules(u"idleguard.sandbox.*.info=false"_s); }

    void preflightIsGranted_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("origin");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("headers");
        QTest::newRow("list, as the SDK asks")
            << u"/api/v2/conversations/messages"_s << kPageOrigin << QByteArray("GET")
            << QByteArray("authorization,content-type");
        QTest::newRow("participant PATCH")
            << u"/api/v2/conversations/messages/c1/participants/p1"_s << kPageOrigin
            << QByteArray("PATCH") << QByteArray("accept, authorization, content-type");
        QTest::newRow("token check, localhost page")
            << u"/api/v2/tokens/me"_s << QByteArray("http://localhost:8081") << QByteArray("GET")
            << QByteArray("Authorization");
        QTest::newRow("SDK client headers")
            << u"/api/v2/users/me"_s << kPageOrigin << QByteArray("GET")
            << QByteArray("authorization,genesys-app,purecloud-sdk");
        QTest::newRow("token endpoint")
            << u"/oauth/token"_s << kPageOrigin << QByteArray("POST") << QByteArray("content-type");
        // Whether the path exists is the real request's business: it gets its 404 with CORS.
        QTest::newRow("unknown api path")
            << u"/api/v2/nothing/here"_s << kPageOrigin << QByteArray("DELETE") << QByteArray();
    }

    void preflightIsGranted()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, origin);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, headers);
        SandboxFixture env;
        QVERIFY(env.start());
        const auto reply = preflight(env, path, origin, method, headers);
        QCOMPARE(reply.status, 204);
        QVERIFY(reply.body.isEmpty());
        QCOMPARE(reply.header("Access-Control-Allow-Origin"), origin);
        QVERIFY(listHeader(reply, "Access-Control-Allow-Methods").contains(method.toLower()));
        const QByteArrayList allowed = listHeader(reply, "Access-Control-Allow-Headers");
        for (const QByteArray &name : headers.split(',')) {
            if (!name.trimmed().isEmpty())
                QVERIFY2(allowed.contains(name.trimmed().toLower()), name.constData());
        }
        QCOMPARE(reply.header("Access-Control-Max-Age"), QByteArray("3600"));
        QVERIFY(listHeader(reply, "Vary").contains("origin"));
        // No token, no rate limit: a preflight is not an API request.
        QVERIFY(!reply.hasHeader("inin-ratelimit-count"));
    }

    void preflightIsRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("origin");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QString>("why"); // part of the 403's message
        const QString api = u"/api/v2/conversations/messages"_s;
        QTest::newRow("foreign origin") << api << QByteArray("https://evil.example")
                                        << QByteArray("GET") << QByteArray() << u"origin"_s;
        QTest::newRow("opaque origin")
            << api << QByteArray("null") << QByteArray("GET") << QByteArray() << u"origin"_s;
        QTest::newRow("https on loopback") << api << QByteArray("https://127.0.0.1:5500")
                                           << QByteArray("GET") << QByteArray() << u"origin"_s;
        // Loopback redirect URIs name their port (RFC 8252 7.3), so does the origin.
        QTest::newRow("loopback without port") << api << QByteArray("http://localhost")
                                               << QByteArray("GET") << QByteArray() << u"origin"_s;
        QTest::newRow("not an origin") << api << QByteArray("http://127.0.0.1:5500/page")
                                       << QByteArray("GET") << QByteArray() << u"origin"_s;
        QTest::newRow("control interface")
            << u"/sandbox/tokens/revoke"_s << kPageOrigin << QByteArray("POST")
            << QByteArray("content-type") << u"/api/"_s;
        QTest::newRow("sign-in page") << u"/oauth/authorize"_s << kPageOrigin << QByteArray("POST")
                                      << QByteArray() << u"/api/"_s;
        QTest::newRow("method") << api << kPageOrigin << QByteArray("TRACE") << QByteArray()
                                << u"method TRACE"_s;
        QTest::newRow("header") << api << kPageOrigin << QByteArray("GET")
                                << QByteArray("authorization, x-evil") << u"header x-evil"_s;
    }

    void preflightIsRefused()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, origin);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, headers);
        QFETCH(QString, why);
        SandboxFixture env;
        QVERIFY(env.start());
        const auto reply = preflight(env, path, origin, method, headers);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.errorCode(), u"not.authorized"_s);
        QVERIFY2(reply.json().value("message"_L1).toString().contains(why), reply.body.constData());
        // Without a single Access-Control-* header the browser refuses the real request.
        QVERIFY(!hasAnyCorsHeader(reply));
    }

    void answersAreShared()
    {
        SandboxFixture env;
        QVERIFY(env.start());
        const auto me = crossOrigin(env, "GET", u"/api/v2/users/me"_s, env.supervisorToken());
        QCOMPARE(me.status, 200);
        verifyShared(me);
        QVERIFY(me.hasHeader("ININ-Correlation-Id"));
        QVERIFY(me.hasHeader("inin-ratelimit-allowed"));

        const auto head = crossOrigin(env, "HEAD", u"/api/v2/tokens/me"_s, env.supervisorToken());
        QCOMPARE(head.status, 200);
        verifyShared(head);

        // A page on localhost is as welcome as one on 127.0.0.1.
        const QByteArray localhost = "http://localhost:3000";
        const auto agentList = crossOrigin(env, "GET", u"/api/v2/conversations/messages"_s,
                                           env.supervisorToken(), localhost);
        QCOMPARE(agentList.status, 200);
        verifyShared(agentList, localhost);
    }

    void errorsAreShared()
    {
        SandboxFixture env;
        QVERIFY(env.start());
        const QString agent = env.tokenFor(env.sandbox().organisation().agents().constFirst()->id);

        const auto noToken = crossOrigin(env, "GET", u"/api/v2/users/me"_s, {});
        QCOMPARE(noToken.status, 401);
        QCOMPARE(noToken.errorCode(), u"authentication.required"_s);
        verifyShared(noToken);

        const auto forbidden = crossOrigin(env, "GET", u"/api/v2/routing/queues"_s, agent);
        QCOMPARE(forbidden.status, 403);
        QCOMPARE(forbidden.errorCode(), u"missing.permissions"_s);
        verifyShared(forbidden);

        // No route: the pipeline's 404 is shared as well.
        const auto unknown = crossOrigin(env, "GET", u"/api/v2/nothing/here"_s, agent);
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.errorCode(), u"not.found"_s);
        verifyShared(unknown);

        const auto badJson
            = crossOrigin(env, "POST", u"/api/v2/analytics/conversations/details/query"_s,
                          env.supervisorToken(), kPageOrigin, "{nope");
        QCOMPARE(badJson.status, 400);
        verifyShared(badJson);

        // The token endpoint's OAuth errors too.
        const auto badGrant = env.client().send(
            "POST", u"/oauth/token"_s, "grant_type=password",
            {{"Origin", kPageOrigin}, {"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(badGrant.status, 400);
        verifyShared(badGrant);
    }

    void injectedFaultsAreSharedButNeverHitPreflights()
    {
        SandboxFixture env;
        QVERIFY(env.start());
        env.sandbox().faults().failNext(1, 429);
        // The preflight passes the fault by: it is no API request.
        QCOMPARE(preflight(env, u"/api/v2/users/me"_s, kPageOrigin, "GET", "authorization").status,
                 204);
        const auto limited = crossOrigin(env, "GET", u"/api/v2/users/me"_s, env.supervisorToken());
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.hasHeader("Retry-After"));
        // Retry-After is exposed: the page can back off as told.
        verifyShared(limited);
        QCOMPARE(crossOrigin(env, "GET", u"/api/v2/users/me"_s, env.supervisorToken()).status, 200);
    }

    void refusedOriginIsServedButNotShared()
    {
        SandboxFixture env;
        QVERIFY(env.start());
        // The request is served as any other (a browser never sends it without a granted
        // preflight, other clients do not care); the browser withholds the answer.
        const auto reply = crossOrigin(env, "GET", u"/api/v2/users/me"_s, env.supervisorToken(),
                                       "https://evil.example");
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.hasHeader("Access-Control-Allow-Origin"));
        QVERIFY(!reply.hasHeader("Access-Control-Expose-Headers"));
        QVERIFY(listHeader(reply, "Vary").contains("origin"));
    }

    void controlAndSignInPagesAreNeverShared()
    {
        SandboxFixture env;
        QVERIFY(env.start());
        const auto state
            = env.client().send("GET", u"/sandbox/state"_s, {}, {{"Origin", kPageOrigin}});
        QCOMPARE(state.status, 200);
        QVERIFY(!hasAnyCorsHeader(state));
        const auto revoke
            = env.client().send("POST", u"/sandbox/tokens/revoke"_s, "{}",
                                {{"Origin", kPageOrigin}, {"Content-Type", "application/json"}});
        QVERIFY(!hasAnyCorsHeader(revoke));
        const auto page = env.client().send(
            "GET",
            u"/oauth/authorize?client_id=agent-script&response_type=token&redirect_uri=http%3A%2F%2F127.0.0.1%3A5500%2F"_s,
            {}, {{"Origin", kPageOrigin}});
        QCOMPARE(page.status, 200);
        QVERIFY(!hasAnyCorsHeader(page));
    }

    void clientsWithoutOriginAreUnaffected()
    {
        SandboxFixture env;
        QVERIFY(env.start());
        const auto reply = env.client().get(u"/api/v2/users/me"_s, env.supervisorToken());
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.hasHeader("Access-Control-Allow-Origin"));
        // A plain OPTIONS (no Access-Control-Request-Method) is no preflight: no route takes it.
        const auto options
            = env.client().send("OPTIONS", u"/api/v2/users/me"_s, {}, {{"Origin", kPageOrigin}});
        QCOMPARE(options.status, 404);
    }

    void preflightToAForeignHostIsRefused()
    {
        SandboxFixture env;
        QVERIFY(env.start());
        // DNS rebinding: a name resolving to 127.0.0.1 gets nothing, not even a preflight.
        const auto reply = env.client().send("OPTIONS", u"/api/v2/users/me"_s, {},
                                             {{"Host", "evil.example:8080"},
                                              {"Origin", "http://evil.example:8080"},
                                              {"Access-Control-Request-Method", "GET"}});
        QCOMPARE(reply.status, 400);
        QVERIFY(!hasAnyCorsHeader(reply));
    }

    // The rule: the origin of any redirect URI a client accepts, not just loopback.
    void originsComeFromRedirectUris()
    {
        SandboxFixture env;
        QVERIFY(env.start());
        SandboxOAuthClient published;
        published.id = u"published-script"_s;
        published.name = u"Agent script hosted elsewhere"_s;
        published.grantType = u"TOKEN"_s;
        published.redirectUris = {u"https://scripts.example.com/agent/index.html"_s};
        env.sandbox().organisation().addClient(published);

        const CorsPolicy &cors = env.sandbox().pipeline().cors();
        QVERIFY(cors.allowsOrigin("https://scripts.example.com"));
        QVERIFY(cors.allowsOrigin("https://scripts.example.com:443"));
        QVERIFY(!cors.allowsOrigin("http://scripts.example.com"));
        QVERIFY(!cors.allowsOrigin("https://scripts.example.com:8443"));
        QVERIFY(!cors.allowsOrigin("https://other.example.com"));
        QVERIFY(cors.allowsOrigin("http://127.0.0.1:1"));
        QVERIFY(cors.allowsOrigin("http://localhost:65535"));
        QVERIFY(!cors.allowsOrigin("http://127.0.0.2:5500"));
        QVERIFY(!cors.allowsOrigin(""));

        const auto reply = preflight(env, u"/api/v2/tokens/me"_s, "https://scripts.example.com",
                                     "GET", "authorization");
        QCOMPARE(reply.status, 204);
        QCOMPARE(reply.header("Access-Control-Allow-Origin"),
                 QByteArray("https://scripts.example.com"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxCors)
#include "tst_sandboxcors.moc"
