#include "authservice.h"

#include "eventscheduler.h"
#include "organisation.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace IdleGuard::Sandbox {

using namespace Qt::StringLiterals;

AuthService::AuthService(const Organisation &organisation, const EventScheduler &scheduler)
    : m_organisation(organisation)
    , m_scheduler(scheduler)
{ }

QString AuthService::randomSecret()
{
    // Secrets come from the system generator, not the seeded one: the traffic is reproducible,
    // the credentials are not guessable.
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool AuthService::isValidCodeVerifier(const QString &verifier)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9\\-._~]{43,128}$"_s);
    return pattern.match(verifier).hasMatch();
}

QString AuthService::challengeFor(const QString &verifier)
{
    const QByteArray digest
        = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(
        digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

int AuthService::lifetimeSeconds(const SandboxOAuthClient &client) const
{
    return m_lifetimeOverrideSeconds > 0 ? m_lifetimeOverrideSeconds : client.tokenLifetimeSeconds;
}

AuthService::AuthorizeCheck AuthService::checkAuthorize(const QUrlQuery &query) const
{
    AuthorizeCheck check;
    const QString clientId = query.queryItemValue(u"client_id"_s, QUrl::FullyDecoded);
    const QString redirectUri = query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded);
    const SandboxOAuthClient *client = m_organisation.client(clientId);
    if (!client) {
        check.pageError = u"Unknown OAuth client \"%1\"."_s.arg(clientId);
        return check;
    }
    if (redirectUri.isEmpty() || !client->allowsRedirect(redirectUri)) {
        check.pageError = u"The redirect URI \"%1\" is not registered for client \"%2\"."_s.arg(
            redirectUri, clientId);
        return check;
    }
    const QString responseType = query.queryItemValue(u"response_type"_s);
    if (responseType == "code"_L1) {
        if (client->grantType != "CODE"_L1) {
            check.redirectError = u"unauthorized_client"_s;
            check.redirectErrorDescription
                = u"client is not allowed to use the authorization code grant"_s;
        } else if (client->secret.isEmpty()) {
            // Public clients must use PKCE, and only S256 exists on Genesys.
            const QString challenge = query.queryItemValue(u"code_challenge"_s);
            const QString method = query.queryItemValue(u"code_challenge_method"_s);
            if (challenge.isEmpty() || method != "S256"_L1) {
                check.redirectError = u"invalid_request"_s;
                check.redirectErrorDescription
                    = u"code_challenge with code_challenge_method S256 is required"_s;
            }
        }
    } else if (responseType == "token"_L1) {
        if (client->grantType != "TOKEN"_L1) {
            check.redirectError = u"unauthorized_client"_s;
            check.redirectErrorDescription = u"client is not allowed to use the implicit grant"_s;
        }
    } else {
        check.redirectError = u"unsupported_response_type"_s;
        check.redirectErrorDescription = u"response_type must be code or token"_s;
    }
    return check;
}

QString AuthService::redirectWith(const QString &redirectUri,
                                  const QList<std::pair<QString, QString>> &parameters,
                                  bool inFragment)
{
    // Encode every value ourselves: QUrlQuery leaves "+" alone, which form decoders read as a
    // space, and a state that comes back changed fails the client's check.
    QStringList encoded;
    for (const auto &[name, value] : parameters) {
        if (!value.isEmpty())
            encoded.append(name + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    const QUrl base(redirectUri);
    QString result = base.adjusted(QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
    if (inFragment)
        return result + u'#' + encoded.join(u'&');
    return result + (base.hasQuery() ? u'&' : u'?') + encoded.join(u'&');
}

QString AuthService::completeAuthorize(const QUrlQuery &query, const QString &userId)
{
    const QString clientId = query.queryItemValue(u"client_id"_s, QUrl::FullyDecoded);
    const QString redirectUri = query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded);
    const QString state = query.queryItemValue(u"state"_s, QUrl::FullyDecoded);
    if (query.queryItemValue(u"response_type"_s) == "token"_L1) {
        const QString token = issueToken(clientId, userId, u"implicit"_s);
        const TokenRecord &record = m_tokens[token];
        return redirectWith(
            redirectUri,
            {{u"access_token"_s, token},
             {u"expires_in"_s, QString::number((record.expiresMs - record.issuedMs) / 1000)},
             {u"token_type"_s, u"bearer"_s},
             {u"state"_s, state}},
            true);
    }
    const QString code = randomSecret();
    m_codes.insert(code,
                   {clientId, redirectUri, query.queryItemValue(u"code_challenge"_s), userId,
                    m_scheduler.nowMs() + m_codeLifetimeMs, false});
    return redirectWith(redirectUri, {{u"code"_s, code}, {u"state"_s, state}}, false);
}

AuthService::Reply AuthService::error(int status, const QString &error,
                                      const QString &description) const
{
    return {status,
            {{u"error"_s, error},
             {u"description"_s, description},
             {u"error_description"_s, description}}};
}

AuthService::Reply AuthService::tokenReply(const QString &token, const TokenRecord &record,
                                           const QString &refresh) const
{
    QJsonObject body {{u"access_token"_s, token},
                      {u"token_type"_s, u"bearer"_s},
                      {u"expires_in"_s, (record.expiresMs - record.issuedMs) / 1000}};
    if (!refresh.isEmpty())
        body.insert("refresh_token"_L1, refresh);
    return {200, body};
}

const SandboxOAuthClient *AuthService::basicClient(const QByteArray &authorizationHeader,
                                                   bool *presented) const
{
    *presented = authorizationHeader.startsWith("Basic ");
    if (!*presented)
        return nullptr;
    const QByteArray decoded = QByteArray::fromBase64(authorizationHeader.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0)
        return nullptr;
    const QString id = QString::fromUtf8(decoded.left(colon));
    const QString secret = QString::fromUtf8(decoded.mid(colon + 1));
    const SandboxOAuthClient *client = m_organisation.client(id);
    if (!client || client->secret.isEmpty() || client->secret != secret)
        return nullptr;
    return client;
}

AuthService::Reply AuthService::token(const QUrlQuery &form, const QByteArray &authorizationHeader)
{
    const QString grantType = form.queryItemValue(u"grant_type"_s, QUrl::FullyDecoded);
    bool basicPresented = false;
    const SandboxOAuthClient *basic = basicClient(authorizationHeader, &basicPresented);
    if (basicPresented && !basic)
        return error(401, u"invalid_client"_s, u"client authentication failed"_s);
    const qint64 now = m_scheduler.nowMs();

    if (grantType == "client_credentials"_L1) {
        if (!basic)
            return error(401, u"invalid_client"_s, u"client authentication failed"_s);
        if (basic->grantType != "CLIENT-CREDENTIALS"_L1)
            return error(400, u"unauthorized_client"_s,
                         u"client is not allowed to use this grant"_s);
        const QString token = issueToken(basic->id, {}, grantType);
        return tokenReply(token, m_tokens[token], {});
    }

    if (grantType == "authorization_code"_L1) {
        const QString codeValue = form.queryItemValue(u"code"_s, QUrl::FullyDecoded);
        const QString redirectUri = form.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded);
        const SandboxOAuthClient *client = basic;
        if (!client) {
            client = m_organisation.client(form.queryItemValue(u"client_id"_s, QUrl::FullyDecoded));
            if (!client)
                return error(401, u"invalid_client"_s, u"unknown client"_s);
            if (!client->secret.isEmpty())
                return error(401, u"invalid_client"_s, u"client authentication required"_s);
        }
        const auto found = m_codes.find(codeValue);
        if (codeValue.isEmpty() || found == m_codes.end())
            return error(400, u"invalid_grant"_s, u"authorization code is invalid or expired"_s);
        AuthCode &code = *found;
        if (code.used) {
            // A replayed code is a sign of theft: RFC 6749 4.1.2 says to revoke what it issued.
            return error(400, u"invalid_grant"_s, u"authorization code has already been used"_s);
        }
        if (now >= code.expiresMs)
            return error(400, u"invalid_grant"_s, u"authorization code is invalid or expired"_s);
        if (code.clientId != client->id)
            return error(400, u"invalid_grant"_s,
                         u"authorization code was issued to another client"_s);
        if (code.redirectUri != redirectUri)
            return error(400, u"invalid_grant"_s,
                         u"redirect_uri does not match the authorization request"_s);
        if (!code.challenge.isEmpty() || client->secret.isEmpty()) {
            const QString verifier = form.queryItemValue(u"code_verifier"_s, QUrl::FullyDecoded);
            if (!isValidCodeVerifier(verifier))
                return error(400, u"invalid_request"_s, u"code_verifier is missing or malformed"_s);
            if (challengeFor(verifier) != code.challenge)
                return error(400, u"invalid_grant"_s,
                             u"code_verifier does not match the code_challenge"_s);
        }
        code.used = true;
        const QString token = issueToken(client->id, code.userId, grantType);
        QString refresh;
        if (!client->secret.isEmpty()) {
            refresh = randomSecret();
            m_refreshTokens.insert(refresh, token);
        }
        return tokenReply(token, m_tokens[token], refresh);
    }

    if (grantType == "refresh_token"_L1) {
        if (!basic)
            return error(401, u"invalid_client"_s, u"client authentication failed"_s);
        const QString refresh = form.queryItemValue(u"refresh_token"_s, QUrl::FullyDecoded);
        const QString previous = m_refreshTokens.value(refresh);
        const TokenRecord *old = record(previous);
        if (!old || old->clientId != basic->id)
            return error(400, u"invalid_grant"_s, u"refresh token is invalid"_s);
        const QString userId = old->userId;
        m_refreshTokens.remove(refresh);
        const QString token = issueToken(basic->id, userId, u"authorization_code"_s);
        const QString next = randomSecret();
        m_refreshTokens.insert(next, token);
        return tokenReply(token, m_tokens[token], next);
    }

    if (grantType.isEmpty())
        return error(400, u"invalid_request"_s, u"grant_type is required"_s);
    return error(400, u"unsupported_grant_type"_s,
                 u"grant type %1 is not supported"_s.arg(grantType));
}

QString AuthService::issueToken(const QString &clientId, const QString &userId,
                                const QString &grantType)
{
    const SandboxOAuthClient *client = m_organisation.client(clientId);
    const int lifetime = client ? lifetimeSeconds(*client) : 86400;
    const QString token = randomSecret();
    TokenRecord record;
    record.clientId = clientId;
    record.userId = userId;
    record.grantType = grantType;
    record.issuedMs = m_scheduler.nowMs();
    record.expiresMs = record.issuedMs + qint64(lifetime) * 1000;
    record.key = u"token-%1"_s.arg(++m_keySequence);
    m_tokens.insert(token, record);
    return token;
}

AuthService::TokenCheck AuthService::check(const QByteArray &authorizationHeader) const
{
    TokenCheck result;
    // Authentication schemes are case-insensitive (RFC 7235 2.1).
    if (authorizationHeader.size() <= 7 || authorizationHeader.left(7).toLower() != "bearer ")
        return result;
    result.token = QString::fromLatin1(authorizationHeader.mid(7).trimmed());
    const auto found = m_tokens.constFind(result.token);
    if (found == m_tokens.cend()) {
        result.state = TokenState::Unknown;
        return result;
    }
    result.record = &*found;
    if (found->revoked)
        result.state = TokenState::Revoked;
    else if (m_scheduler.nowMs() >= found->expiresMs)
        result.state = TokenState::Expired;
    else
        result.state = TokenState::Valid;
    return result;
}

const TokenRecord *AuthService::record(const QString &token) const
{
    const auto found = m_tokens.constFind(token);
    return found == m_tokens.cend() ? nullptr : &*found;
}

void AuthService::revoke(const QString &token)
{
    if (auto found = m_tokens.find(token); found != m_tokens.end())
        found->revoked = true;
}

QStringList AuthService::revokeAll()
{
    QStringList keys;
    for (auto &record : m_tokens) {
        if (!record.revoked) {
            record.revoked = true;
            keys.append(record.key);
        }
    }
    m_refreshTokens.clear();
    return keys;
}

QJsonArray AuthService::issuedTokens(const QString &clientId) const
{
    QList<std::pair<qint64, QJsonObject>> found;
    for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it) {
        if (it->clientId != clientId)
            continue;
        found.append({it->issuedMs,
                      QJsonObject {{u"accessToken"_s, it.key()},
                                   {u"grantType"_s, it->grantType},
                                   {u"issuedMs"_s, it->issuedMs},
                                   {u"expiresMs"_s, it->expiresMs},
                                   {u"revoked"_s, it->revoked}}});
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QJsonArray tokens;
    for (const auto &entry : std::as_const(found))
        tokens.append(entry.second);
    return tokens;
}

int AuthService::liveTokenCount() const
{
    int count = 0;
    const qint64 now = m_scheduler.nowMs();
    for (const auto &record : m_tokens)
        count += (!record.revoked && now < record.expiresMs) ? 1 : 0;
    return count;
}

} // namespace IdleGuard::Sandbox
