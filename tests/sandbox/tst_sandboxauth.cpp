// Tests of the sandbox's login host and token checks against the reference (sections 0.2, 2,
// 3.2): the authorize page and its redirects, the four token grants (PKCE code, confidential
// code, refresh, client credentials) plus the implicit grant, their OAuth error bodies, token
// expiry/revocation on /api/v2, /api/v2/tokens/me, logout, and the ErrorBody/correlation id of
// every /api/v2 error. In process, on a stepped clock, over real HTTP.

#include "sandbox/authservice.h"
#include "sandbox/organisation.h"
#include "sandbox/sandbox.h"
#include "sandboxclient.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace IdleGuard::Sandbox;
using namespace Qt::StringLiterals;

namespace {

const QString kDesktop = u"idleguard-desktop"_s;
const QString kRedirect = u"http://127.0.0.1:51234/callback"_s;
const QString kSupervisorEmail = u"sam@acme.example"_s;
// RFC 7636 appendix B.
const QString kVerifier = u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s;
const QString kChallenge = u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s;
constexpr qint64 kCodeLifetimeMs = 5 * 60 * 1000;

QUrlQuery query(std::initializer_list<std::pair<QString, QString>> items)
{
    QUrlQuery result;
    for (const auto &[name, value] : items)
        result.addQueryItem(name, value);
    return result;
}

QUrlQuery pkceAuthorizeParameters(const QString &state = u"xyz"_s)
{
    return query({{u"client_id"_s, kDesktop},
                  {u"redirect_uri"_s, kRedirect},
                  {u"response_type"_s, u"code"_s},
                  {u"code_challenge"_s, kChallenge},
                  {u"code_challenge_method"_s, u"S256"_s},
                  {u"state"_s, state}});
}

QUrlQuery pkceExchange(const QString &code, const QString &verifier = kVerifier,
                       const QString &clientId = kDesktop, const QString &redirect = kRedirect)
{
    QUrlQuery form = query({{u"grant_type"_s, u"authorization_code"_s},
                            {u"code"_s, code},
                            {u"client_id"_s, clientId},
                            {u"redirect_uri"_s, redirect}});
    if (!verifier.isEmpty())
        form.addQueryItem(u"code_verifier"_s, verifier);
    return form;
}

// An OAuth error body (reference 2.3): error plus the same text as description and
// error_description.
bool isOAuthError(const SandboxClient::Reply &reply, const QString &error)
{
    const QJsonObject body = reply.json();
    const QString description = body.value("description"_L1).toString();
    if (body.value("error"_L1).toString() != error || description.isEmpty()
        || body.value("error_description"_L1).toString() != description) {
        qWarning() << "unexpected OAuth error body" << reply.body;
        return false;
    }
    return true;
}

} // namespace

class TestSandboxAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void challengeFor_data();
    void challengeFor();
    void codeVerifierSyntax_data();
    void codeVerifierSyntax();

    void authorizePage();
    void authorizeErrors_data();
    void authorizeErrors();
    void signInUnknownUser();
    void pkceCodeFlow();
    void codeExchangeErrors_data();
    void codeExchangeErrors();
    void codeIsSingleUse();
    void codeExpiry_data();
    void codeExpiry();
    void implicitGrant();
    void confidentialCodeAndRefresh();
    void clientCredentials();
    void tokenEndpointErrors_data();
    void tokenEndpointErrors();
    void tokenEndpointNeedsForm();

    void tokenExpiry();
    void bearerFailures_data();
    void bearerFailures();
    void tokenInfo();
    void revokeToken();
    void logout_data();
    void logout();
    void apiErrorBodies_data();
    void apiErrorBodies();

private:
    bool start(const SandboxOptions &options = SandboxFixture::quietOptions());
    // Signs in on the authorize page as the supervisor; returns the Location header.
    QUrl signIn(const QUrlQuery &parameters, const QString &username = kSupervisorEmail);
    QString codeFrom(const QUrl &location) const;

    std::unique_ptr<SandboxFixture> m_env;
};

bool TestSandboxAuth::start(const SandboxOptions &options)
{
    m_env = std::make_unique<SandboxFixture>(options);
    return m_env->start();
}

void TestSandboxAuth::initTestCase()
{
    // One "listening on" line per sandbox is noise here.
    QLoggingCategory::setFilterRules(u"idleguard.sandbox.*.info=false"_s);
}

void TestSandboxAuth::init()
{
    QVERIFY(start());
}

void TestSandboxAuth::cleanup()
{
    m_env.reset();
}

