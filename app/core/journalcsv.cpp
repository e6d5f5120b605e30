#include "journalcsv.h"

#include "journalsql.h"

#include <QDateTime>

namespace IdleGuard {

namespace {

QString csvField(const QString &value)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool needsQuotes = false;
    for (const QChar c : value)
        needsQuotes = needsQuotes || special.contains(c);
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

QString JournalCsv::isoTime(qint64 ms)
{
    if (ms == kNoTime)
        return {};
    // toUTC() (not a UTC QTimeZone) makes Qt write the "Z" suffix.
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODateWithMs);
}

QString JournalCsv::line(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields)
        quoted << csvField(field);
    return quoted.join(u',') + QStringLiteral("\r\n");
}

QStringList JournalCsv::header()
{
    return {QStringLiteral("id"),
            QStringLiteral("conversation_id"),
            QStringLiteral("participant_id"),
            QStringLiteral("queue_id"),
            QStringLiteral("kind"),
            QStringLiteral("stage"),
            QStringLiteral("actor"),
            QStringLiteral("policy_revision"),
            QStringLiteral("scheduled_at"),
            QStringLiteral("intent_at"),
            QStringLiteral("issued_at"),
            QStringLiteral("result_at"),
            QStringLiteral("result"),
            QStringLiteral("http_status"),
            QStringLiteral("error"),
            QStringLiteral("message_id"),
            QStringLiteral("message_text"),
            QStringLiteral("close_scope"),
            QStringLiteral("wrapup_code")};
}

QStringList JournalCsv::fields(const JournalEntry &e)
{
    return {
        QString::number(e.id),
        e.intent.conversationId,
        e.intent.participantId,
        e.intent.queueId,
        stableName(e.intent.kind),
        stableName(e.intent.stage),
        JournalSql::actorName(e.intent.actor),
        QString::number(e.intent.policyRevision),
        isoTime(e.intent.scheduledAtMs),
        isoTime(e.intentAtMs),
        isoTime(e.result.issuedAtMs),
        isoTime(e.resultAtMs),
        stableName(e.result.outcome),
        e.result.httpStatus == 0 ? QString() : QString::number(e.result.httpStatus),
        e.result.error,
        e.result.messageId,
        e.intent.text,
        e.intent.kind == IdleAction::Kind::Disconnect ? stableName(e.intent.closeScope) : QString(),
        e.intent.wrapUpCode,
    };
}

} // namespace IdleGuard
