#include "corspolicy.h"

#include "httppipeline.h"
#include "organisation.h"
#include "sandboxlogging.h"

#include <QHttpServerRequest>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace IdleGuard::Sandbox {

using namespace Qt::StringLiterals;

namespace {

// An Origin header is scheme://host[:port] and nothing else (RFC 6454 7); "null" and anything
// with a path, user or query is no origin a redirect could lead to.
std::optional<QUrl> parseOrigin(const QByteArray &header)
{
    const QUrl url(QString::fromLatin1(header), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1)
        || url.host().isEmpty() || !url.path().isEmpty() || url.hasQuery() || url.hasFragment()
        || !url.userInfo().isEmpty())
        return std::nullopt;
    return url;
}

QByteArrayList requestedHeaders(const QHttpServerRequest &request)
{
    QByteArrayList names;
    for (const QByteArray &name : request.value("Access-Control-Request-Headers").split(',')) {
        const QByteArray trimmed = name.trimmed().toLower();
        if (!trimmed.isEmpty())
            names.append(trimmed);
    }
    return names;
}

} // namespace

CorsPolicy::CorsPolicy(const Organisation &organisation)
    : m_organisation(organisation)
{ }

QByteArrayList CorsPolicy::allowedMethods()
{
    return {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"};
}

QByteArrayList CorsPolicy::allowedHeaders()
{
    // What the Genesys SDKs send: the bearer token, JSON types, Genesys-App (JavaScript SDK's
    // setGenesysAppHeader) and purecloud-sdk (the SDK version header of the other SDKs).
    return {"Authorization", "Content-Type", "Accept",        "Accept-Language",
            "Cache-Control", "Genesys-App",  "purecloud-sdk", "X-Requested-With"};
}

QByteArrayList CorsPolicy::exposedHeaders()
{
    // Beyond the CORS-safelisted ones: what a client needs to correlate, and to back off.
    return {"ININ-Correlation-Id", "inin-ratelimit-count", "inin-ratelimit-allowed",
            "inin-ratelimit-reset", "Retry-After"};
}

bool CorsPolicy::coversPath(const QString &path)
{
    return path.startsWith("/api/"_L1) || path == "/oauth/token"_L1;
}

bool CorsPolicy::isPreflight(const QHttpServerRequest &request)
{
    return request.method() == QHttpServerRequest::Method::Options
        && !request.value("Origin").isEmpty()
        && !request.value("Access-Control-Request-Method").isEmpty();
}

bool CorsPolicy::allowsOrigin(const QByteArray &origin) const
{
    const auto url = parseOrigin(origin);
    if (!url)
        return false;
    const auto &clients = m_organisation.clients();
    return std::any_of(clients.cbegin(), clients.cend(),
                       [&](const SandboxOAuthClient &client) { return client.allowsOrigin(*url); });
}

QString CorsPolicy::preflightRefusal(const QHttpServerRequest &request) const
{
    const QByteArray origin = request.value("Origin");
    if (!coversPath(request.url().path()))
        return u"Only /api/ and /oauth/token can be called from another origin."_s;
    if (!allowsOrigin(origin))
        return u"The origin %1 is not the origin of a redirect URI of any OAuth client."_s.arg(
            QString::fromLatin1(origin));
    const QByteArray method = request.value("Access-Control-Request-Method");
    if (!allowedMethods().contains(method))
        return u"The method %1 is not allowed; allowed: %2."_s.arg(
            QString::fromLatin1(method), QString::fromLatin1(allowedMethods().join(", ")));
    QByteArrayList allowed;
    for (const QByteArray &name : allowedHeaders())
        allowed.append(name.toLower());
    for (const QByteArray &name : requestedHeaders(request)) {
        if (!allowed.contains(name))
            return u"The request header %1 is not allowed; allowed: %2."_s.arg(
                QString::fromLatin1(name), QString::fromLatin1(allowedHeaders().join(", ")));
    }
    return {};
}

ApiReply CorsPolicy::preflight(const QHttpServerRequest &request) const
{
    const QString refusal = preflightRefusal(request);
    if (!refusal.isEmpty()) {
        qCDebug(lcSandboxHttp).noquote()
            << "preflight" << request.url().path() << "refused:" << refusal;
        return ApiReply::error(403, u"not.authorized"_s, refusal);
    }
    ApiReply reply = ApiReply::empty(204);
    reply.headers = {{"Access-Control-Allow-Origin", request.value("Origin")},
                     {"Access-Control-Allow-Methods", allowedMethods().join(", ")},
                     {"Access-Control-Allow-Headers", allowedHeaders().join(", ")},
                     {"Access-Control-Max-Age", QByteArray::number(kMaxAgeSeconds)},
                     {"Vary", "Origin"}};
    return reply;
}

void CorsPolicy::decorate(ApiReply &reply, const QHttpServerRequest &request) const
{
    // A preflight's answer is complete as preflight() made it.
    if (!coversPath(request.url().path()) || isPreflight(request))
        return;
    // The answer depends on Origin: caches must not hand one origin's answer to another.
    reply.headers.append({QByteArrayLiteral("Vary"), QByteArrayLiteral("Origin")});
    const QByteArray origin = request.value("Origin");
    if (origin.isEmpty() || !allowsOrigin(origin))
        return;
    reply.headers.append({QByteArrayLiteral("Access-Control-Allow-Origin"), origin});
    reply.headers.append(
        {QByteArrayLiteral("Access-Control-Expose-Headers"), exposedHeaders().join(", ")});
}

} // namespace IdleGuard::Sandbox