QUrl TestSandboxAuth::signIn(const QUrlQuery &parameters, const QString &username)
{
    QUrlQuery form = parameters;
    form.addQueryItem(u"username"_s, username);
    const auto reply = m_env->client().postForm(u"/oauth/authorize"_s, form);
    if (reply.status != 302) {
        qWarning() << "sign-in answered" << reply.status << reply.body;
        return {};
    }
    return reply.location();
}

QString TestSandboxAuth::codeFrom(const QUrl &location) const
{
    return QUrlQuery(location).queryItemValue(u"code"_s, QUrl::FullyDecoded);
}

void TestSandboxAuth::challengeFor_data()
{
    QTest::addColumn<QString>("verifier");
    QTest::addColumn<QString>("challenge");
    QTest::newRow("RFC 7636 appendix B") << kVerifier << kChallenge;
}

void TestSandboxAuth::challengeFor()
{
    QFETCH(QString, verifier);
    QFETCH(QString, challenge);
    QCOMPARE(AuthService::challengeFor(verifier), challenge);
    QVERIFY(!AuthService::challengeFor(verifier).contains(u'='));
}

void TestSandboxAuth::codeVerifierSyntax_data()
{
    QTest::addColumn<QString>("verifier");
    QTest::addColumn<bool>("valid");
    QTest::newRow("RFC example, 43") << kVerifier << true;
    QTest::newRow("42 characters") << QString(42, u'a') << false;
    QTest::newRow("128 characters") << QString(128, u'Z') << true;
    QTest::newRow("129 characters") << QString(129, u'Z') << false;
    QTest::newRow("unreserved punctuation") << QString(u"-._~"_s + QString(40, u'0')) << true;
    QTest::newRow("plus sign") << QString(u'+' + QString(42, u'a')) << false;
    QTest::newRow("empty") << QString() << false;
}

void TestSandboxAuth::codeVerifierSyntax()
{
    QFETCH(QString, verifier);
    QFETCH(bool, valid);
    QCOMPARE(AuthService::isValidCodeVerifier(verifier), valid);
}

void TestSandboxAuth::authorizePage()
{
    const auto reply = m_env->client().get(
        u"/oauth/authorize?"_s + pkceAuthorizeParameters().toString(QUrl::FullyEncoded));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("text/html"));
    const QString page = QString::fromUtf8(reply.body);
    QVERIFY(page.contains("<form method=\"post\" action=\"/oauth/authorize\">"_L1));
    for (const auto &[name, value] : pkceAuthorizeParameters().queryItems(QUrl::FullyDecoded)) {
        const QString hidden
            = u"<input type=\"hidden\" name=\"%1\" value=\"%2\">"_s.arg(name, value);
        QVERIFY2(page.contains(hidden), qPrintable(hidden));
    }
    QVERIFY(page.contains("<select id=\"username\" name=\"username\">"_L1));
    QVERIFY(page.contains(u"<option value=\"%1\" selected>"_s.arg(kSupervisorEmail)));
    // Every user of the organisation can be picked.
    for (const auto &user : m_env->sandbox().organisation().users())
        QVERIFY(page.contains(u"<option value=\"%1\""_s.arg(user.email)));
}

void TestSandboxAuth::authorizeErrors_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("redirectUri");
    QTest::addColumn<QString>("responseType");
    QTest::addColumn<QString>("challenge");
    QTest::addColumn<QString>("method");
    // Empty: a page error (400, never redirected); else the error sent to the redirect URI.
    QTest::addColumn<QString>("redirectError");

    QTest::newRow("unknown client") << QByteArray("GET") << u"nobody"_s << kRedirect << u"code"_s
                                    << kChallenge << u"S256"_s << QString();
    QTest::newRow("unknown client, POST") << QByteArray("POST") << u"nobody"_s << kRedirect
                                          << u"code"_s << kChallenge << u"S256"_s << QString();
    QTest::newRow("unregistered redirect")
        << QByteArray("GET") << kDesktop << u"https://evil.example/callback"_s << u"code"_s
        << kChallenge << u"S256"_s << QString();
    QTest::newRow("loopback without port")
        << QByteArray("GET") << kDesktop << u"http://127.0.0.1/callback"_s << u"code"_s
        << kChallenge << u"S256"_s << QString();
    QTest::newRow("unregistered redirect, POST")
        << QByteArray("POST") << kDesktop << u"https://evil.example/callback"_s << u"code"_s
        << kChallenge << u"S256"_s << QString();
    QTest::newRow("no redirect") << QByteArray("GET") << kDesktop << QString() << u"code"_s
                                 << kChallenge << u"S256"_s << QString();
    QTest::newRow("public client without code_challenge")
        << QByteArray("GET") << kDesktop << kRedirect << u"code"_s << QString() << QString()
        << u"invalid_request"_s;
    QTest::newRow("public client without code_challenge, POST")
        << QByteArray("POST") << kDesktop << kRedirect << u"code"_s << QString() << QString()
        << u"invalid_request"_s;
    QTest::newRow("plain challenge method")
        << QByteArray("GET") << kDesktop << kRedirect << u"code"_s << kChallenge << u"plain"_s
        << u"invalid_request"_s;
    QTest::newRow("unsupported response_type")
        << QByteArray("GET") << kDesktop << kRedirect << u"id_token"_s << kChallenge << u"S256"_s
        << u"unsupported_response_type"_s;
    QTest::newRow("no response_type") << QByteArray("GET") << kDesktop << kRedirect << QString()
                                      << kChallenge << u"S256"_s << u"unsupported_response_type"_s;
    QTest::newRow("implicit on a code client")
        << QByteArray("GET") << kDesktop << kRedirect << u"token"_s << QString() << QString()
        << u"unauthorized_client"_s;
    QTest::newRow("code on an implicit client")
        << QByteArray("GET") << u"agent-script"_s << kRedirect << u"code"_s << kChallenge
        << u"S256"_s << u"unauthorized_client"_s;
}

