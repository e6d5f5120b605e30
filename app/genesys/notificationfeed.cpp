#include "notificationfeed.h"

#include "conversationparser.h"
#include "core/clock.h"
#include "core/logredaction.h"
#include "environment.h"
#include "genesyslogging.h"
#include "restclient.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <chrono>

using namespace Qt::StringLiterals;

namespace IdleGuard::Genesys {

namespace {

constexpr auto kMetadataTopic = "channel.metadata"_L1;
constexpr auto kSocketClosingTopic = "v2.system.socket_closing"_L1;
const QString kSignInNeeded = u"sign-in needed"_s;
const QString kNoQueues = u"no queues selected"_s;

} // namespace

// One notification channel: its topics, its socket and where it is in its life.
struct NotificationFeed::Link
{
    enum class Phase { Idle, Creating, Subscribing, Connecting, Open, Waiting };

    QStringList topics;
    QString id;
    QUrl connectUri;
    qint64 expiresMs = 0;
    qint64 lifetimeMs = 0;
    Phase phase = Phase::Idle;
    // Callbacks of this channel's calls die with it (reset to cancel them).
    std::unique_ptr<QObject> context = std::make_unique<QObject>();
    QWebSocket *socket = nullptr;
    QList<QWebSocket *> retired; // closing sockets whose last frames still count
    qint64 openedMs = 0;
    qint64 lastHeartbeatMs = 0; // heartbeat or pong on the current socket
    qint64 lastFrameMs = 0;
    qint64 pingSentMs = 0;
    int retry = 0;
    bool renewing = false;
    bool resyncAfterSubscribe = false;
};

NotificationFeed::NotificationFeed(GenesysApi &api, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_clock(clock)
{
    m_scheduler = [this](qint64 ms, std::function<void()> then) {
        QTimer::singleShot(std::chrono::milliseconds(ms), this, std::move(then));
    };
    connect(&m_mirror, &ConversationMirror::conversationUpdated, this,
            &NotificationFeed::conversationUpdated);
    connect(&m_mirror, &ConversationMirror::conversationRemoved, this,
            &NotificationFeed::conversationRemoved);
}

NotificationFeed::~NotificationFeed()
{
    m_running = false;
    for (auto &link : m_links) {
        delete link->socket;
        qDeleteAll(link->retired);
    }
}

void NotificationFeed::later(qint64 ms, std::function<void()> then)
{
    // The scheduler may outlive the feed (tests own it): a dead feed's callbacks do nothing.
    QPointer<NotificationFeed> self(this);
    m_scheduler(qMax<qint64>(0, ms), [self, then = std::move(then)] {
        if (self)
            then();
    });
}

void NotificationFeed::setQueues(const QStringList &queueIds)
{
    QStringList sorted = queueIds;
    sorted.sort();
    sorted.removeDuplicates();
    if (sorted == m_queues)
        return;
    m_queues = sorted;
    m_mirror.setWatchedQueues(m_queues);
    // Offline for a reason other than an empty selection: the new selection waits for the
    // restart (a new token or start()), which builds the channels from it anyway.
    if (m_running && (!m_halted || m_reason == kNoQueues))
        rebuildLinks();
}

void NotificationFeed::start()
{
    if (m_running)
        return;
    m_running = true;
    m_halted = false;
    ++m_run;
    m_reason.clear();
    m_mirror.setWatchedQueues(m_queues);
    rebuildLinks();
    const quint64 run = m_run;
    later(m_settings.tickMs, [this, run] { tick(run); });
    updateState();
}

void NotificationFeed::stop()
{
    m_running = false;
    ++m_run;
    if (m_resyncContext) // stop() may run inside one of its answers
        m_resyncContext.release()->deleteLater();
    m_snapshotInFlight = 0;
    for (auto &link : m_links)
        discard(*link);
    m_links.clear();
    goOffline(u"stopped"_s);
}

void NotificationFeed::setAccessToken(const QString &token)
{
    m_api.client().setAccessToken(token);
    // Channels stop working with the token they were made with (reference 7.2): start afresh.
    if (m_running && m_halted && m_reason == kSignInNeeded) {
        stop();
        start();
    }
}

void NotificationFeed::rebuildLinks()
{
    QStringList topics;
    for (const QString &queue : std::as_const(m_queues))
        topics.append(GenesysApi::queueTopic(queue));
    const int perChannel = qMax(1, m_settings.topicsPerChannel);
    QList<QStringList> chunks;
    for (qsizetype i = 0; i < topics.size(); i += perChannel)
        chunks.append(topics.mid(i, perChannel));

    while (m_links.size() > size_t(chunks.size())) {
        discard(*m_links.back());
        m_links.pop_back();
    }
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        if (size_t(i) < m_links.size()) {
            Link &link = *m_links[size_t(i)];
            if (link.topics == chunks[i])
                continue;
            link.topics = chunks[i];
            // A channel in use gets the new list (PUT replaces it); the new queues' current
            // conversations come from a resync once the subscription holds.
            if (link.phase == Link::Phase::Open) {
                link.resyncAfterSubscribe = true;
                subscribe(link, false);
            }
            continue;
        }
        auto link = std::make_unique<Link>();
        link->topics = chunks[i];
        m_links.push_back(std::move(link));
        establish(*m_links.back());
    }
    if (m_links.empty()) {
        goOffline(kNoQueues);
        return;
    }
    if (m_halted && m_reason == kNoQueues)
        m_halted = false;
    updateState();
}

void NotificationFeed::establish(Link &link)
{
    link.phase = Link::Phase::Creating;
    link.context = std::make_unique<QObject>();
    m_api.createChannel(link.context.get(),
                        [this, &link](const ApiResult &result, const GenesysApi::Channel &channel) {
                            if (!result.ok() || channel.id.isEmpty()) {
                                linkFailed(link, result, "create channel");
                                return;
                            }
                            ++m_counters.channelsCreated;
                            link.id = channel.id;
                            link.connectUri = channel.connectUri;
                            const qint64 now = m_clock.nowMs();
                            link.expiresMs = channel.expiresMs > now ? channel.expiresMs
                                                                     : now + 24LL * 60 * 60 * 1000;
                            link.lifetimeMs = link.expiresMs - now;
                            qCDebug(lcGenesysFeed).noquote()
                                << LogRedaction::channel(link.id) << "created";
                            subscribe(link, false);
                        });
    updateState();
}

void NotificationFeed::subscribe(Link &link, bool renewal)
{
    if (!renewal)
        link.phase = link.phase == Link::Phase::Open ? Link::Phase::Open : Link::Phase::Subscribing;
    link.renewing = renewal;
    const QStringList topics = link.topics;
    m_api.setSubscriptions(
        link.id, topics, link.context.get(),
        [this, &link, renewal, topics](const ApiResult &result,
                                       const QList<GenesysApi::TopicState> &) {
            link.renewing = false;
            if (!result.ok()) {
                if (renewal && result.status != 401 && result.status != 404)
                    return; // the next tick tries again, well before the channel expires
                linkFailed(link, result, "subscribe");
                return;
            }
            // Subscribing again extends the channel's life (reference 7.2).
            link.expiresMs = m_clock.nowMs() + link.lifetimeMs;
            if (renewal) {
                ++m_counters.renewals;
                return;
            }
            if (link.phase == Link::Phase::Open) {
                if (link.resyncAfterSubscribe && link.topics == topics) {
                    link.resyncAfterSubscribe = false;
                    requestResync();
                }
                return;
            }
            link.resyncAfterSubscribe = false;
            openSocket(link);
        });
}

void NotificationFeed::recover(Link &link)
{
    if (!m_running || m_halted)
        return;
    if (link.id.isEmpty()) {
        establish(link);
        return;
    }
    // The channel may have expired or been replaced while we were away: HEAD tells.
    link.phase = Link::Phase::Connecting;
    m_api.channelExists(
        link.id, link.context.get(), [this, &link](const ApiResult &result, bool exists) {
            if (exists && link.resyncAfterSubscribe)
                subscribe(link, false); // a topic change that has not reached the channel yet
            else if (exists)
                openSocket(link);
            else if (result.status == 404)
                establish(link);
            else
                linkFailed(link, result, "check channel");
        });
}

void NotificationFeed::openSocket(Link &link)
{
    const QString problem = Environment::transportProblem(link.connectUri);
    if (!problem.isEmpty()) {
        goOffline(problem);
        return;
    }
    link.phase = Link::Phase::Connecting;
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    link.socket = socket;
    connect(socket, &QWebSocket::connected, this, [this, socket] {
        Link *owner = linkOf(socket);
        if (!owner || owner->socket != socket)
            return;
        const qint64 now = m_clock.nowMs();
        owner->phase = Link::Phase::Open;
        owner->retry = 0;
        owner->openedMs = now;
        owner->lastHeartbeatMs = now; // the watchdog counts from the connection
        owner->lastFrameMs = now;
        owner->pingSentMs = 0;
        qCDebug(lcGenesysFeed).noquote() << "socket open on" << LogRedaction::channel(owner->id);
        requestResync(); // whatever happened while no socket listened is a gap
    });
    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) {
        ++m_framesReceived;
        Link *owner = linkOf(socket);
        handleFrame(owner, owner && owner->socket == socket, text);
    });
    const auto lost = [this, socket] {
        Link *owner = linkOf(socket);
        if (!owner) {
            socket->deleteLater();
            return;
        }
        if (owner->retired.removeAll(socket) > 0) {
            socket->deleteLater();
            return;
        }
        if (owner->socket == socket) {
            owner->socket = nullptr;
            socket->deleteLater();
            socketLost(*owner, u"socket closed: %1"_s.arg(socket->closeReason()));
        }
    };
    connect(socket, &QWebSocket::disconnected, this, lost);
    // A connection that never opens may report only an error.
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [socket, lost] {
                if (socket->state() == QAbstractSocket::UnconnectedState)
                    lost();
            });
    socket->open(link.connectUri);
    updateState();
}

