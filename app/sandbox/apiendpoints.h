#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace IdleGuard::Sandbox {

class ConversationStore;
class HttpPipeline;
class NotificationHub;
class Organisation;
class AuthService;
struct ApiReply;
struct ApiRequest;
struct SandboxOptions;
struct SandboxUser;
struct SandboxQueue;

// The api host's REST subset (reference sections 2.4 and 4-7): tokens, users, queues, wrap-up
// codes, message conversations and their participants, the analytics details query and the
// notification channel endpoints. Handlers translate between JSON and the store; status codes
// and error bodies are as documented.
class ApiEndpoints
{
public:
    ApiEndpoints(const Organisation &organisation, ConversationStore &store, AuthService &auth,
                 NotificationHub &hub, const SandboxOptions &options);
    void registerRoutes(HttpPipeline &pipeline);

    // A paged listing envelope (reference 3.1) over `all`, with URIs built on basePath.
    static ApiReply listing(const ApiRequest &request, const QJsonArray &all,
                            const QString &basePath);

private:
    void registerIdentity(HttpPipeline &pipeline);
    void registerRouting(HttpPipeline &pipeline);
    void registerConversations(HttpPipeline &pipeline);
    void registerNotifications(HttpPipeline &pipeline);

    QJsonObject userJson(const SandboxUser &user, const QString &expand) const;
    QJsonObject queueJson(const SandboxQueue &queue) const;
    QJsonArray userQueues(const SandboxUser &user) const;
    ApiReply patchParticipant(const ApiRequest &request, const QString &conversationId,
                              const QString &participantId, bool emptyObjectReply);
    ApiReply patchAttributes(const ApiRequest &request, bool echo);
    ApiReply alreadyDisconnected() const;

    const Organisation &m_organisation;
    ConversationStore &m_store;
    AuthService &m_auth;
    NotificationHub &m_hub;
    const SandboxOptions &m_options;
};

} // namespace IdleGuard::Sandbox
