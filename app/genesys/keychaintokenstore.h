#pragma once

#include "tokenstore.h"

namespace IdleGuard::Genesys {

// A TokenStore in the operating system's keychain through QtKeychain (Secret Service on Linux,
// Keychain on macOS, Credential Manager on Windows), under the service "Idle Guard". There is
// deliberately no fallback to a plain file: without a keychain, tokens are not kept and the
// callbacks report why.
class KeychainTokenStore final : public TokenStore
{
    Q_OBJECT

public:
    static constexpr auto serviceName = "Idle Guard";

    using TokenStore::TokenStore;

    void load(const QString &key, LoadCallback callback) override;
    void save(const QString &key, const QString &accessToken, qint64 expiresAtMs,
              DoneCallback callback) override;
    void remove(const QString &key, DoneCallback callback) override;
};

} // namespace IdleGuard::Genesys
