#include "genesysapi.h"

#include "conversationparser.h"
#include "restclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

#include <algorithm>

namespace IdleGuard::Genesys {

using namespace Qt::StringLiterals;

namespace {

constexpr int kPageSize = GenesysApi::kAnalyticsPageSize;

QString participantPath(const QString &conversationId, const QString &participantId)
{
    return u"/api/v2/conversations/messages/%1/participants/%2"_s.arg(conversationId,
                                                                      participantId);
}

QJsonObject wrapupJson(const QString &code, const QString &notes)
{
    QJsonObject wrapup {{u"code"_s, code}};
    if (!notes.isEmpty())
        wrapup.insert("notes"_L1, notes);
    return wrapup;
}

// Runs `handle` when the call finishes, unless the context object is gone by then.
void whenDone(RestCall *call, QObject *context, std::function<void(const ApiResult &)> handle)
{
    QObject::connect(call, &RestCall::finished, context, std::move(handle));
}

} // namespace

GenesysApi::GenesysApi(RestClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

QString GenesysApi::queueTopic(const QString &queueId)
{
    return u"v2.routing.queues.%1.conversations.messages"_s.arg(queueId);
}

void GenesysApi::usersMe(QObject *context, Callback<User> done)
{
    QUrlQuery query;
    query.addQueryItem(u"expand"_s, u"authorization"_s);
    whenDone(m_client.get(u"/api/v2/users/me"_s, query), context, [done](const ApiResult &result) {
        const QJsonObject body = result.body.toObject();
        User user {body.value("id"_L1).toString(), body.value("name"_L1).toString(), {}};
        for (const auto &permission :
             body.value("authorization"_L1).toObject().value("permissions"_L1).toArray())
            user.permissions.append(permission.toString());
        done(result, user);
    });
}

void GenesysApi::queues(QObject *context, Callback<QList<Queue>> done)
{
    QUrlQuery query;
    query.addQueryItem(u"sortOrder"_s, u"asc"_s);
    collectPages(u"/api/v2/routing/queues"_s, query, 1, {}, context,
                 [done](const ApiResult &result, const QList<QJsonObject> &entities) {
                     QList<Queue> queues;
                     queues.reserve(entities.size());
                     for (const QJsonObject &entity : entities)
                         queues.append(ConversationParser::parseQueue(entity));
                     done(result, queues);
                 });
}

void GenesysApi::wrapupCodes(QObject *context, Callback<QList<WrapupCode>> done)
{
    QUrlQuery query;
    query.addQueryItem(u"sortBy"_s, u"name"_s);
    query.addQueryItem(u"sortOrder"_s, u"ascending"_s);
    collectPages(u"/api/v2/routing/wrapupcodes"_s, query, 1, {}, context,
                 [done](const ApiResult &result, const QList<QJsonObject> &entities) {
                     QList<WrapupCode> codes;
                     codes.reserve(entities.size());
                     for (const QJsonObject &entity : entities) {
                         const QString id = entity.value("id"_L1).toString();
                         if (!id.isEmpty())
                             codes.append({id, entity.value("name"_L1).toString()});
                     }
                     // People pick from the list by name, whatever order the pages came in.
                     std::sort(codes.begin(), codes.end(), [](const auto &a, const auto &b) {
                         return QString::localeAwareCompare(a.name, b.name) < 0;
                     });
                     done(result, codes);
                 });
}

void GenesysApi::collectPages(const QString &path, const QUrlQuery &query, int page,
                              QList<QJsonObject> collected, QObject *context,
                              Callback<QList<QJsonObject>> done)
{
    QUrlQuery pageQuery = query;
    pageQuery.addQueryItem(u"pageSize"_s, QString::number(kPageSize));
    pageQuery.addQueryItem(u"pageNumber"_s, QString::number(page));
    QPointer<QObject> guard(context);
    whenDone(m_client.get(path, pageQuery), context,
             [this, path, query, page, collected, guard, done](const ApiResult &result) mutable {
                 if (!result.ok()) {
                     done(result, collected);
                     return;
                 }
                 const QJsonObject body = result.body.toObject();
                 for (const auto &entity : body.value("entities"_L1).toArray())
                     collected.append(entity.toObject());
                 const int pageCount = body.value("pageCount"_L1).toInt(1);
                 if (page < pageCount && guard)
                     collectPages(path, query, page + 1, collected, guard, done);
                 else
                     done(result, collected);
             });
}

void GenesysApi::activeConversationIds(const QStringList &queueIds, const QDateTime &since,
                                       const QDateTime &until, QObject *context,
                                       Callback<QStringList> done)
{
    QJsonArray queuePredicates;
    for (const QString &id : queueIds) {
        queuePredicates.append(QJsonObject {{u"type"_s, u"dimension"_s},
                                            {u"dimension"_s, u"queueId"_s},
                                            {u"operator"_s, u"matches"_s},
                                            {u"value"_s, id}});
    }
    // The platform matches conversations that started on a day the interval touches (6.1).
    const QString interval = since.toUTC().toString(Qt::ISODateWithMs) + u'/'
        + until.toUTC().toString(Qt::ISODateWithMs);
    const QJsonObject query {
        {u"interval"_s, interval},
        {u"order"_s, u"desc"_s},
        {u"orderBy"_s, u"conversationStart"_s},
        {u"conversationFilters"_s,
         QJsonArray {QJsonObject {{u"type"_s, u"and"_s},
                                  {u"predicates"_s,
                                   QJsonArray {QJsonObject {{u"type"_s, u"dimension"_s},
                                                            {u"dimension"_s, u"conversationEnd"_s},
                                                            {u"operator"_s, u"notExists"_s}}}}}}},
        {u"segmentFilters"_s,
         QJsonArray {
             QJsonObject {{u"type"_s, u"and"_s},
                          {u"predicates"_s,
                           QJsonArray {QJsonObject {{u"type"_s, u"dimension"_s},
                                                    {u"dimension"_s, u"mediaType"_s},
                                                    {u"operator"_s, u"matches"_s},
                                                    {u"value"_s, u"message"_s}}}},
                          {u"clauses"_s,
                           QJsonArray {QJsonObject {{u"type"_s, u"or"_s},
                                                    {u"predicates"_s, queuePredicates}}}}}}}};
    collectConversations(query, 1, {}, context, std::move(done));
}

void GenesysApi::collectConversations(const QJsonObject &query, int page, QStringList collected,
                                      QObject *context, Callback<QStringList> done)
{
    QJsonObject paged = query;
    paged.insert("paging"_L1, QJsonObject {{u"pageSize"_s, kPageSize}, {u"pageNumber"_s, page}});
    QPointer<QObject> guard(context);
    // A query changes nothing on the server: safe to repeat.
    whenDone(m_client.post(u"/api/v2/analytics/conversations/details/query"_s, paged,
                           RestClient::Repeat::Safe),
             context, [this, query, page, collected, guard, done](const ApiResult &result) mutable {
                 if (!result.ok()) {
                     done(result, collected);
                     return;
                 }
                 const AnalyticsPage parsed = parseAnalyticsPage(result.body.toObject());
                 for (const QString &id : parsed.conversationIds) {
                     if (!collected.contains(id))
                         collected.append(id);
                 }
                 if (parsed.hasMoreAfter(page) && guard)
                     collectConversations(query, page + 1, collected, guard, done);
                 else
                     done(result, collected);
             });
}

GenesysApi::AnalyticsPage GenesysApi::parseAnalyticsPage(const QJsonObject &body)
{
    AnalyticsPage page;
    // "conversations" is left out when nothing matched (reference 6.1).
    const QJsonArray conversations = body.value("conversations"_L1).toArray();
    page.entries = conversations.size();
    for (const auto &conversation : conversations) {
        const QString id = conversation.toObject().value("conversationId"_L1).toString();
        if (!id.isEmpty())
            page.conversationIds.append(id);
    }
    page.totalHits = body.value("totalHits"_L1).toInt();
    return page;
}

bool GenesysApi::AnalyticsPage::hasMoreAfter(int page) const
{
    // In 64 bits: a hostile totalHits must not turn the product negative.
    return entries > 0 && qint64(page) * kAnalyticsPageSize < totalHits;
}

void GenesysApi::conversation(const QString &conversationId, QObject *context,
                              Callback<Conversation> done)
{
    whenDone(m_client.get(u"/api/v2/conversations/messages/"_s + conversationId), context,
             [done](const ApiResult &result) {
                 done(result,
                      result.ok() ? ConversationParser::parse(result.body.toObject())
                                  : Conversation());
             });
}

void GenesysApi::communicationId(const QString &conversationId, const QString &participantId,
                                 QObject *context, Callback<QString> done)
{
    whenDone(m_client.get(u"/api/v2/conversations/"_s + conversationId), context,
             [participantId, done](const ApiResult &result) {
                 QString id;
                 for (const auto &entry :
                      result.body.toObject().value("participants"_L1).toArray()) {
                     const QJsonObject participant = entry.toObject();
                     if (participant.value("id"_L1).toString() == participantId) {
                         // Genesys' own helper takes the participant's messages[0].id
                         // (reference 5.2).
                         id = participant.value("messages"_L1)
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value("id"_L1)
                                  .toString();
                     }
                 }
                 done(result, id);
             });
}

void GenesysApi::sendMessage(const QString &conversationId, const QString &communicationId,
                             const QString &text, QObject *context, Callback<QString> done)
{
    const QString path = u"/api/v2/conversations/messages/%1/communications/%2/messages"_s.arg(
        conversationId, communicationId);
    whenDone(m_client.post(path, QJsonObject {{u"textBody"_s, text}}, RestClient::Repeat::Never),
             context, [done](const ApiResult &result) {
                 done(result, result.body.toObject().value("id"_L1).toString());
             });
}

void GenesysApi::disconnectParticipant(const QString &conversationId, const QString &participantId,
                                       QObject *context, Callback<bool> done)
{
    // Disconnecting twice ends the same way, so a retry cannot do harm.
    whenDone(m_client.patch(participantPath(conversationId, participantId),
                            QJsonObject {{u"state"_s, u"disconnected"_s}},
                            RestClient::Repeat::Safe),
             context, [done](const ApiResult &result) { done(result, result.ok()); });
}

void GenesysApi::disconnectWithWrapup(const QString &conversationId, const QString &participantId,
                                      const QString &code, const QString &notes, QObject *context,
                                      Callback<bool> done)
{
    // Both halves end the same way when repeated, so a retry cannot do harm.
    const QJsonObject body {{u"state"_s, u"disconnected"_s},
                            {u"wrapup"_s, wrapupJson(code, notes)}};
    whenDone(m_client.patch(participantPath(conversationId, participantId), body,
                            RestClient::Repeat::Safe),
             context, [done](const ApiResult &result) { done(result, result.ok()); });
}

void GenesysApi::disconnectConversation(const QString &conversationId, QObject *context,
                                        Callback<bool> done)
{
    // Tearing down twice ends the same way (the second answers 409), so a retry is harmless.
    whenDone(m_client.post(u"/api/v2/conversations/%1/disconnect"_s.arg(conversationId),
                           QJsonValue(), RestClient::Repeat::Safe),
             context, [done](const ApiResult &result) { done(result, result.ok()); });
}

void GenesysApi::messageText(const QString &conversationId, const QString &messageId,
                             QObject *context, Callback<QString> done)
{
    whenDone(m_client.get(
                 u"/api/v2/conversations/messages/%1/messages/%2"_s.arg(conversationId, messageId)),
             context, [done](const ApiResult &result) {
                 done(result, result.body.toObject().value("textBody"_L1).toString());
             });
}

void GenesysApi::setWrapup(const QString &conversationId, const QString &participantId,
                           const QString &code, const QString &notes, QObject *context,
                           Callback<bool> done)
{
    whenDone(m_client.patch(participantPath(conversationId, participantId),
                            QJsonObject {{u"wrapup"_s, wrapupJson(code, notes)}},
                            RestClient::Repeat::Safe),
             context, [done](const ApiResult &result) { done(result, result.ok()); });
}

void GenesysApi::patchAttributes(const QString &conversationId, const QString &participantId,
                                 const QHash<QString, QString> &attributes, QObject *context,
                                 Callback<bool> done)
{
    QJsonObject map;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        map.insert(it.key(), it.value());
    const QString path = u"/api/v2/conversations/messages/%1/participants/%2/attributes"_s.arg(
        conversationId, participantId);
    whenDone(m_client.patch(path, QJsonObject {{u"attributes"_s, map}}, RestClient::Repeat::Safe),
             context, [done](const ApiResult &result) { done(result, result.ok()); });
}

void GenesysApi::createChannel(QObject *context, Callback<Channel> done)
{
    // A retried POST could leave an unused channel behind; the platform drops unused channels
    // first when the 20-channel limit is reached, so that is harmless.
    whenDone(
        m_client.post(u"/api/v2/notifications/channels"_s, QJsonObject(), RestClient::Repeat::Safe),
        context, [done](const ApiResult &result) {
            const QJsonObject body = result.body.toObject();
            Channel channel {body.value("id"_L1).toString(),
                             QUrl(body.value("connectUri"_L1).toString()),
                             ConversationParser::parseTime(body.value("expires"_L1))};
            done(result, channel);
        });
}

void GenesysApi::setSubscriptions(const QString &channelId, const QStringList &topics,
                                  QObject *context, Callback<QList<TopicState>> done)
{
    QJsonArray body;
    for (const QString &topic : topics)
        body.append(QJsonObject {{u"id"_s, topic}});
    whenDone(
        m_client.put(u"/api/v2/notifications/channels/%1/subscriptions"_s.arg(channelId), body),
        context, [done](const ApiResult &result) {
            QList<TopicState> states;
            for (const auto &entry : result.body.toObject().value("entities"_L1).toArray()) {
                const QJsonObject topic = entry.toObject();
                states.append({topic.value("id"_L1).toString(),
                               topic.value("state"_L1).toString() == "Permitted"_L1,
                               topic.value("rejectionReason"_L1).toString()});
            }
            done(result, states);
        });
}

void GenesysApi::channelExists(const QString &channelId, QObject *context, Callback<bool> done)
{
    whenDone(m_client.head(u"/api/v2/notifications/channels/"_s + channelId), context,
             [done](const ApiResult &result) { done(result, result.status == 200); });
}

} // namespace IdleGuard::Genesys