void TestSandboxAuth::authorizeErrors()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, clientId);
    QFETCH(QString, redirectUri);
    QFETCH(QString, responseType);
    QFETCH(QString, challenge);
    QFETCH(QString, method);
    QFETCH(QString, redirectError);

    QUrlQuery parameters = query({{u"client_id"_s, clientId}, {u"state"_s, u"st-1"_s}});
    if (!redirectUri.isEmpty())
        parameters.addQueryItem(u"redirect_uri"_s, redirectUri);
    if (!responseType.isEmpty())
        parameters.addQueryItem(u"response_type"_s, responseType);
    if (!challenge.isEmpty())
        parameters.addQueryItem(u"code_challenge"_s, challenge);
    if (!method.isEmpty())
        parameters.addQueryItem(u"code_challenge_method"_s, method);

    SandboxClient::Reply reply;
    if (verb == "POST") {
        parameters.addQueryItem(u"username"_s, kSupervisorEmail);
        reply = m_env->client().postForm(u"/oauth/authorize"_s, parameters);
    } else {
        reply
            = m_env->client().get(u"/oauth/authorize?"_s + parameters.toString(QUrl::FullyEncoded));
    }

    if (redirectError.isEmpty()) {
        // Never redirect to an unverified URI: the error shows on the page itself.
        QCOMPARE(reply.status, 400);
        QVERIFY(!reply.hasHeader("Location"));
        QVERIFY(reply.header("Content-Type").startsWith("text/html"));
        QVERIFY(reply.body.contains("Sign-in error"));
        return;
    }
    QCOMPARE(reply.status, 302);
    const QUrl location = reply.location();
    QCOMPARE(location.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toString(), redirectUri);
    // The implicit grant answers in the fragment, errors included (RFC 6749 4.2.2.1).
    const bool implicit = responseType == "token"_L1;
    QCOMPARE(location.hasFragment(), implicit);
    const QUrlQuery result
        = implicit ? QUrlQuery(location.fragment(QUrl::FullyEncoded)) : QUrlQuery(location);
    QCOMPARE(result.queryItemValue(u"error"_s), redirectError);
    QVERIFY(!result.queryItemValue(u"error_description"_s).isEmpty());
    QCOMPARE(result.queryItemValue(u"state"_s), u"st-1"_s);
    QVERIFY(!result.hasQueryItem(u"code"_s));
}

void TestSandboxAuth::signInUnknownUser()
{
    const QUrl location = signIn(pkceAuthorizeParameters(), u"nobody@acme.example"_s);
    const QUrlQuery result(location);
    QCOMPARE(result.queryItemValue(u"error"_s), u"access_denied"_s);
    QCOMPARE(result.queryItemValue(u"state"_s), u"xyz"_s);
    QVERIFY(!result.hasQueryItem(u"code"_s));
}

void TestSandboxAuth::pkceCodeFlow()
{
    const QUrl location = signIn(pkceAuthorizeParameters(u"a8f3"_s));
    QCOMPARE(location.adjusted(QUrl::RemoveQuery).toString(), kRedirect);
    const QUrlQuery result(location);
    QCOMPARE(result.queryItemValue(u"state"_s), u"a8f3"_s);
    const QString code = codeFrom(location);
    QVERIFY(!code.isEmpty());

    const auto reply = m_env->client().postForm(u"/oauth/token"_s, pkceExchange(code));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    const QJsonObject token = reply.json();
    QVERIFY(token.value("access_token"_L1).isString());
    QVERIFY(!token.value("access_token"_L1).toString().isEmpty());
    QCOMPARE(token.value("token_type"_L1).toString(), u"bearer"_s);
    QVERIFY(token.value("expires_in"_L1).isDouble());
    QCOMPARE(token.value("expires_in"_L1).toInt(), 86400);

    // The token belongs to the user who signed in.
    const auto me
        = m_env->client().get(u"/api/v2/users/me"_s, token.value("access_token"_L1).toString());
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value("username"_L1).toString(), kSupervisorEmail);
}

