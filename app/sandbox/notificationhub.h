#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QWebSocket>

#include <memory>

namespace IdleGuard::Sandbox {

class ConversationStore;
class EventScheduler;
class Organisation;
struct TokenRecord;

// The notification service (reference section 7): channels with their topic subscriptions,
// one WebSocket per channel, the envelope every event travels in, heartbeats, the
// socket_closing announcement before a planned close, channel expiry and the per-channel
// limits. Conversation changes from the store become full-snapshot events on the queue and
// user topics that name them.
class NotificationHub final : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        qint64 heartbeatIntervalMs = 30'000;
        qint64 channelLifetimeMs = 24LL * 60 * 60 * 1000;
        qint64 socketClosingGraceMs = 60'000;
        int topicsPerChannel = 1000;
        int channelsPerUserAndClient = 20;
    };

    struct Channel
    {
        QString id;
        QString connectUri;
        qint64 expiresMs = 0;
        qint64 lastUsedMs = 0;
        QString tokenKey;
        QString ownerKey; // user id (or client id for client credentials) + OAuth client
        QString userId;
        QStringList permissions;
        QStringList topics;
        QPointer<QWebSocket> socket;
        quint64 expiryEvent = 0;
        quint64 heartbeatEvent = 0;
    };

    // Result of a subscription change: the ChannelTopic entities, or an error to answer with.
    struct SubscriptionResult
    {
        int status = 200;
        QString errorCode;
        QString errorMessage;
        QJsonArray entities;
    };

    NotificationHub(const Organisation &organisation, const ConversationStore &store,
                    EventScheduler &scheduler, Settings settings, QObject *parent = nullptr);
    ~NotificationHub() override;

    void setPort(quint16 port) { m_port = port; }

    const Channel &createChannel(const TokenRecord &token, const QStringList &permissions);
    const Channel *channel(const QString &id) const;
    // The channel if `token`'s user and OAuth client own it; channels are private to them.
    const Channel *channelOf(const QString &id, const TokenRecord &token) const;
    static QString ownerKey(const TokenRecord &token);
    QList<const Channel *> channelsOf(const TokenRecord &token, bool sameClientToo) const;
    SubscriptionResult subscribe(const QString &channelId, const QStringList &topics, bool replace,
                                 bool ignoreErrors);
    void unsubscribeAll(const QString &channelId);
    QJsonObject channelJson(const Channel &channel, bool hideId = false) const;
    QJsonObject topicJson(const QString &topic, const QString &state, const QString &reason = {},
                          const QStringList &missing = {}) const;

    // A WebSocket the HTTP server accepted; its path names the channel.
    void acceptSocket(std::unique_ptr<QWebSocket> socket);

    // Faults and control.
    void setHeartbeatsEnabled(bool enabled) { m_heartbeats = enabled; }
    bool heartbeatsEnabled() const { return m_heartbeats; }
    // Abort every socket without a close frame, as a broken network would.
    int dropAllSockets();
    // Send v2.system.socket_closing on every socket and close them after the grace period.
    int announceSocketClosing();
    void expireChannel(const QString &channelId);
    // Tokens revoked: their channels stop (token_revoked system event, then close).
    void tokensRevoked(const QStringList &tokenKeys);

    int connectedSocketCount() const;
    qint64 eventsSent() const { return m_eventsSent; }
    QJsonArray snapshot() const;

signals:
    // Every frame sent, for tests that assert on the stream (topic, full envelope).
    void frameSent(const QString &channelId, const QJsonObject &envelope);

private:
    void publishConversation(const QString &conversationId);
    void send(Channel &channel, const QJsonObject &envelope);
    void scheduleHeartbeat(Channel &channel);
    void scheduleExpiry(Channel &channel);
    void removeChannel(const QString &channelId, QWebSocketProtocol::CloseCode code,
                       const QString &reason);
    QJsonObject envelope(const QString &topic, const QJsonObject &body,
                         const QString &version = QStringLiteral("2")) const;
    // Checks one topic for the channel; returns state and fills reason/missing.
    QString checkTopic(const Channel &channel, const QString &topic, QString *reason,
                       QStringList *missing) const;

    const Organisation &m_organisation;
    const ConversationStore &m_store;
    EventScheduler &m_scheduler;
    Settings m_settings;
    quint16 m_port = 0;
    bool m_heartbeats = true;
    QHash<QString, Channel> m_channels;
    QHash<QString, QStringList> m_topicIndex; // topic -> channel ids
    qint64 m_eventsSent = 0;
    quint64 m_channelSequence = 0;
};

} // namespace IdleGuard::Sandbox
