#include "controlendpoints.h"

#include "authservice.h"
#include "conversationstore.h"
#include "eventscheduler.h"
#include "faultinjector.h"
#include "httppipeline.h"
#include "notificationhub.h"
#include "organisation.h"
#include "sandbox.h"
#include "trafficsimulator.h"

namespace IdleGuard::Sandbox {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;
using Access = HttpPipeline::Access;

namespace {

// The control body, or an empty object when none was sent.
std::optional<QJsonObject> controlBody(const ApiRequest &request, ApiReply *error)
{
    const auto body = request.jsonBody(error, false);
    if (!body)
        return std::nullopt;
    if (!body->isNull() && !body->isObject()) {
        *error = ApiReply::badRequest(u"The body must be a JSON object."_s);
        return std::nullopt;
    }
    return body->toObject();
}

ApiReply done(const QJsonObject &extra = {})
{
    QJsonObject body {{u"ok"_s, true}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return ApiReply::json(body);
}

ApiReply outcomeReply(ConversationStore::Outcome outcome)
{
    switch (outcome) {
    case ConversationStore::Outcome::Done:
        return done();
    case ConversationStore::Outcome::NotFound:
        return ApiReply::notFound(u"conversation"_s);
    case ConversationStore::Outcome::Conflict:
        return ApiReply::error(409, u"conflict"_s,
                               u"Not possible in the conversation's current state."_s);
    case ConversationStore::Outcome::Invalid:
        return ApiReply::badRequest(u"Not possible for this participant."_s);
    }
    return done();
}

} // namespace

constexpr qint64 kMaxStepMs = 30LL * 24 * 60 * 60 * 1000;

ControlEndpoints::ControlEndpoints(Sandbox &sandbox)
    : m_sandbox(sandbox)
{ }

void ControlEndpoints::registerRoutes(HttpPipeline &pipeline)
{
    pipeline.route(u"/sandbox/state"_s, Method::Get, Access::Control,
                   [this](const ApiRequest &) { return ApiReply::json(m_sandbox.snapshot()); });

    // The clock alone, cheap to ask often: a separate enforcer process anchors its own fast
    // clock on it (headless `sandboxClock`), which /sandbox/state is too big to do precisely.
    pipeline.route(u"/sandbox/clock"_s, Method::Get, Access::Control, [this](const ApiRequest &) {
        const SandboxClock &clock = m_sandbox.scheduler().clock();
        return ApiReply::json(QJsonObject {
            {u"nowMs"_s, clock.nowMs()},
            {u"speed"_s, clock.speed()},
            {u"mode"_s,
             clock.mode() == SandboxClock::Mode::Stepped ? u"stepped"_s : u"running"_s}});
    });

    pipeline.route(
        u"/sandbox/clock/step"_s, Method::Post, Access::Control, [this](const ApiRequest &request) {
            ApiReply error;
            const auto body = controlBody(request, &error);
            if (!body)
                return error;
            const qint64 ms = body->value("ms"_L1).toInteger(-1);
            // At most 30 days at a time: beyond that a step is a mistake, not a test.
            if (ms < 0 || ms > kMaxStepMs)
                return ApiReply::badRequest(
                    u"\"ms\" must be a whole number from 0 to %1."_s.arg(kMaxStepMs));
            if (!m_sandbox.step(ms))
                return ApiReply::error(
                    409, u"conflict"_s,
                    u"The clock is running; start the sandbox with a stepped clock to step it."_s);
            return done({{u"nowMs"_s, m_sandbox.snapshot().value("nowMs"_L1)}});
        });

    pipeline.route(
        u"/sandbox/conversations"_s, Method::Post, Access::Control,
        [this](const ApiRequest &request) {
            ApiReply error;
            const auto body = controlBody(request, &error);
            if (!body)
                return error;
            const Organisation &organisation = m_sandbox.organisation();
            const QString queueId
                = body->value("queueId"_L1).toString(organisation.queues().constFirst().id);
            if (!organisation.queue(queueId))
                return ApiReply::notFound(u"queue"_s);
            const QString text
                = body->value("text"_L1).toString(u"Hello, I need some help please."_s);
            const QString name = body->value("customerName"_L1).toString(u"Test Customer"_s);
            const QString id = m_sandbox.store().startConversation(queueId, name, text);
            return ApiReply::json(QJsonObject {{u"ok"_s, true}, {u"id"_s, id}}, 201);
        });

    pipeline.route(
        u"/sandbox/conversations/<arg>/<arg>"_s, Method::Post, Access::Control,
        [this](const ApiRequest &request) {
            ApiReply error;
            const auto body = controlBody(request, &error);
            if (!body)
                return error;
            const QString conversationId = request.arg(0);
            const QString action = request.arg(1);
            ConversationStore &store = m_sandbox.store();
            const SimConversation *conversation = store.conversation(conversationId);
            if (!conversation)
                return ApiReply::notFound(u"conversation"_s);
            const QString text = body->value("text"_L1).toString();
            if (action == "customer-message"_L1) {
                if (text.isEmpty())
                    return ApiReply::badRequest(u"\"text\" is required."_s);
                return outcomeReply(store.addCustomerMessage(conversationId, text));
            }
            if (action == "agent-message"_L1) {
                if (text.isEmpty())
                    return ApiReply::badRequest(u"\"text\" is required."_s);
                const SimParticipant *agent = conversation->activeAgent();
                if (!agent)
                    return ApiReply::error(409, u"conflict"_s, u"No agent is connected."_s);
                ConversationStore::Outcome outcome;
                const QString id = store.addAgentMessage(conversationId, agent->id, text,
                                                         agent->userId, &outcome);
                return outcome == ConversationStore::Outcome::Done ? done({{u"messageId"_s, id}})
                                                                   : outcomeReply(outcome);
            }
            if (action == "customer-silent"_L1) {
                const bool returns = body->value("returnsAfterWarning"_L1).toBool(false);
                return m_sandbox.simulator().makeCustomerSilent(conversationId, returns)
                    ? done()
                    : ApiReply::error(409, u"conflict"_s, u"The conversation has ended."_s);
            }
            if (action == "agent-silent"_L1) {
                return m_sandbox.simulator().makeAgentSilent(conversationId)
                    ? done()
                    : ApiReply::error(409, u"conflict"_s, u"The conversation has ended."_s);
            }
            if (action == "customer-disconnect"_L1) {
                const SimParticipant *customer = conversation->customer();
                if (!customer)
                    return ApiReply::error(409, u"conflict"_s, u"No customer."_s);
                return outcomeReply(
                    store.disconnectParticipant(conversationId, customer->id, u"client"_s));
            }
            return ApiReply::notFound(u"control action"_s);
        });

    pipeline.route(u"/sandbox/faults"_s, Method::Get | Method::Delete, Access::Control,
                   [this](const ApiRequest &request) {
                       if (request.http.method() == Method::Delete) {
                           m_sandbox.faults().clear();
                           m_sandbox.notifications().setHeartbeatsEnabled(true);
                       }
                       QJsonObject state = m_sandbox.faults().toJson();
                       state.insert("heartbeats"_L1, m_sandbox.notifications().heartbeatsEnabled());
                       return ApiReply::json(state);
                   });

    pipeline.route(
        u"/sandbox/faults/<arg>"_s, Method::Post, Access::Control,
        [this](const ApiRequest &request) {
            ApiReply error;
            const auto body = controlBody(request, &error);
            if (!body)
                return error;
            const QString fault = request.arg(0);
            NotificationHub &hub = m_sandbox.notifications();
            if (fault == "fail-next"_L1) {
                const int count = body->value("count"_L1).toInt(1);
                const int status = body->value("status"_L1).toInt(503);
                const int retryAfter
                    = body->value("retryAfter"_L1).toInt(FaultInjector::kDefaultRetryAfterSeconds);
                if (count < 1 || status < 400 || status > 599)
                    return ApiReply::badRequest(
                        u"\"count\" must be 1 or more and \"status\" from 400 to 599."_s);
                if (retryAfter < 0 || retryAfter > 3600)
                    return ApiReply::badRequest(u"\"retryAfter\" must be from 0 to 3600."_s);
                m_sandbox.faults().failNext(count, status, body->value("path"_L1).toString(),
                                            retryAfter);
                return done();
            }
            if (fault == "drop-response-next"_L1) {
                // A count that is not a whole number is refused, not read as the default.
                const QJsonValue countValue = body->value("count"_L1);
                const int count = countValue.isUndefined() ? 1 : countValue.toInt(0);
                const QJsonValue path = body->value("path"_L1);
                if (count < 1 || !(path.isUndefined() || path.isString()))
                    return ApiReply::badRequest(
                        u"\"count\" must be 1 or more and \"path\" a string."_s);
                m_sandbox.faults().dropResponseNext(count, path.toString());
                return done();
            }
            if (fault == "latency"_L1) {
                const int ms = body->value("ms"_L1).toInt(-1);
                if (ms < 0 || ms > 60000)
                    return ApiReply::badRequest(u"\"ms\" must be from 0 to 60000."_s);
                m_sandbox.faults().setLatencyMs(ms);
                return done();
            }
            if (fault == "flaky"_L1) {
                const double fraction = body->value("fraction"_L1).toDouble(-1);
                const int status = body->value("status"_L1).toInt(503);
                if (fraction < 0 || fraction > 1 || status < 400 || status > 599)
                    return ApiReply::badRequest(
                        u"\"fraction\" must be from 0 to 1 and \"status\" from 400 to 599."_s);
                m_sandbox.faults().setFlaky(fraction, status);
                return done();
            }
            if (fault == "heartbeats"_L1) {
                hub.setHeartbeatsEnabled(body->value("enabled"_L1).toBool(false));
                return done();
            }
            if (fault == "drop-sockets"_L1)
                return done({{u"dropped"_s, hub.dropAllSockets()}});
            if (fault == "socket-closing"_L1)
                return done({{u"announced"_s, hub.announceSocketClosing()}});
            if (fault == "expire-channels"_L1) {
                const QJsonArray channels = hub.snapshot();
                for (const auto &channel : channels)
                    hub.expireChannel(channel.toObject().value("id"_L1).toString());
                return done({{u"expired"_s, channels.size()}});
            }
            return ApiReply::notFound(u"fault"_s);
        });

    // The tokens issued to one client, with their values: the control interface is loopback
    // only and can already revoke them or act as anyone, and a soak needs the values to prove
    // that they never reach a log line.
    pipeline.route(u"/sandbox/tokens"_s, Method::Get, Access::Control,
                   [this](const ApiRequest &request) {
                       const QString clientId = request.http.query().queryItemValue(u"clientId"_s);
                       if (clientId.isEmpty())
                           return ApiReply::badRequest(u"Give ?clientId=."_s);
                       return ApiReply::json(
                           QJsonObject {{u"tokens"_s, m_sandbox.auth().issuedTokens(clientId)}});
                   });

    pipeline.route(u"/sandbox/tokens/revoke"_s, Method::Post, Access::Control,
                   [this](const ApiRequest &) {
                       return done({{u"revoked"_s, m_sandbox.revokeAllTokens()}});
                   });

    pipeline.route(u"/sandbox/simulator"_s, Method::Post, Access::Control,
                   [this](const ApiRequest &request) {
                       ApiReply error;
                       const auto body = controlBody(request, &error);
                       if (!body)
                           return error;
                       if (!body->value("paused"_L1).isBool())
                           return ApiReply::badRequest(u"\"paused\" must be true or false."_s);
                       m_sandbox.simulator().setPaused(body->value("paused"_L1).toBool());
                       return done();
                   });

    pipeline.route(u"/sandbox/queues/<arg>/inactivity-timeout"_s, Method::Post, Access::Control,
                   [this](const ApiRequest &request) {
                       ApiReply error;
                       const auto body = controlBody(request, &error);
                       if (!body)
                           return error;
                       if (!m_sandbox.organisation().queue(request.arg(0)))
                           return ApiReply::notFound(u"queue"_s);
                       const int seconds = body->value("seconds"_L1).toInt(-1);
                       if (seconds < 0)
                           return ApiReply::badRequest(u"\"seconds\" must be 0 (off) or more."_s);
                       m_sandbox.organisation().setQueueInactivityTimeout(request.arg(0), seconds);
                       return done();
                   });
}

} // namespace IdleGuard::Sandbox