void TestSandboxAuth::codeExchangeErrors_data()
{
    QTest::addColumn<QString>("code"); // empty: the code the sign-in gave
    QTest::addColumn<QString>("verifier");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("redirectUri");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    QTest::newRow("wrong verifier")
        << QString() << QString(43, u'A') << kDesktop << kRedirect << 400 << u"invalid_grant"_s;
    QTest::newRow("malformed verifier (short)")
        << QString() << u"short"_s << kDesktop << kRedirect << 400 << u"invalid_request"_s;
    QTest::newRow("malformed verifier (character)")
        << QString() << QString(u'!' + kVerifier) << kDesktop << kRedirect << 400
        << u"invalid_request"_s;
    QTest::newRow("missing verifier")
        << QString() << QString() << kDesktop << kRedirect << 400 << u"invalid_request"_s;
    QTest::newRow("other redirect_uri")
        << QString() << kVerifier << kDesktop << u"http://127.0.0.1:51235/callback"_s << 400
        << u"invalid_grant"_s;
    QTest::newRow("no redirect_uri")
        << QString() << kVerifier << kDesktop << QString() << 400 << u"invalid_grant"_s;
    QTest::newRow("unknown client")
        << QString() << kVerifier << u"nobody"_s << kRedirect << 401 << u"invalid_client"_s;
    QTest::newRow("no client") << QString() << kVerifier << QString() << kRedirect << 401
                               << u"invalid_client"_s;
    QTest::newRow("code of another client")
        << QString() << kVerifier << u"agent-script"_s << kRedirect << 400 << u"invalid_grant"_s;
    QTest::newRow("confidential client without its secret")
        << QString() << kVerifier << u"demo-web-app"_s << kRedirect << 401 << u"invalid_client"_s;
    QTest::newRow("unknown code") << u"not-a-code"_s << kVerifier << kDesktop << kRedirect << 400
                                  << u"invalid_grant"_s;
}

void TestSandboxAuth::codeExchangeErrors()
{
    QFETCH(QString, code);
    QFETCH(QString, verifier);
    QFETCH(QString, clientId);
    QFETCH(QString, redirectUri);
    QFETCH(int, status);
    QFETCH(QString, error);

    const QString issued = codeFrom(signIn(pkceAuthorizeParameters()));
    QVERIFY(!issued.isEmpty());
    QUrlQuery form = query(
        {{u"grant_type"_s, u"authorization_code"_s}, {u"code"_s, code.isEmpty() ? issued : code}});
    if (!clientId.isEmpty())
        form.addQueryItem(u"client_id"_s, clientId);
    if (!redirectUri.isEmpty())
        form.addQueryItem(u"redirect_uri"_s, redirectUri);
    if (!verifier.isEmpty())
        form.addQueryItem(u"code_verifier"_s, verifier);
    const auto reply = m_env->client().postForm(u"/oauth/token"_s, form);
    QCOMPARE(reply.status, status);
    QVERIFY(isOAuthError(reply, error));
    QVERIFY(!reply.json().contains("access_token"_L1));
}

void TestSandboxAuth::codeIsSingleUse()
{
    const QString code = codeFrom(signIn(pkceAuthorizeParameters()));
    QCOMPARE(m_env->client().postForm(u"/oauth/token"_s, pkceExchange(code)).status, 200);
    const auto again = m_env->client().postForm(u"/oauth/token"_s, pkceExchange(code));
    QCOMPARE(again.status, 400);
    QVERIFY(isOAuthError(again, u"invalid_grant"_s));
}

void TestSandboxAuth::codeExpiry_data()
{
    QTest::addColumn<qint64>("stepMs");
    QTest::addColumn<int>("status");
    QTest::newRow("just inside 5 min") << kCodeLifetimeMs - 1 << 200;
    QTest::newRow("at 5 min") << kCodeLifetimeMs << 400;
    QTest::newRow("past 5 min") << kCodeLifetimeMs + 1000 << 400;
}

void TestSandboxAuth::codeExpiry()
{
    QFETCH(qint64, stepMs);
    QFETCH(int, status);
    const QString code = codeFrom(signIn(pkceAuthorizeParameters()));
    QVERIFY(m_env->sandbox().step(stepMs));
    const auto reply = m_env->client().postForm(u"/oauth/token"_s, pkceExchange(code));
    QCOMPARE(reply.status, status);
    if (status != 200)
        QVERIFY(isOAuthError(reply, u"invalid_grant"_s));
}

