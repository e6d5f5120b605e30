#pragma once

#include "corspolicy.h"

#include <QHash>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

class QHttpServer;
class QHttpServerResponder;

namespace IdleGuard::Sandbox {

class AuthService;
class EventScheduler;
class FaultInjector;
class Organisation;
class RateLimiter;
struct TokenRecord;

// What a route handler answers. Error bodies are Genesys ErrorBody objects (reference 3.2).
struct ApiReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;

    static ApiReply json(const QJsonObject &object, int status = 200);
    static ApiReply json(const QJsonArray &array, int status = 200);
    static ApiReply jsonString(const QString &text, int status);
    static ApiReply empty(int status);
    static ApiReply error(int status, const QString &code, const QString &message);
    static ApiReply notFound(const QString &what = {});
    static ApiReply badRequest(const QString &message);
    // 403 naming the permissions of which the caller has none (reference 3.2).
    static ApiReply missingPermissions(const QStringList &anyOf);
    static ApiReply html(const QString &page, int status = 200);
    static ApiReply redirect(const QString &location);
};

// What a route handler gets: the HTTP request, the path's captured segments and, on API
// routes, the caller's token.
struct ApiRequest
{
    const QHttpServerRequest &http;
    QStringList args;
    const TokenRecord *token = nullptr;
    QString tokenValue;

    QString arg(int index) const { return args.value(index); }
    // The JSON body; on a syntax error or a non-JSON content type, *error holds the 400/415.
    std::optional<QJsonValue> jsonBody(ApiReply *error, bool required = true) const;
    // The caller's permissions (the user's, or the OAuth client's for client credentials).
    QStringList permissions(const Organisation &organisation) const;
    // The 403 to answer when the caller has none of `anyOf`; std::nullopt when allowed.
    std::optional<ApiReply> refusal(const QStringList &anyOf,
                                    const Organisation &organisation) const;
};

// The one way requests reach the sandbox's handlers. Registers routes on QHttpServer (its
// router parses paths and captures ids) and wraps every handler in the same steps, in the order
// Genesys applies them: injected faults, bearer token check, rate limit, permissions, handler,
// then the correlation, rate-limit and CORS headers and any injected latency. CORS preflights
// (OPTIONS, which no route takes) are answered here too.
class HttpPipeline final : public QObject
{
    Q_OBJECT

public:
    enum class Access {
        Open, // login host pages and the token endpoint
        Token, // /api/v2: needs a valid bearer token, counts against the rate limit
        Control // /sandbox/: never faulted, never rate limited
    };
    using Handler = std::function<ApiReply(const ApiRequest &)>;

    HttpPipeline(QHttpServer &server, AuthService &auth, RateLimiter &rateLimiter,
                 FaultInjector &faults, const Organisation &organisation,
                 const EventScheduler &scheduler, QObject *parent = nullptr);

    // pattern uses QHttpServer's "<arg>" placeholders; a handler sees them in ApiRequest::args.
    void route(const QString &pattern, QHttpServerRequest::Methods methods, Access access,
               const QStringList &anyPermission, Handler handler);
    void route(const QString &pattern, QHttpServerRequest::Methods methods, Access access,
               Handler handler)
    {
        route(pattern, methods, access, {}, std::move(handler));
    }

    qint64 requestCount() const { return m_requestCount; }
    // API requests (those that need a token) per endpoint since start, answered or refused:
    // "PATCH /api/v2/conversations/messages/{}/participants/{}/attributes" -> count. What the
    // benchmarks count a client's request cost with.
    QHash<QString, qint64> apiRequestsByEndpoint() const { return m_byEndpoint; }
    // The same for each valid token that made them: which client connection did what (a
    // worker with a token of its own, HeadlessConfig::ownWorkerToken).
    QHash<QString, QHash<QString, qint64>> apiRequestsByToken() const { return m_byToken; }
    const CorsPolicy &cors() const { return m_cors; }

private:
    void serve(Access access, const QStringList &anyPermission, const Handler &handler,
               const QString &endpoint, QStringList args, const QHttpServerRequest &request,
               QHttpServerResponder &&responder);
    // Requests for no route: a CORS preflight, or a 404.
    void serveUnrouted(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    // control: a /sandbox/ route, which injected latency never delays.
    void respond(ApiReply reply, const QHttpServerRequest &request,
                 QHttpServerResponder &&responder, bool control);

    QHttpServer &m_server;
    AuthService &m_auth;
    RateLimiter &m_rateLimiter;
    FaultInjector &m_faults;
    const Organisation &m_organisation;
    const EventScheduler &m_scheduler;
    CorsPolicy m_cors;
    qint64 m_requestCount = 0;
    QHash<QString, qint64> m_byEndpoint;
    QHash<QString, QHash<QString, qint64>> m_byToken;
};

} // namespace IdleGuard::Sandbox
