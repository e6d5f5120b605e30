#include "memorytokenstore.h"

namespace IdleGuard::Genesys {

// The callbacks are queued so that this store completes asynchronously like the keychain does.

void MemoryTokenStore::load(const QString &key, LoadCallback callback)
{
    const Entry entry = m_entries.value(key);
    QMetaObject::invokeMethod(
        this, [callback = std::move(callback), entry] { callback(entry, {}); },
        Qt::QueuedConnection);
}

void MemoryTokenStore::save(const QString &key, const QString &accessToken, qint64 expiresAtMs,
                            DoneCallback callback)
{
    m_entries.insert(key, {accessToken, expiresAtMs});
    QMetaObject::invokeMethod(
        this, [callback = std::move(callback)] { callback({}); }, Qt::QueuedConnection);
}

void MemoryTokenStore::remove(const QString &key, DoneCallback callback)
{
    m_entries.remove(key);
    QMetaObject::invokeMethod(
        this, [callback = std::move(callback)] { callback({}); }, Qt::QueuedConnection);
}

} // namespace IdleGuard::Genesys
