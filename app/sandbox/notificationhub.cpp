#include "notificationhub.h"

#include "authservice.h"
#include "conversationjson.h"
#include "conversationstore.h"
#include "core/logredaction.h"
#include "eventscheduler.h"
#include "organisation.h"
#include "sandboxlogging.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace IdleGuard::Sandbox {

using namespace Qt::StringLiterals;

namespace {

const QRegularExpression
    kQueueTopic(u"^v2\\.routing\\.queues\\.([0-9a-f-]{36})\\.conversations\\.messages$"_s);
const QRegularExpression kUserTopic(u"^v2\\.users\\.([0-9a-f-]{36})\\.conversations\\.messages$"_s);
const QRegularExpression kChannelPath(u"^/channels/(streaming-0-[a-z0-9]+)$"_s);
const QString kViewPermission = u"conversation:communication:view"_s;

} // namespace

NotificationHub::NotificationHub(const Organisation &organisation, const ConversationStore &store,
                                 EventScheduler &scheduler, Settings settings, QObject *parent)
    : QObject(parent)
    , m_organisation(organisation)
    , m_store(store)
    , m_scheduler(scheduler)
    , m_settings(settings)
{
    connect(&store, &ConversationStore::conversationChanged, this,
            &NotificationHub::publishConversation);
}

NotificationHub::~NotificationHub()
{
    for (auto &channel : m_channels) {
        if (channel.socket)
            channel.socket->abort();
    }
}

