#include "journalsql.h"

#include "logging.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace IdleGuard {

namespace {

const QString kAutomatic = QStringLiteral("automatic");

IdleAction::Kind parseKind(const QString &text)
{
    IdleAction::Kind kind = IdleAction::Kind::FlagAgent;
    if (!parseActionKind(text, &kind)) {
        // A kind from a newer build: read it as a notification, which reconciliation never
        // repeats, rather than as something that would go to the platform again.
        qCWarning(lcJournal) << "unknown action kind in journal:" << text;
        return IdleAction::Kind::FlagAgent;
    }
    return kind;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(u", ");
}

// The largest code point: every text that starts with a prefix sorts below prefix + this, so
// "starts with" becomes a range the conversation index can serve (LIKE could not, and would
// treat '%' and '_' in the input as wildcards).
QString prefixEnd(const QString &prefix)
{
    static const char32_t last = 0x10FFFF;
    return prefix + QString::fromUcs4(&last, 1);
}

// Pending is the absence of a result (NULL), the others are spelled in the result column.
QString outcomeCondition(const QList<JournalOutcome> &outcomes, QVariantList *values)
{
    QVariantList results;
    for (const JournalOutcome outcome : outcomes) {
        if (outcome != JournalOutcome::Pending)
            results << stableName(outcome);
    }
    QStringList either;
    if (!results.isEmpty())
        either << QStringLiteral("result IN (%1)").arg(placeholders(results.size()));
    if (outcomes.contains(JournalOutcome::Pending))
        either << QStringLiteral("result IS NULL");
    *values << results;
    return u'(' + either.join(QStringLiteral(" OR ")) + u')';
}

} // namespace

QString JournalSql::columns()
{
    return QStringLiteral(
        "id, conversation_id, participant_id, queue_id, kind, stage, actor, policy_revision, "
        "scheduled_ms, intent_ms, issued_ms, result_ms, result, http_status, error, message_id, "
        "message_text, close_scope, wrapup_code, idle_since_ms");
}

QVariant JournalSql::timeValue(qint64 ms)
{
    return ms == kNoTime ? QVariant() : QVariant(ms);
}

qint64 JournalSql::timeFrom(const QVariant &value)
{
    return value.isNull() ? kNoTime : value.toLongLong();
}

QString JournalSql::actorName(const QString &actor)
{
    return actor.isEmpty() ? kAutomatic : actor;
}

JournalEntry JournalSql::entryFrom(const QSqlQuery &q)
{
    JournalEntry e;
    e.id = q.value(0).toLongLong();
    e.intent.conversationId = q.value(1).toString();
    e.intent.participantId = q.value(2).toString();
    e.intent.queueId = q.value(3).toString();
    e.intent.kind = parseKind(q.value(4).toString());
    if (!parseIdleStage(q.value(5).toString(), &e.intent.stage))
        e.intent.stage = IdleStage::None;
    const QString actor = q.value(6).toString();
    e.intent.actor = actor == kAutomatic ? QString() : actor;
    e.intent.policyRevision = q.value(7).toInt();
    e.intent.scheduledAtMs = timeFrom(q.value(8));
    e.intentAtMs = timeFrom(q.value(9));
    e.result.issuedAtMs = timeFrom(q.value(10));
    e.resultAtMs = timeFrom(q.value(11));
    if (q.value(12).isNull() || !parseJournalOutcome(q.value(12).toString(), &e.result.outcome))
        e.result.outcome = JournalOutcome::Pending;
    e.result.httpStatus = q.value(13).toInt();
    e.result.error = q.value(14).toString();
    e.result.messageId = q.value(15).toString();
    e.intent.text = q.value(16).toString();
    if (!parseCloseScope(q.value(17).toString(), &e.intent.closeScope))
        e.intent.closeScope = CloseScope::Agent;
    e.intent.wrapUpCode = q.value(18).toString();
    e.intent.idleSinceMs = timeFrom(q.value(19));
    return e;
}

JournalSql::Where JournalSql::where(const JournalFilter &filter, const QString &extra,
                                    const QVariantList &extraValues)
{
    QStringList conditions;
    QVariantList values;
    if (filter.fromMs != kNoTime) {
        conditions << QStringLiteral("intent_ms >= ?");
        values << filter.fromMs;
    }
    if (filter.toMs != kNoTime) {
        conditions << QStringLiteral("intent_ms < ?");
        values << filter.toMs;
    }
    if (!filter.queueId.isEmpty()) {
        conditions << QStringLiteral("queue_id = ?");
        values << filter.queueId;
    }
    if (!filter.conversationId.isEmpty()) {
        conditions << QStringLiteral("conversation_id >= ? AND conversation_id < ?");
        values << filter.conversationId << prefixEnd(filter.conversationId);
    }
    if (filter.actor == JournalFilter::Actor::Automatic) {
        conditions << QStringLiteral("actor = ?");
        values << kAutomatic;
    } else if (filter.actor == JournalFilter::Actor::Supervisor && filter.actorId.isEmpty()) {
        conditions << QStringLiteral("actor <> ?");
        values << kAutomatic;
    } else if (filter.actor == JournalFilter::Actor::Supervisor) {
        conditions << QStringLiteral("actor = ?");
        values << filter.actorId;
    }
    if (!filter.outcomes.isEmpty())
        conditions << outcomeCondition(filter.outcomes, &values);
    if (!filter.kinds.isEmpty()) {
        conditions << QStringLiteral("kind IN (%1)").arg(placeholders(filter.kinds.size()));
        for (const IdleAction::Kind kind : filter.kinds)
            values << stableName(kind);
    }
    if (filter.afterId >= 0) {
        conditions << QStringLiteral("id > ?");
        values << filter.afterId;
    }
    if (filter.upToId >= 0) {
        conditions << QStringLiteral("id <= ?");
        values << filter.upToId;
    }
    if (!extra.isEmpty()) {
        conditions << extra;
        values << extraValues;
    }
    if (conditions.isEmpty())
        return {};
    return {QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")), values};
}

} // namespace IdleGuard
