#pragma once

#include "sandboxoptions.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QHttpServer;
class QTcpServer;

namespace IdleGuard::Sandbox {

class ApiEndpoints;
class AuthService;
class ControlEndpoints;
class ConversationStore;
class EventScheduler;
class FaultInjector;
class HttpPipeline;
class NotificationHub;
class OAuthEndpoints;
class Organisation;
class RateLimiter;
class SandboxClock;
class TrafficSimulator;

// The sandbox organisation in one object: builds the organisation from the options, serves the
// login host, the api host, the notification WebSocket and the /sandbox/ control interface on
// one 127.0.0.1 port, and runs the traffic simulator. Tests use it in process (the same
// operations as the control interface are available on its parts); the idleguard-sandbox
// executable wraps it.
class Sandbox final : public QObject
{
    Q_OBJECT

public:
    explicit Sandbox(const SandboxOptions &options, QObject *parent = nullptr);
    ~Sandbox() override;

    // Listens on 127.0.0.1 (never another interface) and starts the simulated traffic.
    bool start(QString *error);
    // Serves the connections `server` hands over (QTcpServer::addPendingConnection) as well:
    // requests without a listening socket, as the fuzz target feeds them. Takes the server.
    void serveFrom(QTcpServer *server);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;

    const SandboxOptions &options() const { return m_options; }
    const Organisation &organisation() const { return *m_organisation; }
    Organisation &organisation() { return *m_organisation; }
    EventScheduler &scheduler() { return *m_scheduler; }
    ConversationStore &store() { return *m_store; }
    AuthService &auth() { return *m_auth; }
    RateLimiter &rateLimiter() { return *m_rateLimiter; }
    FaultInjector &faults() { return *m_faults; }
    NotificationHub &notifications() { return *m_hub; }
    TrafficSimulator &simulator() { return *m_simulator; }
    HttpPipeline &pipeline() { return *m_pipeline; }

    // Moves a stepped clock forward, firing everything due (heartbeats, replies, expiries).
    bool step(qint64 ms);
    // Revokes every token and stops the channels they made.
    int revokeAllTokens();
    // The full state, for tests to assert on and for GET /sandbox/state.
    QJsonObject snapshot() const;

private:
    void schedulePeriodicFaults();

    SandboxOptions m_options;
    std::unique_ptr<SandboxClock> m_clock;
    std::unique_ptr<EventScheduler> m_scheduler;
    std::unique_ptr<Organisation> m_organisation;
    std::unique_ptr<ConversationStore> m_store;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<RateLimiter> m_rateLimiter;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<NotificationHub> m_hub;
    std::unique_ptr<TrafficSimulator> m_simulator;
    std::unique_ptr<QHttpServer> m_server;
    std::unique_ptr<HttpPipeline> m_pipeline;
    std::unique_ptr<OAuthEndpoints> m_oauth;
    std::unique_ptr<ApiEndpoints> m_api;
    std::unique_ptr<ControlEndpoints> m_control;
    QList<std::shared_ptr<std::function<void()>>> m_periodic;
    quint16 m_port = 0;
    bool m_started = false;
};

} // namespace IdleGuard::Sandbox
