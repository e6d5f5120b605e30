// The security promises of docs/security.md, each by the behaviour that keeps it: every listener
// bound to loopback only (asked of the kernel, and tried through the machine's other addresses);
// plain http/ws refused off loopback at every way in, without a byte sent; the journal and the
// secret files owner-only whatever the umask; the headless configuration refusing a secret that
// others may read; and no token or secret in any log line with every category on.

#include "connectionwitness.h"
#include "core/auditjournal.h"
#include "core/manualclock.h"
#include "core/ownerfiles.h"
#include "genesys/clientcredentials.h"
#include "genesys/genesysapi.h"
#include "genesys/notificationfeed.h"
#include "genesys/pkcesignin.h"
#include "genesys/restclient.h"
#include "headless/headlessconfig.h"
#include "networkprobe.h"
#include "sandbox/authservice.h"
#include "sandbox/eventscheduler.h"
#include "sandbox/notificationhub.h"
#include "sandbox/organisation.h"
#include "sandboxfixture.h"
#include "stubhost.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <functional>
#include <sys/stat.h>

using namespace IdleGuard;
using namespace IdleGuard::Genesys;
using namespace IdleGuard::Sandbox;
using namespace IdleGuard::Security;
using namespace Qt::StringLiterals;

namespace {

// Sets the process's umask for a scope.
class ScopedUmask
{
public:
    explicit ScopedUmask(mode_t mask)
        : m_previous(::umask(mask))
    { }
    ~ScopedUmask() { ::umask(m_previous); }
    Q_DISABLE_COPY_MOVE(ScopedUmask)

private:
    mode_t m_previous;
};

int modeOf(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

QString octal(int mode)
{
    return u"%1"_s.arg(mode, 4, 8, QChar(u'0'));
}

bool writeFile(const QString &path, const QByteArray &content, int mode)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size()
        && ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0;
}

ApiResult await(RestCall *call)
{
    QSignalSpy finished(call, &RestCall::finished);
    if (!finished.wait(10'000))
        qFatal("the REST call did not finish");
    return finished.constFirst().constFirst().value<ApiResult>();
}

QStringList g_logged;

void collect(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_logged.append(QString::fromLatin1(context.category ? context.category : "default") + u": "_s
                    + message);
}

// Every category at every level into g_logged for the scope (QT_LOGGING_RULES="*.debug=true").
class EverythingLogged
{
public:
    EverythingLogged()
    {
        g_logged.clear();
        QLoggingCategory::setFilterRules(u"*.debug=true"_s);
        m_previous = qInstallMessageHandler(collect);
    }
    ~EverythingLogged()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(u"*.debug=false\nidleguard.*.info=false"_s);
    }
    Q_DISABLE_COPY_MOVE(EverythingLogged)

private:
    QtMessageHandler m_previous = nullptr;
};

const QByteArray kSecret = "s3cr3t-Value-never-shown";

QJsonObject headlessConfig()
{
    return QJsonObject {
        {u"environment"_s, u"eu_west_1"_s},
        {u"clientId"_s, u"demo-client"_s},
        {u"queues"_s, QJsonArray {u"q-1"_s}},
        {u"policies"_s,
         QJsonObject {{u"version"_s, 1},
                      {u"default"_s, QJsonObject {{u"mode"_s, u"turn-aware"_s}}}}},
    };
}

} // namespace

class TestSecurity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ClientCredentials::Result>();
        QLoggingCategory::setFilterRules(u"*.debug=false\nidleguard.*.info=false"_s);
    }

    // --- Listeners -------------------------------------------------------------------------

    void listeners_sandboxHttpAndWebSocketOnLoopbackOnly()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        const quint16 port = fixture.sandbox().port();
        const QList<QHostAddress> bound = NetworkProbe::listeningAddresses(port);
        QVERIFY2(!bound.isEmpty(), "no listening socket found for the sandbox's port");
        for (const QHostAddress &address : bound)
            QVERIFY2(address.isLoopback(), qPrintable(address.toString()));
        QVERIFY(NetworkProbe::accepts(QHostAddress::LocalHost, port));

        // The notification hub shares that listener: the channels it hands out point at it.
        const SandboxClient::Reply channel = fixture.client().post(
            u"/api/v2/notifications/channels"_s, fixture.supervisorToken(), QJsonObject());
        QCOMPARE(channel.status, 200);
        const QUrl connectUri(channel.json().value("connectUri"_L1).toString());
        QCOMPARE(connectUri.host(), u"127.0.0.1"_s);
        QCOMPARE(connectUri.port(), int(port));

        expectNoAnswerOffLoopback(port);
    }

    void listeners_signInRedirectOnLoopbackOnly()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        PkceSignIn signIn(Environment::custom(fixture.sandbox().baseUrl()));
        signIn.setClientId(u"idleguard-desktop"_s);
        bool launched = false;
        signIn.setLauncher([&launched](const QUrl &) { return launched = true; });
        signIn.start();
        QTRY_VERIFY_WITH_TIMEOUT(launched, 10'000); // listening, waiting for the browser
        const quint16 port = quint16(signIn.redirectUri().port());
        QVERIFY(port > 0);
        const QList<QHostAddress> bound = NetworkProbe::listeningAddresses(port);
        QVERIFY2(!bound.isEmpty(), "no listening socket found for the redirect port");
        for (const QHostAddress &address : bound)
            QVERIFY2(address.isLoopback(), qPrintable(address.toString()));
        QVERIFY(NetworkProbe::accepts(QHostAddress::LocalHost, port));
        expectNoAnswerOffLoopback(port);
        signIn.cancel();
    }

    // --- Plain http and ws only to loopback ----------------------------------------------------

    void transport_restClientRefusesPlainHttpOffLoopback()
    {
        ConnectionWitness witness;
        ManualClock clock;
        RestClient client(Environment::custom(QUrl(u"http://"_s + witness.authority())), clock);
        client.setAccessToken(QString::fromLatin1(kSecret));
        const ApiResult result = await(client.get(u"/api/v2/users/me"_s));
        QCOMPARE(result.errorCode, u"transport.refused"_s);
        QCOMPARE(result.status, 0);
        QVERIFY2(result.message.contains("refusing unencrypted http"_L1),
                 qPrintable(result.message));
        QCOMPARE(witness.connections(), 0);
    }

    void transport_clientCredentialsRefusePlainHttpOffLoopback()
    {
        ConnectionWitness witness;
        ClientCredentials grant(Environment::custom(QUrl(u"http://"_s + witness.authority())));
        QSignalSpy finished(&grant, &ClientCredentials::finished);
        grant.request(u"demo-client"_s, QString::fromLatin1(kSecret));
        QVERIFY(finished.wait(5000));
        const auto result = finished.constFirst().constFirst().value<ClientCredentials::Result>();
        QVERIFY(!result.ok());
        QVERIFY2(result.message.contains("refusing unencrypted http"_L1),
                 qPrintable(result.message));
        QCOMPARE(witness.connections(), 0);
    }

    void transport_clientCredentialsDoNotFollowARedirect()
    {
        // A login host (here on loopback) that sends the secret's POST elsewhere: not followed,
        // so the Basic authorization never reaches the other host.
        ConnectionWitness witness;
        StubHost login([&witness](const QByteArray &, const QByteArray &) {
            return StubHost::json(
                307, {}, "Location: http://" + witness.authority().toLatin1() + "/oauth/token\r\n");
        });
        ClientCredentials grant(Environment::custom(login.baseUrl()));
        QSignalSpy finished(&grant, &ClientCredentials::finished);
        grant.request(u"demo-client"_s, QString::fromLatin1(kSecret));
        QVERIFY(finished.wait(10'000));
        const auto result = finished.constFirst().constFirst().value<ClientCredentials::Result>();
        QVERIFY(!result.ok());
        QCOMPARE(login.requests, QStringList {u"POST /oauth/token"_s});
        QCOMPARE(witness.connections(), 0);
    }

    void transport_signInDoesNotFollowARedirectOfTheCodeExchange()
    {
        // A login host that takes the code and the verifier's POST elsewhere: not followed.
        ConnectionWitness witness;
        StubHost login([&witness](const QByteArray &method, const QByteArray &) {
            if (method == "GET") // the page check before the browser opens
                return StubHost::json(200, {});
            return StubHost::json(
                307, {}, "Location: http://" + witness.authority().toLatin1() + "/oauth/token\r\n");
        });
        PkceSignIn signIn(Environment::custom(login.baseUrl()));
        signIn.setClientId(u"idleguard-desktop"_s);
        QNetworkAccessManager browser; // brings the code back, as the browser would
        signIn.setLauncher([&browser](const QUrl &authorizeUrl) {
            const QUrlQuery query(authorizeUrl);
            QUrl callback(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
            callback.setQuery(u"code=the-code&state="_s + query.queryItemValue(u"state"_s));
            QNetworkReply *reply = browser.get(QNetworkRequest(callback));
            QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
            return true;
        });
        QSignalSpy failed(&signIn, &PkceSignIn::failed);
        signIn.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10'000);
        QCOMPARE(login.requests.filter(u"POST"_s), QStringList {u"POST /oauth/token"_s});
        QCOMPARE(witness.connections(), 0);
    }

    void transport_signInRefusesPlainHttpLoginOffLoopback()
    {
        ConnectionWitness witness;
        PkceSignIn signIn(Environment::custom(QUrl(u"http://"_s + witness.authority())));
        signIn.setClientId(u"idleguard-desktop"_s);
        int launches = 0;
        signIn.setLauncher([&launches](const QUrl &) { return ++launches > 0; });
        QSignalSpy failed(&signIn, &PkceSignIn::failed);
        signIn.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        const QString message = failed.constFirst().constFirst().toString();
        QVERIFY2(message.contains("refusing unencrypted http"_L1), qPrintable(message));
        QCOMPARE(launches, 0);
        QCOMPARE(witness.connections(), 0);
    }

    void transport_feedRefusesPlainWsOffLoopbackFromTheChannelAnswer()
    {
        // The API host is trusted enough to be on loopback, but the channel it creates points
        // a plain ws:// socket at another host: the feed must not open it.
        ConnectionWitness witness;
        const QString connectUri = u"ws://"_s + witness.authority() + u"/channels/c-1"_s;
        StubHost api([connectUri](const QByteArray &method, const QByteArray &path) {
            if (method == "POST" && path == "/api/v2/notifications/channels")
                return StubHost::json(200, {{u"id"_s, u"c-1"_s}, {u"connectUri"_s, connectUri}});
            return StubHost::json(200, {{u"entities"_s, QJsonArray()}});
        });
        ManualClock clock;
        RestClient client(Environment::custom(api.baseUrl()), clock);
        client.setAccessToken(u"token"_s);
        GenesysApi genesys(client);
        NotificationFeed feed(genesys, clock);
        feed.setQueues({u"q-1"_s});
        feed.start();
        QTRY_VERIFY_WITH_TIMEOUT(feed.offlineReason().contains("refusing unencrypted ws"_L1),
                                 10'000);
        QCOMPARE(feed.state(), NotificationFeed::State::Offline);
        QVERIFY2(api.requests.contains(u"POST /api/v2/notifications/channels"_s),
                 qPrintable(api.requests.join(u", "_s)));
        QCOMPARE(witness.connections(), 0);
        feed.stop();
    }

    void transport_headlessConfigRefusesPlainHttpOffLoopback()
    {
        QJsonObject object = headlessConfig();
        object.insert(u"environment"_s, QString(u"http://"_s + ConnectionWitness().authority()));
        QStringList errors;
        QVERIFY(!Headless::HeadlessConfig::parse(QJsonDocument(object).toJson(), u"/"_s, &errors));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().startsWith("environment: refusing unencrypted http"_L1),
                 qPrintable(errors.first()));
    }

    // --- Owner-only files ----------------------------------------------------------------------

    void files_journalIsOwnerOnlyWhateverTheUmask_data()
    {
        QTest::addColumn<int>("mask");
        QTest::newRow("umask 022") << 022;
        QTest::newRow("umask 000") << 0;
    }

    void files_journalIsOwnerOnlyWhateverTheUmask()
    {
        QFETCH(int, mask);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(u"state/idleguard"_s);
        const QString path = folder + u"/journal.sqlite"_s;
        {
            const ScopedUmask scopedUmask {mode_t(mask)};
            QString error;
            QVERIFY2(OwnerFiles::makePath(folder, &error), qPrintable(error));
            ManualClock clock;
            AuditJournal journal(clock);
            QVERIFY2(journal.open(path, &error), qPrintable(error));
            // The -wal and -shm files exist while the journal is open.
            QVERIFY(QFile::exists(path + u"-wal"_s));
            QVERIFY(QFile::exists(path + u"-shm"_s));
            for (const QString &file : QStringList {path, path + u"-wal"_s, path + u"-shm"_s})
                QVERIFY2(modeOf(file) == 0600, qPrintable(file + u' ' + octal(modeOf(file))));
        }
        QCOMPARE(octal(modeOf(folder)), octal(0700));
        QCOMPARE(octal(modeOf(dir.filePath(u"state"_s))), octal(0700));
        QCOMPARE(OwnerFiles::exposure(path), QString());
    }

    void files_existingFolderAndJournalAreLeftAsTheyAre()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0750) == 0);
        QString error;
        QVERIFY(OwnerFiles::makePath(dir.path(), &error));
        QCOMPARE(octal(modeOf(dir.path())), octal(0750)); // the administrator's choice
        QVERIFY(OwnerFiles::createFile(dir.filePath(u"f"_s), &error));
        QVERIFY(::chmod(QFile::encodeName(dir.filePath(u"f"_s)).constData(), 0640) == 0);
        QVERIFY(OwnerFiles::createFile(dir.filePath(u"f"_s), &error));
        QCOMPARE(octal(modeOf(dir.filePath(u"f"_s))), octal(0640));
    }

    // --- The headless configuration's secrets --------------------------------------------------

    void secrets_secretFileOthersMayReadIsRefused_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("0600") << 0600 << true;
        QTest::newRow("0400") << 0400 << true;
        QTest::newRow("0640 group reads") << 0640 << false;
        QTest::newRow("0620 group writes") << 0620 << false;
        QTest::newRow("0604 others read") << 0604 << false;
        QTest::newRow("0602 others write") << 0602 << false;
        QTest::newRow("0644") << 0644 << false;
    }

    void secrets_secretFileOthersMayReadIsRefused()
    {
        QFETCH(int, mode);
        QFETCH(bool, accepted);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString secretPath = dir.filePath(u"client-secret"_s);
        QVERIFY(writeFile(secretPath, kSecret + '\n', mode));
        QJsonObject object = headlessConfig();
        object.insert(u"clientSecretFile"_s, u"client-secret"_s);
        const QString configPath = dir.filePath(u"enforcer.json"_s);
        QVERIFY(writeFile(configPath, QJsonDocument(object).toJson(), 0644));

        QStringList errors;
        const auto config = Headless::HeadlessConfig::load(configPath, &errors);
        QVERIFY2(config, qPrintable(errors.join(u'\n'))); // the config itself holds no secret
        QCOMPARE(config->clientSecretFile, secretPath);
        QString error;
        const QString secret = config->resolveSecret(&error);
        if (accepted) {
            QCOMPARE(secret, QString::fromLatin1(kSecret)); // without the line end
            QVERIFY(error.isEmpty());
        } else {
            QVERIFY(secret.isEmpty());
            QVERIFY2(error.contains(secretPath), qPrintable(error));
            QVERIFY2(error.contains("chmod 600"_L1), qPrintable(error));
            QVERIFY2(error.contains(octal(mode)), qPrintable(error));
            QVERIFY(!error.contains(QString::fromLatin1(kSecret)));
        }
    }

    void secrets_inlineSecretInAFileOthersMayReadIsRefused_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("0600") << 0600 << true;
        QTest::newRow("0640") << 0640 << false;
        QTest::newRow("0644") << 0644 << false;
        QTest::newRow("0606") << 0606 << false;
    }

    void secrets_inlineSecretInAFileOthersMayReadIsRefused()
    {
        QFETCH(int, mode);
        QFETCH(bool, accepted);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QJsonObject object = headlessConfig();
        object.insert(u"clientSecret"_s, QString::fromLatin1(kSecret));
        const QString configPath = dir.filePath(u"enforcer.json"_s);
        QVERIFY(writeFile(configPath, QJsonDocument(object).toJson(), mode));
        QStringList errors;
        const auto config = Headless::HeadlessConfig::load(configPath, &errors);
        if (accepted) {
            QVERIFY2(config, qPrintable(errors.join(u'\n')));
            QString error;
            QCOMPARE(config->resolveSecret(&error), QString::fromLatin1(kSecret));
            return;
        }
        QVERIFY(!config);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().startsWith("clientSecret: "_L1 + configPath),
                 qPrintable(errors.first()));
        QVERIFY2(errors.first().contains("chmod 600"_L1), qPrintable(errors.first()));
        QVERIFY(!errors.first().contains(QString::fromLatin1(kSecret)));

        // Without a secret in it, the same file may be readable by all: nothing to protect.
        object.remove(u"clientSecret"_s);
        QVERIFY(writeFile(configPath, QJsonDocument(object).toJson(), mode));
        QVERIFY2(Headless::HeadlessConfig::load(configPath, &errors),
                 qPrintable(errors.join(u'\n')));
    }

    void secrets_oneSourceOfTheSecretAtMost()
    {
        QJsonObject object = headlessConfig();
        object.insert(u"clientSecretFile"_s, u"/run/credentials/idleguard/client-secret"_s);
        object.insert(u"clientSecretEnv"_s, u"IDLEGUARD_CLIENT_SECRET"_s);
        QStringList errors;
        QVERIFY(!Headless::HeadlessConfig::parse(QJsonDocument(object).toJson(), u"/"_s, &errors));
        QCOMPARE(errors,
                 QStringList {u"clientSecretFile: cannot be combined with clientSecretEnv: "
                              "give the secret in the file, in a file of its own or name "
                              "the environment variable that holds it, only one of them"_s});
        QTemporaryDir dir;
        object.remove(u"clientSecretEnv"_s);
        object.insert(u"clientSecretFile"_s, u"missing"_s);
        const auto config
            = Headless::HeadlessConfig::parse(QJsonDocument(object).toJson(), dir.path(), &errors);
        QVERIFY2(config, qPrintable(errors.join(u'\n')));
        QString error;
        QVERIFY(config->resolveSecret(&error).isEmpty());
        QVERIFY2(error.contains(dir.filePath(u"missing"_s)), qPrintable(error));
    }

    // --- Nothing secret in any log line --------------------------------------------------------

    void logs_noTokenOrSecretWithEveryCategoryOn()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        const Environment environment = Environment::custom(fixture.sandbox().baseUrl());
        const QString clientSecret = u"demo-secret"_s;
        QString token;
        QStringList channelIds;
        {
            const EverythingLogged everything;
            QVERIFY(QLoggingCategory("qt.network.access").isDebugEnabled());
            // The client-credentials grant: the secret goes out in a Basic authorization.
            ClientCredentials grant(environment);
            QSignalSpy granted(&grant, &ClientCredentials::finished);
            grant.request(u"demo-client"_s, clientSecret);
            QVERIFY(granted.wait(10'000));
            const auto result
                = granted.constFirst().constFirst().value<ClientCredentials::Result>();
            QVERIFY2(result.ok(), qPrintable(result.message));
            token = result.accessToken;

            // The REST client and the feed with that token: a Bearer authorization on each call.
            const Clock &clock = fixture.sandbox().scheduler().clock();
            RestClient client(environment, clock);
            client.setAccessToken(token);
            const ApiResult queues = await(client.get(u"/api/v2/routing/queues"_s));
            QVERIFY2(queues.ok(), qPrintable(queues.describe()));
            GenesysApi genesys(client);
            NotificationFeed feed(genesys, clock);
            feed.setQueues({fixture.sandbox().organisation().queues().constFirst().id});
            feed.start();
            QTRY_COMPARE_WITH_TIMEOUT(feed.state(), NotificationFeed::State::Live, 15'000);
            // The channel's id opens its WebSocket with no other credential (reference 7.3).
            const auto *record = fixture.sandbox().auth().record(token);
            QVERIFY(record);
            for (const auto *channel : fixture.sandbox().notifications().channelsOf(*record, true))
                channelIds.append(channel->id);
            feed.stop();
        }
        QVERIFY(!token.isEmpty());
        QVERIFY(!channelIds.isEmpty());
        // Ours spoke at debug level (Qt's own were on too, see EverythingLogged, but have little
        // to say about plain loopback HTTP once qt.httpserver's header dump is kept out).
        QStringList categories;
        for (const QString &line : std::as_const(g_logged))
            categories.append(line.section(u':', 0, 0));
        categories.removeDuplicates();
        QVERIFY2(!categories.filter(u"idleguard.genesys"_s).isEmpty(),
                 qPrintable(categories.join(u' ')));
        const QString basic
            = QString::fromLatin1((u"demo-client:"_s + clientSecret).toUtf8().toBase64());
        for (const QString &line : std::as_const(g_logged)) {
            QVERIFY2(!line.contains(token), qPrintable(line));
            QVERIFY2(!line.contains(clientSecret), qPrintable(line));
            QVERIFY2(!line.contains(basic), qPrintable(line));
            QVERIFY2(!line.contains("Authorization"_L1, Qt::CaseInsensitive), qPrintable(line));
            for (const QString &id : std::as_const(channelIds))
                QVERIFY2(!line.contains(id), qPrintable(line));
        }
    }

private:
    // Through every address of this machine that is not loopback, nothing answers on `port`.
    static void expectNoAnswerOffLoopback(quint16 port)
    {
        const QList<QHostAddress> others = NetworkProbe::ownNonLoopbackAddresses();
        if (others.isEmpty())
            QSKIP("this machine has no address but loopback: the bound address was checked");
        for (const QHostAddress &address : others)
            QVERIFY2(!NetworkProbe::accepts(address, port), qPrintable(address.toString()));
    }
};

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
