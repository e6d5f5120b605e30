#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

class QHttpServerRequest;

namespace IdleGuard::Sandbox {

class Organisation;
struct ApiReply;

// Cross-origin resource sharing for browser applications: web pages on their own origin (agent
// scripts, small supervisor tools) that call the api host and the token endpoint with the
// official SDK's browser build. Decides which origins may read the answers (the origins of the
// OAuth clients' redirect URIs), answers preflights and adds the Access-Control-* headers to
// every answer, errors included. The /sandbox/ control interface and the sign-in pages are never
// shared with another origin.
class CorsPolicy
{
public:
    static constexpr int kMaxAgeSeconds = 3600;

    explicit CorsPolicy(const Organisation &organisation);

    // The paths browser applications call across origins: /api/ and /oauth/token.
    static bool coversPath(const QString &path);
    // An OPTIONS request carrying Origin and Access-Control-Request-Method.
    static bool isPreflight(const QHttpServerRequest &request);
    // Whether a page on `origin` (the Origin header, e.g. "http://127.0.0.1:5500") may read
    // the answers: it is the origin of a redirect URI some OAuth client accepts.
    bool allowsOrigin(const QByteArray &origin) const;

    // The answer to a preflight: 204 with the Access-Control-Allow-* headers, or 403 without
    // any (the browser then refuses the request) saying why.
    ApiReply preflight(const QHttpServerRequest &request) const;
    // Adds Access-Control-Allow-Origin and -Expose-Headers to the answer of a cross-origin
    // request from an allowed origin on a covered path; Vary: Origin to any on a covered path.
    void decorate(ApiReply &reply, const QHttpServerRequest &request) const;

    static QByteArrayList allowedMethods();
    static QByteArrayList allowedHeaders();
    static QByteArrayList exposedHeaders();

private:
    // Why a preflight is refused; empty when it is granted.
    QString preflightRefusal(const QHttpServerRequest &request) const;

    const Organisation &m_organisation;
};

} // namespace IdleGuard::Sandbox