QJsonObject NotificationHub::envelope(const QString &topic, const QJsonObject &body,
                                      const QString &version) const
{
    return {
        {u"topicName"_s, topic},
        {u"version"_s, version},
        {u"eventBody"_s, body},
        {u"metadata"_s,
         QJsonObject {{u"CorrelationId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}}}};
}

const NotificationHub::Channel &NotificationHub::createChannel(const TokenRecord &token,
                                                               const QStringList &permissions)
{
    const QString owner
        = (token.userId.isEmpty() ? token.clientId : token.userId) + u'/' + token.clientId;
    // At most N channels per user and app: the 21st replaces the least recently used one,
    // preferring channels nobody is connected to.
    QList<Channel *> mine;
    for (auto &existing : m_channels) {
        if (existing.ownerKey == owner)
            mine.append(&existing);
    }
    if (mine.size() >= m_settings.channelsPerUserAndClient) {
        std::sort(mine.begin(), mine.end(), [](const Channel *a, const Channel *b) {
            const bool aIdle = a->socket.isNull();
            const bool bIdle = b->socket.isNull();
            if (aIdle != bIdle)
                return aIdle;
            return a->lastUsedMs < b->lastUsedMs;
        });
        removeChannel(mine.constFirst()->id, QWebSocketProtocol::CloseCodeGoingAway,
                      u"channel replaced by a newer channel"_s);
    }

    Channel channel;
    channel.id = u"streaming-0-"_s + QUuid::createUuid().toString(QUuid::Id128).left(20)
        + QString::number(++m_channelSequence, 36);
    channel.connectUri = u"ws://127.0.0.1:%1/channels/%2"_s.arg(m_port).arg(channel.id);
    channel.expiresMs = m_scheduler.nowMs() + m_settings.channelLifetimeMs;
    channel.lastUsedMs = m_scheduler.nowMs();
    channel.tokenKey = token.key;
    channel.ownerKey = owner;
    channel.userId = token.userId;
    channel.permissions = permissions;
    const QString id = channel.id;
    m_channels.insert(id, channel);
    scheduleExpiry(m_channels[id]);
    qCDebug(lcSandboxNotify).noquote() << "created" << LogRedaction::channel(id);
    return m_channels[id];
}

QString NotificationHub::ownerKey(const TokenRecord &token)
{
    return (token.userId.isEmpty() ? token.clientId : token.userId) + u'/' + token.clientId;
}

const NotificationHub::Channel *NotificationHub::channelOf(const QString &id,
                                                           const TokenRecord &token) const
{
    const Channel *found = channel(id);
    return found && found->ownerKey == ownerKey(token) ? found : nullptr;
}

const NotificationHub::Channel *NotificationHub::channel(const QString &id) const
{
    const auto found = m_channels.constFind(id);
    return found == m_channels.cend() ? nullptr : &*found;
}

QList<const NotificationHub::Channel *> NotificationHub::channelsOf(const TokenRecord &token,
                                                                    bool sameClientToo) const
{
    const QString owner
        = (token.userId.isEmpty() ? token.clientId : token.userId) + u'/' + token.clientId;
    QList<const Channel *> result;
    for (const auto &channel : m_channels) {
        if (channel.tokenKey == token.key || (sameClientToo && channel.ownerKey == owner))
            result.append(&channel);
    }
    std::sort(result.begin(), result.end(),
              [](const Channel *a, const Channel *b) { return a->id < b->id; });
    return result;
}

QJsonObject NotificationHub::channelJson(const Channel &channel, bool hideId) const
{
    QJsonObject object {{u"connectUri"_s, channel.connectUri},
                        {u"expires"_s, ConversationJson::isoTime(channel.expiresMs)}};
    if (!hideId)
        object.insert("id"_L1, channel.id);
    return object;
}

QJsonObject NotificationHub::topicJson(const QString &topic, const QString &state,
                                       const QString &reason, const QStringList &missing) const
{
    QJsonObject object {{u"id"_s, topic}, {u"state"_s, state}};
    if (!reason.isEmpty())
        object.insert("rejectionReason"_L1, reason);
    if (!missing.isEmpty())
        object.insert("missingPermissions"_L1, QJsonArray::fromStringList(missing));
    return object;
}

QString NotificationHub::checkTopic(const Channel &channel, const QString &topic, QString *reason,
                                    QStringList *missing) const
{
    if (const auto match = kQueueTopic.match(topic); match.hasMatch()) {
        if (!m_organisation.queue(match.captured(1))) {
            *reason = u"Queue not found"_s;
            return u"Rejected"_s;
        }
        if (!channel.permissions.contains(kViewPermission)) {
            *reason = u"Missing permissions"_s;
            *missing = {kViewPermission};
            return u"Rejected"_s;
        }
        return u"Permitted"_s;
    }
    if (const auto match = kUserTopic.match(topic); match.hasMatch()) {
        const QString userId = match.captured(1);
        if (!m_organisation.user(userId)) {
            *reason = u"User not found"_s;
            return u"Rejected"_s;
        }
        if (userId != channel.userId && !channel.permissions.contains(kViewPermission)) {
            *reason = u"Missing permissions"_s;
            *missing = {kViewPermission};
            return u"Rejected"_s;
        }
        return u"Permitted"_s;
    }
    *reason
        = u"Topic is not available (the sandbox emulates the queue and user conversations.messages topics)"_s;
    return u"Rejected"_s;
}

NotificationHub::SubscriptionResult NotificationHub::subscribe(const QString &channelId,
                                                               const QStringList &topics,
                                                               bool replace, bool ignoreErrors)
{
    SubscriptionResult result;
    auto found = m_channels.find(channelId);
    if (found == m_channels.end()) {
        result.status = 404;
        result.errorCode = u"not.found"_s;
        result.errorMessage = u"The requested channel was not found."_s;
        return result;
    }
    Channel &channel = *found;
    QStringList accepted = replace ? QStringList() : channel.topics;
    QStringList rejectedTopics;
    // 403 only when every rejection is a missing permission; any other problem is a 400.
    bool onlyPermissions = true;
    QJsonArray entities;
    for (const QString &topic : topics) {
        QString reason;
        QStringList missing;
        const QString state = checkTopic(channel, topic, &reason, &missing);
        if (state == "Permitted"_L1) {
            if (!accepted.contains(topic))
                accepted.append(topic);
        } else {
            rejectedTopics.append(topic);
            onlyPermissions = onlyPermissions && !missing.isEmpty();
            entities.append(topicJson(topic, state, reason, missing));
        }
    }
    if (!rejectedTopics.isEmpty() && !ignoreErrors) {
        result.status = onlyPermissions ? 403 : 400;
        result.errorCode = onlyPermissions ? u"missing.permissions"_s : u"bad.request"_s;
        result.errorMessage
            = u"Subscription failed for topic(s): %1"_s.arg(rejectedTopics.join(u", "_s));
        return result;
    }
    if (accepted.size() > m_settings.topicsPerChannel) {
        result.status = 400;
        result.errorCode = u"bad.request"_s;
        result.errorMessage
            = u"A channel may not subscribe to more than %1 topics; this request would make %2."_s
                  .arg(m_settings.topicsPerChannel)
                  .arg(accepted.size());
        return result;
    }
    for (const QString &old : std::as_const(channel.topics))
        m_topicIndex[old].removeAll(channelId);
    channel.topics = accepted;
    for (const QString &topic : std::as_const(channel.topics))
        m_topicIndex[topic].append(channelId);
    // Subscribing again extends the channel's life.
    channel.expiresMs = m_scheduler.nowMs() + m_settings.channelLifetimeMs;
    channel.lastUsedMs = m_scheduler.nowMs();
    scheduleExpiry(channel);

    QJsonArray all;
    for (const QString &topic : std::as_const(channel.topics))
        all.append(topicJson(topic, u"Permitted"_s));
    for (const auto &rejected : std::as_const(entities))
        all.append(rejected);
    result.entities = all;
    return result;
}

void NotificationHub::unsubscribeAll(const QString &channelId)
{
    auto found = m_channels.find(channelId);
    if (found == m_channels.end())
        return;
    for (const QString &old : std::as_const(found->topics))
        m_topicIndex[old].removeAll(channelId);
    found->topics.clear();
}

void NotificationHub::acceptSocket(std::unique_ptr<QWebSocket> owned)
{
    QWebSocket *socket = owned.release();
    socket->setParent(this);
    const auto match = kChannelPath.match(socket->requestUrl().path());
    const auto found = match.hasMatch() ? m_channels.find(match.captured(1)) : m_channels.end();
    if (found == m_channels.end()) {
        // Connect first: a peer already gone would otherwise never trigger the clean-up.
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"channel not found"_s);
        return;
    }
    Channel &channel = *found;
    if (channel.socket) {
        // One connection per channel: the newer one wins.
        channel.socket->close(QWebSocketProtocol::CloseCodeGoingAway,
                              u"replaced by a newer connection"_s);
    }
    channel.socket = socket;
    channel.lastUsedMs = m_scheduler.nowMs();
    const QString channelId = channel.id;
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, channelId, socket](const QString &text) {
                const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
                auto current = m_channels.find(channelId);
                if (current == m_channels.end() || current->socket != socket)
                    return;
                if (message.value("message"_L1).toString() == "ping"_L1) {
                    QJsonObject pong {{u"topicName"_s, u"channel.metadata"_s},
                                      {u"eventBody"_s, QJsonObject {{u"message"_s, u"pong"_s}}}};
                    send(*current, pong);
                }
            });
    scheduleHeartbeat(channel);
    qCDebug(lcSandboxNotify).noquote() << "socket connected to" << LogRedaction::channel(channelId);
}

void NotificationHub::send(Channel &channel, const QJsonObject &envelope)
{
    if (!channel.socket || channel.socket->state() != QAbstractSocket::ConnectedState)
        return;
    channel.socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(envelope).toJson(QJsonDocument::Compact)));
    ++m_eventsSent;
    emit frameSent(channel.id, envelope);
}