void NotificationFeed::discard(Link &link)
{
    // Whoever stops the feed may be running inside one of these sockets' signals (a frame's
    // conversationUpdated, a disconnected): deleting them now would pull the socket out from
    // under its own emit. They fall silent at once and go on the next turn of the event loop.
    QList<QWebSocket *> sockets = link.retired;
    if (link.socket)
        sockets.append(link.socket);
    link.socket = nullptr;
    link.retired.clear();
    for (QWebSocket *socket : std::as_const(sockets)) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    // Its calls' answers are dropped with it, possibly from inside one of them.
    if (QObject *context = link.context.release())
        context->deleteLater();
}

void NotificationFeed::retireSocket(Link &link, bool close)
{
    if (!link.socket)
        return;
    // Closed gracefully (or left for the server to close), so frames already on their way are
    // still read and applied; only the current socket's heartbeats count.
    QWebSocket *old = link.socket;
    link.socket = nullptr;
    link.retired.append(old);
    if (!close)
        return;
    if (old->state() == QAbstractSocket::ConnectedState)
        old->close();
    else
        old->abort();
}

void NotificationFeed::socketLost(Link &link, const QString &why)
{
    if (!m_running || m_halted)
        return;
    qCDebug(lcGenesysFeed).noquote() << LogRedaction::channel(link.id) << "lost its socket:" << why;
    ++m_counters.reconnects;
    retireSocket(link, true);
    scheduleRetry(link);
}

