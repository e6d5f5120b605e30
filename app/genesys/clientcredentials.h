#pragma once

#include "environment.h"

#include <QNetworkAccessManager>
#include <QObject>

namespace IdleGuard::Genesys {

// The client-credentials grant for the headless mode: POST /oauth/token on the login host with
// the client id and secret as Basic authentication (reference section 2.3). The token has no
// user; it acts with the role assigned to the OAuth client.
class ClientCredentials final : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok() const { return !accessToken.isEmpty(); }
        QString accessToken;
        qint64 expiresAtMs = 0;
        int status = 0; // HTTP status, 0 when the login host was not reached
        QString error; // OAuth error code (invalid_client, ...) when there is one
        QString message; // for people; empty on success
        // The login host did not answer, or refused for now (429, 408, 5xx): asking again
        // later may succeed. A refusal of the credentials (400, 401) is never temporary.
        bool temporary = false;
        int retryAfterSeconds = -1; // the answer's Retry-After, -1 when it had none
    };

    explicit ClientCredentials(const Environment &environment, QObject *parent = nullptr);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Requests a token; finished() follows exactly once per call.
    void request(const QString &clientId, const QString &clientSecret);

signals:
    void finished(const IdleGuard::Genesys::ClientCredentials::Result &result);

private:
    Environment m_environment;
    QNetworkAccessManager m_network;
    int m_timeoutMs = 30'000;
};

} // namespace IdleGuard::Genesys
