#include "sandboxclient.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>

#include <memory>

namespace IdleGuard::Sandbox {

using namespace Qt::StringLiterals;

namespace {

constexpr int kReplyTimeoutMs = 10000;

} // namespace

QJsonObject SandboxClient::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonArray SandboxClient::Reply::jsonArray() const
{
    return QJsonDocument::fromJson(body).array();
}

QJsonArray SandboxClient::Reply::entities() const
{
    return json().value("entities"_L1).toArray();
}

QJsonValue SandboxClient::Reply::jsonValue() const
{
    // QJsonDocument only parses objects and arrays: wrap whatever came in an array.
    QByteArray wrapped = body;
    wrapped.prepend('[').append(']');
    const QJsonDocument document = QJsonDocument::fromJson(wrapped);
    if (!document.isArray() || document.array().size() != 1)
        return QJsonValue(QJsonValue::Undefined);
    return document.array().at(0);
}

QString SandboxClient::Reply::errorCode() const
{
    const QJsonObject object = json();
    return object.contains("code"_L1) ? object.value("code"_L1).toString()
                                      : object.value("error"_L1).toString();
}

QUrl SandboxClient::Reply::location() const
{
    return QUrl::fromEncoded(header("Location"), QUrl::StrictMode);
}

SandboxClient::SandboxClient(const QUrl &base)
    : m_base(base)
{ }

SandboxClient::Reply SandboxClient::send(const QByteArray &verb, const QString &pathAndQuery,
                                         const QByteArray &body, const Headers &headers)
{
    QNetworkRequest request(m_base.resolved(QUrl(pathAndQuery)));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    for (const auto &[name, value] : headers) {
        if (!value.isEmpty())
            request.setRawHeader(name, value);
    }
    std::unique_ptr<QNetworkReply> reply(verb == "HEAD" ? m_manager.head(request)
                                             : verb == "GET"
                                             ? m_manager.get(request)
                                             : m_manager.sendCustomRequest(request, verb, body));
    Reply result;
    if (!reply->isFinished()) {
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(kReplyTimeoutMs))
            return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    return result;
}

SandboxClient::Reply SandboxClient::request(const QByteArray &verb, const QString &path,
                                            const QString &token, const QByteArray &body)
{
    return send(verb, path, body,
                {{"Authorization", bearer(token)},
                 {"Content-Type", body.isEmpty() ? QByteArray() : QByteArray("application/json")}});
}

SandboxClient::Reply SandboxClient::get(const QString &path, const QString &token)
{
    return request("GET", path, token);
}

SandboxClient::Reply SandboxClient::head(const QString &path, const QString &token)
{
    return request("HEAD", path, token);
}

SandboxClient::Reply SandboxClient::del(const QString &path, const QString &token)
{
    return request("DELETE", path, token);
}

SandboxClient::Reply SandboxClient::post(const QString &path, const QString &token,
                                         const QByteArray &body, const QByteArray &contentType)
{
    return send("POST", path, body,
                {{"Authorization", bearer(token)}, {"Content-Type", contentType}});
}

SandboxClient::Reply SandboxClient::post(const QString &path, const QString &token,
                                         const QJsonObject &body)
{
    return post(path, token, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

SandboxClient::Reply SandboxClient::patch(const QString &path, const QString &token,
                                          const QJsonObject &body)
{
    return request("PATCH", path, token, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

SandboxClient::Reply SandboxClient::postForm(const QString &path, const QUrlQuery &form,
                                             const QByteArray &authorization)
{
    return send(
        "POST", path, form.toString(QUrl::FullyEncoded).toUtf8(),
        {{"Authorization", authorization}, {"Content-Type", "application/x-www-form-urlencoded"}});
}

QByteArray SandboxClient::basic(const QString &clientId, const QString &secret)
{
    return QByteArray("Basic ").append(QString(clientId + u':' + secret).toUtf8().toBase64());
}

QByteArray SandboxClient::bearer(const QString &token)
{
    return token.isEmpty() ? QByteArray() : QByteArray("Bearer ").append(token.toLatin1());
}

} // namespace IdleGuard::Sandbox
