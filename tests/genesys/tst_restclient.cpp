// RestClient against the sandbox organisation: typed results with the platform's error code and
// correlation id, 401 reported, 5xx retried only for requests that may be repeated, 429 waited
// out with Retry-After, the rate budget, refused plain-http hosts and timeouts. Waiting is
// injected: the client's delays step the sandbox clock instead of sleeping.

#include "core/manualclock.h"
#include "genesys/restclient.h"
#include "sandbox/conversationstore.h"
#include "sandbox/faultinjector.h"
#include "sandbox/organisation.h"
#include "sandbox/sandbox.h"
#include "sandbox/trafficsimulator.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace IdleGuard;
using namespace IdleGuard::Genesys;
using namespace IdleGuard::Sandbox;
using namespace Qt::StringLiterals;

namespace {

ApiResult await(RestCall *call)
{
    QSignalSpy finished(call, &RestCall::finished);
    if (!finished.wait(10'000))
        qFatal("a REST call did not finish");
    return finished.constFirst().constFirst().value<ApiResult>();
}

} // namespace

class TestRestClient : public QObject
{
    Q_OBJECT

    struct Env
    {
        explicit Env(const SandboxOptions &options = SandboxFixture::quietOptions())
            : fixture(options)
        {
            if (!fixture.start())
                qFatal("sandbox did not start");
            client = std::make_unique<RestClient>(Environment::custom(fixture.sandbox().baseUrl()),
                                                  clock);
            client->setAccessToken(fixture.supervisorToken());
            // Waiting moves both clocks instead of sleeping; the recorded delays are asserted.
            client->setDelay([this](qint64 ms, std::function<void()> then) {
                delays.append(ms);
                clock.advanceMs(ms);
                fixture.sandbox().step(ms);
                QMetaObject::invokeMethod(client.get(), std::move(then), Qt::QueuedConnection);
            });
        }

        SandboxFixture fixture;
        ManualClock clock {1'000'000};
        std::unique_ptr<RestClient> client;
        QList<qint64> delays;
    };

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ApiResult>();
        QLoggingCategory::setFilterRules(
            u"idleguard.sandbox.*.info=false\nidleguard.genesys.*.info=false"_s);
    }

    void successCarriesJsonAndCorrelation()
    {
        Env env;
        const ApiResult result = await(env.client->get(u"/api/v2/users/me"_s));
        QVERIFY2(result.ok(), qPrintable(result.describe()));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.body.toObject().value("name"_L1).toString(), u"Sam Supervisor"_s);
        QVERIFY(!result.correlationId.isEmpty());
        QCOMPARE(result.attempts, 1);
        QCOMPARE(env.client->budget().headroom(), 274);
    }

    void errorsAreTyped()
    {
        Env env;
        const ApiResult result = await(env.client->get(
            u"/api/v2/conversations/messages/00000000-0000-4000-8000-000000000000"_s));
        QVERIFY(!result.ok());
        QCOMPARE(result.status, 404);
        QCOMPARE(result.errorCode, u"not.found"_s);
        QVERIFY(!result.message.isEmpty());
        QVERIFY(!result.correlationId.isEmpty());
        QVERIFY(result.describe().contains(result.correlationId));
        QCOMPARE(result.attempts, 1); // a 4xx is never retried
    }

    void unauthorizedIsSignalled()
    {
        Env env;
        QSignalSpy unauthorized(env.client.get(), &RestClient::unauthorized);
        env.client->setAccessToken(u"not-a-token"_s);
        const ApiResult result = await(env.client->get(u"/api/v2/users/me"_s));
        QCOMPARE(result.status, 401);
        QCOMPARE(result.errorCode, u"bad.credentials"_s);
        QCOMPARE(unauthorized.size(), 1);
    }

