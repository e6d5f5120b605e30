#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace IdleGuard::Sandbox {

class ConversationStore;
class Organisation;
struct SimConversation;

// POST /api/v2/analytics/conversations/details/query (reference 6.1): the interval, conversation
// and segment filters (and/or, predicates and clauses; matches/exists/notExists), order and
// paging that Idle Guard uses to find the live message conversations of its queues.
class AnalyticsQuery
{
public:
    // On bad input returns std::nullopt with *errorCode (ErrorBody code) and *error set.
    static std::optional<AnalyticsQuery> parse(const QJsonObject &body, QString *errorCode,
                                               QString *error);

    QJsonObject run(const ConversationStore &store, const Organisation &organisation,
                    bool omitEmptyConversations) const;

    static constexpr int kMaxPageSize = 100;

private:
    using Context = QHash<QString, QString>;

    bool matchesInterval(const SimConversation &conversation) const;
    static bool matchesFilter(const QJsonObject &filter, const Context &context);
    static bool matchesPredicate(const QJsonObject &predicate, const Context &context);
    static Context conversationContext(const SimConversation &conversation,
                                       const Organisation &organisation);
    static QList<Context> segmentContexts(const SimConversation &conversation);

    qint64 m_startMs = 0;
    qint64 m_endMs = 0;
    QJsonArray m_conversationFilters;
    QJsonArray m_segmentFilters;
    QString m_order = QStringLiteral("asc");
    QString m_orderBy = QStringLiteral("conversationStart");
    int m_pageSize = 25;
    int m_pageNumber = 1;
};

} // namespace IdleGuard::Sandbox