void TestSandboxAuth::implicitGrant()
{
    const QUrlQuery parameters = query({{u"client_id"_s, u"agent-script"_s},
                                        {u"redirect_uri"_s, kRedirect},
                                        {u"response_type"_s, u"token"_s},
                                        {u"state"_s, u"s-42"_s}});
    const auto page
        = m_env->client().get(u"/oauth/authorize?"_s + parameters.toString(QUrl::FullyEncoded));
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("name=\"response_type\" value=\"token\""));

    const QUrl location = signIn(parameters);
    QCOMPARE(location.adjusted(QUrl::RemoveFragment).toString(), kRedirect);
    QVERIFY(!QUrlQuery(location).hasQueryItem(u"code"_s));
    const QUrlQuery fragment(location.fragment(QUrl::FullyEncoded));
    const QString token = fragment.queryItemValue(u"access_token"_s, QUrl::FullyDecoded);
    QVERIFY(!token.isEmpty());
    QCOMPARE(fragment.queryItemValue(u"expires_in"_s), u"86400"_s);
    QCOMPARE(fragment.queryItemValue(u"token_type"_s), u"bearer"_s);
    QCOMPARE(fragment.queryItemValue(u"state"_s), u"s-42"_s);
    // The order the reference shows: access_token, expires_in, token_type, state.
    QCOMPARE(location.fragment().section(u'=', 0, 0), u"access_token"_s);

    const auto info = m_env->client().get(u"/api/v2/tokens/me"_s, token);
    QCOMPARE(info.status, 200);
    const QJsonObject client = info.json().value("OAuthClient"_L1).toObject();
    QCOMPARE(client.value("id"_L1).toString(), u"agent-script"_s);
    QCOMPARE(client.value("authorizedGrantType"_L1).toString(), u"TOKEN"_s);
}

void TestSandboxAuth::confidentialCodeAndRefresh()
{
    const QByteArray basic = SandboxClient::basic(u"demo-web-app"_s, u"demo-web-secret"_s);
    // A confidential client needs no PKCE challenge.
    const QUrlQuery parameters = query({{u"client_id"_s, u"demo-web-app"_s},
                                        {u"redirect_uri"_s, kRedirect},
                                        {u"response_type"_s, u"code"_s}});
    const QString code = codeFrom(signIn(parameters));
    QVERIFY(!code.isEmpty());

    const QUrlQuery exchange = query({{u"grant_type"_s, u"authorization_code"_s},
                                      {u"code"_s, code},
                                      {u"redirect_uri"_s, kRedirect}});
    const auto wrongSecret = m_env->client().postForm(
        u"/oauth/token"_s, exchange, SandboxClient::basic(u"demo-web-app"_s, u"nope"_s));
    QCOMPARE(wrongSecret.status, 401);
    QVERIFY(isOAuthError(wrongSecret, u"invalid_client"_s));

    const auto granted = m_env->client().postForm(u"/oauth/token"_s, exchange, basic);
    QCOMPARE(granted.status, 200);
    const QString access = granted.json().value("access_token"_L1).toString();
    const QString refresh = granted.json().value("refresh_token"_L1).toString();
    QVERIFY(!access.isEmpty());
    QVERIFY(!refresh.isEmpty());
    QCOMPARE(granted.json().value("token_type"_L1).toString(), u"bearer"_s);
    QCOMPARE(m_env->client().get(u"/api/v2/users/me"_s, access).status, 200);

    const QUrlQuery refreshForm
        = query({{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, refresh}});
    // The refresh grant needs the client's credentials, and only its own refresh tokens.
    const auto anonymous = m_env->client().postForm(u"/oauth/token"_s, refreshForm);
    QCOMPARE(anonymous.status, 401);
    QVERIFY(isOAuthError(anonymous, u"invalid_client"_s));
    const auto otherClient = m_env->client().postForm(
        u"/oauth/token"_s, refreshForm, SandboxClient::basic(u"demo-client"_s, u"demo-secret"_s));
    QCOMPARE(otherClient.status, 400);
    QVERIFY(isOAuthError(otherClient, u"invalid_grant"_s));

    const auto renewed = m_env->client().postForm(u"/oauth/token"_s, refreshForm, basic);
    QCOMPARE(renewed.status, 200);
    const QString access2 = renewed.json().value("access_token"_L1).toString();
    const QString refresh2 = renewed.json().value("refresh_token"_L1).toString();
    QVERIFY(!access2.isEmpty());
    QVERIFY(access2 != access);
    QVERIFY(!refresh2.isEmpty());
    QVERIFY(refresh2 != refresh);
    QCOMPARE(renewed.json().value("expires_in"_L1).toInt(), 86400);
    const auto me = m_env->client().get(u"/api/v2/users/me"_s, access2);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value("username"_L1).toString(), kSupervisorEmail);

    // A refresh token works once.
    const auto reused = m_env->client().postForm(u"/oauth/token"_s, refreshForm, basic);
    QCOMPARE(reused.status, 400);
    QVERIFY(isOAuthError(reused, u"invalid_grant"_s));
    const auto next = m_env->client().postForm(
        u"/oauth/token"_s,
        query({{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, refresh2}}), basic);
    QCOMPARE(next.status, 200);
}

