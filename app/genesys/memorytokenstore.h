#pragma once

#include "tokenstore.h"

#include <QHash>

namespace IdleGuard::Genesys {

// A TokenStore that keeps tokens in memory for the life of the process: the headless mode, which
// gets a fresh client-credentials token on every start, and tests.
class MemoryTokenStore final : public TokenStore
{
    Q_OBJECT

public:
    using TokenStore::TokenStore;

    void load(const QString &key, LoadCallback callback) override;
    void save(const QString &key, const QString &accessToken, qint64 expiresAtMs,
              DoneCallback callback) override;
    void remove(const QString &key, DoneCallback callback) override;

private:
    QHash<QString, Entry> m_entries;
};

} // namespace IdleGuard::Genesys
