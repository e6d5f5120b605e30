#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace IdleGuard::Sandbox {

class Organisation;
class EventScheduler;
struct SandboxOAuthClient;

struct TokenRecord
{
    QString clientId;
    QString userId; // empty for client-credentials tokens
    QString grantType; // authorization_code, implicit, client_credentials, refresh_token
    qint64 issuedMs = 0;
    qint64 expiresMs = 0;
    bool revoked = false;
    QString key; // stable non-secret id of the token (rate limits, channels, logs)
};

// The login host of the sandbox: authorization codes (with PKCE S256), access tokens for the
// code, implicit, client-credentials and refresh grants, and the checks every API call makes
// on its bearer token. Error spellings follow reference section 2.3.
class AuthService
{
public:
    enum class TokenState { Valid, Missing, Unknown, Expired, Revoked };

    struct TokenCheck
    {
        TokenState state = TokenState::Missing;
        QString token;
        const TokenRecord *record = nullptr;
    };

    // Outcome of the token endpoint: HTTP status and JSON body.
    struct Reply
    {
        int status = 200;
        QJsonObject body;
    };

    // Validation of an authorize request before the sign-in page is shown.
    struct AuthorizeCheck
    {
        // Problems that must not be redirected (unknown client, unregistered redirect URI):
        // shown on the page itself, as OAuth requires.
        QString pageError;
        // Problems reported back to the redirect URI as ?error=...&error_description=...
        QString redirectError;
        QString redirectErrorDescription;
    };

    AuthService(const Organisation &organisation, const EventScheduler &scheduler);

    void setTokenLifetimeOverride(int seconds) { m_lifetimeOverrideSeconds = seconds; }
    void setCodeLifetimeMs(qint64 ms) { m_codeLifetimeMs = ms; }

    AuthorizeCheck checkAuthorize(const QUrlQuery &query) const;
    // After the supervisor signed in on the page: the URL to redirect the browser to.
    QString completeAuthorize(const QUrlQuery &query, const QString &userId);

    Reply token(const QUrlQuery &form, const QByteArray &authorizationHeader);

    TokenCheck check(const QByteArray &authorizationHeader) const;
    const TokenRecord *record(const QString &token) const;
    void revoke(const QString &token);
    // Revokes every token; returns their keys.
    QStringList revokeAll();
    int liveTokenCount() const;
    // Every token issued to clientId, newest last, as {accessToken, grantType, issuedMs,
    // expiresMs, revoked}: GET /sandbox/tokens, so that a soak can search its logs for the
    // actual values a client was given.
    QJsonArray issuedTokens(const QString &clientId) const;

    // Issues a token directly (tests, and the demo's in-process sign-in).
    QString issueToken(const QString &clientId, const QString &userId, const QString &grantType);

    static bool isValidCodeVerifier(const QString &verifier);
    // redirectUri plus the parameters, percent-encoded, in the query or (implicit grant) the
    // fragment. Empty values are left out.
    static QString redirectWith(const QString &redirectUri,
                                const QList<std::pair<QString, QString>> &parameters,
                                bool inFragment);
    static QString challengeFor(const QString &verifier);

private:
    struct AuthCode
    {
        QString clientId;
        QString redirectUri;
        QString challenge;
        QString userId;
        qint64 expiresMs = 0;
        bool used = false;
    };

    Reply error(int status, const QString &error, const QString &description) const;
    Reply tokenReply(const QString &token, const TokenRecord &record, const QString &refresh) const;
    const SandboxOAuthClient *basicClient(const QByteArray &authorizationHeader,
                                          bool *presented) const;
    int lifetimeSeconds(const SandboxOAuthClient &client) const;
    static QString randomSecret();

    const Organisation &m_organisation;
    const EventScheduler &m_scheduler;
    QHash<QString, AuthCode> m_codes;
    QHash<QString, TokenRecord> m_tokens;
    QHash<QString, QString> m_refreshTokens; // refresh token -> access token it renews
    int m_lifetimeOverrideSeconds = 0;
    qint64 m_codeLifetimeMs = 5 * 60 * 1000;
    int m_keySequence = 0;
};

} // namespace IdleGuard::Sandbox
