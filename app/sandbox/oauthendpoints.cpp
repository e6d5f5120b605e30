#include "oauthendpoints.h"

#include "authservice.h"
#include "httppipeline.h"
#include "organisation.h"

#include <QUrl>
#include <QUrlQuery>

namespace IdleGuard::Sandbox {

using namespace Qt::StringLiterals;

namespace {

const QStringList kAuthorizeParameters {u"client_id"_s,
                                        u"redirect_uri"_s,
                                        u"response_type"_s,
                                        u"code_challenge"_s,
                                        u"code_challenge_method"_s,
                                        u"state"_s,
                                        u"org"_s,
                                        u"provider"_s,
                                        u"target"_s,
                                        u"login_hint"_s,
                                        u"prompt"_s};

QString page(const QString &title, const QString &content)
{
    return uR"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>%1</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font-family:system-ui,sans-serif;background:#f2f4f7;margin:0;display:flex;min-height:100vh;align-items:center;justify-content:center}
main{background:#fff;padding:2rem 2.5rem;border-radius:10px;box-shadow:0 2px 12px rgba(0,0,0,.12);max-width:26rem}
h1{font-size:1.3rem;margin-top:0}p{color:#444;line-height:1.4}label{display:block;margin:.8rem 0 .3rem;font-weight:600}
select,button{font-size:1rem;padding:.5rem;width:100%}button{margin-top:1.2rem;background:#ff4f1f;color:#fff;border:0;border-radius:6px;cursor:pointer}
.note{font-size:.85rem;color:#777}.error{color:#b00020}
</style></head><body><main>%2</main></body></html>)"_s.arg(title.toHtmlEscaped(), content);
}

QUrlQuery mergedParameters(const QHttpServerRequest &request)
{
    // GET carries the parameters in the query, the sign-in form POSTs them back in the body.
    if (request.method() == QHttpServerRequest::Method::Post)
        return QUrlQuery(QString::fromUtf8(request.body()).replace(u'+', u' '));
    return request.query();
}

QString withError(const QUrlQuery &parameters, const QString &error, const QString &description)
{
    // The implicit grant reports errors in the fragment, like its tokens (RFC 6749 4.2.2.1).
    return AuthService::redirectWith(
        parameters.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded),
        {{u"error"_s, error},
         {u"error_description"_s, description},
         {u"state"_s, parameters.queryItemValue(u"state"_s, QUrl::FullyDecoded)}},
        parameters.queryItemValue(u"response_type"_s) == "token"_L1);
}

} // namespace

OAuthEndpoints::OAuthEndpoints(AuthService &auth, const Organisation &organisation)
    : m_auth(auth)
    , m_organisation(organisation)
{ }

void OAuthEndpoints::registerRoutes(HttpPipeline &pipeline)
{
    using Method = QHttpServerRequest::Method;
    pipeline.route(
        u"/oauth/authorize"_s, Method::Get | Method::Post, HttpPipeline::Access::Open,
        [this](const ApiRequest &request) {
            const QUrlQuery parameters = mergedParameters(request.http);
            const AuthService::AuthorizeCheck check = m_auth.checkAuthorize(parameters);
            if (!check.pageError.isEmpty()) {
                return ApiReply::html(page(u"Sign-in error"_s,
                                           u"<h1>Sign-in error</h1><p class=\"error\">%1</p>"_s.arg(
                                               check.pageError.toHtmlEscaped())),
                                      400);
            }
            if (!check.redirectError.isEmpty())
                return ApiReply::redirect(
                    withError(parameters, check.redirectError, check.redirectErrorDescription));

            if (request.http.method() == Method::Post) {
                const QString username
                    = parameters.queryItemValue(u"username"_s, QUrl::FullyDecoded);
                const SandboxUser *user = m_organisation.userByEmail(username);
                if (!user)
                    return ApiReply::redirect(
                        withError(parameters, u"access_denied"_s, u"unknown user"_s));
                return ApiReply::redirect(m_auth.completeAuthorize(parameters, user->id));
            }

            // The sign-in page: who to sign in as, and the request's parameters carried along.
            QString hidden;
            for (const QString &name : kAuthorizeParameters) {
                if (parameters.hasQueryItem(name)) {
                    hidden += u"<input type=\"hidden\" name=\"%1\" value=\"%2\">"_s.arg(
                        name, parameters.queryItemValue(name, QUrl::FullyDecoded).toHtmlEscaped());
                }
            }
            QString options;
            const SandboxUser *supervisor = m_organisation.supervisor();
            for (const auto &user : m_organisation.users()) {
                options += u"<option value=\"%1\"%3>%2</option>"_s.arg(
                    user.email.toHtmlEscaped(),
                    QString(user.name + (user.supervisor ? u" (supervisor)"_s : u" (agent)"_s))
                        .toHtmlEscaped(),
                    &user == supervisor ? u" selected"_s : QString());
            }
            const SandboxOAuthClient *client
                = m_organisation.client(parameters.queryItemValue(u"client_id"_s));
            const QString content
                = uR"(<h1>Sign in to %1</h1>
<p><b>%2</b> asks to use your Genesys Cloud account.</p>
<form method="post" action="/oauth/authorize">%3
<label for="username">Sign in as</label><select id="username" name="username">%4</select>
<button id="signin" type="submit">Sign in</button></form>
<p class="note">This is the Idle Guard sandbox organisation on 127.0.0.1: no password, no real account.</p>)"_s
                      .arg(m_organisation.name().toHtmlEscaped(),
                           (client ? client->name : QString()).toHtmlEscaped(), hidden, options);
            return ApiReply::html(page(u"Sign in"_s, content));
        });

    pipeline.route(
        u"/oauth/token"_s, Method::Post, HttpPipeline::Access::Open,
        [this](const ApiRequest &request) {
            const QByteArray contentType = request.http.value("Content-Type").toLower();
            if (!contentType.startsWith("application/x-www-form-urlencoded")) {
                return ApiReply::json(
                    QJsonObject {
                        {u"error"_s, u"invalid_request"_s},
                        {u"description"_s, u"the body must be application/x-www-form-urlencoded"_s},
                        {u"error_description"_s,
                         u"the body must be application/x-www-form-urlencoded"_s}},
                    400);
            }
            const QUrlQuery form(QString::fromUtf8(request.http.body()).replace(u'+', u' '));
            const AuthService::Reply reply
                = m_auth.token(form, request.http.value("Authorization"));
            ApiReply api = ApiReply::json(reply.body, reply.status);
            api.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
            return api;
        });

    pipeline.route(
        u"/logout"_s, Method::Get, HttpPipeline::Access::Open, [this](const ApiRequest &request) {
            const QString clientId = request.http.query().queryItemValue(u"client_id"_s);
            const QString redirect
                = request.http.query().queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded);
            const SandboxOAuthClient *client = m_organisation.client(clientId);
            if (client && !redirect.isEmpty() && client->allowsRedirect(redirect))
                return ApiReply::redirect(redirect);
            return ApiReply::html(
                page(u"Signed out"_s, u"<h1>Signed out</h1><p>You can close this window.</p>"_s));
        });
}

} // namespace IdleGuard::Sandbox
