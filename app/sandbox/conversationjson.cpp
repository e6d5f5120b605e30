#include "conversationjson.h"

#include "organisation.h"
#include "simconversation.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace IdleGuard::Sandbox {

using namespace Qt::StringLiterals;

namespace {

void putTime(QJsonObject &object, QLatin1String key, qint64 ms)
{
    if (ms >= 0)
        object.insert(key, ConversationJson::isoTime(ms));
}

void putString(QJsonObject &object, QLatin1String key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

QJsonObject attributesObject(const SimParticipant &participant)
{
    QJsonObject attributes;
    for (auto it = participant.attributes.cbegin(); it != participant.attributes.cend(); ++it)
        attributes.insert(it.key(), it.value());
    return attributes;
}

QJsonObject textMetadata()
{
    return {{u"type"_s, u"Text"_s}, {u"events"_s, QJsonArray()}, {u"content"_s, QJsonArray()}};
}

// Fields that MessageMediaParticipant and the topic participant share.
QJsonObject participantCore(const SimParticipant &participant)
{
    QJsonObject object;
    object.insert("id"_L1, participant.id);
    putString(object, "name"_L1, participant.name);
    putTime(object, "startTime"_L1, participant.startMs);
    putTime(object, "connectedTime"_L1, participant.connectedMs);
    putTime(object, "endTime"_L1, participant.endMs);
    object.insert("purpose"_L1, participant.purpose);
    object.insert("state"_L1, participant.state);
    object.insert("direction"_L1, participant.direction);
    putString(object, "disconnectType"_L1, participant.disconnectType);
    object.insert("held"_L1, false);
    object.insert("wrapupRequired"_L1, participant.wrapupRequired);
    if (participant.wrapupRequired) {
        object.insert("wrapupPrompt"_L1, u"mandatory"_s);
        object.insert("wrapupTimeoutMs"_L1, 60000);
    }
    if (participant.purpose == "agent"_L1)
        object.insert("alertingTimeoutMs"_L1, 30000);
    object.insert("attributes"_L1, attributesObject(participant));
    putString(object, "peer"_L1, participant.peer);
    object.insert("mediaRoles"_L1, QJsonArray());
    object.insert("type"_L1, u"webmessaging"_s);
    if (participant.purpose == "customer"_L1)
        object.insert("provider"_L1, u"PureCloud Messaging"_s);
    return object;
}

QJsonObject wrapupObject(const SimParticipant &participant, const Organisation &organisation)
{
    QJsonObject wrapup {{u"code"_s, participant.wrapupCode}};
    if (const auto *code = organisation.wrapupCode(participant.wrapupCode))
        wrapup.insert("name"_L1, code->name);
    putString(wrapup, "notes"_L1, participant.wrapupNotes);
    wrapup.insert("tags"_L1, QJsonArray());
    putTime(wrapup, "endTime"_L1, participant.wrapupMs);
    if (participant.endMs >= 0 && participant.wrapupMs >= participant.endMs)
        wrapup.insert("durationSeconds"_L1, (participant.wrapupMs - participant.endMs) / 1000);
    return wrapup;
}

QJsonObject ref(const QString &id, const QString &selfUri, const QString &name = {})
{
    QJsonObject object {{u"id"_s, id}};
    putString(object, "name"_L1, name);
    putString(object, "selfUri"_L1, selfUri);
    return object;
}

QString userUri(const QString &id)
{
    return u"/api/v2/users/"_s + id;
}

QString queueUri(const QString &id)
{
    return u"/api/v2/routing/queues/"_s + id;
}

} // namespace

QString ConversationJson::isoTime(qint64 ms)
{
    // Always UTC with a "Z" and milliseconds, as the platform writes them.
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s);
}

QJsonObject ConversationJson::entityRef(const QString &id, const QString &selfUri)
{
    return ref(id, selfUri);
}

QJsonObject ConversationJson::wrapupCode(const QString &id, const QString &name)
{
    return {{u"id"_s, id},
            {u"name"_s, name},
            {u"selfUri"_s, QString(u"/api/v2/routing/wrapupcodes/"_s + id)}};
}

QJsonArray ConversationJson::divisions(const SimConversation &conversation,
                                       const Organisation &organisation)
{
    const QString divisionUri = u"/api/v2/authorization/divisions/"_s + organisation.divisionId();
    return {QJsonObject {
        {u"division"_s, ref(organisation.divisionId(), divisionUri)},
        {u"entities"_s, QJsonArray {ref(conversation.queueId, queueUri(conversation.queueId))}}}};
}