void TestSandboxAuth::clientCredentials()
{
    const auto reply = m_env->client().postForm(
        u"/oauth/token"_s, query({{u"grant_type"_s, u"client_credentials"_s}}),
        SandboxClient::basic(u"demo-client"_s, u"demo-secret"_s));
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.json();
    const QString token = body.value("access_token"_L1).toString();
    QVERIFY(!token.isEmpty());
    QCOMPARE(body.value("token_type"_L1).toString(), u"bearer"_s);
    QCOMPARE(body.value("expires_in"_L1).toInt(), 86400);
    QVERIFY(!body.contains("refresh_token"_L1));

    const auto info = m_env->client().get(u"/api/v2/tokens/me"_s, token);
    QCOMPARE(info.status, 200);
    const QJsonObject client = info.json().value("OAuthClient"_L1).toObject();
    QCOMPARE(client.value("id"_L1).toString(), u"demo-client"_s);
    QCOMPARE(client.value("authorizedGrantType"_L1).toString(), u"CLIENT-CREDENTIALS"_s);
}

void TestSandboxAuth::tokenEndpointErrors_data()
{
    QTest::addColumn<QString>("grantType"); // empty: none sent
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    const QByteArray good = SandboxClient::basic(u"demo-client"_s, u"demo-secret"_s);
    QTest::newRow("client credentials, wrong secret")
        << u"client_credentials"_s << SandboxClient::basic(u"demo-client"_s, u"wrong"_s) << 401
        << u"invalid_client"_s;
    QTest::newRow("client credentials, no Basic")
        << u"client_credentials"_s << QByteArray() << 401 << u"invalid_client"_s;
    QTest::newRow("client credentials, unknown client")
        << u"client_credentials"_s << SandboxClient::basic(u"nobody"_s, u"demo-secret"_s) << 401
        << u"invalid_client"_s;
    QTest::newRow("client credentials, public client")
        << u"client_credentials"_s << SandboxClient::basic(kDesktop, QString()) << 401
        << u"invalid_client"_s;
    QTest::newRow("client credentials, Basic not base64")
        << u"client_credentials"_s << QByteArray("Basic !!!") << 401 << u"invalid_client"_s;
    QTest::newRow("client credentials on a code client")
        << u"client_credentials"_s << SandboxClient::basic(u"demo-web-app"_s, u"demo-web-secret"_s)
        << 400 << u"unauthorized_client"_s;
    QTest::newRow("unsupported grant_type")
        << u"password"_s << good << 400 << u"unsupported_grant_type"_s;
    QTest::newRow("saml2 bearer grant") << u"urn:ietf:params:oauth:grant-type:saml2-bearer"_s
                                        << good << 400 << u"unsupported_grant_type"_s;
    QTest::newRow("no grant_type") << QString() << good << 400 << u"invalid_request"_s;
}

void TestSandboxAuth::tokenEndpointErrors()
{
    QFETCH(QString, grantType);
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QFETCH(QString, error);
    QUrlQuery form;
    if (!grantType.isEmpty())
        form.addQueryItem(u"grant_type"_s, grantType);
    const auto reply = m_env->client().postForm(u"/oauth/token"_s, form, authorization);
    QCOMPARE(reply.status, status);
    QVERIFY(isOAuthError(reply, error));
}

void TestSandboxAuth::tokenEndpointNeedsForm()
{
    const auto reply = m_env->client().send(
        "POST", u"/oauth/token"_s, R"({"grant_type":"client_credentials"})",
        {{"Authorization", SandboxClient::basic(u"demo-client"_s, u"demo-secret"_s)},
         {"Content-Type", "application/json"}});
    QCOMPARE(reply.status, 400);
    QVERIFY(isOAuthError(reply, u"invalid_request"_s));
}

