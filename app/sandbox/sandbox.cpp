#include "sandbox.h"

#include "apiendpoints.h"
#include "authservice.h"
#include "controlendpoints.h"
#include "conversationjson.h"
#include "conversationstore.h"
#include "core/secretlogfilter.h"
#include "eventscheduler.h"
#include "faultinjector.h"
#include "httppipeline.h"
#include "notificationhub.h"
#include "oauthendpoints.h"
#include "organisation.h"
#include "ratelimiter.h"
#include "sandboxclock.h"
#include "sandboxlogging.h"
#include "seededrandom.h"
#include "trafficsimulator.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QJsonArray>

namespace IdleGuard::Sandbox {

using namespace Qt::StringLiterals;

namespace {

// Stepped sandboxes start on a fixed Monday morning so that every run has the same timestamps.
constexpr qint64 kSteppedEpochMs = 1772442000000; // 2026-03-02T09:00:00Z

} // namespace

Sandbox::Sandbox(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    SecretLogFilter::install(); // tokens ride in headers, and Qt would log them
    // Limits below one make no organisation (and would leave lists empty where one is needed).
    m_options.queues = std::max(1, m_options.queues);
    m_options.agents = std::max(1, m_options.agents);
    m_options.topicsPerChannel = std::max(1, m_options.topicsPerChannel);
    m_options.channelsPerUserAndClient = std::max(1, m_options.channelsPerUserAndClient);
    m_options.rateLimitPerMinute = std::max(1, m_options.rateLimitPerMinute);
    // A running clock starts the warm-up's length in the past, so that after the simulator has
    // built its history (fast-forwarding the warm-up) the sandbox shows the wall-clock time.
    const qint64 warmup
        = m_options.simulate && m_options.conversations > 0 ? m_options.warmupMs : 0;
    const qint64 start = m_options.startMs >= 0 ? m_options.startMs
        : m_options.stepped                     ? kSteppedEpochMs
                                                : QDateTime::currentMSecsSinceEpoch() - warmup;
    m_clock = std::make_unique<SandboxClock>(m_options.stepped
                                                 ? SandboxClock::stepped(start)
                                                 : SandboxClock::running(start, m_options.speed));
    m_scheduler = std::make_unique<EventScheduler>(*m_clock);
    SeededRandom random(m_options.seed);
    m_organisation = std::make_unique<Organisation>(
        Organisation::generate(random, m_options.queues, m_options.agents));
    if (m_options.agentPermissions)
        m_organisation->setAgentPermissions(*m_options.agentPermissions);
    m_store = std::make_unique<ConversationStore>(*m_organisation, *m_scheduler, m_options.seed);
    m_auth = std::make_unique<AuthService>(*m_organisation, *m_scheduler);
    m_auth->setTokenLifetimeOverride(m_options.tokenLifetimeSeconds);
    m_rateLimiter = std::make_unique<RateLimiter>(m_options.rateLimitPerMinute);
    m_faults = std::make_unique<FaultInjector>(m_options.seed);

    NotificationHub::Settings settings;
    settings.heartbeatIntervalMs = m_options.heartbeatIntervalMs;
    settings.channelLifetimeMs = m_options.channelLifetimeMs;
    settings.socketClosingGraceMs = m_options.socketClosingGraceMs;
    settings.topicsPerChannel = m_options.topicsPerChannel;
    settings.channelsPerUserAndClient = m_options.channelsPerUserAndClient;
    m_hub = std::make_unique<NotificationHub>(*m_organisation, *m_store, *m_scheduler, settings);

    TrafficProfile profile;
    profile.initialConversations = m_options.simulate ? m_options.conversations : 0;
    const double defaultRate = profile.arrivalsPerMinute;
    profile.arrivalsPerMinute = !m_options.simulate ? 0.0
        : m_options.arrivalsPerMinute >= 0          ? m_options.arrivalsPerMinute
                                                    : defaultRate * m_options.conversations / 60.0;
    profile.warmupMs = warmup;
    m_simulator = std::make_unique<TrafficSimulator>(*m_organisation, *m_store, *m_scheduler,
                                                     m_options.seed, profile);

    m_server = std::make_unique<QHttpServer>();
    m_pipeline = std::make_unique<HttpPipeline>(*m_server, *m_auth, *m_rateLimiter, *m_faults,
                                                *m_organisation, *m_scheduler);
    m_oauth = std::make_unique<OAuthEndpoints>(*m_auth, *m_organisation);
    m_api = std::make_unique<ApiEndpoints>(*m_organisation, *m_store, *m_auth, *m_hub, m_options);
    m_control = std::make_unique<ControlEndpoints>(*this);
    m_oauth->registerRoutes(*m_pipeline);
    m_api->registerRoutes(*m_pipeline);
    m_control->registerRoutes(*m_pipeline);

    // QHttpServer (6.4) upgrades a WebSocket request only when a route handles its path: this
    // one leaves upgrades to the WebSocket server (the hub checks the channel id) and answers
    // plain HTTP requests with a 404.
    m_server->route(
        u"/channels/<arg>"_s,
        [](const QString &, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            if (request.value("Upgrade").compare("websocket", Qt::CaseInsensitive) != 0)
                responder.write(QHttpServerResponder::StatusCode::NotFound);
        });
    connect(m_server.get(), &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        while (m_server->hasPendingWebSocketConnections())
            m_hub->acceptSocket(m_server->nextPendingWebSocketConnection());
    });

    const FaultOptions &faults = m_options.faults;
    m_faults->setLatencyMs(faults.latencyMs);
    if (faults.failCount > 0)
        m_faults->failNext(faults.failCount, faults.failStatus);
    if (faults.flakyFraction > 0)
        m_faults->setFlaky(faults.flakyFraction, faults.flakyStatus);
    m_hub->setHeartbeatsEnabled(!faults.noHeartbeats);
}