void NotificationHub::scheduleHeartbeat(Channel &channel)
{
    m_scheduler.cancel(channel.heartbeatEvent);
    const QString channelId = channel.id;
    channel.heartbeatEvent = m_scheduler.after(m_settings.heartbeatIntervalMs, [this, channelId] {
        auto found = m_channels.find(channelId);
        if (found == m_channels.end() || !found->socket)
            return;
        if (m_heartbeats) {
            send(*found,
                 {{u"topicName"_s, u"channel.metadata"_s},
                  {u"eventBody"_s, QJsonObject {{u"message"_s, u"WebSocket Heartbeat"_s}}}});
        }
        scheduleHeartbeat(*found);
    });
}

void NotificationHub::scheduleExpiry(Channel &channel)
{
    m_scheduler.cancel(channel.expiryEvent);
    const QString channelId = channel.id;
    channel.expiryEvent
        = m_scheduler.at(channel.expiresMs, [this, channelId] { expireChannel(channelId); });
}

void NotificationHub::expireChannel(const QString &channelId)
{
    removeChannel(channelId, QWebSocketProtocol::CloseCodeGoingAway, u"channel expired"_s);
}

void NotificationHub::removeChannel(const QString &channelId, QWebSocketProtocol::CloseCode code,
                                    const QString &reason)
{
    auto found = m_channels.find(channelId);
    if (found == m_channels.end())
        return;
    m_scheduler.cancel(found->expiryEvent);
    m_scheduler.cancel(found->heartbeatEvent);
    for (const QString &topic : std::as_const(found->topics))
        m_topicIndex[topic].removeAll(channelId);
    if (found->socket)
        found->socket->close(code, reason);
    qCDebug(lcSandboxNotify).noquote() << "removed" << LogRedaction::channel(channelId) << reason;
    m_channels.erase(found);
}