void NotificationFeed::scheduleRetry(Link &link)
{
    retireSocket(link, true);
    link.phase = Link::Phase::Waiting;
    link.context = std::make_unique<QObject>(); // drop answers of calls still under way
    const qint64 delay
        = m_settings.backoff.delayMs(link.retry++, QRandomGenerator::global()->generateDouble());
    const quint64 run = m_run;
    Link *target = &link;
    later(delay, [this, run, target] {
        if (run != m_run)
            return;
        for (auto &candidate : m_links) {
            if (candidate.get() == target && target->phase == Link::Phase::Waiting)
                recover(*target);
        }
    });
    updateState();
}

void NotificationFeed::linkFailed(Link &link, const ApiResult &result, const char *what)
{
    qCDebug(lcGenesysFeed) << what << "failed:" << result.describe();
    if (result.status == 401) {
        goOffline(kSignInNeeded);
        emit signInNeeded();
        return;
    }
    if (result.errorCode == "transport.refused"_L1) {
        goOffline(result.message);
        return;
    }
    if (result.status == 400 || result.status == 403) {
        // A topic the platform will not give us (a queue gone, a permission missing): retrying
        // cannot help, the user has to change the selection or the role.
        goOffline(result.message.isEmpty() ? result.describe() : result.message);
        return;
    }
    if (result.status == 404 && !link.id.isEmpty()) {
        // The channel is gone (expired, or replaced by a 21st): make a new one.
        link.id.clear();
        retireSocket(link, true);
    }
    scheduleRetry(link);
}