QJsonObject ConversationJson::messageConversation(const SimConversation &conversation,
                                                  const Organisation &organisation)
{
    const QString selfUri = u"/api/v2/conversations/messages/"_s + conversation.id;
    QJsonArray participants;
    for (const auto &participant : conversation.participants) {
        QJsonObject object = participantCore(participant);
        putTime(object, "startAlertingTime"_L1, participant.alertingMs);
        if (!participant.userId.isEmpty())
            object.insert("user"_L1, ref(participant.userId, userUri(participant.userId)));
        if (!participant.queueId.isEmpty())
            object.insert("queue"_L1, ref(participant.queueId, queueUri(participant.queueId)));
        if (!participant.wrapupCode.isEmpty())
            object.insert("wrapup"_L1, wrapupObject(participant, organisation));
        QJsonArray messages;
        for (const auto &message : participant.messages) {
            messages.append(
                QJsonObject {{u"messageId"_s, message.id},
                             {u"messageURI"_s, QString(selfUri + u"/messages/"_s + message.id)},
                             {u"messageStatus"_s, message.status},
                             {u"messageSegmentCount"_s, 1},
                             {u"messageTime"_s, isoTime(message.timeMs)},
                             {u"messageMetadata"_s, textMetadata()}});
        }
        object.insert("messages"_L1, messages);
        object.insert("authenticated"_L1, false);
        participants.append(object);
    }
    return {{u"id"_s, conversation.id},
            {u"participants"_s, participants},
            {u"otherMediaUris"_s, QJsonArray()},
            {u"recentTransfers"_s, QJsonArray()},
            {u"divisions"_s, divisions(conversation, organisation)},
            {u"selfUri"_s, selfUri}};
}

QJsonObject ConversationJson::topicEventBody(const SimConversation &conversation,
                                             const Organisation &organisation)
{
    QJsonArray participants;
    for (const auto &participant : conversation.participants) {
        QJsonObject object = participantCore(participant);
        object.insert("initialState"_L1, participant.initialState);
        if (!participant.userId.isEmpty())
            object.insert("user"_L1, QJsonObject {{u"id"_s, participant.userId}});
        if (!participant.queueId.isEmpty())
            object.insert("queue"_L1, QJsonObject {{u"id"_s, participant.queueId}});
        if (participant.purpose == "agent"_L1) {
            object.insert(
                "queueMediaSettings"_L1,
                QJsonObject {{u"alertingTimeoutSeconds"_s, 30}, {u"enableAutoAnswer"_s, false}});
        }
        if (!participant.wrapupCode.isEmpty()) {
            QJsonObject wrapup {{u"code"_s, participant.wrapupCode}, {u"tags"_s, QJsonArray()}};
            putString(wrapup, "notes"_L1, participant.wrapupNotes);
            putTime(wrapup, "endTime"_L1, participant.wrapupMs);
            object.insert("wrapup"_L1, wrapup);
        }
        QJsonArray messages;
        for (const auto &message : participant.messages) {
            messages.append(QJsonObject {{u"message"_s, QJsonObject {{u"id"_s, message.id}}},
                                         {u"messageTime"_s, isoTime(message.timeMs)},
                                         {u"messageSegmentCount"_s, 1},
                                         {u"messageStatus"_s, message.status},
                                         {u"messageMetadata"_s, textMetadata()}});
        }
        object.insert("messages"_L1, messages);
        participants.append(object);
    }
    // The topic body has no selfUri.
    return {{u"id"_s, conversation.id},
            {u"participants"_s, participants},
            {u"otherMediaUris"_s, QJsonArray()},
            {u"divisions"_s, divisions(conversation, organisation)}};
}

QJsonObject ConversationJson::genericConversation(const SimConversation &conversation,
                                                  const Organisation &organisation)
{
    QJsonArray participants;
    for (const auto &participant : conversation.participants) {
        QJsonObject object {{u"id"_s, participant.id}, {u"purpose"_s, participant.purpose}};
        putString(object, "name"_L1, participant.name);
        putTime(object, "startTime"_L1, participant.startMs);
        putTime(object, "connectedTime"_L1, participant.connectedMs);
        putTime(object, "endTime"_L1, participant.endMs);
        putString(object, "userId"_L1, participant.userId);
        putString(object, "queueId"_L1, participant.queueId);
        if (const auto *queue = organisation.queue(participant.queueId))
            object.insert("queueName"_L1, queue->name);
        object.insert("participantType"_L1,
                      participant.purpose == "customer"_L1 ? u"External"_s : u"Internal"_s);
        object.insert("wrapupRequired"_L1, participant.wrapupRequired);
        if (!participant.wrapupCode.isEmpty())
            object.insert("wrapup"_L1, wrapupObject(participant, organisation));
        object.insert("attributes"_L1, attributesObject(participant));

        QJsonObject communication {
            {u"id"_s, participant.communicationId},
            {u"state"_s, participant.isActive() ? participant.state : u"disconnected"_s},
            {u"initialState"_s, participant.initialState},
            {u"direction"_s, participant.direction},
            {u"held"_s, false},
            {u"type"_s, u"webmessaging"_s}};
        putString(communication, "disconnectType"_L1, participant.disconnectType);
        putTime(communication, "connectedTime"_L1, participant.connectedMs);
        putTime(communication, "disconnectedTime"_L1, participant.endMs);
        putString(communication, "peerId"_L1, participant.peer);
        QJsonArray details;
        for (const auto &message : participant.messages) {
            details.append(QJsonObject {{u"messageId"_s, message.id},
                                        {u"messageStatus"_s, message.status},
                                        {u"messageSegmentCount"_s, 1},
                                        {u"messageTime"_s, isoTime(message.timeMs)}});
        }
        communication.insert("messages"_L1, details);
        object.insert("messages"_L1, QJsonArray {communication});
        participants.append(object);
    }
    QJsonObject result {{u"id"_s, conversation.id},
                        {u"startTime"_s, isoTime(conversation.startMs)},
                        {u"participants"_s, participants},
                        {u"recordingState"_s, u"NONE"_s},
                        {u"divisions"_s, divisions(conversation, organisation)},
                        {u"selfUri"_s, QString(u"/api/v2/conversations/"_s + conversation.id)}};
    putTime(result, "endTime"_L1, conversation.endMs);
    return result;
}