void TestSandboxAuth::tokenExpiry()
{
    SandboxOptions options = SandboxFixture::quietOptions();
    options.tokenLifetimeSeconds = 60;
    QVERIFY(start(options));

    const auto granted = m_env->client().postForm(
        u"/oauth/token"_s, query({{u"grant_type"_s, u"client_credentials"_s}}),
        SandboxClient::basic(u"demo-client"_s, u"demo-secret"_s));
    QCOMPARE(granted.status, 200);
    QCOMPARE(granted.json().value("expires_in"_L1).toInt(), 60);
    const QString service = granted.json().value("access_token"_L1).toString();
    const QString user = m_env->supervisorToken();

    QVERIFY(m_env->sandbox().step(59'000));
    QCOMPARE(m_env->client().get(u"/api/v2/tokens/me"_s, service).status, 200);
    QCOMPARE(m_env->client().get(u"/api/v2/users/me"_s, user).status, 200);

    QVERIFY(m_env->sandbox().step(2'000));
    for (const QString &token : {service, user}) {
        const auto reply = m_env->client().get(u"/api/v2/tokens/me"_s, token);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), u"credentials.expired"_s);
        QCOMPARE(reply.json().value("status"_L1).toInt(), 401);
    }
    // A fresh token is good again.
    QCOMPARE(m_env->client().get(u"/api/v2/users/me"_s, m_env->supervisorToken()).status, 200);
}

void TestSandboxAuth::bearerFailures_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("code");
    QTest::newRow("no header") << QByteArray() << u"authentication.required"_s;
    QTest::newRow("empty bearer") << QByteArray("Bearer ") << u"authentication.required"_s;
    QTest::newRow("basic instead of bearer")
        << SandboxClient::basic(u"demo-client"_s, u"demo-secret"_s) << u"authentication.required"_s;
    QTest::newRow("unknown token") << QByteArray("Bearer not-a-token") << u"bad.credentials"_s;
}

void TestSandboxAuth::bearerFailures()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QString, code);
    for (const QString &path :
         {u"/api/v2/users/me"_s, u"/api/v2/tokens/me"_s, u"/api/v2/conversations/messages"_s}) {
        const auto reply
            = m_env->client().send("GET", path, {}, {{"Authorization", authorization}});
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(reply.json().value("status"_L1).toInt(), 401);
        QVERIFY(!reply.json().value("message"_L1).toString().isEmpty());
    }
}

void TestSandboxAuth::tokenInfo()
{
    const QString code = codeFrom(signIn(pkceAuthorizeParameters()));
    const QString token = m_env->client()
                              .postForm(u"/oauth/token"_s, pkceExchange(code))
                              .json()
                              .value("access_token"_L1)
                              .toString();
    QVERIFY(!token.isEmpty());

    const auto reply = m_env->client().get(u"/api/v2/tokens/me"_s, token);
    QCOMPARE(reply.status, 200);
    const QJsonObject info = reply.json();
    const QJsonObject organization = info.value("organization"_L1).toObject();
    QCOMPARE(organization.value("id"_L1).toString(), m_env->sandbox().organisation().id());
    QCOMPARE(organization.value("name"_L1).toString(), m_env->sandbox().organisation().name());
    QCOMPARE(info.value("homeOrganization"_L1).toObject(), organization);
    QVERIFY(info.value("authorizedScope"_L1).isArray());
    QVERIFY(info.value("authorizedScope"_L1).toArray().contains(u"conversations"_s));
    QVERIFY(info.value("dateTokenIdles"_L1).toString().endsWith(u'Z'));
    const QJsonObject client = info.value("OAuthClient"_L1).toObject();
    QCOMPARE(client.value("id"_L1).toString(), kDesktop);
    QVERIFY(!client.value("name"_L1).toString().isEmpty());
    QCOMPARE(client.value("authorizedGrantType"_L1).toString(), u"CODE"_s);
    QCOMPARE(client.value("organization"_L1).toObject(), organization);

    const auto head = m_env->client().head(u"/api/v2/tokens/me"_s, token);
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());
    QCOMPARE(m_env->client().head(u"/api/v2/tokens/me"_s, u"not-a-token"_s).status, 401);
    QCOMPARE(m_env->client().head(u"/api/v2/tokens/me"_s).status, 401);
}

void TestSandboxAuth::revokeToken()
{
    const QString token = m_env->supervisorToken();
    const QString other = m_env->supervisorToken();
    QCOMPARE(m_env->client().get(u"/api/v2/users/me"_s, token).status, 200);

    QCOMPARE(m_env->client().del(u"/api/v2/tokens/me"_s, token).status, 200);
    const auto after = m_env->client().get(u"/api/v2/users/me"_s, token);
    QCOMPARE(after.status, 401);
    QCOMPARE(after.errorCode(), u"bad.credentials"_s);
    QCOMPARE(m_env->client().head(u"/api/v2/tokens/me"_s, token).status, 401);
    const auto again = m_env->client().del(u"/api/v2/tokens/me"_s, token);
    QCOMPARE(again.status, 401);
    QCOMPARE(again.errorCode(), u"bad.credentials"_s);
    // Only the calling token is revoked.
    QCOMPARE(m_env->client().get(u"/api/v2/users/me"_s, other).status, 200);
}

