#pragma once

#include "backoffpolicy.h"
#include "conversationmirror.h"
#include "genesysapi.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

class QWebSocket;

namespace IdleGuard {
class Clock;
}

namespace IdleGuard::Genesys {

// The live feed of the watched queues' message conversations (reference sections 6.1 and 7):
// notification channels with the queues' conversations.messages topics (split across channels
// past the per-channel topic limit), one WebSocket per channel, and a ConversationMirror kept
// equal to the platform. It keeps itself healthy (heartbeat watchdog, ping when quiet,
// socket_closing, reconnect with jittered backoff, renewal before expiry, channel re-creation)
// and, after every gap, takes a fresh snapshot (analytics query + each conversation) and
// reconciles it with the mirror, whose freshness rule keeps stale data from winning.
// All waiting goes through an injectable scheduler and the injected Clock; there are no sleeps.
class NotificationFeed final : public QObject
{
    Q_OBJECT

public:
    enum class State { Connecting, Live, Resyncing, Offline };
    Q_ENUM(State)

    // Runs `then` after `ms` milliseconds: QTimer by default; tests drive time themselves.
    using Scheduler = std::function<void(qint64 ms, std::function<void()> then)>;

    struct Settings
    {
        int topicsPerChannel = 1000; // reference 7.2
        qint64 heartbeatIntervalMs = 30'000; // the server's; no heartbeat for two means dead
        qint64 tickMs = 5'000; // how often the watchdog and renewal look
        qint64 renewBeforeMs = 60LL * 60 * 1000; // capped to a quarter of the lifetime
        int snapshotConcurrency = 8;
        qint64 snapshotLookBackMs = 2LL * 24 * 60 * 60 * 1000; // analytics interval start
        BackoffPolicy backoff {1'000, 60'000, 0};
    };

    struct Counters
    {
        int eventsApplied = 0;
        int staleSkipped = 0;
        int malformedSkipped = 0;
        int unknownTopicsSkipped = 0;
        int ignored = 0; // conversations of queues not watched
        int reconnects = 0;
        int resyncs = 0;
        int resyncReadsSaved = 0; // conversations an event brought while their resync ran
        int channelsCreated = 0;
        int renewals = 0;
    };

    NotificationFeed(GenesysApi &api, const Clock &clock, QObject *parent = nullptr);
    ~NotificationFeed() override;

    void setSettings(const Settings &settings) { m_settings = settings; }
    const Settings &settings() const { return m_settings; }
    void setScheduler(Scheduler scheduler) { m_scheduler = std::move(scheduler); }

    // The queues to watch; while running, subscriptions follow and the mirror drops the
    // conversations of queues no longer watched.
    void setQueues(const QStringList &queueIds);
    QStringList queues() const { return m_queues; }

    void start();
    void stop();
    // A new access token (after signing in again): resumes a feed that went offline for it.
    void setAccessToken(const QString &token);

    // One text frame as it came from a socket (public so that tests can feed it bad frames).
    void handleFrame(const QString &text);

    State state() const { return m_state; }
    QString offlineReason() const { return m_reason; }
    qint64 lastHeartbeatMs() const;
    int rateLimitHeadroom() const;
    Counters counters() const { return m_counters; }
    qint64 framesReceived() const { return m_framesReceived; }
    // A socket is opening: only the network can finish that, not the passing of time (REST
    // calls under way are counted by the client, RestClient::requestsOnTheWire()).
    bool awaitingNetwork() const;
    // A ping went out on an open socket and nothing has come back since.
    bool pingPending() const;
    QStringList channelIds() const;
    ConversationMirror &mirror() { return m_mirror; }
    const ConversationMirror &mirror() const { return m_mirror; }

signals:
    void stateChanged();
    // The feed became live (every socket open, the snapshot after the last gap applied: what
    // it reports is current) or stopped being so. Carries the value, for receivers on other
    // threads; emitted after the conversation updates of the resync that made it live.
    void liveChanged(bool live);
    void conversationUpdated(const IdleGuard::Conversation &conversation);
    void conversationRemoved(const QString &id);
    // The token is missing, expired or revoked: sign in again and call setAccessToken().
    void signInNeeded();

private:
    struct Link;

    void later(qint64 ms, std::function<void()> then);
    void rebuildLinks();
    void establish(Link &link);
    void subscribe(Link &link, bool renewal);
    void recover(Link &link);
    void openSocket(Link &link);
    // Silences a link's sockets and calls and deletes them later (never inside their signals).
    void discard(Link &link);
    void retireSocket(Link &link, bool close);
    void socketLost(Link &link, const QString &why);
    void scheduleRetry(Link &link);
    void linkFailed(Link &link, const ApiResult &result, const char *what);
    void handleFrame(Link *link, bool current, const QString &text);
    void tick(quint64 run);

    void requestResync();
    void startResync();
    void fetchSnapshots();
    void finishResync(quint64 serial);
    void resyncFailed(const ApiResult &result);

    void goOffline(const QString &reason);
    void updateState();
    bool allLinksOpen() const;
    QSet<QString> subscribedTopics() const;
    Link *linkOf(const QWebSocket *socket);

    GenesysApi &m_api;
    const Clock &m_clock;
    Settings m_settings;
    Scheduler m_scheduler;
    ConversationMirror m_mirror;
    QStringList m_queues;
    std::vector<std::unique_ptr<Link>> m_links;
    bool m_running = false;
    quint64 m_run = 0; // bumped by start/stop so old timers and ticks fall silent
    State m_state = State::Offline;
    QString m_reason;
    Counters m_counters;
    qint64 m_framesReceived = 0;
    bool m_halted = false; // offline until start() or a new token
    quint64 m_resyncSerial = 0;

    // The resync in progress, if any.
    std::unique_ptr<QObject> m_resyncContext;
    bool m_resyncAgain = false;
    int m_resyncRetry = 0;
    bool m_resyncFailed = false;
    int m_resyncFailureStatus = 0;
    quint64 m_resyncGeneration = 0;
    QStringList m_snapshotQueue;
    QSet<QString> m_snapshotIds;
    int m_snapshotInFlight = 0;
};

} // namespace IdleGuard::Genesys
