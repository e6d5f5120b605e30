#include "analyticsquery.h"

#include "conversationjson.h"
#include "conversationstore.h"
#include "organisation.h"

#include <QDateTime>

#include <algorithm>

namespace IdleGuard::Sandbox {

using namespace Qt::StringLiterals;

namespace {

std::optional<qint64> parseTime(const QString &text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time.toMSecsSinceEpoch();
}

qint64 startOfUtcDay(qint64 ms)
{
    constexpr qint64 day = 24LL * 60 * 60 * 1000;
    return ms - ((ms % day) + day) % day;
}

bool validFilter(const QJsonObject &filter, QString *error, const QString &where, int depth)
{
    // Enum values in request bodies are accepted in any case (reference 0.2).
    const QString type = filter.value("type"_L1).toString().toLower();
    if (type != "and"_L1 && type != "or"_L1) {
        *error = where + u": every filter and clause needs \"type\": \"and\" or \"or\""_s;
        return false;
    }
    if (depth > 8) {
        *error = where + u": filters may nest at most 8 deep"_s;
        return false;
    }
    for (const auto &predicate : filter.value("predicates"_L1).toArray()) {
        const QString op
            = predicate.toObject().value("operator"_L1).toString(u"matches"_s).toLower();
        if (op != "matches"_L1 && op != "exists"_L1 && op != "notexists"_L1) {
            *error
                = where + u": operator \"%1\" is not one of matches, exists, notExists"_s.arg(op);
            return false;
        }
    }
    for (const auto &clause : filter.value("clauses"_L1).toArray()) {
        if (!validFilter(clause.toObject(), error, where, depth + 1))
            return false;
    }
    return true;
}

bool validFilterArray(const QJsonValue &value, QString *error, const QString &name)
{
    if (value.isUndefined())
        return true;
    if (!value.isArray()) {
        *error = name + u" must be an array of filters"_s;
        return false;
    }
    for (const auto &filter : value.toArray()) {
        if (!filter.isObject()) {
            *error = name + u": every filter must be an object"_s;
            return false;
        }
        if (!validFilter(filter.toObject(), error, name, 0))
            return false;
    }
    return true;
}

} // namespace

std::optional<AnalyticsQuery> AnalyticsQuery::parse(const QJsonObject &body, QString *errorCode,
                                                    QString *error)
{
    AnalyticsQuery query;
    *errorCode = u"bad.request"_s;
    const QString interval = body.value("interval"_L1).toString();
    if (interval.isEmpty()) {
        *error = u"interval is required, as \"<start>/<end>\" in ISO-8601"_s;
        return std::nullopt;
    }
    const auto start = parseTime(interval.section(u'/', 0, 0));
    const auto end = parseTime(interval.section(u'/', 1));
    if (!start || !end || interval.count(u'/') != 1) {
        *errorCode = u"invalid.date"_s;
        *error = u"interval \"%1\" is not a valid ISO-8601 interval"_s.arg(interval);
        return std::nullopt;
    }
    if (*end <= *start) {
        *errorCode = u"invalid.date"_s;
        *error = u"interval \"%1\" ends before it starts"_s.arg(interval);
        return std::nullopt;
    }
    query.m_startMs = *start;
    query.m_endMs = *end;
    if (!validFilterArray(body.value("conversationFilters"_L1), error, u"conversationFilters"_s)
        || !validFilterArray(body.value("segmentFilters"_L1), error, u"segmentFilters"_s))
        return std::nullopt;
    query.m_conversationFilters = body.value("conversationFilters"_L1).toArray();
    query.m_segmentFilters = body.value("segmentFilters"_L1).toArray();
    if (body.contains("order"_L1)) {
        query.m_order = body.value("order"_L1).toString().toLower();
        if (query.m_order != "asc"_L1 && query.m_order != "desc"_L1
            && query.m_order != "unordered"_L1) {
            *errorCode = u"invalid.value"_s;
            *error = u"order must be asc, desc or unordered"_s;
            return std::nullopt;
        }
    }
    if (body.contains("orderBy"_L1)) {
        const QString given = body.value("orderBy"_L1).toString();
        static const QStringList known {u"conversationStart"_s, u"conversationEnd"_s,
                                        u"segmentStart"_s, u"segmentEnd"_s};
        const auto match = std::find_if(known.cbegin(), known.cend(), [&](const QString &k) {
            return k.compare(given, Qt::CaseInsensitive) == 0;
        });
        if (match == known.cend()) {
            *errorCode = u"invalid.value"_s;
            *error = u"orderBy \"%1\" is not supported"_s.arg(given);
            return std::nullopt;
        }
        query.m_orderBy = *match;
    }
    const QJsonObject paging = body.value("paging"_L1).toObject();
    if (paging.contains("pageSize"_L1)) {
        query.m_pageSize = paging.value("pageSize"_L1).toInt(-1);
        if (query.m_pageSize < 1 || query.m_pageSize > kMaxPageSize) {
            *errorCode = u"invalid.value"_s;
            *error = u"paging.pageSize must be from 1 to %1"_s.arg(kMaxPageSize);
            return std::nullopt;
        }
    }
    if (paging.contains("pageNumber"_L1)) {
        query.m_pageNumber = paging.value("pageNumber"_L1).toInt(-1);
        if (query.m_pageNumber < 1) {
            *errorCode = u"invalid.value"_s;
            *error = u"paging.pageNumber must be 1 or more"_s;
            return std::nullopt;
        }
    }
    return query;
}

bool AnalyticsQuery::matchesInterval(const SimConversation &conversation) const
{
    // Genesys matches conversations that started on a day the interval touches.
    const qint64 from = startOfUtcDay(m_startMs);
    const qint64 to = startOfUtcDay(m_endMs - 1) + 24LL * 60 * 60 * 1000;
    return conversation.startMs >= from && conversation.startMs < to;
}

bool AnalyticsQuery::matchesPredicate(const QJsonObject &predicate, const Context &context)
{
    const QString dimension
        = predicate.value("dimension"_L1).toString(predicate.value("property"_L1).toString());
    const QString op = predicate.value("operator"_L1).toString(u"matches"_s).toLower();
    const auto found = context.constFind(dimension);
    const bool present = found != context.cend();
    if (op == "exists"_L1)
        return present;
    if (op == "notexists"_L1)
        return !present;
    if (!present)
        return false;
    if (predicate.contains("value"_L1))
        return found->compare(predicate.value("value"_L1).toString(), Qt::CaseInsensitive) == 0;
    if (predicate.contains("range"_L1)) {
        const auto value = parseTime(*found);
        const QJsonObject range = predicate.value("range"_L1).toObject();
        if (!value)
            return false;
        auto bound = [&range](QLatin1String key) { return parseTime(range.value(key).toString()); };
        if (auto gt = bound("gt"_L1); gt && !(*value > *gt))
            return false;
        if (auto gte = bound("gte"_L1); gte && !(*value >= *gte))
            return false;
        if (auto lt = bound("lt"_L1); lt && !(*value < *lt))
            return false;
        if (auto lte = bound("lte"_L1); lte && !(*value <= *lte))
            return false;
        return true;
    }
    return false;
}

bool AnalyticsQuery::matchesFilter(const QJsonObject &filter, const Context &context)
{
    const bool any = filter.value("type"_L1).toString().compare("or"_L1, Qt::CaseInsensitive) == 0;
    QList<bool> results;
    for (const auto &predicate : filter.value("predicates"_L1).toArray())
        results.append(matchesPredicate(predicate.toObject(), context));
    for (const auto &clause : filter.value("clauses"_L1).toArray())
        results.append(matchesFilter(clause.toObject(), context));
    if (results.isEmpty())
        return true;
    return any ? std::any_of(results.cbegin(), results.cend(), [](bool b) { return b; })
               : std::all_of(results.cbegin(), results.cend(), [](bool b) { return b; });
}

AnalyticsQuery::Context AnalyticsQuery::conversationContext(const SimConversation &conversation,
                                                            const Organisation &organisation)
{
    Context context;
    context.insert(u"conversationId"_s, conversation.id);
    context.insert(u"conversationStart"_s, ConversationJson::isoTime(conversation.startMs));
    if (conversation.isEnded())
        context.insert(u"conversationEnd"_s, ConversationJson::isoTime(conversation.endMs));
    context.insert(u"originatingDirection"_s, u"inbound"_s);
    context.insert(u"divisionId"_s, organisation.divisionId());
    return context;
}

QList<AnalyticsQuery::Context> AnalyticsQuery::segmentContexts(const SimConversation &conversation)
{
    // The same sessions and segments ConversationJson::analyticsConversation() renders, built
    // straight from the record: filtering must not pay for JSON of conversations it drops.
    QList<Context> contexts;
    for (const auto &participant : conversation.participants) {
        Context base;
        base.insert(u"participantId"_s, participant.id);
        base.insert(u"purpose"_s, participant.purpose);
        if (!participant.userId.isEmpty())
            base.insert(u"userId"_s, participant.userId);
        base.insert(u"sessionId"_s, participant.communicationId);
        base.insert(u"mediaType"_s, u"message"_s);
        base.insert(u"messageType"_s, u"webmessaging"_s);
        base.insert(u"direction"_s, u"inbound"_s);
        if (!participant.peer.isEmpty())
            base.insert(u"peerId"_s, participant.peer);
        for (const auto &segment : ConversationJson::analyticsSegments(participant)) {
            Context context = base;
            context.insert(u"segmentType"_s, segment.type);
            context.insert(u"segmentStart"_s, ConversationJson::isoTime(segment.startMs));
            if (segment.endMs >= 0)
                context.insert(u"segmentEnd"_s, ConversationJson::isoTime(segment.endMs));
            if (!participant.queueId.isEmpty())
                context.insert(u"queueId"_s, participant.queueId);
            if (!segment.disconnectType.isEmpty())
                context.insert(u"disconnectType"_s, segment.disconnectType);
            if (!segment.wrapupCode.isEmpty())
                context.insert(u"wrapUpCode"_s, segment.wrapupCode);
            contexts.append(context);
        }
    }
    return contexts;
}

QJsonObject AnalyticsQuery::run(const ConversationStore &store, const Organisation &organisation,
                                bool omitEmptyConversations) const
{
    QList<const SimConversation *> hits;
    for (const SimConversation *conversation : store.conversations()) {
        if (!matchesInterval(*conversation))
            continue;
        const Context context = conversationContext(*conversation, organisation);
        const bool conversationOk = std::all_of(
            m_conversationFilters.begin(), m_conversationFilters.end(),
            [&](const QJsonValue &f) { return matchesFilter(f.toObject(), context); });
        if (!conversationOk)
            continue;
        if (!m_segmentFilters.isEmpty()) {
            const QList<Context> segments = segmentContexts(*conversation);
            const bool segmentsOk = std::all_of(
                m_segmentFilters.begin(), m_segmentFilters.end(), [&](const QJsonValue &f) {
                    return std::any_of(segments.cbegin(), segments.cend(), [&](const Context &s) {
                        return matchesFilter(f.toObject(), s);
                    });
                });
            if (!segmentsOk)
                continue;
        }
        hits.append(conversation);
    }
    if (m_order != "unordered"_L1) {
        const bool byEnd = m_orderBy == "conversationEnd"_L1;
        const bool descending = m_order == "desc"_L1;
        auto key = [byEnd](const SimConversation *c) { return byEnd ? c->endMs : c->startMs; };
        std::stable_sort(hits.begin(), hits.end(),
                         [&](const SimConversation *a, const SimConversation *b) {
                             return descending ? key(a) > key(b) : key(a) < key(b);
                         });
    }
    // Only the requested page is rendered.
    QJsonArray page;
    const qsizetype first = qsizetype(m_pageNumber - 1) * m_pageSize;
    for (qsizetype i = first; i < hits.size() && i < first + m_pageSize; ++i)
        page.append(ConversationJson::analyticsConversation(*hits.at(i), organisation));
    QJsonObject result {{u"totalHits"_s, hits.size()}};
    if (!page.isEmpty() || !omitEmptyConversations)
        result.insert("conversations"_L1, page);
    return result;
}

} // namespace IdleGuard::Sandbox