NotificationFeed::Link *NotificationFeed::linkOf(const QWebSocket *socket)
{
    for (auto &link : m_links) {
        if (link->socket == socket || link->retired.contains(socket))
            return link.get();
    }
    return nullptr;
}

void NotificationFeed::handleFrame(const QString &text)
{
    handleFrame(nullptr, false, text);
}

void NotificationFeed::handleFrame(Link *link, bool current, const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        ++m_counters.malformedSkipped;
        qCDebug(lcGenesysFeed) << "skipped a frame that is not a JSON object";
        return;
    }
    const QJsonObject envelope = document.object();
    const QJsonValue topicValue = envelope.value("topicName"_L1);
    const QJsonValue body = envelope.value("eventBody"_L1);
    if (!topicValue.isString() || !body.isObject()) {
        ++m_counters.malformedSkipped;
        qCDebug(lcGenesysFeed) << "skipped a frame without topicName or eventBody";
        return;
    }
    const QString topic = topicValue.toString();
    const qint64 now = m_clock.nowMs();
    if (link)
        link->lastFrameMs = now;

    if (topic == kMetadataTopic) {
        const QString message = body.toObject().value("message"_L1).toString();
        if (message == "WebSocket Heartbeat"_L1 || message == "pong"_L1) {
            if (link && current)
                link->lastHeartbeatMs = now;
            return;
        }
        ++m_counters.unknownTopicsSkipped;
        return;
    }
    if (topic == kSocketClosingTopic) {
        // Maintenance: the server closes this socket in about a minute. Open a new one to the
        // same connectUri now (subscriptions belong to the channel); the old one is retired.
        if (link && link->socket && link->phase == Link::Phase::Open) {
            qCDebug(lcGenesysFeed).noquote()
                << "socket_closing on" << LogRedaction::channel(link->id);
            ++m_counters.reconnects;
            retireSocket(*link, false);
            openSocket(*link);
        }
        return;
    }
    const bool subscribed
        = link ? link->topics.contains(topic) : subscribedTopics().contains(topic);
    if (!subscribed) {
        ++m_counters.unknownTopicsSkipped;
        qCDebug(lcGenesysFeed) << "skipped a frame of topic" << topic;
        return;
    }
    const QJsonObject event = body.toObject();
    if (!event.value("id"_L1).isString() || event.value("id"_L1).toString().isEmpty()) {
        ++m_counters.malformedSkipped;
        qCDebug(lcGenesysFeed) << "skipped an event without a conversation id";
        return;
    }
    const Conversation conversation = ConversationParser::parse(event);
    if (conversation.id.isEmpty()) {
        ++m_counters.malformedSkipped;
        return;
    }
    switch (m_mirror.apply(conversation)) {
    case ConversationMirror::Outcome::Applied:
    case ConversationMirror::Outcome::Removed:
        ++m_counters.eventsApplied;
        break;
    case ConversationMirror::Outcome::Stale:
        ++m_counters.staleSkipped;
        break;
    case ConversationMirror::Outcome::Ignored:
        ++m_counters.ignored;
        break;
    }
}

void NotificationFeed::tick(quint64 run)
{
    if (run != m_run || !m_running)
        return;
    const qint64 now = m_clock.nowMs();
    const qint64 interval = m_settings.heartbeatIntervalMs;
    for (auto &owned : m_links) {
        Link &link = *owned;
        if (link.phase != Link::Phase::Open || !link.socket)
            continue;
        if (now - link.lastHeartbeatMs >= 2 * interval) {
            // Two intervals without a heartbeat or pong: the socket is dead, whatever TCP says.
            socketLost(link, u"no heartbeat"_s);
            continue;
        }
        if (now - link.lastFrameMs >= interval && link.pingSentMs <= link.lastFrameMs) {
            link.socket->sendTextMessage(u"{\"message\":\"ping\"}"_s);
            link.pingSentMs = now;
        }
        const qint64 renewBefore = qMin(m_settings.renewBeforeMs, link.lifetimeMs / 4);
        if (!link.renewing && now >= link.expiresMs - renewBefore)
            subscribe(link, true);
    }
    later(m_settings.tickMs, [this, run] { tick(run); });
}

