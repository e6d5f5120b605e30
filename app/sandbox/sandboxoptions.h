#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace IdleGuard::Sandbox {

// Faults that can be switched on at start (--faults), for trying the dashboard by hand.
struct FaultOptions
{
    int latencyMs = 0;
    int failCount = 0; // fail the first N API requests ...
    int failStatus = 503; // ... with this status
    double flakyFraction = 0.0; // fail this share of requests at random
    int flakyStatus = 503;
    bool noHeartbeats = false;
    int dropSocketsEverySeconds = 0;
    int socketClosingEverySeconds = 0;

    // "latency=300,fail=503x5,flaky=10%:503,no-heartbeats,drop-sockets=120,socket-closing=300"
    static std::optional<FaultOptions> parse(const QString &spec, QString *error);
};

// Everything the sandbox can be configured with. Behaviours the reference document marks
// UNCONFIRMED are settings here, with the emulator default it recommends.
struct SandboxOptions
{
    quint16 port = 8080; // 0: any free port
    quint64 seed = 1;
    int queues = 3;
    int agents = 25;
    int conversations = 60;
    double arrivalsPerMinute = -1; // < 0: a rate that keeps about `conversations` going
    double speed = 1.0;
    bool stepped = false; // clock stands still until stepped (tests)
    qint64 startMs = -1; // sandbox time at start; -1: now (running) or a fixed date (stepped)
    qint64 warmupMs = 10 * 60 * 1000;
    bool simulate = true;

    int rateLimitPerMinute = 300;
    int tokenLifetimeSeconds = 0; // 0: each OAuth client's own (86400)
    qint64 heartbeatIntervalMs = 30'000;
    qint64 channelLifetimeMs = 24LL * 60 * 60 * 1000;
    qint64 socketClosingGraceMs = 60'000;
    int topicsPerChannel = 1000;
    int channelsPerUserAndClient = 20;
    // What acting on an already disconnected participant answers: "conflict" (409, default),
    // "bad-request" (400) or "accept" (202, no-op).
    QString alreadyDisconnected = QStringLiteral("conflict");
    // Whether the analytics details query omits "conversations" when nothing matched.
    bool analyticsOmitsEmptyConversations = true;
    // The agent role's permissions; unset: a messaging agent's (Organisation::agentPermissions).
    // A role without a permission keeps the 403 paths testable.
    std::optional<QStringList> agentPermissions;

    FaultOptions faults;

    // Parses the idleguard-sandbox command line (arguments()[0] is the program).
    // Returns std::nullopt with *error set on bad input; sets *helpText when --help was given.
    static std::optional<SandboxOptions> fromCommandLine(const QStringList &arguments,
                                                         QString *error, QString *helpText);
};

} // namespace IdleGuard::Sandbox
