#pragma once

// A small blocking HTTP client for the sandbox tests: sends one request to the in-process
// sandbox, spins the event loop until the answer arrives and hands back status, headers and body.
// Redirects are never followed, so OAuth 302s can be asserted on.

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <utility>

namespace IdleGuard::Sandbox {

class SandboxClient
{
public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    struct Reply
    {
        int status = 0; // 0: no answer in time
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; // names in lower case

        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
        bool hasHeader(const QByteArray &name) const { return headers.contains(name.toLower()); }
        QJsonObject json() const;
        QJsonArray jsonArray() const;
        // The "entities" array of an /api/v2 list.
        QJsonArray entities() const;
        // Any JSON value, including a bare string or number at the top level.
        QJsonValue jsonValue() const;
        // ErrorBody "code" of /api/v2 errors, "error" of OAuth errors.
        QString errorCode() const;
        // The Location header as a URL.
        QUrl location() const;
    };

    explicit SandboxClient(const QUrl &base);

    Reply send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {},
               const Headers &headers = {});

    // /api/v2 calls with a bearer token (none when empty) and, with a body, application/json.
    Reply request(const QByteArray &verb, const QString &path, const QString &token,
                  const QByteArray &body = {});
    Reply get(const QString &path, const QString &token = {});
    Reply head(const QString &path, const QString &token = {});
    Reply del(const QString &path, const QString &token = {});
    // A POST always names its content type, with a body or without.
    Reply post(const QString &path, const QString &token = {}, const QByteArray &body = {},
               const QByteArray &contentType = "application/json");
    Reply post(const QString &path, const QString &token, const QJsonObject &body);
    Reply patch(const QString &path, const QString &token, const QJsonObject &body);

    // OAuth: a form POST, optionally with HTTP Basic client authentication.
    Reply postForm(const QString &path, const QUrlQuery &form,
                   const QByteArray &authorization = {});
    static QByteArray basic(const QString &clientId, const QString &secret);
    // "Bearer <token>", or nothing for an empty token.
    static QByteArray bearer(const QString &token);

private:
    QUrl m_base;
    QNetworkAccessManager m_manager;
};

} // namespace IdleGuard::Sandbox
