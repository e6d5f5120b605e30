#pragma once

#include "environment.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QVariantMap>

#include <functional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;
QT_END_NAMESPACE

namespace IdleGuard::Genesys {

// Interactive sign-in of a person: the OAuth authorization code grant with PKCE (S256) in the
// system browser, as RFC 8252 asks of native apps (reference section 2). Wraps Qt's
// QOAuth2AuthorizationCodeFlow and a loopback reply handler on 127.0.0.1, and adds what Qt 6.4
// lacks: the PKCE parameters, a state check that fails loudly, a pre-flight of the authorize URL
// (the login host shows client and redirect-URI errors on its page and never redirects them), the
// token endpoint's error text, a timeout and cancel(). Ends every start() with exactly one
// signedIn() or failed(). Never logs the token, the code or the verifier.
class PkceSignIn final : public QObject
{
    Q_OBJECT

public:
    // Opens the URL in a browser; false when it could not. See BrowserLauncher.
    using Launcher = std::function<bool(const QUrl &url)>;

    static constexpr auto defaultClientId = "idleguard-desktop";
    static constexpr auto callbackPath = "/callback";
    static constexpr int defaultTimeoutMs = 5 * 60 * 1000;

    explicit PkceSignIn(const Environment &environment, QObject *parent = nullptr);
    ~PkceSignIn() override;

    void setClientId(const QString &clientId) { m_clientId = clientId; }
    QString clientId() const { return m_clientId; }
    // The loopback port; it must match the redirect URI registered on the OAuth client unless
    // the client accepts any loopback port. 0 picks a free one.
    void setPort(quint16 port) { m_port = port; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setLauncher(Launcher launcher) { m_launcher = std::move(launcher); }

    bool isActive() const { return m_active; }
    // http://127.0.0.1:<port>/callback while a sign-in is under way.
    QUrl redirectUri() const { return m_redirectUri; }

    void start();
    // Stops a sign-in under way; failed() reports it.
    void cancel();

    // PKCE (RFC 7636): a verifier of 64 characters from the unreserved set, and its S256
    // challenge BASE64URL(SHA-256(verifier)) without padding.
    static QString generateVerifier();
    static QString challengeFor(const QString &verifier);

signals:
    void signedIn(const QString &accessToken, qint64 expiresAtMs);
    void failed(const QString &message);

private:
    void preflight(const QUrl &authorizeUrl);
    void launchBrowser(const QUrl &authorizeUrl);
    void onCallback(const QVariantMap &values);
    void onNetworkFinished(QNetworkReply *reply);
    void onGranted();
    void fail(const QString &message);
    void finish();
    void discardAttempt();

    Environment m_environment;
    QString m_clientId = QString::fromLatin1(defaultClientId);
    quint16 m_port = 0;
    int m_timeoutMs = defaultTimeoutMs;
    Launcher m_launcher;

    bool m_active = false;
    QUrl m_redirectUri;
    QString m_state;
    QString m_verifier;
    QTimer m_timeout;
    // One attempt's objects (network access, loopback server, Qt's flow) live under this parent
    // so that a new attempt or the end of one drops them together.
    QPointer<QObject> m_attempt;
    QNetworkAccessManager *m_network = nullptr;
    QOAuthHttpServerReplyHandler *m_handler = nullptr;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
};

} // namespace IdleGuard::Genesys
