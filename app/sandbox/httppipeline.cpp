#include "httppipeline.h"

#include "authservice.h"
#include "core/logredaction.h"
#include "eventscheduler.h"
#include "faultinjector.h"
#include "organisation.h"
#include "ratelimiter.h"
#include "sandboxlogging.h"

#include <QHttpServer>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <memory>

namespace IdleGuard::Sandbox {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxRequestBytes = 512000; // request.bytes.max

QByteArray compact(const QJsonDocument &document)
{
    return document.toJson(QJsonDocument::Compact);
}

QString defaultMessage(int status)
{
    switch (status) {
    case 400:
        return u"The request could not be understood by the server due to malformed syntax."_s;
    case 401:
        return u"Invalid login credentials."_s;
    case 403:
        return u"You are not authorized to perform the requested action."_s;
    case 404:
        return u"The requested resource was not found."_s;
    case 408:
        return u"The client did not produce a request within the server timeout limit."_s;
    case 409:
        return u"The request conflicts with the current state of the resource."_s;
    case 413:
        return u"The request is over the size limit. Maximum bytes: 512000"_s;
    case 415:
        return u"Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header."_s;
    case 429:
        return u"Rate limit exceeded the maximum. Retry the request in [60] seconds"_s;
    case 503:
        return u"Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance)."_s;
    case 504:
        return u"The request timed out."_s;
    default:
        return u"The server encountered an unexpected condition which prevented it from fulfilling the request."_s;
    }
}

QString defaultCode(int status)
{
    switch (status) {
    case 400:
        return u"bad.request"_s;
    case 401:
        return u"bad.credentials"_s;
    case 403:
        return u"not.authorized"_s;
    case 404:
        return u"not.found"_s;
    case 408:
        return u"client.timeout"_s;
    case 409:
        return u"conflict"_s;
    case 413:
        return u"request.entity.too.large"_s;
    case 415:
        return u"unsupported.media.type"_s;
    case 429:
        return u"too.many.requests.retry.after"_s;
    case 503:
        return u"service.unavailable"_s;
    case 504:
        return u"request.timeout"_s;
    default:
        return u"internal.server.error"_s;
    }
}

ApiReply tooManyRequests(const RateLimiter::Decision &decision)
{
    ApiReply reply = ApiReply::error(
        429, u"too.many.requests.retry.after"_s,
        u"Rate limit exceeded the maximum. Retry the request in [%1] seconds"_s.arg(
            decision.resetSeconds));
    reply.headers.append({"Retry-After", QByteArray::number(decision.resetSeconds)});
    return reply;
}

// A dropped response: the request was served, then the connection is aborted without a byte of
// the answer, after the injected latency like any answer. QtHttpServer 6.4 copes with a socket
// aborted inside its handler (it deletes the socket once the handler returns).
void dropConnection(QHttpServerResponder &&responder, int latencyMs, QObject *context)
{
    QPointer<QTcpSocket> socket = responder.socket();
    if (latencyMs <= 0) {
        socket->abort();
        return;
    }
    // The responder stays alive, unwritten, until the socket is aborted.
    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    QTimer::singleShot(latencyMs, context, [pending, socket]() {
        if (socket)
            socket->abort();
    });
}

// DNS rebinding: a web page whose name resolves to 127.0.0.1 must not reach the sandbox.
bool addressedToLoopback(const QHttpServerRequest &request)
{
    const QString host = QString::fromLatin1(request.value("Host")).section(u':', 0, 0).toLower();
    return host.isEmpty() || host == "127.0.0.1"_L1 || host == "localhost"_L1;
}

ApiReply foreignHost()
{
    return ApiReply::badRequest(
        u"The sandbox only answers requests addressed to 127.0.0.1 or localhost."_s);
}

QString methodName(QHttpServerRequest::Method method)
{
    using Method = QHttpServerRequest::Method;
    switch (method) {
    case Method::Get:
        return u"GET"_s;
    case Method::Put:
        return u"PUT"_s;
    case Method::Delete:
        return u"DELETE"_s;
    case Method::Post:
        return u"POST"_s;
    case Method::Head:
        return u"HEAD"_s;
    case Method::Options:
        return u"OPTIONS"_s;
    case Method::Patch:
        return u"PATCH"_s;
    default:
        return u"OTHER"_s;
    }
}

} // namespace

