#include "tokenstore.h"

#include "environment.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace IdleGuard::Genesys {

using namespace Qt::StringLiterals;

QString TokenStore::keyFor(const Environment &environment, const QString &clientId)
{
    return environment.key() + u'/' + clientId;
}

QByteArray TokenStore::serialize(const Entry &entry)
{
    return QJsonDocument(QJsonObject {{u"accessToken"_s, entry.accessToken},
                                      {u"expiresAtMs"_s, double(entry.expiresAtMs)}})
        .toJson(QJsonDocument::Compact);
}

TokenStore::Entry TokenStore::deserialize(const QByteArray &data)
{
    const QJsonObject object = QJsonDocument::fromJson(data).object();
    return {object.value("accessToken"_L1).toString(),
            qint64(object.value("expiresAtMs"_L1).toDouble())};
}

} // namespace IdleGuard::Genesys
