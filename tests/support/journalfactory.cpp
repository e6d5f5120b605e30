#include "journalfactory.h"

#include "core/auditjournal.h"
#include "core/manualclock.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace IdleGuard {

namespace {

struct Row
{
    IdleAction::Kind kind;
    IdleStage stage;
};

// What happens to one conversation, as the journal records it.
QList<Row> story(QRandomGenerator &rng)
{
    using Kind = IdleAction::Kind;
    const quint32 pick = rng.bounded(100);
    if (pick < 40) // the customer left: both warnings, then the close
        return {{Kind::SendWarning, IdleStage::Warning1},
                {Kind::SendWarning, IdleStage::Warning2},
                {Kind::SendClosingMessage, IdleStage::Close},
                {Kind::Disconnect, IdleStage::Close}};
    if (pick < 75) // the customer came back after a warning
        return {{Kind::SendWarning, IdleStage::Warning1}};
    if (pick < 90) // the agent kept the customer waiting
        return {{Kind::FlagAgent, IdleStage::AgentFlag},
                {Kind::EscalateAgent, IdleStage::AgentEscalate}};
    if (pick < 95)
        return {{Kind::Snooze, IdleStage::None}, {Kind::SendWarning, IdleStage::Warning1}};
    return {{Kind::Exempt, IdleStage::None},
            {Kind::Include, IdleStage::None},
            {Kind::Reset, IdleStage::None}};
}

bool isOverride(IdleAction::Kind kind)
{
    using Kind = IdleAction::Kind;
    return kind == Kind::Snooze || kind == Kind::Exempt || kind == Kind::Include
        || kind == Kind::Reset;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool insertRows(QSqlDatabase &db, const JournalFactory::Options &o, QString *error)
{
    QRandomGenerator rng(o.seed);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO actions (conversation_id, participant_id, queue_id, kind, stage, actor, "
        "policy_revision, scheduled_ms, intent_ms, issued_ms, result_ms, result, http_status, "
        "error, message_id, message_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?)"));
    int written = 0;
    for (int conversation = 0; written < o.rows; ++conversation) {
        const QString id = JournalFactory::conversationId(conversation);
        const QString queue = JournalFactory::queueId(conversation % qMax(1, o.queues));
        for (const Row &row : story(rng)) {
            if (written == o.rows)
                break;
            const qint64 at = o.endMs - o.spanMs + qint64(written) * o.spanMs / o.rows;
            const bool manual = isOverride(row.kind) || rng.bounded(100) < 3;
            const quint32 fate = rng.bounded(1000);
            // The newest few rows are still under way; elsewhere outcomes as on a busy day.
            const QString result = written >= o.rows - 3 ? QString()
                : fate < 30                              ? QStringLiteral("failed")
                : fate < 70                              ? QStringLiteral("skipped")
                : fate < 85                              ? QStringLiteral("observed")
                                                         : QStringLiteral("succeeded");
            const bool sends = row.kind == IdleAction::Kind::SendWarning
                || row.kind == IdleAction::Kind::SendClosingMessage;
            q.addBindValue(id);
            q.addBindValue(QString(id.left(8) + QStringLiteral("-agent")));
            q.addBindValue(queue);
            q.addBindValue(stableName(row.kind));
            q.addBindValue(stableName(row.stage));
            q.addBindValue(manual ? JournalFactory::supervisorId(1 + int(rng.bounded(3)))
                                  : QStringLiteral("automatic"));
            q.addBindValue(1);
            q.addBindValue(at - 5);
            q.addBindValue(at);
            q.addBindValue(result.isNull() ? QVariant() : QVariant(at + 40));
            q.addBindValue(result.isNull() ? QVariant() : QVariant(at + 120));
            q.addBindValue(result.isNull() ? QVariant() : QVariant(result));
            q.addBindValue(result == u"failed"          ? QVariant(503)
                               : result == u"succeeded" ? QVariant(200)
                                                        : QVariant());
            q.addBindValue(result == u"failed" ? QVariant(QStringLiteral("service unavailable"))
                                               : QVariant());
            q.addBindValue(sends && result == u"succeeded"
                               ? QVariant(QStringLiteral("m-%1").arg(written))
                               : QVariant());
            q.addBindValue(sends ? QVariant(QStringLiteral("Are you still there?")) : QVariant());
            if (!q.exec())
                return fail(error, q.lastError().text());
            ++written;
        }
    }
    return true;
}

} // namespace

QString JournalFactory::conversationId(int n)
{
    return QStringLiteral("%1-0000-4000-8000-%2")
        .arg(n, 8, 16, QLatin1Char('0'))
        .arg(n, 12, 16, QLatin1Char('0'));
}

bool JournalFactory::write(const QString &path, const Options &options, QString *error)
{
    {
        ManualClock clock(options.endMs);
        AuditJournal journal(clock);
        if (!journal.open(path, error))
            return false;
    }
    static int connections = 0;
    const QString name = QStringLiteral("journalfactory-%1").arg(++connections);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return fail(error, db.lastError().text());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous=OFF"));
        ok = db.transaction() && insertRows(db, options, error);
        ok = ok ? db.commit() : (db.rollback(), false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace IdleGuard
