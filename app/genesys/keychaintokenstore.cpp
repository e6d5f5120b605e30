#include "keychaintokenstore.h"

#include "genesyslogging.h"

#include <qt6keychain/keychain.h>

namespace IdleGuard::Genesys {

using namespace Qt::StringLiterals;

namespace {

template<typename JobType> JobType *makeJob(QObject *parent, const QString &key)
{
    auto *job = new JobType(QString::fromLatin1(KeychainTokenStore::serviceName), parent);
    job->setKey(key);
    job->setAutoDelete(true);
    // Never write the token to a plain file when no keychain is available.
    job->setInsecureFallback(false);
    return job;
}

} // namespace

void KeychainTokenStore::load(const QString &key, LoadCallback callback)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(this, key);
    connect(job, &QKeychain::Job::finished, this,
            [job, key, callback = std::move(callback)](QKeychain::Job *) {
                if (job->error() == QKeychain::EntryNotFound) {
                    callback({}, {});
                } else if (job->error() != QKeychain::NoError) {
                    qCWarning(lcGenesysAuth)
                        << "keychain read failed for" << key << ":" << job->errorString();
                    callback({}, job->errorString());
                } else {
                    callback(deserialize(job->binaryData()), {});
                }
            });
    job->start();
}

void KeychainTokenStore::save(const QString &key, const QString &accessToken, qint64 expiresAtMs,
                              DoneCallback callback)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(this, key);
    job->setBinaryData(serialize({accessToken, expiresAtMs}));
    connect(job, &QKeychain::Job::finished, this,
            [job, key, callback = std::move(callback)](QKeychain::Job *) {
                if (job->error() != QKeychain::NoError) {
                    qCWarning(lcGenesysAuth)
                        << "keychain write failed for" << key << ":" << job->errorString();
                    callback(job->errorString());
                } else {
                    callback({});
                }
            });
    job->start();
}

void KeychainTokenStore::remove(const QString &key, DoneCallback callback)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(this, key);
    connect(job, &QKeychain::Job::finished, this,
            [job, key, callback = std::move(callback)](QKeychain::Job *) {
                // Signing out twice is fine: a missing entry is already what was asked for.
                if (job->error() != QKeychain::NoError
                    && job->error() != QKeychain::EntryNotFound) {
                    qCWarning(lcGenesysAuth)
                        << "keychain delete failed for" << key << ":" << job->errorString();
                    callback(job->errorString());
                } else {
                    callback({});
                }
            });
    job->start();
}

} // namespace IdleGuard::Genesys
