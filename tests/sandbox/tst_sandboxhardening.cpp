// What a review of the sandbox against the reference and against hostile input found, each
// pinned by a test: HEAD answers without a body, OAuth redirects that keep "+" in state and
// put implicit-grant errors in the fragment, headers on injected 429s, case-insensitive
// analytics enums, private channels, DNS-rebinding and cross-site control requests refused.

#include "sandbox/organisation.h"
#include "sandboxfixture.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTest>

using namespace IdleGuard::Sandbox;
using namespace Qt::StringLiterals;

class TestSandboxHardening : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules(u"idleguard.sandbox.*.info=false"_s); }

    void headHasNoBody()
    {
        SandboxFixture env;
        QVERIFY(env.start());
        const auto reply = env.client().head(u"/api/v2/tokens/me"_s, u"not-a-token"_s);
        QCOMPARE(reply.status, 401);
        QVERIFY(reply.body.isEmpty());
        // The connection is still usable: the next answer is read correctly.
        QCOMPARE(env.client().get(u"/api/v2/users/me"_s, env.supervisorToken()).status, 200);
    }

    void stateSurvivesTheRedirect_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("responseType");
        QTest::newRow("code") << u"idleguard-desktop"_s << u"code"_s;
        QTest::newRow("implicit") << u"agent-script"_s << u"token"_s;
    }

    void stateSurvivesTheRedirect()
    {
        QFETCH(QString, clientId);
        QFETCH(QString, responseType);
        SandboxFixture env;
        QVERIFY(env.start());
        const QString state = u"a+b&c d/é"_s;
        QUrlQuery form;
        form.addQueryItem(u"client_id"_s, clientId);
        form.addQueryItem(u"redirect_uri"_s, u"http://127.0.0.1:5555/cb"_s);
        form.addQueryItem(u"response_type"_s, responseType);
        form.addQueryItem(u"code_challenge"_s, u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s);
        form.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
        form.addQueryItem(u"state"_s, QString::fromLatin1(QUrl::toPercentEncoding(state)));
        form.addQueryItem(u"username"_s, u"sam@acme.example"_s);
        const auto reply = env.client().postForm(u"/oauth/authorize"_s, form);
        QCOMPARE(reply.status, 302);
        const QUrl location = reply.location();
        const QUrlQuery result = responseType == "token"_L1
            ? QUrlQuery(location.fragment(QUrl::FullyEncoded))
            : QUrlQuery(location);
        // Decode as a form decoder does ("+" is a space): the state must come back unchanged.
        QString raw = result.queryItemValue(u"state"_s, QUrl::FullyEncoded);
        raw.replace(u'+', u' ');
        QCOMPARE(QUrl::fromPercentEncoding(raw.toUtf8()), state);
    }

    void implicitErrorsGoInTheFragment()
    {
        SandboxFixture env;
        QVERIFY(env.start());
        QUrlQuery form;
        form.addQueryItem(u"client_id"_s, u"agent-script"_s);
        form.addQueryItem(u"redirect_uri"_s, u"http://127.0.0.1:5555/cb"_s);
        form.addQueryItem(u"response_type"_s, u"token"_s);
        form.addQueryItem(u"state"_s, u"s1"_s);
        form.addQueryItem(u"username"_s, u"nobody@acme.example"_s);
        const auto reply = env.client().postForm(u"/oauth/authorize"_s, form);
        QCOMPARE(reply.status, 302);
        const QUrl location = reply.location();
        QVERIFY(!location.hasQuery());
        const QUrlQuery fragment(location.fragment(QUrl::FullyEncoded));
        QCOMPARE(fragment.queryItemValue(u"error"_s), u"access_denied"_s);
        QCOMPARE(fragment.queryItemValue(u"state"_s), u"s1"_s);
    }

    void injectedTooManyRequestsCarriesRateHeaders()
    {
        SandboxFixture env;
        QVERIFY(env.start());
        QCOMPARE(env.control(u"/sandbox/faults/fail-next"_s, R"({"count":1,"status":429})").status,
                 200);
        const auto reply = env.client().get(u"/api/v2/users/me"_s, env.supervisorToken());
        QCOMPARE(reply.status, 429);
        QVERIFY(reply.header("Retry-After").toInt() > 0);
        QVERIFY(reply.hasHeader("inin-ratelimit-count"));
        QVERIFY(reply.hasHeader("inin-ratelimit-allowed"));
        QVERIFY(reply.hasHeader("inin-ratelimit-reset"));
    }

    void controlRejectsBadFaultStatusesAndSteps()
    {
        SandboxFixture env;
        QVERIFY(env.start());
        QCOMPARE(env.control(u"/sandbox/faults/flaky"_s, R"({"fraction":1,"status":200})").status,
                 400);
        QCOMPARE(env.control(u"/sandbox/faults/flaky"_s, R"({"fraction":1,"status":1000})").status,
                 400);
        QCOMPARE(env.control(u"/sandbox/clock/step"_s, R"({"ms":9000000000000})").status, 400);
        QCOMPARE(env.control(u"/sandbox/clock/step"_s, R"({"ms":60000})").status, 200);
    }

    void analyticsEnumsInAnyCase()
    {
        SandboxFixture env;
        QVERIFY(env.start());
        const QString queueId = env.sandbox().organisation().queues().constFirst().id;
        QVERIFY(env.control(u"/sandbox/conversations"_s,
                            QJsonDocument(QJsonObject {{u"queueId"_s, queueId}}).toJson())
                    .status
                == 201);
        const QByteArray query
            = uR"({"interval":"2026-03-01T00:00:00.000Z/2026-03-04T00:00:00.000Z","order":"DESC",
            "orderBy":"CONVERSATIONSTART","conversationFilters":[{"type":"AND","predicates":[
            {"type":"dimension","dimension":"conversationEnd","operator":"NOTEXISTS"}]}],
            "segmentFilters":[{"type":"Or","predicates":[{"type":"dimension","dimension":"queueId","operator":"MATCHES","value":"%1"}]}]})"_s
                  .arg(queueId)
                  .toUtf8();
        const auto reply = env.client().post(u"/api/v2/analytics/conversations/details/query"_s,
                                             env.supervisorToken(), query);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value("totalHits"_L1).toInt(), 1);

        const QByteArray unknownOperator
            = R"({"interval":"2026-03-01T00:00:00.000Z/2026-03-04T00:00:00.000Z",
            "conversationFilters":[{"type":"and","predicates":[{"type":"dimension","dimension":"conversationEnd","operator":"missing"}]}]})";
        const auto bad = env.client().post(u"/api/v2/analytics/conversations/details/query"_s,
                                           env.supervisorToken(), unknownOperator);
        QCOMPARE(bad.status, 400);
    }

    void channelsArePrivateToTheirOwner()
    {
        SandboxFixture env;
        QVERIFY(env.start());
        const auto created
            = env.client().post(u"/api/v2/notifications/channels"_s, env.supervisorToken());
        QCOMPARE(created.status, 200);
        const QString id = created.json().value("id"_L1).toString();
        const QString agentToken
            = env.tokenFor(env.sandbox().organisation().agents().constFirst()->id);
        QCOMPARE(env.client().head(u"/api/v2/notifications/channels/"_s + id, agentToken).status,
                 404);
        QCOMPARE(env.client()
                     .del(u"/api/v2/notifications/channels/%1/subscriptions"_s.arg(id), agentToken)
                     .status,
                 404);
        // Another token of the same user and app is the owner too.
        QCOMPARE(env.client()
                     .head(u"/api/v2/notifications/channels/"_s + id, env.supervisorToken())
                     .status,
                 200);
    }

    void mixedRejectionsAreABadRequest()
    {
        SandboxFixture env;
        QVERIFY(env.start());
        const QString agentToken
            = env.tokenFor(env.sandbox().organisation().agents().constFirst()->id);
        const auto created = env.client().post(u"/api/v2/notifications/channels"_s, agentToken);
        const QString id = created.json().value("id"_L1).toString();
        const QString queueTopic = u"v2.routing.queues.%1.conversations.messages"_s.arg(
            env.sandbox().organisation().queues().constFirst().id);
        const QByteArray forbiddenOnly = uR"([{"id":"%1"}])"_s.arg(queueTopic).toUtf8();
        const QByteArray mixed = uR"([{"id":"%1"},{"id":"v2.bogus"}])"_s.arg(queueTopic).toUtf8();
        QCOMPARE(env.client()
                     .request("PUT", u"/api/v2/notifications/channels/%1/subscriptions"_s.arg(id),
                              agentToken, forbiddenOnly)
                     .status,
                 403);
        QCOMPARE(env.client()
                     .request("PUT", u"/api/v2/notifications/channels/%1/subscriptions"_s.arg(id),
                              agentToken, mixed)
                     .status,
                 400);
    }

    void userQueues()
    {
        SandboxFixture env;
        QVERIFY(env.start());
        const auto *agent = env.sandbox().organisation().agents().constFirst();
        const auto reply
            = env.client().get(u"/api/v2/users/%1/queues"_s.arg(agent->id), env.supervisorToken());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.entities().size(), agent->queueIds.size());
        QVERIFY(reply.entities().at(0).toObject().value("joined"_L1).toBool());
        QCOMPARE(env.client()
                     .get(u"/api/v2/users/00000000-0000-4000-8000-000000000000/queues"_s,
                          env.supervisorToken())
                     .status,
                 404);
        QCOMPARE(env.client()
                     .get(u"/api/v2/users/%1/queues"_s.arg(agent->id), env.tokenFor(agent->id))
                     .status,
                 403);
    }

    void bearerSchemeInAnyCase()
    {
        SandboxFixture env;
        QVERIFY(env.start());
        const auto reply
            = env.client().send("GET", u"/api/v2/users/me"_s, {},
                                {{"Authorization", "bearer " + env.supervisorToken().toLatin1()}});
        QCOMPARE(reply.status, 200);
    }

    void tokenEndpointTooLargeSpeaksOAuth()
    {
        SandboxFixture env;
        QVERIFY(env.start());
        const QByteArray huge = "grant_type=client_credentials&pad=" + QByteArray(600'000, 'x');
        const auto reply
            = env.client().send("POST", u"/oauth/token"_s, huge,
                                {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(reply.status, 413);
        QCOMPARE(reply.json().value("error"_L1).toString(), u"invalid_request"_s);
    }

    void foreignHostsAndCrossSiteControlAreRefused()
    {
        SandboxFixture env;
        QVERIFY(env.start());
        const auto rebound
            = env.client().send("GET", u"/sandbox/state"_s, {}, {{"Host", "evil.example:8080"}});
        QCOMPARE(rebound.status, 400);
        const auto form = env.client().post(u"/sandbox/tokens/revoke"_s, {}, {},
                                            "application/x-www-form-urlencoded");
        QCOMPARE(form.status, 415);
        QCOMPARE(env.client().post(u"/sandbox/tokens/revoke"_s).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxHardening)
#include "tst_sandboxhardening.moc"
