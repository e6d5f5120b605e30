#include "session.h"

#include "clientcredentials.h"
#include "genesyslogging.h"
#include "notificationfeed.h"
#include "pkcesignin.h"
#include "restclient.h"
#include "tokenstore.h"

#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

namespace IdleGuard::Genesys {

using namespace Qt::StringLiterals;

namespace {
// A stored token this close to its expiry is not worth restoring.
constexpr qint64 kMinimumRemainingMs = 5 * 60 * 1000;
} // namespace

Session::Session(const Environment &environment, RestClient &client, TokenStore &store,
                 const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_environment(environment)
    , m_client(client)
    , m_store(store)
    , m_clock(clock)
{
    connect(&m_client, &RestClient::unauthorized, this, &Session::onUnauthorized);
    m_delay = [this](qint64 ms, std::function<void()> then) {
        QTimer::singleShot(std::chrono::milliseconds(ms), this, std::move(then));
    };
}

Session::~Session() = default;

void Session::useBrowser(PkceSignIn &signIn)
{
    m_browser = &signIn;
    m_clientId = signIn.clientId();
    connect(&signIn, &PkceSignIn::signedIn, this, &Session::accept);
    connect(&signIn, &PkceSignIn::failed, this, &Session::fail);
}

void Session::useClientCredentials(const QString &clientId, const QString &clientSecret)
{
    m_clientId = clientId;
    m_clientSecret = clientSecret;
    if (!m_credentials) {
        m_credentials = new ClientCredentials(m_environment, this);
        connect(m_credentials, &ClientCredentials::finished, this,
                [this](const ClientCredentials::Result &result) {
                    if (m_state != State::SigningIn)
                        return; // cancelled or signed out meanwhile
                    if (result.ok())
                        accept(result.accessToken, result.expiresAtMs);
                    else if (result.temporary)
                        retryLater(result.message, result.status, result.retryAfterSeconds);
                    else
                        fail(result.message);
                });
    }
}

void Session::attachFeed(NotificationFeed &feed)
{
    m_feed = &feed;
    connect(&feed, &NotificationFeed::signInNeeded, this, &Session::onUnauthorized);
}

QString Session::storeKey() const
{
    return TokenStore::keyFor(m_environment, m_clientId);
}

void Session::signIn()
{
    if (m_state == State::SigningIn)
        return;
    m_message.clear();
    setState(State::SigningIn);
    restore();
}

void Session::restore()
{
    m_store.load(storeKey(), [this](const TokenStore::Entry &entry, const QString &error) {
        if (!error.isEmpty())
            qCWarning(lcGenesysAuth) << "token store:" << error; // then sign in afresh
        if (entry.isEmpty() || entry.expiresAtMs - m_clock.nowMs() < kMinimumRemainingMs) {
            authenticate();
            return;
        }
        // A stored token may have been revoked meanwhile: ask before relying on it.
        m_client.setAccessToken(entry.accessToken);
        RestCall *check = m_client.head(u"/api/v2/tokens/me"_s);
        connect(check, &RestCall::finished, this, [this, entry](const ApiResult &result) {
            if (result.ok()) {
                qCInfo(lcGenesysAuth) << "restored the stored token";
                accept(entry.accessToken, entry.expiresAtMs);
            } else if (m_state == State::SigningIn) {
                authenticate();
            }
        });
    });
}

void Session::authenticate()
{
    if (m_credentials && !m_clientSecret.isEmpty()) {
        m_credentials->request(m_clientId, m_clientSecret);
    } else if (m_browser) {
        if (!m_browser->isActive())
            m_browser->start();
    } else {
        fail(tr("No way to sign in was configured."));
    }
}

void Session::retryLater(const QString &message, int status, int retryAfterSeconds)
{
    const qint64 delayMs = retryAfterSeconds >= 0
        ? std::min(qint64(retryAfterSeconds) * 1000, kMaxRetryAfterMs)
        : m_backoff.delayMs(m_retries, QRandomGenerator::global()->generateDouble());
    ++m_retries;
    const QString why = status == 0
        ? u"the login host did not answer the sign-in ("_s + message + u')'
        : u"the login host refused the sign-in for now (HTTP %1: %2)"_s.arg(status).arg(message);
    qCWarning(lcGenesysAuth).noquote().nospace()
        << why << ": trying again in " << delayMs << " ms"
        << (retryAfterSeconds >= 0 ? " as its Retry-After asks" : "") << " (retry " << m_retries
        << ")";
    m_retryWaiting = true;
    const quint64 generation = ++m_retryGeneration;
    emit retrying(message, delayMs);
    m_delay(delayMs, [this, generation] {
        if (generation != m_retryGeneration || m_state != State::SigningIn)
            return;
        m_retryWaiting = false;
        authenticate();
    });
}

void Session::cancelRetry()
{
    if (!m_retryWaiting)
        return;
    m_retryWaiting = false;
    ++m_retryGeneration;
    m_retries = 0;
    qCInfo(lcGenesysAuth) << "no longer trying to sign in";
    setState(State::SignedOut);
}

void Session::accept(const QString &token, qint64 expiresAtMs)
{
    m_retries = 0;
    m_retryWaiting = false;
    m_client.setAccessToken(token);
    if (m_feed)
        m_feed->setAccessToken(token);
    m_store.save(storeKey(), token, expiresAtMs, [](const QString &error) {
        if (!error.isEmpty())
            qCWarning(lcGenesysAuth) << "could not keep the token in the keychain:" << error;
    });
    m_message.clear();
    emit accessTokenChanged(token);
    setState(State::SignedIn);
    emit signedIn();
}

void Session::fail(const QString &message)
{
    m_retries = 0;
    m_retryWaiting = false;
    m_message = message;
    setState(State::Failed);
    emit failed(message);
}

void Session::onUnauthorized()
{
    // Only a session that was working re-authenticates; one sign-in at a time.
    if (m_state != State::SignedIn)
        return;
    qCInfo(lcGenesysAuth) << "the platform refused the token: signing in again";
    setState(State::SigningIn);
    authenticate();
}

void Session::signOut()
{
    if (m_retryWaiting) {
        m_retryWaiting = false;
        ++m_retryGeneration;
        m_retries = 0;
    }
    if (m_browser && m_browser->isActive())
        m_browser->cancel();
    if (m_feed)
        m_feed->stop();
    auto forget = [this] {
        m_store.remove(storeKey(), [this](const QString &error) {
            if (!error.isEmpty())
                qCWarning(lcGenesysAuth)
                    << "could not remove the token from the keychain:" << error;
            m_client.setAccessToken({});
            setState(State::SignedOut);
            emit signedOut();
        });
    };
    if (!m_client.hasAccessToken()) {
        forget();
        return;
    }
    // Revoke on the platform too; best effort: the token is forgotten here either way.
    connect(m_client.deleteResource(u"/api/v2/tokens/me"_s), &RestCall::finished, this, forget);
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace IdleGuard::Genesys
