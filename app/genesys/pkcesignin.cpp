#include "pkcesignin.h"

#include "core/secretlogfilter.h"
#include "genesyslogging.h"
#include "oautherror.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace IdleGuard::Genesys {

using namespace Qt::StringLiterals;

namespace {

const QString kPageDone = u"<h1>Idle Guard</h1><p>Your sign-in reached Idle Guard. You can close "
                          "this tab and return to the app.</p>"_s;
const QString kPageFailed = u"<h1>Idle Guard</h1><p>The sign-in did not complete. Return to Idle "
                            "Guard to see why and to try again.</p>"_s;

// The readable text of an error page: the sandbox (and most login hosts) put the reason in an
// element of class "error"; otherwise the body without its markup.
QString pageText(const QByteArray &html)
{
    QString text = QString::fromUtf8(html);
    static const QRegularExpression errorElement(u"class=\"error\"[^>]*>([^<]*)<"_s);
    if (const QRegularExpressionMatch match = errorElement.match(text); match.hasMatch()) {
        text = match.captured(1);
    } else {
        static const QRegularExpression invisible(u"<(style|script|title|head)[^>]*>.*?</\\1>"_s,
                                                  QRegularExpression::DotMatchesEverythingOption
                                                      | QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression tag(u"<[^>]*>"_s);
        text.remove(invisible).replace(tag, u" "_s);
    }
    text.replace("&quot;"_L1, "\""_L1)
        .replace("&#39;"_L1, "'"_L1)
        .replace("&lt;"_L1, "<"_L1)
        .replace("&gt;"_L1, ">"_L1)
        .replace("&amp;"_L1, "&"_L1);
    text = text.simplified();
    return text.size() > 300 ? text.left(300) + u'…' : text;
}

QString randomUrlSafe(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(data.begin(), data.end());
    return QString::fromLatin1(
        data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

PkceSignIn::PkceSignIn(const Environment &environment, QObject *parent)
    : QObject(parent)
    , m_environment(environment)
{
    SecretLogFilter::install(); // Qt would log the authorize URL with its state
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        const int seconds = m_timeoutMs / 1000;
        fail(seconds >= 120 ? tr("The sign-in timed out: the browser did not come back within %n "
                                 "minute(s).",
                                 nullptr, seconds / 60)
                            : tr("The sign-in timed out: the browser did not come back within %n "
                                 "second(s).",
                                 nullptr, qMax(seconds, 1)));
    });
}

PkceSignIn::~PkceSignIn()
{
    m_active = false;
    discardAttempt();
}

QString PkceSignIn::generateVerifier()
{
    static constexpr char unreserved[]
        = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    QString verifier;
    verifier.reserve(64);
    for (int i = 0; i < 64; ++i)
        verifier.append(QLatin1Char(
            unreserved[QRandomGenerator::system()->bounded(int(sizeof(unreserved) - 1))]));
    return verifier;
}

QString PkceSignIn::challengeFor(const QString &verifier)
{
    const QByteArray digest
        = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(
        digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void PkceSignIn::start()
{
    if (m_active) {
        qCWarning(lcGenesysAuth) << "a sign-in is already under way";
        return;
    }
    discardAttempt();
    m_active = true;

    const QUrl authorizeUrl = m_environment.loginUrl(u"/oauth/authorize"_s);
    const QUrl tokenUrl = m_environment.loginUrl(u"/oauth/token"_s);
    if (const QString problem = Environment::transportProblem(authorizeUrl); !problem.isEmpty())
        return fail(problem);
    if (!m_launcher)
        return fail(tr("There is no way to open a browser for the sign-in."));

    m_attempt = new QObject(this);
    QObject *attempt = m_attempt;
    m_network = new QNetworkAccessManager(attempt);
    // The code exchange carries the code and the verifier: a login host's redirect must not take
    // them to another host (nor does the page check follow one).
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // Loopback only (RFC 8252 7.3): nothing else on the network may deliver a code to us.
    m_handler = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, m_port, attempt);
    if (!m_handler->isListening()) {
        return fail(m_port == 0 ? tr("Cannot listen on 127.0.0.1 for the sign-in answer.")
                                : tr("Cannot listen on 127.0.0.1 port %1 for the sign-in answer; "
                                     "is another program using it?")
                                      .arg(m_port));
    }
    // Qt 6.4's handler answers any path that starts with this one; the default is "/".
    m_handler->setCallbackPath(QString::fromLatin1(callbackPath));
    m_handler->setCallbackText(kPageDone);
    m_redirectUri = QUrl(m_handler->callback());

    m_state = randomUrlSafe(16);
    m_verifier = generateVerifier();

    m_flow = new QOAuth2AuthorizationCodeFlow(m_network, attempt);
    m_flow->setClientIdentifier(m_clientId);
    m_flow->setAuthorizationUrl(authorizeUrl);
    m_flow->setAccessTokenUrl(tokenUrl);
    m_flow->setReplyHandler(m_handler);
    m_flow->setState(m_state);
    // Qt 6.4 has no PKCE: add the challenge to the authorize URL and the verifier to the code
    // exchange. A public client has no secret; Qt sends client_secret only when one is set.
    const QString challenge = challengeFor(m_verifier);
    m_flow->setModifyParametersFunction(
        [this, challenge](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
            if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
                if (parameters->value(u"scope"_s).toString().isEmpty())
                    parameters->remove(u"scope"_s);
                parameters->replace(u"code_challenge"_s, challenge);
                parameters->replace(u"code_challenge_method"_s, u"S256"_s);
            } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
                parameters->replace(u"code_verifier"_s, m_verifier);
            }
        });

    // Connected before Qt's own handling (made in grant()) so that the state is checked first:
    // Qt 6.4 only logs a mismatching state and then waits forever.
    connect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, this,
            [this, attempt](const QVariantMap &values) {
                if (attempt == m_attempt)
                    onCallback(values);
            });
    connect(m_network, &QNetworkAccessManager::finished, this,
            [this, attempt, tokenUrl](QNetworkReply *reply) {
                if (attempt == m_attempt && reply->url() == tokenUrl)
                    onNetworkFinished(reply);
            });
    connect(m_flow, &QAbstractOAuth::granted, this, [this, attempt] {
        if (attempt == m_attempt)
            onGranted();
    });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, [this, attempt](const QUrl &url) {
        if (attempt == m_attempt)
            preflight(url);
    });

    qCInfo(lcGenesysAuth) << "signing in to" << m_environment.loginBase().toString() << "as client"
                          << m_clientId << "with the answer on" << m_redirectUri.toString();
    m_timeout.start(m_timeoutMs);
    m_flow->grant();
}