Sandbox::~Sandbox()
{
    // The hub's sockets and the pipeline's pending replies refer to the server: go first.
    m_hub.reset();
    m_control.reset();
    m_api.reset();
    m_oauth.reset();
    m_pipeline.reset();
    m_server.reset();
}

bool Sandbox::start(QString *error)
{
    if (m_started)
        return true;
    // Loopback only: the sandbox hands out tokens to anyone who asks.
    m_port = m_server->listen(QHostAddress::LocalHost, m_options.port);
    if (m_port == 0) {
        *error = u"cannot listen on 127.0.0.1:%1 (is the port in use?)"_s.arg(m_options.port);
        return false;
    }
    m_hub->setPort(m_port);
    m_started = true;
    m_simulator->start();
    schedulePeriodicFaults();
    qCInfo(lcSandboxHttp) << "sandbox listening on" << baseUrl().toString();
    return true;
}

void Sandbox::serveFrom(QTcpServer *server)
{
    m_server->bind(server);
}

QUrl Sandbox::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

void Sandbox::schedulePeriodicFaults()
{
    const FaultOptions &faults = m_options.faults;
    if (faults.dropSocketsEverySeconds > 0) {
        const qint64 every = faults.dropSocketsEverySeconds * 1000LL;
        auto drop = std::make_shared<std::function<void()>>();
        *drop = [this, every, weak = std::weak_ptr(drop)] {
            // Outside the log statement: a disabled category must not disable the fault.
            const int dropped = m_hub->dropAllSockets();
            qCInfo(lcSandboxNotify) << "fault: dropped" << dropped << "sockets";
            if (auto self = weak.lock())
                m_scheduler->after(every, *self);
        };
        m_scheduler->after(every, *drop);
        m_periodic.append(drop);
    }
    if (faults.socketClosingEverySeconds > 0) {
        const qint64 every = faults.socketClosingEverySeconds * 1000LL;
        auto closing = std::make_shared<std::function<void()>>();
        *closing = [this, every, weak = std::weak_ptr(closing)] {
            const int announced = m_hub->announceSocketClosing();
            qCInfo(lcSandboxNotify) << "fault: socket_closing sent on" << announced << "sockets";
            if (auto self = weak.lock())
                m_scheduler->after(every, *self);
        };
        m_scheduler->after(every, *closing);
        m_periodic.append(closing);
    }
}

bool Sandbox::step(qint64 ms)
{
    if (m_clock->mode() != SandboxClock::Mode::Stepped || ms < 0)
        return false;
    m_scheduler->advanceBy(ms);
    return true;
}

int Sandbox::revokeAllTokens()
{
    const QStringList keys = m_auth->revokeAll();
    m_hub->tokensRevoked(keys);
    for (const QString &key : keys)
        m_rateLimiter->forget(key);
    return static_cast<int>(keys.size());
}

QJsonObject Sandbox::snapshot() const
{
    QJsonArray conversations;
    for (const SimConversation *conversation : m_store->conversations()) {
        QJsonObject object = ConversationJson::messageConversation(*conversation, *m_organisation);
        object.insert("queueId"_L1, conversation->queueId);
        object.insert("ended"_L1, conversation->isEnded());
        object.insert("waiting"_L1, conversation->isWaiting());
        if (conversation->isWaiting())
            object.insert("queuePosition"_L1, m_simulator->queuePosition(conversation->id));
        conversations.append(object);
    }
    QJsonArray queues;
    for (const auto &queue : m_organisation->queues()) {
        queues.append(
            QJsonObject {{u"id"_s, queue.id},
                         {u"name"_s, queue.name},
                         {u"estimatedWaitMs"_s, m_simulator->estimatedWaitMs(queue.id)},
                         {u"inactivityTimeoutSeconds"_s, queue.inactivityTimeoutSeconds}});
    }
    QJsonArray users;
    for (const auto &user : m_organisation->users()) {
        users.append(
            QJsonObject {{u"id"_s, user.id},
                         {u"name"_s, user.name},
                         {u"email"_s, user.email},
                         {u"supervisor"_s, user.supervisor},
                         {u"capacity"_s, user.messageCapacity},
                         {u"queueIds"_s, QJsonArray::fromStringList(user.queueIds)},
                         {u"permissions"_s, QJsonArray::fromStringList(user.permissions)}});
    }
    return {
        {u"now"_s, ConversationJson::isoTime(m_scheduler->nowMs())},
        {u"nowMs"_s, m_scheduler->nowMs()},
        {u"clock"_s, m_clock->mode() == SandboxClock::Mode::Stepped ? u"stepped"_s : u"running"_s},
        {u"speed"_s, m_clock->speed()},
        {u"seed"_s, QString::number(m_options.seed)},
        {u"organization"_s,
         QJsonObject {{u"id"_s, m_organisation->id()}, {u"name"_s, m_organisation->name()}}},
        {u"queues"_s, queues},
        {u"users"_s, users},
        {u"conversations"_s, conversations},
        {u"activeConversations"_s, m_store->activeCount()},
        {u"simulator"_s, m_simulator->snapshot()},
        {u"channels"_s, m_hub->snapshot()},
        {u"connectedSockets"_s, m_hub->connectedSocketCount()},
        {u"heartbeats"_s, m_hub->heartbeatsEnabled()},
        {u"liveTokens"_s, m_auth->liveTokenCount()},
        {u"requests"_s, m_pipeline->requestCount()},
        {u"faults"_s, m_faults->toJson()}};
}

} // namespace IdleGuard::Sandbox