ApiReply ApiReply::json(const QJsonObject &object, int status)
{
    return {status, compact(QJsonDocument(object)), "application/json", {}};
}

ApiReply ApiReply::json(const QJsonArray &array, int status)
{
    return {status, compact(QJsonDocument(array)), "application/json", {}};
}

ApiReply ApiReply::jsonString(const QString &text, int status)
{
    // A bare JSON string, as POST /conversations/{id}/disconnect answers.
    QByteArray body = compact(QJsonDocument(QJsonArray {text}));
    body = body.mid(1, body.size() - 2);
    return {status, body, "application/json", {}};
}

ApiReply ApiReply::empty(int status)
{
    return {status, {}, {}, {}};
}

ApiReply ApiReply::error(int status, const QString &code, const QString &message)
{
    const QJsonObject body {{u"message"_s, message.isEmpty() ? defaultMessage(status) : message},
                            {u"code"_s, code.isEmpty() ? defaultCode(status) : code},
                            {u"status"_s, status},
                            {u"messageParams"_s, QJsonObject()},
                            {u"details"_s, QJsonArray()},
                            {u"errors"_s, QJsonArray()}};
    return json(body, status);
}

ApiReply ApiReply::notFound(const QString &what)
{
    return error(404, u"not.found"_s,
                 what.isEmpty() ? defaultMessage(404)
                                : u"The requested %1 was not found."_s.arg(what));
}

ApiReply ApiReply::missingPermissions(const QStringList &anyOf)
{
    return error(
        403, anyOf.size() > 1 ? u"missing.any.permissions"_s : u"missing.permissions"_s,
        u"Unable to perform the requested action. You are missing the following permission(s): [%1]"_s
            .arg(anyOf.join(u", "_s)));
}

ApiReply ApiReply::badRequest(const QString &message)
{
    return error(400, u"bad.request"_s, message);
}

ApiReply ApiReply::html(const QString &page, int status)
{
    return {status, page.toUtf8(), "text/html; charset=utf-8", {}};
}

ApiReply ApiReply::redirect(const QString &location)
{
    ApiReply reply {302, {}, {}, {}};
    reply.headers.append({"Location", location.toUtf8()});
    return reply;
}

std::optional<QJsonValue> ApiRequest::jsonBody(ApiReply *error, bool required) const
{
    const QByteArray body = http.body();
    if (body.trimmed().isEmpty()) {
        if (!required)
            return QJsonValue();
        *error = ApiReply::badRequest(u"A request body is required."_s);
        return std::nullopt;
    }
    const QByteArray contentType = http.value("Content-Type").toLower();
    if (!contentType.isEmpty() && !contentType.contains("json")) {
        *error = ApiReply::error(415, u"unsupported.media.type"_s, {});
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = ApiReply::badRequest(
            u"The request could not be understood by the server due to malformed syntax: %1 at offset %2."_s
                .arg(parseError.errorString())
                .arg(parseError.offset));
        return std::nullopt;
    }
    if (document.isObject())
        return QJsonValue(document.object());
    return QJsonValue(document.array());
}

std::optional<ApiReply> ApiRequest::refusal(const QStringList &anyOf,
                                            const Organisation &organisation) const
{
    const QStringList granted = permissions(organisation);
    if (std::any_of(anyOf.cbegin(), anyOf.cend(),
                    [&](const QString &p) { return granted.contains(p); }))
        return std::nullopt;
    return ApiReply::missingPermissions(anyOf);
}

QStringList ApiRequest::permissions(const Organisation &organisation) const
{
    if (!token)
        return {};
    if (!token->userId.isEmpty()) {
        const SandboxUser *user = organisation.user(token->userId);
        return user ? user->permissions : QStringList();
    }
    const SandboxOAuthClient *client = organisation.client(token->clientId);
    return client ? client->permissions : QStringList();
}

HttpPipeline::HttpPipeline(QHttpServer &server, AuthService &auth, RateLimiter &rateLimiter,
                           FaultInjector &faults, const Organisation &organisation,
                           const EventScheduler &scheduler, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_auth(auth)
    , m_rateLimiter(rateLimiter)
    , m_faults(faults)
    , m_organisation(organisation)
    , m_scheduler(scheduler)
    , m_cors(organisation)
{
    m_server.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            serveUnrouted(request, std::move(responder));
        });
}