void PkceSignIn::preflight(const QUrl &authorizeUrl)
{
    // The login host shows an unknown client or an unregistered redirect URI on its own page
    // and never redirects, so the browser would just sit there. Ask first, without a browser.
    QNetworkRequest request(authorizeUrl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(30'000);
    QNetworkReply *reply = m_network->get(request);
    QObject *attempt = m_attempt;
    connect(reply, &QNetworkReply::finished, this, [this, attempt, reply, authorizeUrl] {
        reply->deleteLater();
        if (attempt != m_attempt || !m_active)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            return fail(tr("Cannot reach the login host %1: %2")
                            .arg(m_environment.loginBase().toString(), reply->errorString()));
        }
        if (status >= 400 && status < 500) {
            return fail(tr("The sign-in page refused this client id or redirect URI: %1")
                            .arg(pageText(reply->readAll())));
        }
        if (status >= 500)
            return fail(tr("The sign-in page is not available (HTTP status %1).").arg(status));
        launchBrowser(authorizeUrl);
    });
}

void PkceSignIn::launchBrowser(const QUrl &authorizeUrl)
{
    qCInfo(lcGenesysAuth) << "opening the sign-in page in the browser";
    if (!m_launcher(authorizeUrl))
        fail(tr("The browser could not be opened for the sign-in."));
}

void PkceSignIn::onCallback(const QVariantMap &values)
{
    if (!m_active)
        return;
    const QString error = values.value(u"error"_s).toString();
    const QString description = values.value(u"error_description"_s).toString();
    if (!error.isEmpty()) {
        m_handler->setCallbackText(kPageFailed);
        if (error == "access_denied"_L1) {
            return fail(description.isEmpty()
                            ? tr("The sign-in was denied in the browser.")
                            : tr("The sign-in was denied in the browser: %1.").arg(description));
        }
        return fail(tr("The login host refused the sign-in: %1 (%2).")
                        .arg(description.isEmpty() ? error : description, error));
    }
    if (values.value(u"state"_s).toString() != m_state) {
        // Not our request (or a tampered one): possibly a forged redirect. Never exchange it.
        m_handler->setCallbackText(kPageFailed);
        return fail(tr("The sign-in answer does not belong to this sign-in (state mismatch); "
                       "nothing was signed in. Please try again."));
    }
    if (values.value(u"code"_s).toString().isEmpty()) {
        m_handler->setCallbackText(kPageFailed);
        return fail(tr("The sign-in answer carried no authorization code."));
    }
    qCInfo(lcGenesysAuth) << "authorization code received, exchanging it for a token";
}

void PkceSignIn::onNetworkFinished(QNetworkReply *reply)
{
    if (!m_active)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        return fail(tr("Cannot reach the login host %1: %2")
                        .arg(m_environment.loginBase().toString(), reply->errorString()));
    }
    // Qt 6.4 drops error answers of the token endpoint with a bare warning; read them here.
    // peek() leaves the body for Qt's handler.
    if (status >= 400)
        fail(OAuthError::fromReply(status, reply->peek(reply->bytesAvailable())).message());
    else if (status >= 300) // not followed (see start()); Qt would wait for a token forever
        fail(tr("The login host answered the code exchange with HTTP status %1 instead of a token.")
                 .arg(status));
}

