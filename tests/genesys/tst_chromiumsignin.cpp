// The one end-to-end sign-in with a real browser: headless Chromium, driven by chromedriver over
// the W3C WebDriver HTTP API, opens the sandbox's sign-in page that PkceSignIn asks for, clicks
// "Sign in", and is redirected to PkceSignIn's loopback handler. Skipped only when chromium or
// chromedriver is not installed (packaging/deps/test.txt lists both; CI installs them).

#include "genesys/pkcesignin.h"
#include "sandbox/sandbox.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace IdleGuard;
using namespace IdleGuard::Genesys;
using namespace IdleGuard::Sandbox;
using namespace Qt::StringLiterals;

namespace {

const auto kElementKey = "element-6066-11e4-a52e-4f735466cecf"_L1; // W3C WebDriver element id

// chromedriver on a free loopback port with one headless Chromium session.
class WebDriver
{
public:
    ~WebDriver() { stop(); }

    QString start(const QString &chromedriver, const QString &chromium)
    {
        QTcpServer probe; // a free port: chromedriver needs one named
        if (!probe.listen(QHostAddress::LocalHost))
            return u"no free port"_s;
        m_port = probe.serverPort();
        probe.close();

        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(chromedriver, {u"--port=%1"_s.arg(m_port)});
        if (!m_process.waitForStarted(10'000))
            return u"chromedriver did not start: "_s + m_process.errorString();
        // It prints this line once it listens; then /status says whether it is ready.
        QByteArray output;
        const bool started = QTest::qWaitFor(
            [&] {
                output += m_process.readAll();
                return output.contains("started successfully")
                    || m_process.state() != QProcess::Running;
            },
            20'000);
        if (!started || m_process.state() != QProcess::Running)
            return u"chromedriver did not come up: "_s + QString::fromUtf8(output);
        const QJsonObject status = call("GET", u"/status"_s);
        if (!status.value("value"_L1).toObject().value("ready"_L1).toBool())
            return u"chromedriver is not ready: "_s
                + QString::fromUtf8(QJsonDocument(status).toJson(QJsonDocument::Compact));

        const QJsonObject options {
            {u"binary"_s, chromium},
            {u"args"_s,
             QJsonArray {u"--headless=new"_s, u"--no-sandbox"_s, u"--disable-gpu"_s,
                         u"--disable-dev-shm-usage"_s, u"--no-proxy-server"_s, u"--no-first-run"_s,
                         QString(u"--user-data-dir="_s + m_profile.path())}}};
        const QJsonObject session = call(
            "POST", u"/session"_s,
            QJsonObject {{u"capabilities"_s,
                          QJsonObject {{u"alwaysMatch"_s,
                                        QJsonObject {{u"browserName"_s, u"chrome"_s},
                                                     {u"goog:chromeOptions"_s, options}}}}}});
        m_session = session.value("value"_L1).toObject().value("sessionId"_L1).toString();
        if (m_session.isEmpty())
            return u"no WebDriver session: "_s
                + QString::fromUtf8(QJsonDocument(session).toJson(QJsonDocument::Compact));
        return {};
    }

    // The launcher: navigate, find the sign-in button, click it; each step when the last ended.
    PkceSignIn::Launcher launcher()
    {
        return [this](const QUrl &url) {
            send("POST", sessionPath(u"/url"_s), QJsonObject {{u"url"_s, url.toString()}},
                 [this](const QJsonObject &) {
                     send(
                         "POST", sessionPath(u"/element"_s),
                         QJsonObject {{u"using"_s, u"css selector"_s}, {u"value"_s, u"#signin"_s}},
                         [this](const QJsonObject &found) {
                             const QString element
                                 = found.value("value"_L1).toObject().value(kElementKey).toString();
                             if (element.isEmpty()) {
                                 qWarning() << "no #signin button:" << found;
                                 return;
                             }
                             clicked = true;
                             send("POST", sessionPath(u"/element/%1/click"_s.arg(element)),
                                  QJsonObject {}, [](const QJsonObject &) {});
                         });
                 });
            return true;
        };
    }

    QString pageSource()
    {
        return call("GET", sessionPath(u"/source"_s)).value("value"_L1).toString();
    }

    void stop()
    {
        if (!m_session.isEmpty()) {
            call("DELETE", u"/session/"_s + m_session);
            m_session.clear();
        }
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10'000)) {
                m_process.kill();
                m_process.waitForFinished(5000);
            }
        }
    }

    bool clicked = false;

private:
    QString sessionPath(const QString &rest) const { return u"/session/"_s + m_session + rest; }

    QNetworkReply *request(const QByteArray &verb, const QString &path, const QJsonObject &body)
    {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        request.setTransferTimeout(60'000);
        const QByteArray data = verb == "POST" ? QJsonDocument(body).toJson() : QByteArray();
        return m_network.sendCustomRequest(request, verb, data);
    }

    void send(const QByteArray &verb, const QString &path, const QJsonObject &body,
              std::function<void(const QJsonObject &)> then)
    {
        QNetworkReply *reply = request(verb, path, body);
        QObject::connect(reply, &QNetworkReply::finished, &m_network,
                         [reply, then = std::move(then)] {
                             reply->deleteLater();
                             then(QJsonDocument::fromJson(reply->readAll()).object());
                         });
    }

    QJsonObject call(const QByteArray &verb, const QString &path, const QJsonObject &body = {})
    {
        QNetworkReply *reply = request(verb, path, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(60'000);
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    QProcess m_process;
    quint16 m_port = 0;
    QTemporaryDir m_profile;
    QNetworkAccessManager m_network;
    QString m_session;
};

} // namespace

class TestChromiumSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules(u"idleguard.sandbox.*.info=false"_s); }

    void signsInWithHeadlessChromium()
    {
        const QString chromedriver = QStandardPaths::findExecutable(u"chromedriver"_s);
        QString chromium = QStandardPaths::findExecutable(u"chromium"_s);
        if (chromium.isEmpty())
            chromium = QStandardPaths::findExecutable(u"chromium-browser"_s);
        if (chromedriver.isEmpty() || chromium.isEmpty())
            QSKIP("needs chromium and chromedriver (Debian: chromium, chromium-driver)");

        SandboxFixture fixture;
        QVERIFY(fixture.start());
        WebDriver driver;
        const QString problem = driver.start(chromedriver, chromium);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        PkceSignIn signIn(Environment::custom(fixture.sandbox().baseUrl()));
        signIn.setLauncher(driver.launcher());
        signIn.setTimeoutMs(60'000);
        QSignalSpy signedIn(&signIn, &PkceSignIn::signedIn);
        QSignalSpy failed(&signIn, &PkceSignIn::failed);
        signIn.start();
        QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty() || !failed.isEmpty(), 60'000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QVERIFY(driver.clicked);

        const QString token = signedIn.constFirst().constFirst().toString();
        const SandboxClient::Reply me = fixture.client().get(u"/api/v2/users/me"_s, token);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value("name"_L1).toString(), u"Sam Supervisor"_s);
        // The browser shows the friendly page of the loopback handler.
        QTRY_VERIFY_WITH_TIMEOUT(driver.pageSource().contains("You can close this tab"_L1), 10'000);
        driver.stop();
    }
};

QTEST_GUILESS_MAIN(TestChromiumSignIn)
#include "tst_chromiumsignin.moc"