QList<ConversationJson::AnalyticsSegment>
ConversationJson::analyticsSegments(const SimParticipant &participant)
{
    QList<AnalyticsSegment> segments;
    // An ended segment names how it ended; alert and wrap-up segments do not.
    auto add = [&](const QString &type, qint64 start, qint64 end) {
        const bool ended = end >= 0 && type == "interact"_L1;
        segments.append({type, start, end, ended ? participant.disconnectType : QString(),
                         type == "wrapup"_L1 ? participant.wrapupCode : QString()});
    };
    if (participant.purpose != "agent"_L1) {
        add(u"interact"_s, participant.startMs, participant.endMs);
        return segments;
    }
    add(u"alert"_s, participant.alertingMs >= 0 ? participant.alertingMs : participant.startMs,
        participant.connectedMs >= 0 ? participant.connectedMs : participant.endMs);
    if (participant.connectedMs >= 0)
        add(u"interact"_s, participant.connectedMs, participant.endMs);
    if (participant.endMs >= 0 && participant.wrapupRequired)
        add(u"wrapup"_s, participant.endMs, participant.wrapupMs);
    return segments;
}

QJsonObject ConversationJson::analyticsConversation(const SimConversation &conversation,
                                                    const Organisation &organisation)
{
    QJsonArray participants;
    for (const auto &participant : conversation.participants) {
        QJsonArray segments;
        for (const AnalyticsSegment &segment : analyticsSegments(participant)) {
            QJsonObject object {{u"segmentStart"_s, isoTime(segment.startMs)},
                                {u"segmentType"_s, segment.type}};
            putTime(object, "segmentEnd"_L1, segment.endMs);
            putString(object, "queueId"_L1, participant.queueId);
            putString(object, "disconnectType"_L1, segment.disconnectType);
            putString(object, "wrapUpCode"_L1, segment.wrapupCode);
            if (!segment.wrapupCode.isEmpty())
                putString(object, "wrapUpNote"_L1, participant.wrapupNotes);
            segments.append(object);
        }
        QJsonObject session {{u"sessionId"_s, participant.communicationId},
                             {u"mediaType"_s, u"message"_s},
                             {u"messageType"_s, u"webmessaging"_s},
                             {u"direction"_s, u"inbound"_s},
                             {u"segments"_s, segments}};
        putString(session, "peerId"_L1, participant.peer);
        if (participant.purpose == "customer"_L1)
            session.insert("provider"_L1, u"PureCloud Messaging"_s);
        QJsonObject entry {{u"participantId"_s, participant.id},
                           {u"purpose"_s, participant.purpose},
                           {u"sessions"_s, QJsonArray {session}}};
        putString(entry, "participantName"_L1, participant.name);
        putString(entry, "userId"_L1, participant.userId);
        participants.append(entry);
    }
    QJsonObject result {{u"conversationId"_s, conversation.id},
                        {u"conversationStart"_s, isoTime(conversation.startMs)},
                        {u"originatingDirection"_s, u"inbound"_s},
                        {u"divisionIds"_s, QJsonArray {organisation.divisionId()}},
                        {u"participants"_s, participants}};
    putTime(result, "conversationEnd"_L1, conversation.endMs);
    return result;
}

QJsonObject ConversationJson::messageData(const SimConversation &conversation,
                                          const SimParticipant &participant,
                                          const SimMessage &message,
                                          const Organisation &organisation)
{
    const bool outbound = participant.purpose != "customer"_L1;
    QJsonObject result {{u"id"_s, message.id},
                        {u"timestamp"_s, isoTime(message.timeMs)},
                        {u"direction"_s, outbound ? u"outbound"_s : u"inbound"_s},
                        {u"messengerType"_s, u"webmessaging"_s},
                        {u"textBody"_s, message.text},
                        {u"status"_s, message.status},
                        {u"conversationId"_s, conversation.id},
                        {u"selfUri"_s,
                         QString(u"/api/v2/conversations/messages/"_s + conversation.id
                                 + u"/messages/"_s + message.id)}};
    if (outbound && !message.senderUserId.isEmpty()) {
        const auto *sender = organisation.user(message.senderUserId);
        result.insert("createdBy"_L1,
                      ref(message.senderUserId, userUri(message.senderUserId),
                          sender ? sender->name : QString()));
    }
    return result;
}

} // namespace IdleGuard::Sandbox
