// Sign-in against the sandbox organisation: PKCE in a scripted browser (the launcher does with
// QNetworkAccessManager what a browser does with the sandbox's sign-in page), every way the
// sign-in can fail, the client-credentials grant and the token stores. The real browser is in
// tst_chromiumsignin.

#include "genesys/browserlauncher.h"
#include "genesys/clientcredentials.h"
#include "genesys/keychaintokenstore.h"
#include "genesys/memorytokenstore.h"
#include "genesys/pkcesignin.h"
#include "sandbox/authservice.h"
#include "sandbox/organisation.h"
#include "sandbox/sandbox.h"
#include "sandboxfixture.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <functional>

using namespace IdleGuard;
using namespace IdleGuard::Genesys;
using namespace IdleGuard::Sandbox;
using namespace Qt::StringLiterals;

namespace {

QStringList g_messages;

void collectMessages(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_messages.append(QString::fromLatin1(context.category) + u": "_s + message);
}

// What a browser does with the sandbox's sign-in page, step by step and without a browser:
// GET the authorize URL, POST its form back as the chosen user, follow the redirect to the
// loopback handler. Hooks let a test change the redirect before it is followed.
class ScriptedBrowser
{
public:
    QString username = u"sam@acme.example"_s;
    std::function<void(QUrl &)> tamperRedirect;
    std::function<void(QUrl &)> tamperAuthorize;

    QUrl authorizeUrl; // as the app asked the browser to open it
    QUrl redirect; // where the login host sent the browser back to
    QByteArray callbackPage; // what the loopback handler showed
    int callbackStatus = 0;
    int launches = 0;

    PkceSignIn::Launcher launcher()
    {
        return [this](const QUrl &url) {
            ++launches;
            authorizeUrl = url;
            QUrl target = url;
            if (tamperAuthorize)
                tamperAuthorize(target);
            QNetworkReply *page = get(target);
            QObject::connect(page, &QNetworkReply::finished, &m_network,
                             [this, page] { submit(page); });
            return true;
        };
    }

private:
    QNetworkReply *get(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        return m_network.get(request);
    }

    void submit(QNetworkReply *page)
    {
        page->deleteLater();
        const QString html = QString::fromUtf8(page->readAll());
        static const QRegularExpression hidden(
            u"<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">"_s);
        QStringList form;
        for (auto it = hidden.globalMatch(html); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            QString value = match.captured(2);
            value.replace("&quot;"_L1, "\""_L1)
                .replace("&lt;"_L1, "<"_L1)
                .replace("&gt;"_L1, ">"_L1)
                .replace("&amp;"_L1, "&"_L1);
            form.append(match.captured(1) + u'='
                        + QString::fromLatin1(QUrl::toPercentEncoding(value)));
        }
        form.append(u"username="_s + QString::fromLatin1(QUrl::toPercentEncoding(username)));
        QNetworkRequest request(page->url().adjusted(QUrl::RemoveQuery));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          "application/x-www-form-urlencoded"_ba);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *post = m_network.post(request, form.join(u'&').toUtf8());
        QObject::connect(post, &QNetworkReply::finished, &m_network, [this, post] {
            post->deleteLater();
            redirect = QUrl::fromEncoded(post->rawHeader("Location"));
            QUrl target = redirect;
            if (tamperRedirect)
                tamperRedirect(target);
            QNetworkReply *callback = get(target);
            QObject::connect(callback, &QNetworkReply::finished, &m_network, [this, callback] {
                callback->deleteLater();
                callbackStatus
                    = callback->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                callbackPage = callback->readAll();
            });
        });
    }

