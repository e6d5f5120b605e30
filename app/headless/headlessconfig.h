#pragma once

#include "core/policyset.h"
#include "genesys/environment.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace IdleGuard::Headless {

// The configuration of the headless enforcer (`idleguard --headless --config FILE`, format in
// docs/headless.md): where the organisation lives, which OAuth client to sign in with, which
// queues to enforce with which policies, and where to journal. Reading is strict like the policy
// file: an unknown field, a wrong type or a missing required field refuses the whole file with
// errors that name each field. The client secret is not part of the parsed value unless the file
// holds it inline (discouraged); resolveSecret() reads it from its own file or the environment
// when it is needed.
// No error message and no log line ever contains the secret.
class HeadlessConfig
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessConfig)

public:
    static constexpr int kMaxClaimLeadSeconds = 30;
    static constexpr int kMaxInstanceIdLength = 64;
    // The configuration and policy files are read up to ConfigFile::kMaxBytes (1 MiB); a secret
    // file up to this.
    static constexpr qint64 kMaxSecretFileBytes = 64 * 1024;
    static constexpr double kMaxSandboxClockSpeed = 1000;

    // A sped-up sandbox organisation's clock, for soak tests of the separate enforcer process
    // (docs/headless.md, `sandboxClock`): at wall time atWallMs the sandbox's clock read nowMs, and
    // it runs `speed` times faster than real time. Only accepted for a loopback environment.
    struct SandboxClock
    {
        double speed = 1.0;
        qint64 nowMs = 0;
        qint64 atWallMs = 0;

        friend bool operator==(const SandboxClock &, const SandboxClock &) = default;
    };

    // The defaults of the optional fields.
    static QString defaultClientSecretEnv(); // IDLEGUARD_CLIENT_SECRET
    static QString defaultJournalPath(); // <AppDataLocation>/journal.sqlite
    static QString defaultInstanceId(); // the host name, reduced to [A-Za-z0-9._-], 1..64 chars
    static bool isValidInstanceId(const QString &id);

    // nullopt when the file is refused; *errors then says why, one "field: problem" per line
    // (never empty). On success *errors is cleared. Relative paths in the file (policyFile,
    // journal, clientSecretFile) are relative to the directory the file is in. A file that holds
    // clientSecret inline is refused when users other than its owner may read or write it.
    static std::optional<HeadlessConfig> load(const QString &path, QStringList *errors);
    // The same for a document in memory; baseDir resolves its relative paths.
    static std::optional<HeadlessConfig> parse(const QByteArray &json, const QString &baseDir,
                                               QStringList *errors);

    // The client secret: the inline clientSecret when the file has one, else the content of
    // clientSecretFile when it names one, else the value of the environment variable
    // clientSecretEnv. Empty with *error set (to a message that names the variable or the file,
    // never a value) when there is none, or when the secret file may be read or written by
    // other users than its owner.
    QString resolveSecret(QString *error) const;

    Genesys::Environment environment;
    QString clientId;
    QString clientSecretEnv = defaultClientSecretEnv();
    QString clientSecret; // inline secret; empty unless the file holds one (discouraged)
    QString clientSecretFile; // absolute path of a file that holds the secret, or empty
    QStringList queues; // queue ids to enforce, unique, in file order
    PolicySet policies;
    QString policyFile; // absolute path of the policy file; empty when given inline
    QString journalPath; // absolute path of the audit journal
    bool observeOnly = false;
    QString instanceId = defaultInstanceId();
    int claimLeadSeconds = 2;
    // "workerToken": "own" (the default) signs the worker in on its own, a second token with a
    // rate budget of its own; "shared" where the organisation allows one token per client.
    bool ownWorkerToken = true;
    std::optional<SandboxClock> sandboxClock; // absent: the wall clock (always in production)

    friend bool operator==(const HeadlessConfig &, const HeadlessConfig &) = default;

private:
    QString readSecretFile(QString *error) const;
};

} // namespace IdleGuard::Headless