    void unauthorizedCanWaitForANewToken()
    {
        Env env;
        env.client->setHoldOnUnauthorized(60'000);
        QSignalSpy unauthorized(env.client.get(), &RestClient::unauthorized);
        // The owner answers the 401 with a fresh token: the held request goes out again with it.
        connect(env.client.get(), &RestClient::unauthorized, env.client.get(),
                [&env] { env.client->setAccessToken(env.fixture.supervisorToken()); });
        env.client->setAccessToken(u"expired-token"_s);
        const ApiResult result = await(env.client->get(u"/api/v2/users/me"_s));
        QVERIFY2(result.ok(), qPrintable(result.describe()));
        QCOMPARE(result.attempts, 2);
        QCOMPARE(unauthorized.size(), 1);
    }

    void unauthorizedGivesUpWhenNoTokenComes()
    {
        Env env;
        env.client->setHoldOnUnauthorized(60'000);
        env.client->setAccessToken(u"expired-token"_s);
        const ApiResult result = await(env.client->get(u"/api/v2/users/me"_s));
        QCOMPARE(result.status, 401);
        QCOMPARE(env.delays, QList<qint64> {60'000});
        // The same token again releases nothing; only a different one would.
        env.client->setAccessToken(u"expired-token"_s);
    }

    void serverErrorsAreRetriedForSafeRequests()
    {
        Env env;
        env.fixture.sandbox().faults().failNext(2, 503);
        const ApiResult result = await(env.client->get(u"/api/v2/users/me"_s));
        QVERIFY2(result.ok(), qPrintable(result.describe()));
        QCOMPARE(result.attempts, 3);
        QCOMPARE(env.delays.size(), 2);
        QVERIFY(env.delays.at(0) <= 500); // full jitter under the first ceiling
        QVERIFY(env.delays.at(1) <= 1000);
    }

    void serverErrorsGiveUpAfterMaxAttempts()
    {
        Env env;
        env.client->setBackoff({10, 100, 3});
        env.fixture.sandbox().faults().failNext(5, 500);
        const ApiResult result = await(env.client->get(u"/api/v2/users/me"_s));
        QCOMPARE(result.status, 500);
        QCOMPARE(result.errorCode, u"internal.server.error"_s);
        QCOMPARE(result.attempts, 3);
    }

    void sendingAMessageIsNeverRepeatedBlindly()
    {
        SandboxOptions options = SandboxFixture::quietOptions();
        Env env(options);
        auto &sandbox = env.fixture.sandbox();
        sandbox.simulator().setPaused(true);
        const QString queueId = sandbox.organisation().queues().constFirst().id;
        const QString agentId = sandbox.organisation().agents().constFirst()->id;
        const QString conversationId
            = sandbox.store().startConversation(queueId, u"Jane"_s, u"Hello"_s);
        QCOMPARE(sandbox.store().offerToAgent(conversationId, agentId),
                 ConversationStore::Outcome::Done);
        QCOMPARE(sandbox.store().answer(conversationId), ConversationStore::Outcome::Done);
        const auto *agent = sandbox.store().conversation(conversationId)->activeAgent();
        const QString path = u"/api/v2/conversations/messages/%1/communications/%2/messages"_s.arg(
            conversationId, agent->communicationId);

        sandbox.faults().failNext(1, 503);
        const ApiResult failed = await(env.client->post(
            path, QJsonObject {{u"textBody"_s, u"Are you there?"_s}}, RestClient::Repeat::Never));
        QCOMPARE(failed.status, 503);
        QCOMPARE(failed.attempts, 1);
        QVERIFY(env.delays.isEmpty());

        const ApiResult sent = await(env.client->post(
            path, QJsonObject {{u"textBody"_s, u"Are you there?"_s}}, RestClient::Repeat::Never));
        QVERIFY2(sent.ok(), qPrintable(sent.describe()));
        QCOMPARE(sent.body.toObject().value("direction"_L1).toString(), u"outbound"_s);
        QCOMPARE(sandbox.store().conversation(conversationId)->activeAgent()->messages.size(), 1);
    }

    void tooManyRequestsWaitsForRetryAfter()
    {
        SandboxOptions options = SandboxFixture::quietOptions();
        options.rateLimitPerMinute = 2;
        Env env(options);
        QVERIFY(await(env.client->get(u"/api/v2/users/me"_s)).ok());
        env.fixture.sandbox().step(10'000);
        env.clock.advanceMs(10'000);
        QVERIFY(await(env.client->get(u"/api/v2/users/me"_s)).ok());
        // The server's window is used up (its headers said so): the client holds the third
        // request until the window resets, 50 s later, instead of collecting a 429.
        const ApiResult third = await(env.client->get(u"/api/v2/users/me"_s));
        QVERIFY2(third.ok(), qPrintable(third.describe()));
        QCOMPARE(third.attempts, 1);
        QCOMPARE(env.delays, (QList<qint64> {50'000}));
    }

    void aTooManyRequestsAnswerIsHonoured()
    {
        Env env;
        env.fixture.sandbox().faults().failNext(1, 429); // injected: Retry-After 5
        const ApiResult result = await(env.client->post(u"/api/v2/notifications/channels"_s,
                                                        QJsonObject(), RestClient::Repeat::Never));
        // A never-repeat request (a message) comes back with its 429, the hold recorded: the
        // caller checks that it is still wanted after the wait, then sends it again.
        QCOMPARE(result.status, 429);
        QCOMPARE(result.attempts, 1);
        QCOMPARE(env.client->budgetWaitMs(RateBudget::Priority::Normal), 5000);
        // Nor does the client hold a message back on its own budget unseen: it comes back at
        // once, for the caller to wait and check again.
        for (int i = 0; i < env.client->budget().limit() + 1; ++i)
            env.client->budget().recordRequest();
        const ApiResult held = await(env.client->post(u"/api/v2/notifications/channels"_s,
                                                      QJsonObject(), RestClient::Repeat::Never));
        QCOMPARE(held.status, 429);
        QCOMPARE(held.errorCode, u"client.rate.budget"_s);
        env.clock.advanceMs(61'000);
        // A safe one is retried by the client after Retry-After.
        env.fixture.sandbox().faults().failNext(1, 429);
        const ApiResult safe = await(env.client->get(u"/api/v2/users/me"_s));
        QVERIFY2(safe.ok(), qPrintable(safe.describe()));
        QCOMPARE(safe.attempts, 2);
    }

    void plainHttpToRemoteHostsIsRefused()
    {
        ManualClock clock;
        RestClient client(Environment::custom(QUrl(u"http://api.example.com"_s)), clock);
        const ApiResult result = await(client.get(u"/api/v2/users/me"_s));
        QCOMPARE(result.errorCode, u"transport.refused"_s);
        QCOMPARE(result.status, 0);
    }

    void timeoutsAreTypedAndRetriedOnlyWhenSafe()
    {
        Env env;
        env.client->setTimeoutMs(50);
        env.client->setBackoff({1, 10, 2});
        env.fixture.sandbox().faults().setLatencyMs(400);
        const ApiResult post = await(env.client->post(u"/api/v2/notifications/channels"_s,
                                                      QJsonObject(), RestClient::Repeat::Never));
        QCOMPARE(post.errorCode, u"timeout"_s);
        QCOMPARE(post.attempts, 1);
        const ApiResult get = await(env.client->get(u"/api/v2/users/me"_s));
        QCOMPARE(get.errorCode, u"timeout"_s);
        QCOMPARE(get.attempts, 2);
    }
};

QTEST_GUILESS_MAIN(TestRestClient)
#include "tst_restclient.moc"
