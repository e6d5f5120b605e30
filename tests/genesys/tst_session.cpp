// Session against the sandbox: signing in headless (client credentials) and in a browser
// (PKCE, scripted), restoring a stored token only when the platform still accepts it, signing
// in again on a 401 in the middle of work while the feed keeps its mirror, and signing out
// (revoked on the platform, gone from the store).

#include "core/manualclock.h"
#include "genesys/genesysapi.h"
#include "genesys/memorytokenstore.h"
#include "genesys/notificationfeed.h"
#include "genesys/pkcesignin.h"
#include "genesys/restclient.h"
#include "genesys/session.h"
#include "sandbox/authservice.h"
#include "sandbox/eventscheduler.h"
#include "sandbox/faultinjector.h"
#include "sandbox/organisation.h"
#include "sandbox/sandbox.h"
#include "sandboxfixture.h"

#include <QLoggingCategory>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace IdleGuard;
using namespace IdleGuard::Genesys;
using namespace IdleGuard::Sandbox;
using namespace Qt::StringLiterals;

class TestSession : public QObject
{
    Q_OBJECT

    // The session's clock is the sandbox's: both read the same stepped time.
    class SandboxTime final : public Clock
    {
    public:
        explicit SandboxTime(const EventScheduler &scheduler)
            : m_scheduler(scheduler)
        { }
        qint64 nowMs() const override { return m_scheduler.nowMs(); }

    private:
        const EventScheduler &m_scheduler;
    };

    struct Env
    {
        explicit Env(const SandboxOptions &options = SandboxFixture::quietOptions())
            : fixture(options)
        {
            if (!fixture.start())
                qFatal("sandbox did not start");
            environment = Environment::custom(fixture.sandbox().baseUrl());
            time = std::make_unique<SandboxTime>(fixture.sandbox().scheduler());
            client = std::make_unique<RestClient>(environment, *time);
            session = std::make_unique<Session>(environment, *client, store, *time);
        }