int NotificationHub::dropAllSockets()
{
    int dropped = 0;
    for (auto &channel : m_channels) {
        if (channel.socket) {
            channel.socket->abort();
            channel.socket = nullptr;
            ++dropped;
        }
    }
    return dropped;
}

int NotificationHub::announceSocketClosing()
{
    int announced = 0;
    for (auto &channel : m_channels) {
        if (!channel.socket)
            continue;
        send(channel,
             envelope(u"v2.system.socket_closing"_s, {{u"message"_s, u"Socket closing"_s}}));
        QPointer<QWebSocket> socket = channel.socket;
        m_scheduler.after(m_settings.socketClosingGraceMs, [socket] {
            if (socket)
                socket->close(QWebSocketProtocol::CloseCodeGoingAway,
                              u"socket closing for maintenance"_s);
        });
        ++announced;
    }
    return announced;
}

void NotificationHub::tokensRevoked(const QStringList &tokenKeys)
{
    QStringList doomed;
    for (auto &channel : m_channels) {
        if (!tokenKeys.contains(channel.tokenKey))
            continue;
        const QJsonObject body {
            {u"channelId"_s, channel.id},
            {u"systemTopicType"_s, u"token_revoked"_s},
            {u"reason"_s, u"user_tokens_revoked"_s},
            {u"message"_s, u"The token this channel was created with was revoked"_s}};
        send(channel, envelope(u"v2.system.token_revoked."_s + channel.id, body));
        doomed.append(channel.id);
    }
    for (const QString &id : std::as_const(doomed))
        removeChannel(id, QWebSocketProtocol::CloseCodePolicyViolated, u"token revoked"_s);
}

void NotificationHub::publishConversation(const QString &conversationId)
{
    const SimConversation *conversation = m_store.conversation(conversationId);
    if (!conversation)
        return;
    QStringList topics;
    auto add = [&topics](const QString &topic) {
        if (!topics.contains(topic))
            topics.append(topic);
    };
    for (const auto &participant : conversation->participants) {
        if (!participant.queueId.isEmpty())
            add(u"v2.routing.queues."_s + participant.queueId + u".conversations.messages"_s);
        if (!participant.userId.isEmpty())
            add(u"v2.users."_s + participant.userId + u".conversations.messages"_s);
    }
    QJsonObject body;
    for (const QString &topic : std::as_const(topics)) {
        const QStringList channelIds = m_topicIndex.value(topic);
        if (channelIds.isEmpty())
            continue;
        if (body.isEmpty())
            body = ConversationJson::topicEventBody(*conversation, m_organisation);
        const QJsonObject event = envelope(topic, body);
        for (const QString &channelId : channelIds) {
            auto found = m_channels.find(channelId);
            if (found != m_channels.end())
                send(*found, event);
        }
    }
}

int NotificationHub::connectedSocketCount() const
{
    int count = 0;
    for (const auto &channel : m_channels)
        count += channel.socket ? 1 : 0;
    return count;
}

QJsonArray NotificationHub::snapshot() const
{
    QJsonArray channels;
    for (const auto &channel : m_channels) {
        channels.append(QJsonObject {{u"id"_s, channel.id},
                                     {u"expires"_s, ConversationJson::isoTime(channel.expiresMs)},
                                     {u"connected"_s, !channel.socket.isNull()},
                                     {u"topics"_s, QJsonArray::fromStringList(channel.topics)}});
    }
    return channels;
}

} // namespace IdleGuard::Sandbox
