#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace IdleGuard::Genesys {

class Environment;

// Where signed-in access tokens are kept between runs, keyed by environment and OAuth client
// (keyFor()). Every operation completes asynchronously: the callback is never called before the
// method returns, so callers behave the same whichever store they get. An empty error string
// means success; a load that finds nothing gives an empty token and no error.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        QString accessToken;
        qint64 expiresAtMs = 0;
        bool isEmpty() const { return accessToken.isEmpty(); }
    };

    using LoadCallback = std::function<void(const Entry &entry, const QString &error)>;
    using DoneCallback = std::function<void(const QString &error)>;

    using QObject::QObject;

    static QString keyFor(const Environment &environment, const QString &clientId);

    virtual void load(const QString &key, LoadCallback callback) = 0;
    virtual void save(const QString &key, const QString &accessToken, qint64 expiresAtMs,
                      DoneCallback callback)
        = 0;
    // Signing out: forgets the token. Removing a key that is not there is not an error.
    virtual void remove(const QString &key, DoneCallback callback) = 0;

protected:
    // The stored form: a small JSON object, so one secret holds the token and its expiry.
    static QByteArray serialize(const Entry &entry);
    static Entry deserialize(const QByteArray &data);
};

} // namespace IdleGuard::Genesys