        bool waitFor(Session::State state)
        {
            return QTest::qWaitFor([&] { return session->state() == state; }, 10'000);
        }

        int usersMeStatus()
        {
            RestCall *call = client->get(u"/api/v2/users/me"_s);
            QSignalSpy finished(call, &RestCall::finished);
            if (!finished.wait(10'000))
                return -1;
            return finished.constFirst().constFirst().value<ApiResult>().status;
        }

        SandboxFixture fixture;
        Environment environment;
        std::unique_ptr<SandboxTime> time;
        MemoryTokenStore store;
        std::unique_ptr<RestClient> client;
        std::unique_ptr<Session> session;
    };

    static TokenStore::Entry stored(TokenStore &store, const QString &key)
    {
        std::optional<TokenStore::Entry> result;
        store.load(key, [&](const TokenStore::Entry &entry, const QString &) { result = entry; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
            qWarning("the token store did not answer");
        return result.value_or(TokenStore::Entry {});
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ApiResult>();
        QLoggingCategory::setFilterRules(
            u"idleguard.sandbox.*.info=false\nidleguard.genesys.*.info=false"_s);
    }

    void headlessSignInSavesTheToken()
    {
        Env env;
        env.session->useClientCredentials(u"demo-client"_s, u"demo-secret"_s);
        env.session->signIn();
        QVERIFY(env.waitFor(Session::State::SignedIn));
        QVERIFY(env.client->hasAccessToken());
        QCOMPARE(env.usersMeStatus(), 400); // a client-credentials token has no user: but it works
        const TokenStore::Entry entry = stored(env.store, env.session->storeKey());
        QVERIFY(!entry.isEmpty());
        QVERIFY(env.fixture.sandbox().auth().record(entry.accessToken));
        QCOMPARE(env.session->storeKey(), env.environment.key() + u"/demo-client"_s);
    }

    void headlessFailureSaysWhy()
    {
        Env env;
        QSignalSpy failed(env.session.get(), &Session::failed);
        env.session->useClientCredentials(u"demo-client"_s, u"wrong"_s);
        env.session->signIn();
        QVERIFY(env.waitFor(Session::State::Failed));
        QCOMPARE(failed.size(), 1);
        QVERIFY(!env.session->message().isEmpty());
        QVERIFY(stored(env.store, env.session->storeKey()).isEmpty());
    }

    // A first sign-in the login host refuses for now is tried again until it succeeds: after
    // the answer's Retry-After when it has one, else after the backoff; never failed().
    void headlessSignInRefusedForNowIsTriedAgain_data()
    {
        QTest::addColumn<int>("status"); // 0: the answer is lost (the connection closes)
        QTest::addColumn<int>("retryAfterSeconds");
        QTest::addColumn<int>("refusals");
        QTest::newRow("503") << 503 << -1 << 2;
        QTest::newRow("500") << 500 << -1 << 2;
        // QNetworkAccessManager sends a request again by itself, at times, when its answer is
        // lost: two drops reach the session as one or two failures.
        QTest::newRow("no answer") << 0 << -1 << 2;
        QTest::newRow("429 with Retry-After") << 429 << 7 << 2;
    }

    void headlessSignInRefusedForNowIsTriedAgain()
    {
        QFETCH(int, status);
        QFETCH(int, retryAfterSeconds);
        QFETCH(int, refusals);
        Env env;
        FaultInjector &faults = env.fixture.sandbox().faults();
        if (status == 0)
            faults.dropResponseNext(refusals, u"/oauth/token"_s);
        else
            faults.failNext(refusals, status, u"/oauth/token"_s, retryAfterSeconds);
        QList<qint64> waits;
        env.session->setDelay([&](qint64 ms, std::function<void()> then) {
            waits.append(ms); // waited on no clock: the next try follows at once
            QTimer::singleShot(0, env.session.get(), std::move(then));
        });
        QSignalSpy retrying(env.session.get(), &Session::retrying);
        QSignalSpy failed(env.session.get(), &Session::failed);
        env.session->useClientCredentials(u"demo-client"_s, u"demo-secret"_s);
        env.session->signIn();
        QVERIFY(env.waitFor(Session::State::SignedIn));
        QCOMPARE(failed.size(), 0);
        if (status == 0)
            QVERIFY2(retrying.size() >= 1 && retrying.size() <= refusals,
                     qPrintable(QString::number(retrying.size())));
        else
            QCOMPARE(retrying.size(), refusals);
        QCOMPARE(waits.size(), retrying.size());
        const BackoffPolicy backoff = Session::kDefaultSignInBackoff;
        for (int retry = 0; retry < waits.size(); ++retry) {
            if (retryAfterSeconds >= 0) {
                QCOMPARE(waits[retry], retryAfterSeconds * 1000);
            } else {
                QVERIFY(waits[retry] >= 0);
                QVERIFY2(waits[retry] <= backoff.ceilingMs(retry),
                         qPrintable(QString::number(waits[retry])));
            }
            QVERIFY(!retrying[retry].constFirst().toString().isEmpty());
            QCOMPARE(retrying[retry].constLast().toLongLong(), waits[retry]);
        }
        QVERIFY(env.client->hasAccessToken());
        QVERIFY(!stored(env.store, env.session->storeKey()).isEmpty());
    }

    // A refusal of the request or the credentials is final: failed() at once, no retry.
    void headlessSignInRefusedForGoodIsNotTriedAgain_data()
    {
        QTest::addColumn<int>("status"); // injected; 0: the real answer to a wrong secret
        QTest::newRow("400") << 400;
        QTest::newRow("401") << 401;
        QTest::newRow("wrong secret") << 0;
    }

    void headlessSignInRefusedForGoodIsNotTriedAgain()
    {
        QFETCH(int, status);
        Env env;
        if (status != 0)
            env.fixture.sandbox().faults().failNext(1, status, u"/oauth/token"_s);
        QSignalSpy retrying(env.session.get(), &Session::retrying);
        QSignalSpy failed(env.session.get(), &Session::failed);
        env.session->useClientCredentials(u"demo-client"_s,
                                          status != 0 ? u"demo-secret"_s : u"wrong"_s);
        env.session->signIn();
        QVERIFY(env.waitFor(Session::State::Failed));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(retrying.size(), 0);
        QVERIFY(!env.client->hasAccessToken());
    }

    // Stopping while a retry waits: the retry does not run, nothing is signed in.
    void aWaitingRetryIsCancelled()
    {
        Env env;
        env.fixture.sandbox().faults().failNext(1, 503, u"/oauth/token"_s);
        std::function<void()> held;
        env.session->setDelay([&](qint64, std::function<void()> then) { held = std::move(then); });
        env.session->useClientCredentials(u"demo-client"_s, u"demo-secret"_s);
        env.session->signIn();
        QTRY_VERIFY(held);
        QCOMPARE(env.session->state(), Session::State::SigningIn);
        env.session->cancelRetry();
        QCOMPARE(env.session->state(), Session::State::SignedOut);
        held();
        QTest::qWait(0);
        QCOMPARE(env.session->state(), Session::State::SignedOut);
        QVERIFY(!env.client->hasAccessToken());
    }

    void aValidStoredTokenIsRestored()
    {
        Env env;
        auto &sandbox = env.fixture.sandbox();
        const QString token = sandbox.auth().issueToken(u"idleguard-desktop"_s,
                                                        sandbox.organisation().supervisor()->id,
                                                        u"authorization_code"_s);
        PkceSignIn browser(env.environment);
        bool launched = false;
        browser.setLauncher([&](const QUrl &) { return launched = true; });
        env.session->useBrowser(browser);
        env.store.save(env.session->storeKey(), token, sandbox.scheduler().nowMs() + 3'600'000,
                       [](const QString &) {});
        env.session->signIn();
        QVERIFY(env.waitFor(Session::State::SignedIn));
        QVERIFY(!launched); // no browser: the stored token was still good
        QCOMPARE(env.usersMeStatus(), 200);
    }

    void aRevokedStoredTokenLeadsToSignIn()
    {
        Env env;
        auto &sandbox = env.fixture.sandbox();
        const QString token
            = sandbox.auth().issueToken(u"demo-client"_s, {}, u"client_credentials"_s);
        sandbox.auth().revoke(token);
        env.session->useClientCredentials(u"demo-client"_s, u"demo-secret"_s);
        env.store.save(env.session->storeKey(), token, sandbox.scheduler().nowMs() + 3'600'000,
                       [](const QString &) {});
        env.session->signIn();
        QVERIFY(env.waitFor(Session::State::SignedIn));
        const TokenStore::Entry entry = stored(env.store, env.session->storeKey());
        QVERIFY(entry.accessToken != token);
        QVERIFY(!sandbox.auth().record(entry.accessToken)->revoked);
    }

    void browserSignInThroughTheSandboxPage()
    {
        Env env;
        PkceSignIn browser(env.environment);
        SandboxClient &page = env.fixture.client();
        QNetworkAccessManager network;
        // A scripted browser: submit the sign-in form as the supervisor, follow the redirect.
        browser.setLauncher([&](const QUrl &authorize) {
            QUrlQuery form(authorize);
            form.addQueryItem(u"username"_s, u"sam@acme.example"_s);
            const QUrl callback = page.postForm(u"/oauth/authorize"_s, form).location();
            network.get(QNetworkRequest(callback));
            return true;
        });
        env.session->useBrowser(browser);
        env.session->signIn();
        QVERIFY(env.waitFor(Session::State::SignedIn));
        QCOMPARE(env.usersMeStatus(), 200);
        QCOMPARE(env.session->storeKey(), env.environment.key() + u"/idleguard-desktop"_s);
    }

    void aRejectedTokenDuringWorkSignsInAgainAndTheFeedResumes()
    {
        SandboxOptions options = SandboxFixture::quietOptions();
        options.simulate = true;
        options.conversations = 10;
        options.tokenLifetimeSeconds = 600;
        Env env(options);
        GenesysApi api(*env.client);
        NotificationFeed feed(api, *env.time);
        feed.setQueues({env.fixture.sandbox().organisation().queues().constFirst().id});
        env.session->useClientCredentials(u"demo-client"_s, u"demo-secret"_s);
        env.session->attachFeed(feed);
        env.session->signIn();
        QVERIFY(env.waitFor(Session::State::SignedIn));
        feed.start();
        QVERIFY(
            QTest::qWaitFor([&] { return feed.state() == NotificationFeed::State::Live; }, 10'000));
        const QString first = stored(env.store, env.session->storeKey()).accessToken;

        // The platform stops accepting the token mid-work (revoked), the next call gets a 401.
        QSignalSpy signedIn(env.session.get(), &Session::signedIn);
        env.fixture.sandbox().auth().revoke(first);
        QCOMPARE(env.usersMeStatus(), 401);
        QVERIFY(signedIn.wait(10'000));
        const QString second = stored(env.store, env.session->storeKey()).accessToken;
        QVERIFY(second != first);
        QVERIFY(
            QTest::qWaitFor([&] { return feed.state() == NotificationFeed::State::Live; }, 10'000));
    }

    void signOutRevokesAndForgets()
    {
        Env env;
        env.session->useClientCredentials(u"demo-client"_s, u"demo-secret"_s);
        env.session->signIn();
        QVERIFY(env.waitFor(Session::State::SignedIn));
        const QString token = stored(env.store, env.session->storeKey()).accessToken;
        QSignalSpy signedOut(env.session.get(), &Session::signedOut);
        env.session->signOut();
        QVERIFY(signedOut.wait(10'000));
        QCOMPARE(env.session->state(), Session::State::SignedOut);
        QVERIFY(stored(env.store, env.session->storeKey()).isEmpty());
        QVERIFY(env.fixture.sandbox().auth().record(token)->revoked);
        QVERIFY(!env.client->hasAccessToken());
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