void HttpPipeline::serveUnrouted(const QHttpServerRequest &request,
                                 QHttpServerResponder &&responder)
{
    ++m_requestCount;
    if (!addressedToLoopback(request)) {
        respond(foreignHost(), request, std::move(responder), false);
        return;
    }
    // No route takes OPTIONS, so every preflight arrives here, for any path.
    if (CorsPolicy::isPreflight(request)) {
        respond(m_cors.preflight(request), request, std::move(responder), false);
        return;
    }
    const bool api = request.url().path().startsWith("/api/"_L1);
    respond(api ? ApiReply::notFound() : ApiReply {404, "Not found\n", "text/plain", {}}, request,
            std::move(responder), false);
}

void HttpPipeline::route(const QString &pattern, QHttpServerRequest::Methods methods, Access access,
                         const QStringList &anyPermission, Handler handler)
{
    QString endpoint = pattern;
    endpoint.replace("<arg>"_L1, "{}"_L1);
    auto serveWith = [this, access, anyPermission, handler,
                      endpoint](QStringList args, const QHttpServerRequest &request,
                                QHttpServerResponder &&responder) {
        serve(access, anyPermission, handler, endpoint, std::move(args), request,
              std::move(responder));
    };
    using Request = const QHttpServerRequest &;
    using Responder = QHttpServerResponder &&;
    switch (pattern.count("<arg>"_L1)) {
    case 0:
        m_server.route(pattern, methods, [serveWith](Request request, Responder responder) {
            serveWith({}, request, std::move(responder));
        });
        break;
    case 1:
        m_server.route(pattern, methods,
                       [serveWith](const QString &a, Request request, Responder responder) {
                           serveWith({a}, request, std::move(responder));
                       });
        break;
    case 2:
        m_server.route(
            pattern, methods,
            [serveWith](const QString &a, const QString &b, Request request, Responder responder) {
                serveWith({a, b}, request, std::move(responder));
            });
        break;
    case 3:
        m_server.route(pattern, methods,
                       [serveWith](const QString &a, const QString &b, const QString &c,
                                   Request request, Responder responder) {
                           serveWith({a, b, c}, request, std::move(responder));
                       });
        break;
    case 4:
        m_server.route(pattern, methods,
                       [serveWith](const QString &a, const QString &b, const QString &c,
                                   const QString &d, Request request, Responder responder) {
                           serveWith({a, b, c, d}, request, std::move(responder));
                       });
        break;
    default:
        qFatal("HttpPipeline::route: too many placeholders in %s", qPrintable(pattern));
    }
}