void TestSandboxAuth::logout_data()
{
    QTest::addColumn<QString>("parameters");
    QTest::addColumn<QString>("redirect"); // empty: the signed-out page
    QTest::newRow("registered redirect")
        << u"client_id=idleguard-desktop&redirect_uri=http%3A%2F%2F127.0.0.1%3A51234%2Fsigned-out"_s
        << u"http://127.0.0.1:51234/signed-out"_s;
    QTest::newRow("no parameters") << QString() << QString();
    QTest::newRow("client only") << u"client_id=idleguard-desktop"_s << QString();
    QTest::newRow("unregistered redirect")
        << u"client_id=idleguard-desktop&redirect_uri=https%3A%2F%2Fevil.example%2F"_s << QString();
    QTest::newRow("unknown client")
        << u"client_id=nobody&redirect_uri=http%3A%2F%2F127.0.0.1%3A51234%2Fsigned-out"_s
        << QString();
}

void TestSandboxAuth::logout()
{
    QFETCH(QString, parameters);
    QFETCH(QString, redirect);
    const auto reply
        = m_env->client().get(parameters.isEmpty() ? u"/logout"_s : u"/logout?"_s + parameters);
    if (redirect.isEmpty()) {
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.hasHeader("Location"));
        QVERIFY(reply.header("Content-Type").startsWith("text/html"));
        QVERIFY(reply.body.contains("Signed out"));
    } else {
        QCOMPARE(reply.status, 302);
        QCOMPARE(reply.location().toString(), redirect);
    }
}

void TestSandboxAuth::apiErrorBodies_data()
{
    QTest::addColumn<QString>("who"); // none, bad, supervisor, agent, service
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    QTest::newRow("401 no token") << u"none"_s << QByteArray("GET") << u"/api/v2/users/me"_s << 401
                                  << u"authentication.required"_s;
    QTest::newRow("401 unknown token")
        << u"bad"_s << QByteArray("GET") << u"/api/v2/users/me"_s << 401 << u"bad.credentials"_s;
    QTest::newRow("400 user context required")
        << u"service"_s << QByteArray("GET") << u"/api/v2/users/me"_s << 400 << u"bad.request"_s;
    QTest::newRow("400 invalid value")
        << u"supervisor"_s << QByteArray("GET") << u"/api/v2/routing/queues?pageSize=x"_s << 400
        << u"invalid.value"_s;
    QTest::newRow("403 missing permission")
        << u"agent"_s << QByteArray("GET") << u"/api/v2/routing/queues"_s << 403
        << u"missing.permissions"_s;
    QTest::newRow("404 unknown user")
        << u"supervisor"_s << QByteArray("GET")
        << u"/api/v2/users/00000000-0000-4000-8000-000000000000"_s << 404 << u"not.found"_s;
    QTest::newRow("404 unknown path") << u"supervisor"_s << QByteArray("GET")
                                      << u"/api/v2/no/such/thing"_s << 404 << u"not.found"_s;
    QTest::newRow("404 unknown conversation")
        << u"supervisor"_s << QByteArray("GET")
        << u"/api/v2/conversations/messages/00000000-0000-4000-8000-000000000000"_s << 404
        << u"not.found"_s;
}

void TestSandboxAuth::apiErrorBodies()
{
    QFETCH(QString, who);
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, code);

    const Organisation &organisation = m_env->sandbox().organisation();
    QString token;
    if (who == "bad"_L1)
        token = u"not-a-token"_s;
    else if (who == "supervisor"_L1)
        token = m_env->supervisorToken();
    else if (who == "agent"_L1)
        token = m_env->tokenFor(organisation.agents().constFirst()->id);
    else if (who == "service"_L1)
        token = m_env->serviceToken();

    const auto reply
        = m_env->client().send(verb, path, {}, {{"Authorization", SandboxClient::bearer(token)}});
    QCOMPARE(reply.status, status);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    const QJsonObject body = reply.json();
    QVERIFY(body.value("message"_L1).isString());
    QVERIFY(!body.value("message"_L1).toString().isEmpty());
    QCOMPARE(body.value("code"_L1).toString(), code);
    QVERIFY(body.value("status"_L1).isDouble());
    QCOMPARE(body.value("status"_L1).toInt(), status);
    const QByteArray correlation = reply.header("ININ-Correlation-Id");
    QVERIFY(!correlation.isEmpty());
    QCOMPARE(body.value("contextId"_L1).toString(), QString::fromLatin1(correlation));
}

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "tst_sandboxauth.moc"
