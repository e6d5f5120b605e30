#pragma once

#include "backoffpolicy.h"
#include "core/clock.h"
#include "environment.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace IdleGuard::Genesys {

class ClientCredentials;
class NotificationFeed;
class PkceSignIn;
class RestClient;
class TokenStore;
struct ApiResult;

// Who Idle Guard is signed in as, and keeping it so. signIn() first restores the token stored
// for this environment and client (checked with HEAD /api/v2/tokens/me), otherwise signs in:
// in the browser with PKCE (interactive) or with client credentials (headless). A new token is
// saved to the store and handed to the REST client and the feed. A 401 during work starts a
// fresh sign-in without dropping what the feed holds; the feed resumes with the new token.
// signOut() revokes the token on the platform and forgets it.
// A client-credentials sign-in that the login host refuses for now (no answer, 408, 429, 5xx)
// is tried again, after Retry-After when the answer has one, else after a jittered backoff,
// until it succeeds, the credentials are refused (400, 401: failed()) or it is cancelled.
class Session final : public QObject
{
    Q_OBJECT

public:
    enum class State { SignedOut, SigningIn, SignedIn, Failed };
    Q_ENUM(State)
    // How the session waits before signing in again: QTimer by default; tests inject.
    using Delay = std::function<void(qint64 ms, std::function<void()> then)>;
    // The waits between client-credentials sign-ins refused for now; maxAttempts is not used
    // (it tries until it succeeds or is cancelled). Retry-After, when sent, is waited instead,
    // up to kMaxRetryAfterMs.
    static constexpr BackoffPolicy kDefaultSignInBackoff {1'000, 60'000, 0};
    static constexpr qint64 kMaxRetryAfterMs = 60 * 60 * 1000;

    Session(const Environment &environment, RestClient &client, TokenStore &store,
            const Clock &clock, QObject *parent = nullptr);
    ~Session() override;

    // Interactive: the browser sign-in to use (its client id keys the stored token).
    void useBrowser(PkceSignIn &signIn);
    // Headless: a confidential client's credentials.
    void useClientCredentials(const QString &clientId, const QString &clientSecret);
    // The feed to hand new tokens to, and whose sign-in requests to answer.
    void attachFeed(NotificationFeed &feed);

    State state() const { return m_state; }
    // Why the last sign-in failed, for people.
    QString message() const { return m_message; }
    QString storeKey() const;

    void setSignInBackoff(const BackoffPolicy &policy) { m_backoff = policy; }
    void setDelay(Delay delay) { m_delay = std::move(delay); }

    void signIn();
    void signOut();
    // Gives up a sign-in that waits to be tried again (state SignedOut); nothing otherwise.
    void cancelRetry();

signals:
    void stateChanged(IdleGuard::Genesys::Session::State state);
    void signedIn();
    // A new access token, for components with their own REST client (the enforcement worker).
    void accessTokenChanged(const QString &token);
    void signedOut();
    void failed(const QString &message);
    // A sign-in refused for now (`message` says how) is tried again in delayMs; still SigningIn.
    void retrying(const QString &message, qint64 delayMs);

private:
    void restore();
    void authenticate();
    void accept(const QString &token, qint64 expiresAtMs);
    void fail(const QString &message);
    void retryLater(const QString &message, int status, int retryAfterSeconds);
    void setState(State state);
    void onUnauthorized();

    Environment m_environment;
    RestClient &m_client;
    TokenStore &m_store;
    const Clock &m_clock;
    QPointer<PkceSignIn> m_browser;
    QPointer<NotificationFeed> m_feed;
    ClientCredentials *m_credentials = nullptr;
    QString m_clientId;
    QString m_clientSecret;
    State m_state = State::SignedOut;
    QString m_message;
    BackoffPolicy m_backoff = kDefaultSignInBackoff;
    Delay m_delay;
    int m_retries = 0; // sign-ins refused for now in a row
    quint64 m_retryGeneration = 0; // a waiting retry runs only while this is unchanged
    bool m_retryWaiting = false;
};

} // namespace IdleGuard::Genesys
