#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace IdleGuard::Sandbox {

class Organisation;
struct SimConversation;
struct SimMessage;
struct SimParticipant;

// Renders the sandbox's conversation records in the shapes the Genesys API uses for them
// (reference sections 5-7). The shapes differ on purpose, as they do on the real platform:
// MessageDetails has "messageId" on REST but "message": {"id"} in topic events; the generic
// Conversation nests communications; analytics speaks in sessions and segments.
class ConversationJson
{
public:
    static QString isoTime(qint64 ms);

    // GET /api/v2/conversations/messages/{id} and listing entities.
    static QJsonObject messageConversation(const SimConversation &conversation,
                                           const Organisation &organisation);
    // eventBody of v2.routing.queues.{id}.conversations.messages and the user variant.
    static QJsonObject topicEventBody(const SimConversation &conversation,
                                      const Organisation &organisation);
    // GET /api/v2/conversations/{id}.
    static QJsonObject genericConversation(const SimConversation &conversation,
                                           const Organisation &organisation);
    // The analytics segments of one participant's session: what the details query reports and
    // what its segment filters test.
    struct AnalyticsSegment
    {
        QString type; // alert, interact, wrapup
        qint64 startMs = -1;
        qint64 endMs = -1;
        QString disconnectType;
        QString wrapupCode;
    };
    static QList<AnalyticsSegment> analyticsSegments(const SimParticipant &participant);

    // One entry of the analytics details query's "conversations".
    static QJsonObject analyticsConversation(const SimConversation &conversation,
                                             const Organisation &organisation);
    // MessageData for a sent or received message.
    static QJsonObject messageData(const SimConversation &conversation,
                                   const SimParticipant &participant, const SimMessage &message,
                                   const Organisation &organisation);
    static QJsonObject wrapupCode(const QString &id, const QString &name);
    static QJsonObject entityRef(const QString &id, const QString &selfUri);
    static QJsonArray divisions(const SimConversation &conversation,
                                const Organisation &organisation);
};

} // namespace IdleGuard::Sandbox
