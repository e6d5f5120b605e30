#pragma once

#include "apiresult.h"
#include "core/conversation.h"
#include "core/queue.h"
#include "core/wrapupcode.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QUrlQuery>

#include <functional>

namespace IdleGuard::Genesys {

class RestClient;

// The typed calls of the Genesys Cloud subset Idle Guard uses (reference sections 4-7), on
// top of RestClient. Each takes a callback with an ApiResult and the parsed value; callbacks
// run on the caller's thread, once, and not at all when `context` is destroyed first.
class GenesysApi final : public QObject
{
    Q_OBJECT

public:
    struct User
    {
        QString id;
        QString name;
        QStringList permissions;
    };
    struct Channel
    {
        QString id;
        QUrl connectUri;
        qint64 expiresMs = 0;
    };
    struct TopicState
    {
        QString topic;
        bool permitted = false;
        QString rejectionReason;
    };
    // One page of the analytics details query's answer (reference 6.1).
    struct AnalyticsPage
    {
        QStringList conversationIds; // non-empty ids, in the page's order
        qsizetype entries = 0; // "conversations" entries, usable or not
        int totalHits = 0;

        // Whether a page after page `page` (1-based, kAnalyticsPageSize each) may hold more.
        bool hasMoreAfter(int page) const;
    };
    static constexpr int kAnalyticsPageSize = 100; // the most the query takes (reference 6.1)

    template<typename T> using Callback = std::function<void(const ApiResult &, const T &)>;

    explicit GenesysApi(RestClient &client, QObject *parent = nullptr);

    RestClient &client() { return m_client; }

    void usersMe(QObject *context, Callback<User> done);
    // Every page of GET /api/v2/routing/queues, sorted by name.
    void queues(QObject *context, Callback<QList<Queue>> done);
    // Every page of GET /api/v2/routing/wrapupcodes, sorted by name.
    void wrapupCodes(QObject *context, Callback<QList<WrapupCode>> done);
    // Ids of the message conversations in these queues that have not ended, through the
    // analytics details query (every page), newest first, among those that started between
    // `since` and `until` (the caller's clock: the platform's and ours may differ).
    void activeConversationIds(const QStringList &queueIds, const QDateTime &since,
                               const QDateTime &until, QObject *context,
                               Callback<QStringList> done);
    void conversation(const QString &conversationId, QObject *context, Callback<Conversation> done);
    // The communication id of a participant's message leg (from the generic conversation).
    void communicationId(const QString &conversationId, const QString &participantId,
                         QObject *context, Callback<QString> done);
    // Never retried automatically: on failure, look at the conversation before trying again.
    void sendMessage(const QString &conversationId, const QString &communicationId,
                     const QString &text, QObject *context, Callback<QString> done);
    void disconnectParticipant(const QString &conversationId, const QString &participantId,
                               QObject *context, Callback<bool> done);
    // The disconnect and the wrap-up code in one PATCH (MediaParticipantRequest takes both,
    // reference 5.6): one request instead of two.
    void disconnectWithWrapup(const QString &conversationId, const QString &participantId,
                              const QString &code, const QString &notes, QObject *context,
                              Callback<bool> done);
    // Full teardown (POST /api/v2/conversations/{id}/disconnect, reference 5.8): every leg ends
    // and anyone owing wrap-up gets the platform's system code.
    void disconnectConversation(const QString &conversationId, QObject *context,
                                Callback<bool> done);
    // The text of one message (GET .../messages/{messageId}): how a send whose answer was lost is
    // looked for before anything is sent again.
    void messageText(const QString &conversationId, const QString &messageId, QObject *context,
                     Callback<QString> done);
    void setWrapup(const QString &conversationId, const QString &participantId, const QString &code,
                   const QString &notes, QObject *context, Callback<bool> done);
    void patchAttributes(const QString &conversationId, const QString &participantId,
                         const QHash<QString, QString> &attributes, QObject *context,
                         Callback<bool> done);
    void createChannel(QObject *context, Callback<Channel> done);
    // PUT: replaces the channel's topics (and extends its life).
    void setSubscriptions(const QString &channelId, const QStringList &topics, QObject *context,
                          Callback<QList<TopicState>> done);
    void channelExists(const QString &channelId, QObject *context, Callback<bool> done);

    static QString queueTopic(const QString &queueId);
    // Reads a page of the analytics details query's answer; any JSON object is accepted (what
    // is missing or of the wrong type counts as absent). Public for the tests and the fuzzer.
    static AnalyticsPage parseAnalyticsPage(const QJsonObject &body);

private:
    // Every page of a listing (entities, pageCount), as the entities' JSON objects.
    void collectPages(const QString &path, const QUrlQuery &query, int page,
                      QList<QJsonObject> collected, QObject *context,
                      Callback<QList<QJsonObject>> done);
    void collectConversations(const QJsonObject &query, int page, QStringList collected,
                              QObject *context, Callback<QStringList> done);

    RestClient &m_client;
};

} // namespace IdleGuard::Genesys
