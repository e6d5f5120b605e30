#include "oautherror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace IdleGuard::Genesys {

using namespace Qt::StringLiterals;

OAuthError OAuthError::fromReply(int status, const QByteArray &body)
{
    OAuthError result;
    result.status = status;
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    result.error = object.value("error"_L1).toString();
    result.description = object.value("error_description"_L1).toString();
    if (result.description.isEmpty())
        result.description = object.value("description"_L1).toString();
    return result;
}

QString OAuthError::message() const
{
    const QString detail = description.isEmpty() ? error : description;
    if (error == "invalid_client"_L1)
        return QCoreApplication::translate("OAuthError",
                                           "The login host does not accept this OAuth client (%1). "
                                           "Check the client id and secret.")
            .arg(detail);
    if (error == "invalid_grant"_L1)
        return QCoreApplication::translate("OAuthError",
                                           "The sign-in could not be completed: %1. Please sign in "
                                           "again.")
            .arg(detail);
    if (error == "unauthorized_client"_L1)
        return QCoreApplication::translate("OAuthError",
                                           "This OAuth client may not use this kind of sign-in "
                                           "(%1).")
            .arg(detail);
    if (!error.isEmpty())
        return QCoreApplication::translate("OAuthError",
                                           "The login host refused the request: %1 (%2).")
            .arg(detail, error);
    return QCoreApplication::translate("OAuthError", "The login host answered with HTTP status %1.")
        .arg(status);
}

} // namespace IdleGuard::Genesys