void NotificationFeed::requestResync()
{
    if (!m_running || m_halted)
        return;
    if (m_resyncContext) {
        m_resyncAgain = true; // the running one may have missed what this gap lost
        return;
    }
    // Only with every socket listening: events during and after the snapshot must arrive.
    if (!allLinksOpen()) {
        updateState();
        return;
    }
    startResync();
}

void NotificationFeed::startResync()
{
    m_resyncContext = std::make_unique<QObject>();
    ++m_resyncSerial;
    m_resyncAgain = false;
    m_resyncFailed = false;
    m_resyncFailureStatus = 0;
    m_resyncGeneration = m_mirror.generation();
    m_snapshotQueue.clear();
    m_snapshotIds.clear();
    m_snapshotInFlight = 0;
    ++m_counters.resyncs;
    updateState();
    const QDateTime since = QDateTime::fromMSecsSinceEpoch(
        m_clock.nowMs() - m_settings.snapshotLookBackMs, QTimeZone::utc());
    // Up to a day ahead of our clock, so a platform clock slightly ahead loses nothing.
    const QDateTime until
        = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), QTimeZone::utc()).addDays(1);
    m_api.activeConversationIds(
        m_queues, since, until, m_resyncContext.get(),
        [this, serial = m_resyncSerial](const ApiResult &result, const QStringList &ids) {
            if (serial != m_resyncSerial)
                return; // an abandoned resync's late answer
            if (!result.ok()) {
                resyncFailed(result);
                return;
            }
            m_snapshotQueue = ids;
            m_snapshotIds = QSet<QString>(ids.cbegin(), ids.cend());
            fetchSnapshots();
        });
}

void NotificationFeed::fetchSnapshots()
{
    while (m_snapshotInFlight < m_settings.snapshotConcurrency && !m_snapshotQueue.isEmpty()) {
        const QString id = m_snapshotQueue.takeFirst();
        // An event since the resync began (every socket listening by then) brought the whole
        // conversation: a read would return the same or older. At 10,000 conversations a
        // resync takes over half an hour, and every conversation that moves meanwhile is one
        // read fewer.
        if (m_mirror.touchedSince(id, m_resyncGeneration)) {
            ++m_counters.resyncReadsSaved;
            continue;
        }
        ++m_snapshotInFlight;
        m_api.conversation(
            id, m_resyncContext.get(),
            [this, id, serial = m_resyncSerial](const ApiResult &result,
                                                const Conversation &conversation) {
                if (serial != m_resyncSerial)
                    return; // an abandoned resync's late answer
                --m_snapshotInFlight;
                if (result.ok()) {
                    if (m_mirror.apply(conversation) == ConversationMirror::Outcome::Stale)
                        ++m_counters.staleSkipped;
                } else if (result.status == 404) {
                    m_mirror.removeGone(id, m_resyncGeneration);
                } else if (!m_resyncFailed) {
                    m_resyncFailed = true;
                    m_resyncFailureStatus = result.status;
                }
                if (m_snapshotQueue.isEmpty() && m_snapshotInFlight == 0) {
                    // Queued: the callback's RestCall is still finishing.
                    QMetaObject::invokeMethod(
                        this, [this, serial = m_resyncSerial] { finishResync(serial); },
                        Qt::QueuedConnection);
                } else {
                    fetchSnapshots();
                }
            });
    }
    if (m_snapshotQueue.isEmpty() && m_snapshotInFlight == 0)
        finishResync(m_resyncSerial);
}