    QNetworkAccessManager m_network;
};

struct Env
{
    Env()
    {
        if (!fixture.start())
            qFatal("sandbox did not start");
        signIn = std::make_unique<PkceSignIn>(environment());
        signIn->setLauncher(browser.launcher());
        signIn->setTimeoutMs(20'000);
    }

    Environment environment() { return Environment::custom(fixture.sandbox().baseUrl()); }

    SandboxFixture fixture;
    ScriptedBrowser browser;
    std::unique_ptr<PkceSignIn> signIn;
};

// Runs a sign-in to its end; the failure message, or empty after signedIn().
QString runToEnd(PkceSignIn &signIn, QString *token = nullptr, qint64 *expiresAtMs = nullptr)
{
    QSignalSpy signedIn(&signIn, &PkceSignIn::signedIn);
    QSignalSpy failed(&signIn, &PkceSignIn::failed);
    signIn.start();
    if (!QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, 15'000))
        return u"(no signal in time)"_s;
    if (!failed.isEmpty()) {
        Q_ASSERT(signedIn.isEmpty());
        return failed.constFirst().constFirst().toString();
    }
    if (token)
        *token = signedIn.constFirst().at(0).toString();
    if (expiresAtMs)
        *expiresAtMs = signedIn.constFirst().at(1).toLongLong();
    return {};
}

bool secretServiceAvailable()
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.interface()
        && (bus.interface()->isServiceRegistered(u"org.freedesktop.secrets"_s).value()
            || bus.interface()->isServiceRegistered(u"org.kde.kwalletd5"_s).value());
}

} // namespace

Q_DECLARE_METATYPE(IdleGuard::Genesys::ClientCredentials::Result)

class TestPkceSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ClientCredentials::Result>();
        QLoggingCategory::setFilterRules(u"idleguard.sandbox.*.info=false\n"
                                         "idleguard.genesys.*.info=false\n"
                                         "qt.networkauth*.warning=false"_s);
    }

    void verifierAndChallenge()
    {
        // BASE64URL(SHA-256) without padding, computed independently (Python hashlib).
        QCOMPARE(PkceSignIn::challengeFor(
                     u"M25iVXpKU3puUjFaYWg3T1NDTDQtcW1ROUY5YXlwalNoc0hhakxifmZHag"_s),
                 u"qjrzSW9gMiUgpUvqgEPE4_-8swvyCtfOVvg55o5S_es"_s);
        static const QRegularExpression unreserved(u"^[A-Za-z0-9\\-._~]{43,128}$"_s);
        const QString first = PkceSignIn::generateVerifier();
        QVERIFY(unreserved.match(first).hasMatch());
        QVERIFY(first != PkceSignIn::generateVerifier());
        QCOMPARE(PkceSignIn::challengeFor(first), AuthService::challengeFor(first));
    }

    void signsInThroughTheSandboxPage()
    {
        Env env;
        // Everything that could log, ours and Qt's (qt.networkauth.*, qt.network.*), at every
        // level, as QT_LOGGING_RULES="*.debug=true" would: no secret may be in any line.
        QLoggingCategory::setFilterRules(u"*.debug=true"_s);
        g_messages.clear();
        const QtMessageHandler previous = qInstallMessageHandler(collectMessages);
        QString token;
        qint64 expiresAtMs = 0;
        const QString failure = runToEnd(*env.signIn, &token, &expiresAtMs);
        qInstallMessageHandler(previous);
        initTestCase();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(!token.isEmpty());
        QVERIFY(expiresAtMs > QDateTime::currentMSecsSinceEpoch() + 23 * 3600 * 1000LL);
        QCOMPARE(env.browser.launches, 1);

        // The authorize request: PKCE S256, our state, the loopback redirect, a public client.
        const QUrlQuery query(env.browser.authorizeUrl);
        QCOMPARE(query.queryItemValue(u"client_id"_s), u"idleguard-desktop"_s);
        QCOMPARE(query.queryItemValue(u"response_type"_s), u"code"_s);
        QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
        const QString challenge = query.queryItemValue(u"code_challenge"_s);
        QCOMPARE(challenge.size(), 43);
        QVERIFY(QRegularExpression(u"^[A-Za-z0-9_-]{43}$"_s).match(challenge).hasMatch());
        QVERIFY(query.queryItemValue(u"state"_s).size() >= 16);
        QVERIFY(!query.hasQueryItem(u"client_secret"_s));
        const QUrl redirectUri(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
        QCOMPARE(redirectUri.scheme(), u"http"_s);
        QCOMPARE(redirectUri.host(), u"127.0.0.1"_s);
        QCOMPARE(redirectUri.path(), u"/callback"_s);
        QVERIFY(redirectUri.port() > 0);
        QCOMPARE(redirectUri, env.signIn->redirectUri());
        QCOMPARE(QUrlQuery(env.browser.redirect).queryItemValue(u"state"_s),
                 query.queryItemValue(u"state"_s));
        // The friendly page.
        QTRY_COMPARE_WITH_TIMEOUT(env.browser.callbackStatus, 200, 5000);
        QVERIFY(env.browser.callbackPage.contains("You can close this tab"));

        // The token works: Sam Supervisor.
        const SandboxClient::Reply me = env.fixture.client().get(u"/api/v2/users/me"_s, token);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value("name"_L1).toString(), u"Sam Supervisor"_s);

        // No token, code, state or verifier in any log line. The verifier is known only to the
        // sign-in and the login host: any word of its alphabet and length whose S256 is the
        // challenge would be it.
        const QString code = QUrlQuery(env.browser.redirect).queryItemValue(u"code"_s);
        const QString state = query.queryItemValue(u"state"_s);
        QVERIFY(!code.isEmpty());
        QVERIFY(!g_messages.isEmpty());
        static const QRegularExpression verifierLike(u"[A-Za-z0-9\\-._~]{43,128}"_s);
        for (const QString &line : std::as_const(g_messages)) {
            QVERIFY2(!line.contains(token), qPrintable(line));
            QVERIFY2(!line.contains(code), qPrintable(line));
            QVERIFY2(!line.contains(state), qPrintable(line));
            QVERIFY2(!line.contains("code_verifier"_L1), qPrintable(line));
            for (auto it = verifierLike.globalMatch(line); it.hasNext();)
                QVERIFY2(PkceSignIn::challengeFor(it.next().captured()) != challenge,
                         qPrintable(line));
        }
    }

    void signsInTwiceInARowOnAFixedPort()
    {
        Env env;
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        env.signIn->setPort(port);
        QCOMPARE(runToEnd(*env.signIn), QString());
        QCOMPARE(env.signIn->redirectUri().port(), int(port));
        QCOMPARE(runToEnd(*env.signIn), QString());
        QCOMPARE(env.browser.launches, 2);
    }

    void portInUse()
    {
        Env env;
        QTcpServer other;
        QVERIFY(other.listen(QHostAddress::LocalHost));
        env.signIn->setPort(other.serverPort());
        const QString message = runToEnd(*env.signIn);
        QVERIFY2(message.contains("is another program using it"_L1), qPrintable(message));
        QCOMPARE(env.browser.launches, 0);
    }

    void deniedConsent()
    {
        Env env;
        env.browser.username = u"nobody@acme.example"_s; // the sandbox answers access_denied
        const QString message = runToEnd(*env.signIn);
        QVERIFY2(message.contains("denied"_L1), qPrintable(message));
        QVERIFY2(message.contains("unknown user"_L1), qPrintable(message));
        QTRY_COMPARE_WITH_TIMEOUT(env.browser.callbackStatus, 200, 5000);
        QVERIFY(env.browser.callbackPage.contains("did not complete"));
    }

    void stateMismatch()
    {
        Env env;
        env.browser.tamperRedirect = [](QUrl &url) {
            QUrlQuery query(url);
            query.removeQueryItem(u"state"_s);
            query.addQueryItem(u"state"_s, u"forged-state"_s);
            url.setQuery(query);
        };
        const QString message = runToEnd(*env.signIn);
        QVERIFY2(message.contains("state mismatch"_L1), qPrintable(message));
        // Nothing was exchanged: the sandbox issued no token.
        QCOMPARE(env.fixture.sandbox().auth().liveTokenCount(), 0);
    }

    void unknownClientId()
    {
        Env env;
        env.signIn->setClientId(u"no-such-client"_s);
        const QString message = runToEnd(*env.signIn);
        QVERIFY2(message.startsWith("The sign-in page refused this client id or redirect URI"_L1),
                 qPrintable(message));
        QVERIFY2(message.contains("Unknown OAuth client \"no-such-client\""_L1),
                 qPrintable(message));
        QCOMPARE(env.browser.launches, 0); // caught before a browser opened
    }

    void unregisteredRedirectUri()
    {
        Env env;
        SandboxOAuthClient client;
        client.id = u"exact-redirect-app"_s;
        client.name = u"Exact redirect"_s;
        client.grantType = u"CODE"_s;
        client.redirectUris = {u"http://127.0.0.1:1/callback"_s};
        env.fixture.sandbox().organisation().addClient(client);
        env.signIn->setClientId(client.id);
        const QString message = runToEnd(*env.signIn);
        QVERIFY2(message.startsWith("The sign-in page refused this client id or redirect URI"_L1),
                 qPrintable(message));
        QVERIFY2(message.contains("is not registered"_L1), qPrintable(message));
        QCOMPARE(env.browser.launches, 0);
    }

    void redirectMismatchAtTokenExchange()
    {
        // The browser is sent to another path under /callback (Qt 6.4's handler accepts any path
        // that starts with its own): the code is bound to that URI, the exchange names ours.
        Env env;
        env.browser.tamperAuthorize = [](QUrl &url) {
            QUrlQuery query(url);
            const QString redirect = query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded);
            query.removeQueryItem(u"redirect_uri"_s);
            query.addQueryItem(
                u"redirect_uri"_s,
                QString::fromLatin1(QUrl::toPercentEncoding(redirect + u"/other"_s)));
            url.setQuery(query);
        };
        const QString message = runToEnd(*env.signIn);
        QVERIFY2(message.contains("redirect_uri does not match"_L1), qPrintable(message));
    }

    void codeExchangeErrorsAreReported()
    {
        // A code that has expired by the time it is exchanged: invalid_grant with its text.
        Env env;
        env.fixture.sandbox().auth().setCodeLifetimeMs(0);
        const QString message = runToEnd(*env.signIn);
        QVERIFY2(message.contains("authorization code is invalid or expired"_L1),
                 qPrintable(message));
    }

    void timesOut()
    {
        Env env;
        int launches = 0;
        env.signIn->setLauncher([&launches](const QUrl &) { return ++launches > 0; });
        env.signIn->setTimeoutMs(200);
        const QString message = runToEnd(*env.signIn);
        QVERIFY2(message.contains("timed out"_L1), qPrintable(message));
        QCOMPARE(launches, 1);
        QVERIFY(!env.signIn->isActive());
    }

    void cancels()
    {
        Env env;
        QSignalSpy failed(env.signIn.get(), &PkceSignIn::failed);
        bool launched = false;
        env.signIn->setLauncher([&launched](const QUrl &) { return launched = true; });
        env.signIn->start();
        QTRY_VERIFY_WITH_TIMEOUT(launched, 5000);
        const QUrl redirect = env.signIn->redirectUri();
        env.signIn->cancel();
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.constFirst().constFirst().toString().contains("cancelled"_L1));
        QVERIFY(!env.signIn->isActive());
        env.signIn->cancel(); // nothing under way: no second signal
        QCOMPARE(failed.size(), 1);
        // The loopback port no longer answers.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
        QVERIFY(!socket.waitForConnected(2000));
    }

    void browserThatDoesNotOpen()
    {
        Env env;
        env.signIn->setLauncher([](const QUrl &) { return false; });
        QVERIFY(runToEnd(*env.signIn).contains("browser could not be opened"_L1));
    }

    void browserLauncherRunsTheConfiguredCommand()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString script = dir.filePath(u"browser.sh"_s);
        const QString output = dir.filePath(u"arguments.txt"_s);
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$0.tmp\" && mv \"$0.tmp\" \""
                   + output.toUtf8() + "\"\n");
        file.close();
        QVERIFY(file.setPermissions(file.permissions() | QFileDevice::ExeOwner));
        const QUrl url(u"http://127.0.0.1:8080/oauth/authorize?client_id=a&state=b"_s);

        bool fallbackUsed = false;
        BrowserLauncher launcher([&fallbackUsed](const QUrl &) { return fallbackUsed = true; });
        // The environment variable names the command; the URL comes last.
        qputenv("IDLEGUARD_BROWSER", QFile::encodeName(script) + " --new-window");
        QVERIFY(launcher.launcher()(url));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(output), 10'000);
        QFile result(output);
        QVERIFY(result.open(QIODevice::ReadOnly));
        QCOMPARE(result.readAll(), "--new-window\n" + url.toEncoded() + "\n");
        QVERIFY(!fallbackUsed);

        // A command set on the launcher wins over the environment.
        launcher.setCommand(u"/nonexistent/browser"_s);
        QVERIFY(!launcher.open(url));
        // Neither: the app's fallback (QDesktopServices::openUrl in the GUI).
        launcher.setCommand({});
        qunsetenv("IDLEGUARD_BROWSER");
        QVERIFY(launcher.open(url));
        QVERIFY(fallbackUsed);
        QVERIFY(!BrowserLauncher().open(url));
    }

    void clientCredentials()
    {
        Env env;
        ClientCredentials grant(env.environment());
        QSignalSpy finished(&grant, &ClientCredentials::finished);
        grant.request(u"demo-client"_s, u"demo-secret"_s);
        QVERIFY(finished.wait(10'000));
        const auto ok = finished.constFirst().constFirst().value<ClientCredentials::Result>();
        QVERIFY2(ok.ok(), qPrintable(ok.message));
        QCOMPARE(ok.status, 200);
        QVERIFY(ok.expiresAtMs > QDateTime::currentMSecsSinceEpoch());
        const SandboxClient::Reply queues
            = env.fixture.client().get(u"/api/v2/routing/queues"_s, ok.accessToken);
        QCOMPARE(queues.status, 200);

        grant.request(u"demo-client"_s, u"wrong-secret"_s);
        QVERIFY(finished.wait(10'000));
        const auto bad = finished.at(1).constFirst().value<ClientCredentials::Result>();
        QVERIFY(!bad.ok());
        QCOMPARE(bad.status, 401);
        QCOMPARE(bad.error, u"invalid_client"_s);
        QVERIFY2(bad.message.contains("Check the client id and secret"_L1),
                 qPrintable(bad.message));
    }

    void clientCredentialsRefusesPlainHttpRemote()
    {
        ClientCredentials grant(Environment::custom(QUrl(u"http://login.example.com"_s)));
        QSignalSpy finished(&grant, &ClientCredentials::finished);
        grant.request(u"demo-client"_s, u"demo-secret"_s);
        QVERIFY(finished.wait(5000));
        const auto result = finished.constFirst().constFirst().value<ClientCredentials::Result>();
        QVERIFY(!result.ok());
        QVERIFY(!result.message.isEmpty());
    }

    void memoryTokenStore()
    {
        MemoryTokenStore store;
        exerciseStore(store);
    }

    void keychainTokenStore()
    {
        if (qEnvironmentVariableIsSet("IDLEGUARD_REQUIRE_KEYCHAIN")) {
            // run-with-keyring.sh started gnome-keyring-daemon, which forks and claims its bus
            // name a moment later.
            QTRY_VERIFY2_WITH_TIMEOUT(secretServiceAvailable(),
                                      "run-with-keyring.sh started no Secret Service", 10'000);
        }
        if (!secretServiceAvailable())
            QSKIP("no Secret Service on the session bus (tst_keychaintokenstore runs this test "
                  "under dbus-run-session with gnome-keyring)");
        KeychainTokenStore store;
        exerciseStore(store);
    }

private:
    void exerciseStore(TokenStore &store)
    {
        const QString key = TokenStore::keyFor(
            Environment::custom(QUrl(u"http://127.0.0.1:8080"_s)), u"idleguard-desktop"_s);
        QCOMPARE(key, u"http://127.0.0.1:8080/idleguard-desktop"_s);
        const QString token = u"test-token-"_s + PkceSignIn::generateVerifier();

        auto remove = [&] {
            bool done = false;
            QString error = u"-"_s;
            store.remove(key, [&](const QString &e) { error = e, done = true; });
            QVERIFY(!done); // asynchronous
            QTRY_VERIFY_WITH_TIMEOUT(done, 10'000);
            QCOMPARE(error, QString());
        };
        auto load = [&](TokenStore::Entry *entry) {
            bool done = false;
            QString error = u"-"_s;
            store.load(key, [&](const TokenStore::Entry &e, const QString &err) {
                *entry = e, error = err, done = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(done, 10'000);
            QCOMPARE(error, QString());
        };

        remove(); // a clean start; removing nothing is fine
        TokenStore::Entry entry;
        load(&entry);
        QVERIFY(entry.isEmpty());

        bool saved = false;
        store.save(key, token, 1'234'567, [&](const QString &error) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            saved = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(saved, 10'000);
        load(&entry);
        QCOMPARE(entry.accessToken, token);
        QCOMPARE(entry.expiresAtMs, 1'234'567);

        remove();
        load(&entry);
        QVERIFY(entry.isEmpty());
        remove(); // signing out twice
    }
};

QTEST_GUILESS_MAIN(TestPkceSignIn)
#include "tst_pkcesignin.moc"
