#include "apiendpoints.h"

#include "analyticsquery.h"
#include "authservice.h"
#include "conversationjson.h"
#include "conversationstore.h"
#include "httppipeline.h"
#include "notificationhub.h"
#include "organisation.h"
#include "sandboxoptions.h"

#include <QUrlQuery>

namespace IdleGuard::Sandbox {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;
using Access = HttpPipeline::Access;

namespace {

const QString kDisconnect = u"conversation:communication:disconnect"_s;
// Any one of these, whatever the body does (disconnect or wrap-up): the participant PATCH's
// "Requires ANY permissions" (reference 5.6 and 8, from the SDK's ConversationsApi docs).
const QStringList kParticipantPatch {u"conversation:participant:wrapup"_s,
                                     u"conversation:call:record"_s,
                                     u"conversation:communication:disconnect"_s};
const QStringList kSend {u"conversation:message:create"_s, u"conversation:webmessaging:create"_s};
const QStringList kAnalytics {u"analytics:conversationDetail:view"_s,
                              u"analytics:agentConversationDetail:view"_s};
const QStringList kQueueView {u"routing:queue:view"_s};
constexpr int kMaxTextLength = 2000;

ApiReply userContextRequired()
{
    return ApiReply::badRequest(
        u"This request requires a user context. Client credentials cannot be used for requests to this resource."_s);
}

ApiReply fromOutcome(ConversationStore::Outcome outcome, const QString &what)
{
    switch (outcome) {
    case ConversationStore::Outcome::NotFound:
        return ApiReply::notFound(what);
    case ConversationStore::Outcome::Conflict:
        return ApiReply::error(409, u"conflict"_s,
                               u"The participant is not in a state that permits this action."_s);
    case ConversationStore::Outcome::Invalid:
        return ApiReply::error(400, u"invalid.value"_s,
                               u"The value is not valid for this %1."_s.arg(what));
    case ConversationStore::Outcome::Done:
        break;
    }
    return ApiReply::empty(202);
}

// Query arrays come comma-joined (JS SDK) or repeated (other clients): accept both.
QStringList queryList(const QUrlQuery &query, const QString &key)
{
    QStringList values;
    for (const QString &value : query.allQueryItemValues(key, QUrl::FullyDecoded))
        values += value.split(u',', Qt::SkipEmptyParts);
    return values;
}

} // namespace

ApiEndpoints::ApiEndpoints(const Organisation &organisation, ConversationStore &store,
                           AuthService &auth, NotificationHub &hub, const SandboxOptions &options)
    : m_organisation(organisation)
    , m_store(store)
    , m_auth(auth)
    , m_hub(hub)
    , m_options(options)
{ }

void ApiEndpoints::registerRoutes(HttpPipeline &pipeline)
{
    registerIdentity(pipeline);
    registerRouting(pipeline);
    registerConversations(pipeline);
    registerNotifications(pipeline);
}

ApiReply ApiEndpoints::listing(const ApiRequest &request, const QJsonArray &all,
                               const QString &basePath)
{
    const QUrlQuery query = request.http.query();
    bool ok = true;
    const int pageSize
        = query.hasQueryItem(u"pageSize"_s) ? query.queryItemValue(u"pageSize"_s).toInt(&ok) : 25;
    if (!ok || pageSize < 1 || pageSize > 500)
        return ApiReply::error(400, u"invalid.value"_s, u"pageSize must be from 1 to 500"_s);
    const int pageNumber = query.hasQueryItem(u"pageNumber"_s)
        ? query.queryItemValue(u"pageNumber"_s).toInt(&ok)
        : 1;
    if (!ok || pageNumber < 1)
        return ApiReply::error(400, u"invalid.value"_s, u"pageNumber must be 1 or more"_s);
    const auto total = all.size();
    const auto pageCount = (total + pageSize - 1) / pageSize;
    QJsonArray entities;
    for (qsizetype i = qsizetype(pageNumber - 1) * pageSize;
         i < total && entities.size() < pageSize; ++i)
        entities.append(all.at(i));
    auto uri = [&](qsizetype page) {
        return u"%1?pageSize=%2&pageNumber=%3"_s.arg(basePath).arg(pageSize).arg(page);
    };
    QJsonObject body {
        {u"entities"_s, entities},       {u"pageSize"_s, pageSize},
        {u"pageNumber"_s, pageNumber},   {u"total"_s, total},
        {u"pageCount"_s, pageCount},     {u"firstUri"_s, uri(1)},
        {u"selfUri"_s, uri(pageNumber)}, {u"lastUri"_s, uri(qMax<qsizetype>(1, pageCount))}};
    if (pageNumber < pageCount)
        body.insert("nextUri"_L1, uri(pageNumber + 1));
    if (pageNumber > 1 && pageNumber - 1 <= qMax<qsizetype>(1, pageCount))
        body.insert("previousUri"_L1, uri(pageNumber - 1));
    return ApiReply::json(body);
}

QJsonObject ApiEndpoints::userJson(const SandboxUser &user, const QString &expand) const
{
    const QString divisionUri = u"/api/v2/authorization/divisions/"_s + m_organisation.divisionId();
    QJsonObject object {
        {u"id"_s, user.id},
        {u"name"_s, user.name},
        {u"division"_s,
         QJsonObject {{u"id"_s, m_organisation.divisionId()},
                      {u"name"_s, u"Home"_s},
                      {u"selfUri"_s, divisionUri}}},
        {u"chat"_s,
         QJsonObject {{u"jabberId"_s, QString(user.id.left(12) + u"@acme.orgspan.com"_s)}}},
        {u"email"_s, user.email},
        {u"primaryContactInfo"_s,
         QJsonArray {QJsonObject {
             {u"address"_s, user.email}, {u"mediaType"_s, u"EMAIL"_s}, {u"type"_s, u"PRIMARY"_s}}}},
        {u"addresses"_s, QJsonArray()},
        {u"state"_s, u"active"_s},
        {u"title"_s, user.supervisor ? u"Contact centre supervisor"_s : u"Agent"_s},
        {u"username"_s, user.email},
        {u"version"_s, 1},
        {u"acdAutoAnswer"_s, false},
        {u"selfUri"_s, QString(u"/api/v2/users/"_s + user.id)}};
    const QStringList expands = expand.split(u',', Qt::SkipEmptyParts);
    if (expands.contains(u"authorization"_s)) {
        object.insert(
            "authorization"_L1,
            QJsonObject {{u"roles"_s,
                          QJsonArray {QJsonObject {
                              {u"id"_s,
                               user.supervisor ? u"a0f7e6d5-c4b3-4a29-8817-0f6e5d4c3b2a"_s
                                               : u"b1e8f7a6-d5c4-4b3a-9928-1a7b6c5d4e3f"_s},
                              {u"name"_s, user.supervisor ? u"Supervisor"_s : u"Agent"_s}}}},
                         {u"permissions"_s, QJsonArray::fromStringList(user.permissions)}});
    }
    if (expands.contains(u"presence"_s)) {
        object.insert(
            "presence"_L1,
            QJsonObject {{u"presenceDefinition"_s,
                          QJsonObject {{u"id"_s, u"6a3af858-942f-489d-9700-5f9bcdcdae9b"_s},
                                       {u"systemPresence"_s, u"Available"_s}}}});
    }
    return object;
}

QJsonArray ApiEndpoints::userQueues(const SandboxUser &user) const
{
    // UserQueue: a Queue plus whether the member has joined it (the sandbox's agents all have).
    QJsonArray all;
    for (const auto &queue : m_organisation.queues()) {
        if (user.queueIds.contains(queue.id)) {
            QJsonObject object = queueJson(queue);
            object.insert("joined"_L1, true);
            all.append(object);
        }
    }
    return all;
}

QJsonObject ApiEndpoints::queueJson(const SandboxQueue &queue) const
{
    int members = 0;
    for (const SandboxUser *agent : m_organisation.agents())
        members += agent->queueIds.contains(queue.id) ? 1 : 0;
    QJsonObject message {
        {u"alertingTimeoutSeconds"_s, 30},
        {u"enableAutoAnswer"_s, false},
        {u"serviceLevel"_s, QJsonObject {{u"percentage"_s, 0.8}, {u"durationMs"_s, 20000}}},
        {u"enableInactivityTimeout"_s, queue.inactivityTimeout}};
    if (queue.inactivityTimeout) {
        message.insert("inactivityTimeoutSettings"_L1,
                       QJsonObject {{u"timeoutSeconds"_s, queue.inactivityTimeoutSeconds},
                                    {u"actionType"_s, u"DISCONNECT"_s}});
    }
    const QString divisionUri = u"/api/v2/authorization/divisions/"_s + m_organisation.divisionId();
    return {{u"id"_s, queue.id},
            {u"name"_s, queue.name},
            {u"description"_s, queue.description},
            {u"division"_s,
             QJsonObject {{u"id"_s, m_organisation.divisionId()},
                          {u"name"_s, u"Home"_s},
                          {u"selfUri"_s, divisionUri}}},
            {u"memberCount"_s, members},
            {u"userMemberCount"_s, members},
            {u"joinedMemberCount"_s, members},
            {u"mediaSettings"_s, QJsonObject {{u"message"_s, message}}},
            {u"scoringMethod"_s, u"TimestampAndPriority"_s},
            {u"lastAgentRoutingMode"_s, u"QueueMembersOnly"_s},
            {u"skillEvaluationMethod"_s, u"ALL"_s},
            {u"selfUri"_s, QString(u"/api/v2/routing/queues/"_s + queue.id)}};
}

void ApiEndpoints::registerIdentity(HttpPipeline &pipeline)
{
    pipeline.route(
        u"/api/v2/tokens/me"_s, Method::Get | Method::Head | Method::Delete, Access::Token,
        [this](const ApiRequest &request) {
            if (request.http.method() == Method::Head)
                return ApiReply::empty(200);
            if (request.http.method() == Method::Delete) {
                m_auth.revoke(request.tokenValue);
                m_hub.tokensRevoked({request.token->key});
                return ApiReply::empty(200);
            }
            const SandboxOAuthClient *client = m_organisation.client(request.token->clientId);
            const QJsonObject org {{u"id"_s, m_organisation.id()},
                                   {u"name"_s, m_organisation.name()}};
            QJsonObject info {
                {u"organization"_s, org},
                {u"homeOrganization"_s, org},
                {u"authorizedScope"_s,
                 QJsonArray {u"conversations"_s, u"notifications"_s, u"routing:readonly"_s,
                             u"users:readonly"_s, u"analytics:readonly"_s}},
                {u"dateTokenIdles"_s, ConversationJson::isoTime(request.token->expiresMs)}};
            if (client) {
                info.insert("OAuthClient"_L1,
                            QJsonObject {{u"id"_s, client->id},
                                         {u"name"_s, client->name},
                                         {u"authorizedGrantType"_s, client->grantType},
                                         {u"organization"_s, org}});
            }
            return ApiReply::json(info);
        });

    pipeline.route(
        u"/api/v2/users/me"_s, Method::Get, Access::Token, [this](const ApiRequest &request) {
            const SandboxUser *user = m_organisation.user(request.token->userId);
            if (!user)
                return userContextRequired();
            return ApiReply::json(
                userJson(*user, queryList(request.http.query(), u"expand"_s).join(u',')));
        });

    pipeline.route(
        u"/api/v2/users/<arg>"_s, Method::Get, Access::Token, [this](const ApiRequest &request) {
            const SandboxUser *user = m_organisation.user(request.arg(0));
            if (!user)
                return ApiReply::notFound(u"user"_s);
            return ApiReply::json(
                userJson(*user, queryList(request.http.query(), u"expand"_s).join(u',')));
        });
}

void ApiEndpoints::registerRouting(HttpPipeline &pipeline)
{
    pipeline.route(u"/api/v2/routing/queues"_s, Method::Get, Access::Token, kQueueView,
                   [this](const ApiRequest &request) {
                       const QUrlQuery query = request.http.query();
                       const QStringList ids = queryList(query, u"id"_s);
                       QString name = query.queryItemValue(u"name"_s, QUrl::FullyDecoded);
                       QList<const SandboxQueue *> queues;
                       for (const auto &queue : m_organisation.queues()) {
                           if (!ids.isEmpty() && !ids.contains(queue.id))
                               continue;
                           if (!name.isEmpty()) {
                               // Leading and trailing "*" are wildcards; otherwise the name must
                               // match.
                               const bool prefix = name.endsWith(u'*');
                               const bool suffix = name.startsWith(u'*');
                               const QString core
                                   = name.mid(suffix ? 1 : 0,
                                              name.size() - (suffix ? 1 : 0) - (prefix ? 1 : 0));
                               const bool ok = prefix && suffix
                                   ? queue.name.contains(core, Qt::CaseInsensitive)
                                   : prefix ? queue.name.startsWith(core, Qt::CaseInsensitive)
                                   : suffix ? queue.name.endsWith(core, Qt::CaseInsensitive)
                                            : queue.name.compare(core, Qt::CaseInsensitive) == 0;
                               if (!ok)
                                   continue;
                           }
                           queues.append(&queue);
                       }
                       const bool descending = query.queryItemValue(u"sortOrder"_s) == "desc"_L1;
                       std::sort(queues.begin(), queues.end(),
                                 [descending](const SandboxQueue *a, const SandboxQueue *b) {
                                     return descending ? a->name > b->name : a->name < b->name;
                                 });
                       QJsonArray all;
                       for (const SandboxQueue *queue : std::as_const(queues))
                           all.append(queueJson(*queue));
                       return listing(request, all, u"/api/v2/routing/queues"_s);
                   });

    pipeline.route(u"/api/v2/routing/queues/me"_s, Method::Get, Access::Token,
                   [this](const ApiRequest &request) {
                       const SandboxUser *user = m_organisation.user(request.token->userId);
                       if (!user)
                           return userContextRequired();
                       return listing(request, userQueues(*user), u"/api/v2/routing/queues/me"_s);
                   });

    pipeline.route(u"/api/v2/users/<arg>/queues"_s, Method::Get, Access::Token, kQueueView,
                   [this](const ApiRequest &request) {
                       const SandboxUser *user = m_organisation.user(request.arg(0));
                       if (!user)
                           return ApiReply::notFound(u"user"_s);
                       return listing(request, userQueues(*user),
                                      u"/api/v2/users/%1/queues"_s.arg(user->id));
                   });

    pipeline.route(u"/api/v2/routing/queues/<arg>"_s, Method::Get, Access::Token, kQueueView,
                   [this](const ApiRequest &request) {
                       const SandboxQueue *queue = m_organisation.queue(request.arg(0));
                       return queue ? ApiReply::json(queueJson(*queue))
                                    : ApiReply::notFound(u"queue"_s);
                   });

    pipeline.route(u"/api/v2/routing/queues/<arg>/wrapupcodes"_s, Method::Get, Access::Token,
                   kQueueView, [this](const ApiRequest &request) {
                       const SandboxQueue *queue = m_organisation.queue(request.arg(0));
                       if (!queue)
                           return ApiReply::notFound(u"queue"_s);
                       QJsonArray all;
                       for (const QString &id : queue->wrapupCodeIds) {
                           if (const auto *code = m_organisation.wrapupCode(id))
                               all.append(ConversationJson::wrapupCode(code->id, code->name));
                       }
                       return listing(request, all,
                                      u"/api/v2/routing/queues/"_s + queue->id + u"/wrapupcodes"_s);
                   });

    pipeline.route(u"/api/v2/routing/wrapupcodes"_s, Method::Get, Access::Token,
                   {u"routing:wrapupCode:view"_s}, [this](const ApiRequest &request) {
                       QJsonArray all;
                       for (const auto &code : m_organisation.wrapupCodes())
                           all.append(ConversationJson::wrapupCode(code.id, code.name));
                       return listing(request, all, u"/api/v2/routing/wrapupcodes"_s);
                   });
}

ApiReply ApiEndpoints::alreadyDisconnected() const
{
    if (m_options.alreadyDisconnected == "accept"_L1)
        return ApiReply::empty(202);
    if (m_options.alreadyDisconnected == "bad-request"_L1)
        return ApiReply::badRequest(
            u"The participant is not in a state that permits this action."_s);
    return ApiReply::error(409, u"conflict"_s,
                           u"The participant is not in a state that permits this action."_s);
}

ApiReply ApiEndpoints::patchParticipant(const ApiRequest &request, const QString &conversationId,
                                        const QString &participantId, bool emptyObjectReply)
{
    ApiReply error;
    const auto body = request.jsonBody(&error, false);
    if (!body)
        return error;
    if (!body->isNull() && !body->isObject())
        return ApiReply::badRequest(u"The body must be a MediaParticipantRequest object."_s);
    const SimConversation *conversation = m_store.conversation(conversationId);
    if (!conversation)
        return ApiReply::notFound(u"conversation"_s);
    const SimParticipant *participant = conversation->participant(participantId);
    if (!participant)
        return ApiReply::notFound(u"participant"_s);
    const QJsonObject object = body->toObject();

    if (object.contains("state"_L1)) {
        // The platform accepts any case ("DISCONNECTED") and always answers in lower case.
        const QString state = object.value("state"_L1).toString().toLower();
        static const QStringList known {u"alerting"_s,     u"dialing"_s,    u"contacting"_s,
                                        u"offering"_s,     u"connected"_s,  u"disconnected"_s,
                                        u"terminated"_s,   u"converting"_s, u"uploading"_s,
                                        u"transmitting"_s, u"parked"_s,     u"none"_s};
        if (!known.contains(state))
            return ApiReply::error(400, u"invalid.value"_s,
                                   u"\"%1\" is not a valid participant state."_s.arg(
                                       object.value("state"_L1).toString()));
        if (state == "disconnected"_L1) {
            // The route checked the permissions: no further one for a disconnect.
            if (!participant->isActive())
                return alreadyDisconnected();
            const auto outcome
                = m_store.disconnectParticipant(conversationId, participantId, u"client"_s);
            if (outcome != ConversationStore::Outcome::Done)
                return fromOutcome(outcome, u"participant"_s);
        } else if (state != participant->state) {
            return ApiReply::error(
                400, u"invalid.value"_s,
                u"The participant cannot be moved to state \"%1\"."_s.arg(state));
        }
    }
    if (object.contains("wrapup"_L1)) {
        const QJsonObject wrapup = object.value("wrapup"_L1).toObject();
        const QString code = wrapup.value("code"_L1).toString();
        if (code.isEmpty())
            return ApiReply::error(400, u"invalid.value"_s, u"wrapup.code is required."_s);
        const auto outcome = m_store.setWrapup(conversationId, participantId, code,
                                               wrapup.value("notes"_L1).toString());
        if (outcome == ConversationStore::Outcome::Invalid)
            return ApiReply::error(400, u"invalid.value"_s,
                                   u"Wrap-up code \"%1\" was not found."_s.arg(code));
        if (outcome != ConversationStore::Outcome::Done)
            return fromOutcome(outcome, u"participant"_s);
    }
    return emptyObjectReply ? ApiReply::json(QJsonObject()) : ApiReply::empty(202);
}

ApiReply ApiEndpoints::patchAttributes(const ApiRequest &request, bool echo)
{
    ApiReply error;
    const auto body = request.jsonBody(&error, !echo);
    if (!body)
        return error;
    const QJsonObject object = body->toObject();
    if ((!body->isNull() && !body->isObject())
        || (object.contains("attributes"_L1) && !object.value("attributes"_L1).isObject()))
        return ApiReply::badRequest(u"The body must be {\"attributes\": {\"name\": \"value\"}}."_s);
    QHash<QString, QString> attributes;
    const QJsonObject given = object.value("attributes"_L1).toObject();
    for (auto it = given.begin(); it != given.end(); ++it) {
        if (!it.value().isString())
            return ApiReply::error(400, u"invalid.value"_s,
                                   u"Attribute \"%1\" must be a string."_s.arg(it.key()));
        attributes.insert(it.key(), it.value().toString());
    }
    const auto outcome = m_store.mergeAttributes(request.arg(0), request.arg(1), attributes);
    if (outcome != ConversationStore::Outcome::Done)
        return fromOutcome(outcome, u"participant"_s);
    if (!echo)
        return ApiReply::empty(202);
    const SimParticipant *participant
        = m_store.conversation(request.arg(0))->participant(request.arg(1));
    QJsonObject merged;
    for (auto it = participant->attributes.cbegin(); it != participant->attributes.cend(); ++it)
        merged.insert(it.key(), it.value());
    return ApiReply::json(QJsonObject {{u"attributes"_s, merged}}, 202);
}

void ApiEndpoints::registerConversations(HttpPipeline &pipeline)
{
    // Specific message paths first: the generic /conversations/<arg> would swallow "messages".
    pipeline.route(u"/api/v2/conversations/messages"_s, Method::Get, Access::Token,
                   [this](const ApiRequest &request) {
                       if (request.token->userId.isEmpty())
                           return userContextRequired();
                       QJsonArray entities;
                       for (const SimConversation *conversation : m_store.conversations()) {
                           const SimParticipant *agent = conversation->activeAgent();
                           if (agent && agent->userId == request.token->userId)
                               entities.append(ConversationJson::messageConversation(
                                   *conversation, m_organisation));
                       }
                       return listing(request, entities, u"/api/v2/conversations/messages"_s);
                   });

    pipeline.route(
        u"/api/v2/conversations/messages/<arg>"_s, Method::Get | Method::Patch, Access::Token,
        [this](const ApiRequest &request) {
            const SimConversation *conversation = m_store.conversation(request.arg(0));
            if (!conversation)
                return ApiReply::notFound(u"conversation"_s);
            if (request.http.method() == Method::Get)
                return ApiReply::json(
                    ConversationJson::messageConversation(*conversation, m_organisation));
            // PATCH: "disconnect all participants".
            if (auto refused
                = request.refusal({kDisconnect, u"conversation:message:park"_s}, m_organisation))
                return *refused;
            ApiReply error;
            const auto body = request.jsonBody(&error, true);
            if (!body)
                return error;
            if (body->toObject().value("state"_L1).toString().toLower() != "disconnected"_L1)
                return ApiReply::error(400, u"invalid.value"_s,
                                       u"Only {\"state\": \"disconnected\"} is supported."_s);
            const auto outcome = m_store.disconnectAll(request.arg(0), false);
            if (outcome == ConversationStore::Outcome::Conflict)
                return alreadyDisconnected();
            return ApiReply::json(ConversationJson::genericConversation(
                *m_store.conversation(request.arg(0)), m_organisation));
        });

    pipeline.route(u"/api/v2/conversations/messages/<arg>/messages/<arg>"_s, Method::Get,
                   Access::Token, [this](const ApiRequest &request) {
                       const SimConversation *conversation = m_store.conversation(request.arg(0));
                       if (!conversation)
                           return ApiReply::notFound(u"conversation"_s);
                       for (const auto &participant : conversation->participants) {
                           for (const auto &message : participant.messages) {
                               if (message.id == request.arg(1))
                                   return ApiReply::json(ConversationJson::messageData(
                                       *conversation, participant, message, m_organisation));
                           }
                       }
                       return ApiReply::notFound(u"message"_s);
                   });

    pipeline.route(
        u"/api/v2/conversations/messages/<arg>/communications/<arg>/messages"_s, Method::Post,
        Access::Token, kSend, [this](const ApiRequest &request) {
            ApiReply error;
            const auto body = request.jsonBody(&error);
            if (!body)
                return error;
            if (!body->isObject())
                return ApiReply::badRequest(u"The body must be an AdditionalMessage object."_s);
            const QJsonValue text = body->toObject().value("textBody"_L1);
            if (!text.isString() || text.toString().trimmed().isEmpty())
                return ApiReply::badRequest(u"textBody is required."_s);
            if (text.toString().size() > kMaxTextLength)
                return ApiReply::error(
                    400, u"invalid.value"_s,
                    u"textBody is longer than %1 characters."_s.arg(kMaxTextLength));
            const SimConversation *conversation = m_store.conversation(request.arg(0));
            if (!conversation)
                return ApiReply::notFound(u"conversation"_s);
            const auto [owner, participantId] = m_store.findCommunication(request.arg(1));
            if (owner != conversation->id)
                return ApiReply::notFound(u"communication"_s);
            ConversationStore::Outcome outcome;
            const QString sender
                = request.token->userId.isEmpty() ? request.token->clientId : request.token->userId;
            const QString messageId = m_store.addAgentMessage(conversation->id, participantId,
                                                              text.toString(), sender, &outcome);
            if (outcome == ConversationStore::Outcome::Invalid)
                return ApiReply::badRequest(
                    u"Messages can only be sent on an agent's communication."_s);
            if (outcome == ConversationStore::Outcome::Conflict)
                return ApiReply::error(
                    409, u"conflict"_s,
                    u"The communication is not in a state that permits sending messages."_s);
            if (outcome != ConversationStore::Outcome::Done)
                return fromOutcome(outcome, u"communication"_s);
            const SimParticipant *agent
                = m_store.conversation(conversation->id)->participant(participantId);
            return ApiReply::json(
                ConversationJson::messageData(*m_store.conversation(conversation->id), *agent,
                                              agent->messages.constLast(), m_organisation));
        });

    pipeline.route(u"/api/v2/conversations/messages/<arg>/communications/<arg>/typing"_s,
                   Method::Post, Access::Token, kSend, [this](const ApiRequest &request) {
                       ApiReply error;
                       if (!request.jsonBody(&error))
                           return error;
                       const auto [owner, participantId]
                           = m_store.findCommunication(request.arg(1));
                       if (!m_store.conversation(request.arg(0)) || owner != request.arg(0))
                           return ApiReply::notFound(u"communication"_s);
                       return ApiReply::empty(204);
                   });

    pipeline.route(u"/api/v2/conversations/messages/<arg>/participants/<arg>"_s, Method::Patch,
                   Access::Token, kParticipantPatch, [this](const ApiRequest &request) {
                       return patchParticipant(request, request.arg(0), request.arg(1), false);
                   });

    pipeline.route(u"/api/v2/conversations/messages/<arg>/participants/<arg>/attributes"_s,
                   Method::Patch, Access::Token,
                   [this](const ApiRequest &request) { return patchAttributes(request, true); });

    pipeline.route(u"/api/v2/conversations/messages/<arg>/participants/<arg>/wrapupcodes"_s,
                   Method::Get, Access::Token, [this](const ApiRequest &request) {
                       const SimConversation *conversation = m_store.conversation(request.arg(0));
                       if (!conversation || !conversation->participant(request.arg(1)))
                           return ApiReply::notFound(u"participant"_s);
                       QJsonArray codes;
                       if (const SandboxQueue *queue
                           = m_organisation.queue(conversation->queueId)) {
                           for (const QString &id : queue->wrapupCodeIds) {
                               if (const auto *code = m_organisation.wrapupCode(id))
                                   codes.append(ConversationJson::wrapupCode(code->id, code->name));
                           }
                       }
                       return ApiReply::json(codes);
                   });

    pipeline.route(u"/api/v2/conversations/messages/<arg>/participants/<arg>/wrapup"_s, Method::Get,
                   Access::Token, [this](const ApiRequest &request) {
                       const SimConversation *conversation = m_store.conversation(request.arg(0));
                       const SimParticipant *participant
                           = conversation ? conversation->participant(request.arg(1)) : nullptr;
                       if (!participant)
                           return ApiReply::notFound(u"participant"_s);
                       QJsonObject wrapup;
                       if (!participant->wrapupCode.isEmpty()) {
                           const auto *code = m_organisation.wrapupCode(participant->wrapupCode);
                           wrapup
                               = {{u"code"_s, participant->wrapupCode},
                                  {u"name"_s, code ? code->name : participant->wrapupCode},
                                  {u"notes"_s, participant->wrapupNotes},
                                  {u"tags"_s, QJsonArray()},
                                  {u"endTime"_s, ConversationJson::isoTime(participant->wrapupMs)}};
                       }
                       return ApiReply::json(wrapup);
                   });

    pipeline.route(
        u"/api/v2/conversations/messages/<arg>/participants/<arg>/communications/<arg>"_s,
        Method::Patch, Access::Token, [this](const ApiRequest &request) {
            const auto [owner, participantId] = m_store.findCommunication(request.arg(2));
            if (!m_store.conversation(request.arg(0)) || owner != request.arg(0)
                || participantId != request.arg(1))
                return ApiReply::notFound(u"communication"_s);
            return patchParticipant(request, request.arg(0), request.arg(1), true);
        });

    pipeline.route(
        u"/api/v2/conversations/messages/<arg>/participants/<arg>/communications/<arg>/wrapup"_s,
        Method::Post, Access::Token, {u"conversation:participant:wrapup"_s},
        [this](const ApiRequest &request) {
            ApiReply error;
            const auto body = request.jsonBody(&error, false);
            if (!body)
                return error;
            const auto [owner, participantId] = m_store.findCommunication(request.arg(2));
            if (!m_store.conversation(request.arg(0)) || owner != request.arg(0)
                || participantId != request.arg(1))
                return ApiReply::notFound(u"communication"_s);
            const QJsonObject wrapup = body->toObject();
            const QString code = wrapup.value("code"_L1).toString();
            if (code.isEmpty())
                return ApiReply::error(400, u"invalid.value"_s, u"code is required."_s);
            const auto outcome = m_store.setWrapup(request.arg(0), request.arg(1), code,
                                                   wrapup.value("notes"_L1).toString());
            if (outcome == ConversationStore::Outcome::Invalid)
                return ApiReply::error(400, u"invalid.value"_s,
                                       u"Wrap-up code \"%1\" was not found."_s.arg(code));
            return fromOutcome(outcome, u"participant"_s);
        });

    pipeline.route(
        u"/api/v2/conversations/<arg>"_s, Method::Get | Method::Delete, Access::Token,
        [this](const ApiRequest &request) {
            const SimConversation *conversation = m_store.conversation(request.arg(0));
            if (request.http.method() == Method::Get) {
                if (auto refused
                    = request.refusal({u"conversation:communication:view"_s}, m_organisation))
                    return *refused;
                return conversation ? ApiReply::json(
                           ConversationJson::genericConversation(*conversation, m_organisation))
                                    : ApiReply::notFound(u"conversation"_s);
            }
            if (auto refused = request.refusal({kDisconnect}, m_organisation))
                return *refused;
            const auto outcome = m_store.disconnectAll(request.arg(0), false);
            if (outcome == ConversationStore::Outcome::Conflict)
                return alreadyDisconnected();
            return outcome == ConversationStore::Outcome::Done
                ? ApiReply::empty(204)
                : fromOutcome(outcome, u"conversation"_s);
        });

    pipeline.route(u"/api/v2/conversations/<arg>/disconnect"_s, Method::Post, Access::Token,
                   {kDisconnect}, [this](const ApiRequest &request) {
                       const auto outcome = m_store.disconnectAll(request.arg(0), true);
                       if (outcome == ConversationStore::Outcome::Conflict)
                           return alreadyDisconnected();
                       if (outcome != ConversationStore::Outcome::Done)
                           return fromOutcome(outcome, u"conversation"_s);
                       return ApiReply::jsonString(u"The conversation was disconnected"_s, 202);
                   });

    pipeline.route(u"/api/v2/conversations/<arg>/participants/<arg>"_s, Method::Patch,
                   Access::Token, kParticipantPatch, [this](const ApiRequest &request) {
                       return patchParticipant(request, request.arg(0), request.arg(1), false);
                   });

    pipeline.route(u"/api/v2/conversations/<arg>/participants/<arg>/attributes"_s, Method::Patch,
                   Access::Token,
                   [this](const ApiRequest &request) { return patchAttributes(request, false); });

    pipeline.route(
        u"/api/v2/analytics/conversations/details/query"_s, Method::Post, Access::Token, kAnalytics,
        [this](const ApiRequest &request) {
            ApiReply error;
            const auto body = request.jsonBody(&error);
            if (!body)
                return error;
            if (!body->isObject())
                return ApiReply::badRequest(u"The body must be a ConversationQuery object."_s);
            QString code;
            QString message;
            const auto query = AnalyticsQuery::parse(body->toObject(), &code, &message);
            if (!query)
                return ApiReply::error(400, code, message);
            return ApiReply::json(
                query->run(m_store, m_organisation, m_options.analyticsOmitsEmptyConversations));
        });
}

void ApiEndpoints::registerNotifications(HttpPipeline &pipeline)
{
    pipeline.route(
        u"/api/v2/notifications/channels"_s, Method::Post | Method::Get, Access::Token,
        [this](const ApiRequest &request) {
            if (request.http.method() == Method::Post)
                return ApiReply::json(m_hub.channelJson(
                    m_hub.createChannel(*request.token, request.permissions(m_organisation))));
            const QString include = request.http.query().queryItemValue(u"includechannels"_s);
            if (!include.isEmpty() && include != "token"_L1 && include != "oauthclient"_L1)
                return ApiReply::error(400, u"invalid.value"_s,
                                       u"includechannels must be token or oauthclient"_s);
            QJsonArray entities;
            for (const auto *channel :
                 m_hub.channelsOf(*request.token, include == "oauthclient"_L1))
                entities.append(
                    m_hub.channelJson(*channel, channel->tokenKey != request.token->key));
            return ApiReply::json(QJsonObject {{u"entities"_s, entities}});
        });

    pipeline.route(u"/api/v2/notifications/channels/<arg>"_s, Method::Head, Access::Token,
                   [this](const ApiRequest &request) {
                       return ApiReply::empty(
                           m_hub.channelOf(request.arg(0), *request.token) ? 200 : 404);
                   });

    pipeline.route(
        u"/api/v2/notifications/channels/<arg>/subscriptions"_s,
        Method::Get | Method::Put | Method::Post | Method::Delete, Access::Token,
        [this](const ApiRequest &request) {
            const QString channelId = request.arg(0);
            const auto *channel = m_hub.channelOf(channelId, *request.token);
            if (!channel)
                return ApiReply::notFound(u"channel"_s);
            const auto method = request.http.method();
            if (method == Method::Delete) {
                m_hub.unsubscribeAll(channelId);
                return ApiReply::empty(204);
            }
            if (method == Method::Get) {
                QJsonArray entities;
                for (const QString &topic : channel->topics)
                    entities.append(m_hub.topicJson(topic, u"Permitted"_s));
                return ApiReply::json(QJsonObject {{u"entities"_s, entities}});
            }
            ApiReply error;
            const auto body = request.jsonBody(&error);
            if (!body)
                return error;
            if (!body->isArray())
                return ApiReply::badRequest(
                    u"The body must be an array of ChannelTopic objects."_s);
            QStringList topics;
            for (const auto &item : body->toArray()) {
                const QString id = item.toObject().value("id"_L1).toString();
                if (id.isEmpty())
                    return ApiReply::badRequest(u"Every ChannelTopic needs an \"id\"."_s);
                topics.append(id);
            }
            const bool ignoreErrors
                = request.http.query().queryItemValue(u"ignoreErrors"_s) == "true"_L1;
            const auto result
                = m_hub.subscribe(channelId, topics, method == Method::Put, ignoreErrors);
            if (result.status != 200)
                return ApiReply::error(result.status, result.errorCode, result.errorMessage);
            return ApiReply::json(QJsonObject {{u"entities"_s, result.entities}});
        });

    pipeline.route(
        u"/api/v2/notifications/availabletopics"_s, Method::Get, Access::Token,
        [](const ApiRequest &) {
            const QJsonArray entities {
                QJsonObject {
                    {u"id"_s, u"v2.routing.queues.{id}.conversations.messages"_s},
                    {u"description"_s, u"Message conversations that touch the queue"_s},
                    {u"requiresPermissions"_s, QJsonArray {u"conversation:communication:view"_s}},
                    {u"requiresCurrentUser"_s, false},
                    {u"visibility"_s, u"Public"_s},
                    {u"transports"_s, QJsonArray {u"All"_s}}},
                QJsonObject {
                    {u"id"_s, u"v2.users.{id}.conversations.messages"_s},
                    {u"description"_s, u"Message conversations of the user"_s},
                    {u"requiresPermissions"_s, QJsonArray {u"conversation:communication:view"_s}},
                    {u"requiresCurrentUserOrPermission"_s, true},
                    {u"visibility"_s, u"Public"_s},
                    {u"transports"_s, QJsonArray {u"All"_s}}}};
            return ApiReply::json(QJsonObject {{u"entities"_s, entities}});
        });
}

} // namespace IdleGuard::Sandbox
