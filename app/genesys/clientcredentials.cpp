#include "clientcredentials.h"

#include "genesyslogging.h"
#include "oautherror.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUrlQuery>

namespace IdleGuard::Genesys {

using namespace Qt::StringLiterals;

ClientCredentials::ClientCredentials(const Environment &environment, QObject *parent)
    : QObject(parent)
    , m_environment(environment)
{ }

void ClientCredentials::request(const QString &clientId, const QString &clientSecret)
{
    const QUrl url = m_environment.loginUrl(u"/oauth/token"_s);
    if (const QString problem = Environment::transportProblem(url); !problem.isEmpty()) {
        Result result;
        result.message = problem;
        QMetaObject::invokeMethod(
            this, [this, result] { emit finished(result); }, Qt::QueuedConnection);
        return;
    }

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    request.setRawHeader("Authorization",
                         "Basic " + (clientId + u':' + clientSecret).toUtf8().toBase64());
    request.setTransferTimeout(m_timeoutMs);
    // A token endpoint never redirects: following one would send the secret to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
    qCInfo(lcGenesysAuth) << "requesting a client-credentials token for client" << clientId;
    QNetworkReply *reply = m_network.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    connect(reply, &QNetworkReply::finished, this, [this, reply, clientId] {
        reply->deleteLater();
        Result result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (result.status == 0) {
            result.temporary = true;
            result.message = tr("Cannot reach the login host %1: %2")
                                 .arg(m_environment.loginBase().toString(), reply->errorString());
        } else if (result.status != 200) {
            const OAuthError error = OAuthError::fromReply(result.status, body);
            result.error = error.error;
            result.message = error.message();
            result.temporary = result.status == 408 || result.status == 429 || result.status >= 500;
            // Retry-After as seconds; the HTTP-date form is rare here and left to the backoff.
            bool isNumber = false;
            const int retryAfter = reply->rawHeader("Retry-After").trimmed().toInt(&isNumber);
            if (isNumber && retryAfter >= 0)
                result.retryAfterSeconds = retryAfter;
        } else {
            const QJsonObject object = QJsonDocument::fromJson(body).object();
            result.accessToken = object.value("access_token"_L1).toString();
            const qint64 expiresIn = object.value("expires_in"_L1).toInteger();
            result.expiresAtMs = QDateTime::currentMSecsSinceEpoch() + expiresIn * 1000;
            if (result.accessToken.isEmpty())
                result.message = tr("The login host sent no access token.");
        }
        if (result.ok())
            qCInfo(lcGenesysAuth) << "client-credentials token received for" << clientId;
        else
            qCWarning(lcGenesysAuth)
                << "client-credentials grant failed for" << clientId << ":" << result.message;
        emit finished(result);
    });
}

} // namespace IdleGuard::Genesys
