#pragma once

#include "apiresult.h"
#include "backoffpolicy.h"
#include "environment.h"
#include "ratebudget.h"

#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace IdleGuard::Genesys {

// One call in flight; emits finished() once, then deletes itself.
class RestCall final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    void finished(const IdleGuard::Genesys::ApiResult &result);
};

// HTTP to the Genesys Cloud API on QNetworkAccessManager: bearer token, JSON in and out, the
// client-side rate budget, and retries. Requests that may be repeated safely are retried on
// timeouts and 5xx with jittered exponential backoff; requests that are not (sending a
// message) are never repeated after they may have reached the server — the caller checks
// state and decides. A 429 was not processed, so every kind waits for Retry-After and retries.
class RestClient final : public QObject
{
    Q_OBJECT

public:
    enum class Repeat { Safe, Never };
    // How the client waits (retry backoff, rate budget): QTimer by default; tests inject.
    using Delay = std::function<void(qint64 ms, std::function<void()> then)>;

    RestClient(const Environment &environment, const Clock &clock, QObject *parent = nullptr);
    ~RestClient() override;

    const Environment &environment() const { return m_environment; }
    // A different token also releases the requests held for one (setHoldOnUnauthorized).
    void setAccessToken(const QString &token);
    // After a 401, hold the request up to ms for a new token and send it again with that one
    // (once), instead of failing it at once. 0 (the default): fail with the 401.
    void setHoldOnUnauthorized(qint64 ms) { m_holdUnauthorizedMs = ms; }
    bool hasAccessToken() const { return !m_token.isEmpty(); }
    void setBackoff(const BackoffPolicy &policy) { m_backoff = policy; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setDelay(Delay delay) { m_delay = std::move(delay); }
    RateBudget &budget() { return *m_budget; }
    std::shared_ptr<RateBudget> sharedBudget() const { return m_budget; }
    // Another client of the same token (the worker's beside the feed's) counts against the
    // same budget: the platform limits the token, not the client.
    void shareBudget(std::shared_ptr<RateBudget> budget) { m_budget = std::move(budget); }
    // Requests on the wire or about to be (not those waiting for a retry or the rate budget).
    int requestsOnTheWire() const { return m_onTheWire + m_starting; }

    // While the returned scope lives, the requests started are urgent (RateBudget::Priority):
    // `const auto scope = client.urgent(); api.patchAttributes(...);`
    class UrgentScope
    {
    public:
        UrgentScope(RestClient &client, bool urgent)
            : m_client(client)
            , m_urgent(urgent)
        {
            m_client.m_urgentDepth += m_urgent ? 1 : 0;
        }
        ~UrgentScope() { m_client.m_urgentDepth -= m_urgent ? 1 : 0; }
        Q_DISABLE_COPY_MOVE(UrgentScope)

    private:
        RestClient &m_client;
        bool m_urgent;
    };
    [[nodiscard]] UrgentScope urgent(bool urgent = true) { return UrgentScope(*this, urgent); }
    // How long a request of this priority would wait for the rate budget now.
    qint64 budgetWaitMs(RateBudget::Priority priority) const { return m_budget->waitMs(priority); }

    RestCall *get(const QString &path, const QUrlQuery &query = {});
    RestCall *post(const QString &path, const QJsonValue &body, Repeat repeat);
    RestCall *put(const QString &path, const QJsonValue &body);
    RestCall *patch(const QString &path, const QJsonValue &body, Repeat repeat);
    RestCall *head(const QString &path);
    RestCall *deleteResource(const QString &path);

signals:
    // A 401: the token is missing, expired or revoked. Sign in again (or fetch a new token).
    void unauthorized(const IdleGuard::Genesys::ApiResult &result);
    // The last request on the wire came back (and its handlers ran).
    void quiet();

private:
    struct Pending;
    RestCall *start(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                    const QJsonValue &body, Repeat repeat);
    void send(const std::shared_ptr<Pending> &pending);
    void finish(const std::shared_ptr<Pending> &pending, class QNetworkReply *reply);
    void complete(const std::shared_ptr<Pending> &pending, ApiResult result);
    void retryLater(const std::shared_ptr<Pending> &pending, qint64 delayMs);

    Environment m_environment;
    std::shared_ptr<RateBudget> m_budget;
    BackoffPolicy m_backoff;
    QNetworkAccessManager m_network;
    QString m_token;
    int m_timeoutMs = 30'000;
    Delay m_delay;
    int m_onTheWire = 0;
    qint64 m_holdUnauthorizedMs = 0;
    QList<std::shared_ptr<Pending>> m_heldForToken;
    int m_starting = 0; // started, going out on the next turn of the event loop
    int m_urgentDepth = 0; // UrgentScope
};

} // namespace IdleGuard::Genesys