void NotificationFeed::finishResync(quint64 serial)
{
    if (!m_resyncContext || serial != m_resyncSerial)
        return;
    if (m_resyncFailed) {
        ApiResult result;
        result.status = m_resyncFailureStatus;
        resyncFailed(result);
        return;
    }
    // Whatever the snapshot no longer lists, and no event touched since it began, is over.
    m_mirror.removeAbsent(m_snapshotIds, m_resyncGeneration);
    m_resyncContext.reset();
    m_resyncRetry = 0;
    if (m_resyncAgain)
        requestResync();
    updateState();
}

void NotificationFeed::resyncFailed(const ApiResult &result)
{
    qCDebug(lcGenesysFeed) << "resync failed:" << result.describe();
    // Deleting the context drops the answers still under way; keep it alive until we return.
    QObject *context = m_resyncContext.release();
    context->deleteLater();
    ++m_resyncSerial;
    m_snapshotInFlight = 0;
    m_snapshotQueue.clear();
    if (result.status == 401) {
        goOffline(kSignInNeeded);
        emit signInNeeded();
        return;
    }
    const qint64 delay
        = m_settings.backoff.delayMs(m_resyncRetry++, QRandomGenerator::global()->generateDouble());
    const quint64 run = m_run;
    later(delay, [this, run] {
        if (run == m_run)
            requestResync();
    });
    updateState();
}

void NotificationFeed::goOffline(const QString &reason)
{
    if (m_resyncContext)
        m_resyncContext.release()->deleteLater();
    ++m_resyncSerial;
    m_snapshotInFlight = 0;
    m_snapshotQueue.clear();
    for (auto &link : m_links) {
        link->context = std::make_unique<QObject>();
        link->phase = Link::Phase::Idle;
        retireSocket(*link, true);
    }
    const bool changed = m_state != State::Offline || m_reason != reason;
    const bool wasLive = m_state == State::Live;
    m_state = State::Offline;
    m_reason = reason;
    m_halted = m_running;
    qCDebug(lcGenesysFeed) << "offline:" << reason;
    if (wasLive)
        emit liveChanged(false);
    if (changed)
        emit stateChanged();
}

void NotificationFeed::updateState()
{
    if (!m_running || m_halted)
        return;
    const bool subscribing = std::any_of(m_links.cbegin(), m_links.cend(), [](const auto &link) {
        return link->resyncAfterSubscribe;
    });
    State next = State::Live;
    if (!allLinksOpen())
        next = State::Connecting;
    else if (m_resyncContext || subscribing)
        next = State::Resyncing;
    if (next != m_state) {
        const bool wasLive = m_state == State::Live;
        m_state = next;
        m_reason.clear();
        if (wasLive != (next == State::Live))
            emit liveChanged(next == State::Live);
        emit stateChanged();
    }
}

bool NotificationFeed::allLinksOpen() const
{
    if (m_links.empty())
        return false;
    for (const auto &link : m_links) {
        if (link->phase != Link::Phase::Open)
            return false;
    }
    return true;
}

QSet<QString> NotificationFeed::subscribedTopics() const
{
    QSet<QString> topics;
    for (const auto &link : m_links)
        topics.unite(QSet<QString>(link->topics.cbegin(), link->topics.cend()));
    return topics;
}

QStringList NotificationFeed::channelIds() const
{
    QStringList ids;
    for (const auto &link : m_links)
        ids.append(link->id);
    return ids;
}

bool NotificationFeed::awaitingNetwork() const
{
    // REST calls are the client's to count (RestClient::requestsOnTheWire): here, sockets.
    return std::any_of(m_links.cbegin(), m_links.cend(), [](const auto &link) {
        return link->socket && link->phase == Link::Phase::Connecting;
    });
}

bool NotificationFeed::pingPending() const
{
    return std::any_of(m_links.cbegin(), m_links.cend(), [](const auto &link) {
        return link->socket && link->phase == Link::Phase::Open
            && link->pingSentMs > link->lastFrameMs;
    });
}

qint64 NotificationFeed::lastHeartbeatMs() const
{
    qint64 newest = 0;
    for (const auto &link : m_links)
        newest = qMax(newest, link->lastHeartbeatMs);
    return newest;
}

int NotificationFeed::rateLimitHeadroom() const
{
    return m_api.client().budget().headroom();
}

} // namespace IdleGuard::Genesys