void HttpPipeline::serve(Access access, const QStringList &anyPermission, const Handler &handler,
                         const QString &endpoint, QStringList args,
                         const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    ++m_requestCount;
    if (access == Access::Token)
        ++m_byEndpoint[methodName(request.method()) + u' ' + endpoint];
    const QString path = request.url().path();
    ApiRequest api {request, std::move(args), nullptr, {}};
    std::optional<RateLimiter::Decision> budget;

    auto finish = [&](ApiReply reply) {
        if (budget) {
            reply.headers.append({"inin-ratelimit-count", QByteArray::number(budget->count)});
            reply.headers.append({"inin-ratelimit-allowed", QByteArray::number(budget->limit)});
            reply.headers.append(
                {"inin-ratelimit-reset", QByteArray::number(budget->resetSeconds)});
        }
        // The token endpoint speaks OAuth errors, not ErrorBody.
        if (path == "/oauth/token"_L1 && reply.status >= 400) {
            const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
            if (!body.contains("error"_L1)) {
                const QString description = body.value("message"_L1).toString();
                reply.body = compact(QJsonDocument(QJsonObject {
                    {u"error"_s, reply.status == 413 ? u"invalid_request"_s : u"server_error"_s},
                    {u"description"_s, description},
                    {u"error_description"_s, description}}));
            }
        }
        respond(std::move(reply), request, std::move(responder), access == Access::Control);
    };

    if (!addressedToLoopback(request)) {
        finish(foreignHost());
        return;
    }
    // Cross-site forms cannot send JSON without a preflight the sandbox never grants.
    if (access == Access::Control && request.method() == QHttpServerRequest::Method::Post
        && !request.value("Content-Type").toLower().contains("json")) {
        finish(ApiReply::error(415, u"unsupported.media.type"_s,
                               u"Control requests must be sent as application/json."_s));
        return;
    }

    if (access != Access::Control) {
        if (const auto failure = m_faults.failureFor(path)) {
            ApiReply reply = ApiReply::error(failure->status, {}, {});
            if (failure->status == 429) {
                const int limit = m_rateLimiter.limit();
                const int reset = failure->retryAfterSeconds;
                reply = tooManyRequests({false, limit, limit, reset});
                reply.headers.append({"inin-ratelimit-count", QByteArray::number(limit)});
                reply.headers.append({"inin-ratelimit-allowed", QByteArray::number(limit)});
                reply.headers.append({"inin-ratelimit-reset", QByteArray::number(reset)});
            }
            finish(std::move(reply));
            return;
        }
    }
    if (request.body().size() > kMaxRequestBytes) {
        finish(ApiReply::error(413, u"request.entity.too.large"_s, {}));
        return;
    }

    if (access == Access::Token) {
        const AuthService::TokenCheck check = m_auth.check(request.value("Authorization"));
        switch (check.state) {
        case AuthService::TokenState::Missing:
            finish(ApiReply::error(
                401, u"authentication.required"_s,
                u"No authentication bearer token specified in authorization header."_s));
            return;
        case AuthService::TokenState::Unknown:
        case AuthService::TokenState::Revoked:
            finish(ApiReply::error(401, u"bad.credentials"_s, u"Invalid login credentials."_s));
            return;
        case AuthService::TokenState::Expired:
            finish(ApiReply::error(401, u"credentials.expired"_s, u"The token has expired."_s));
            return;
        case AuthService::TokenState::Valid:
            break;
        }
        api.token = check.record;
        api.tokenValue = check.token;
        ++m_byToken[check.token][methodName(request.method()) + u' ' + endpoint];
        budget = m_rateLimiter.hit(check.record->key, m_scheduler.nowMs());
        if (!budget->allowed) {
            finish(tooManyRequests(*budget));
            return;
        }
        if (!anyPermission.isEmpty()) {
            if (auto refused = api.refusal(anyPermission, m_organisation)) {
                finish(std::move(*refused));
                return;
            }
        }
    }
    ApiReply reply = handler(api);
    // Only after the handler: its effect stays, just the answer never reaches the client.
    if (access != Access::Control && m_faults.dropResponseFor(path)) {
        qCDebug(lcSandboxHttp).noquote()
            << request.method() << path << reply.status << "dropped (fault)";
        dropConnection(std::move(responder), m_faults.latencyMs(), this);
        return;
    }
    finish(std::move(reply));
}

void HttpPipeline::respond(ApiReply reply, const QHttpServerRequest &request,
                           QHttpServerResponder &&responder, bool control)
{
    // A HEAD answer has the headers only (RFC 9110 9.3.2), or keep-alive clients misread.
    if (request.method() == QHttpServerRequest::Method::Head) {
        reply.body.clear();
        reply.contentType.clear();
    }
    const QByteArray correlation = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    // The error body's contextId is the response's correlation id, as on the real platform.
    if (reply.status >= 400 && reply.contentType == "application/json") {
        QJsonObject body = QJsonDocument::fromJson(reply.body).object();
        if (body.contains("code"_L1) && body.contains("status"_L1)) {
            body.insert("contextId"_L1, QString::fromLatin1(correlation));
            reply.body = compact(QJsonDocument(body));
        }
    }
    qCDebug(lcSandboxHttp).noquote()
        << request.method() << LogRedaction::path(request.url().path()) << reply.status;
    m_cors.decorate(reply, request);

    const auto status = static_cast<QHttpServerResponse::StatusCode>(reply.status);
    auto response = reply.body.isEmpty() && reply.contentType.isEmpty()
        ? std::make_shared<QHttpServerResponse>(status)
        : std::make_shared<QHttpServerResponse>(reply.contentType, reply.body, status);
    response->addHeader("ININ-Correlation-Id", correlation);
    for (const auto &[name, value] : reply.headers)
        response->addHeader(name, value);

    const int latency = control ? 0 : m_faults.latencyMs();
    if (latency <= 0) {
        response->write(std::move(responder));
        return;
    }
    // Injected latency: answer later in real time. The socket may be gone by then.
    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = pending->socket();
    QTimer::singleShot(latency, this, [pending, response, socket]() mutable {
        if (socket)
            response->write(std::move(*pending));
    });
}

} // namespace IdleGuard::Sandbox
