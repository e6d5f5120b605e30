#pragma once

#include "core/clock.h"
#include "environment.h"

#include <QObject>
#include <QPointer>

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
class Session final : public QObject
{
    Q_OBJECT

public:
    enum class State { SignedOut, SigningIn, SignedIn, Failed };
    Q_ENUM(State)

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

    void signIn();
    void signOut();

signals:
    void stateChanged(IdleGuard::Genesys::Session::State state);
    void signedIn();
    // A new access token, for components with their own REST client (the enforcement worker).
    void accessTokenChanged(const QString &token);
    void signedOut();
    void failed(const QString &message);

private:
    void restore();
    void authenticate();
    void accept(const QString &token, qint64 expiresAtMs);
    void fail(const QString &message);
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
};

} // namespace IdleGuard::Genesys