void PkceSignIn::onGranted()
{
    if (!m_active)
        return;
    const QString token = m_flow->token();
    const QDateTime expiration = m_flow->expirationAt();
    const qint64 expiresAtMs = expiration.isValid() ? expiration.toMSecsSinceEpoch() : 0;
    qCInfo(lcGenesysAuth) << "signed in as client" << m_clientId << "until"
                          << (expiration.isValid() ? expiration.toString(Qt::ISODate)
                                                   : u"(no expiry given)"_s);
    finish();
    emit signedIn(token, expiresAtMs);
}

void PkceSignIn::cancel()
{
    if (m_active)
        fail(tr("The sign-in was cancelled."));
}

void PkceSignIn::fail(const QString &message)
{
    if (!m_active)
        return;
    qCWarning(lcGenesysAuth).noquote() << "sign-in failed:" << message;
    finish();
    emit failed(message);
}

void PkceSignIn::finish()
{
    m_active = false;
    m_timeout.stop();
    m_verifier.clear();
    m_state.clear();
    // Stop accepting answers now, but keep the objects until the next attempt: the loopback
    // handler still has to send the browser its page after the callback that ended this one.
    if (m_handler)
        m_handler->close();
}

void PkceSignIn::discardAttempt()
{
    if (m_attempt) {
        // Abort first: Qt's flow connects its handler to replies without a context object.
        const auto replies = m_attempt->findChildren<QNetworkReply *>();
        QObject *attempt = m_attempt;
        m_attempt = nullptr;
        for (QNetworkReply *reply : replies)
            reply->abort();
        attempt->deleteLater();
    }
    m_network = nullptr;
    m_handler = nullptr;
    m_flow = nullptr;
    m_redirectUri.clear();
}

} // namespace IdleGuard::Genesys
