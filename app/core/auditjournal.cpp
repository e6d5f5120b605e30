#include "auditjournal.h"

#include "clock.h"
#include "journalcsv.h"
#include "journalsql.h"
#include "logging.h"
#include "ownerfiles.h"

#include <QFileInfo>
#include <QIODevice>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace IdleGuard {

namespace {

constexpr qint64 kHourMs = 3600 * 1000;

QString nextConnectionName()
{
    // Connection names are process-wide in Qt SQL; a counter keeps instances apart.
    static std::atomic<quint64> counter {0};
    return QStringLiteral("idleguard-journal-%1").arg(++counter);
}

// Qt binds a null QString as SQL NULL; the NOT NULL text columns want "" instead.
QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

// The schema's migrations: step i takes a journal from version i to i + 1.
const QList<QStringList> &migrationSteps()
{
    static const QList<QStringList> steps = {
        // 0 -> 1: the initial schema.
        {
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE actions ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " conversation_id TEXT NOT NULL,"
                           " participant_id TEXT NOT NULL,"
                           " queue_id TEXT NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " stage TEXT NOT NULL,"
                           " actor TEXT NOT NULL,"
                           " policy_revision INTEGER NOT NULL,"
                           " scheduled_ms INTEGER,"
                           " intent_ms INTEGER NOT NULL,"
                           " issued_ms INTEGER,"
                           " result_ms INTEGER,"
                           " result TEXT,"
                           " http_status INTEGER,"
                           " error TEXT,"
                           " message_id TEXT)"),
            QStringLiteral("CREATE INDEX actions_by_conversation ON actions (conversation_id, id)"),
            QStringLiteral("CREATE INDEX actions_by_intent_time ON actions (intent_ms)"),
            QStringLiteral("CREATE INDEX actions_pending ON actions (id) WHERE result IS NULL"),
        },
        // 1 -> 2: what reconciliation needs to finish an intent after a crash (the text to
        // look for, how to close).
        {
            QStringLiteral("ALTER TABLE actions ADD COLUMN message_text TEXT"),
            QStringLiteral("ALTER TABLE actions ADD COLUMN close_scope TEXT"),
            QStringLiteral("ALTER TABLE actions ADD COLUMN wrapup_code TEXT"),
            QStringLiteral("ALTER TABLE actions ADD COLUMN idle_since_ms INTEGER"),
        },
        // 2 -> 3: the audit view filters by queue, actor and outcome, newest first (intent time
        // then id: every index ends with the rowid), and reads any page without scanning.
        {
            QStringLiteral("CREATE INDEX actions_by_queue_time ON actions (queue_id, intent_ms)"),
            QStringLiteral("CREATE INDEX actions_by_actor_time ON actions (actor, intent_ms)"),
            QStringLiteral("CREATE INDEX actions_by_result_time ON actions (result, intent_ms)"),
        },
    };
    return steps;
}

} // namespace

AuditJournal::AuditJournal(const Clock &clock)
    : m_clock(clock)
{ }

AuditJournal::~AuditJournal()
{
    close();
}

bool AuditJournal::fail(const QString &message, QString *error) const
{
    m_lastError = message;
    // A caller that takes the error reports it; otherwise (queries) the log is the only trace.
    if (error) {
        *error = message;
        qCDebug(lcJournal).noquote() << message;
    } else {
        qCWarning(lcJournal).noquote() << message;
    }
    return false;
}

bool AuditJournal::exec(QSqlQuery &query, QString *error) const
{
    // A statement that failed to prepare (e.g. the file is not a database) reports it here.
    if (query.lastError().isValid())
        return fail(tr("journal %1: %2").arg(m_path, query.lastError().text()), error);
    if (query.exec())
        return true;
    return fail(tr("journal %1: %2").arg(m_path, query.lastError().text()), error);
}

bool AuditJournal::isOpen() const
{
    return !m_connectionName.isEmpty() && QSqlDatabase::database(m_connectionName, false).isOpen();
}

void AuditJournal::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        // The handle must be gone before removeDatabase(), or Qt warns the connection is in use.
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool AuditJournal::open(const QString &path, QString *error, OpenMode mode)
{
    close();
    m_path = path;
    m_lastError.clear();
    const QFileInfo info(path);
    if (mode == OpenMode::MustExist && !info.exists())
        return fail(tr("journal %1 does not exist").arg(path), error);
    if (info.exists() && !info.isFile())
        return fail(tr("journal %1 is not a file").arg(path), error);
    if (!QFileInfo(info.absolutePath()).isDir())
        return fail(tr("cannot create journal %1: directory %2 does not exist")
                        .arg(path, info.absolutePath()),
                    error);

    // The journal names customers and agents: owner-only, whatever the umask. SQLite gives its
    // -wal and -shm files the mode of the database file, so creating that one is enough.
    QString createError;
    if (!info.exists() && !OwnerFiles::createFile(path, &createError))
        return fail(createError, error);

    m_connectionName = nextConnectionName();
    bool opened = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        // Wait for another instance's write lock instead of failing at once.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        opened = db.open();
        if (!opened)
            fail(tr("cannot open journal %1: %2").arg(path, db.lastError().text()), error);
    }
    // Every handle and query is out of scope here, so close() can remove the connection.
    if (!opened || !configure(error) || !migrate(error)) {
        close();
        return false;
    }
    qCDebug(lcJournal).noquote() << "opened journal" << path;
    return true;
}

bool AuditJournal::configure(QString *error)
{
    QSqlQuery wal(QSqlDatabase::database(m_connectionName, false));
    // The first statement reads the header: this is where a file that is not a database fails.
    wal.prepare(QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!exec(wal, error))
        return false;
    if (!wal.next()
        || wal.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return fail(tr("journal %1: cannot switch to WAL mode").arg(m_path), error);
    // FULL syncs the WAL on every commit: an intent is on disk before the request goes out.
    QSqlQuery sync(QSqlDatabase::database(m_connectionName, false));
    sync.prepare(QStringLiteral("PRAGMA synchronous=FULL"));
    return exec(sync, error);
}

bool AuditJournal::migrate(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    int version = 0;
    if (db.tables().contains(QStringLiteral("schema_version"))) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT MAX(version) FROM schema_version"));
        if (!exec(q, error))
            return false;
        if (q.next())
            version = q.value(0).toInt();
    }
    if (version > kSchemaVersion)
        return fail(tr("journal %1 has schema version %2, newer than this build supports (%3); "
                       "use a newer Idle Guard")
                        .arg(m_path)
                        .arg(version)
                        .arg(kSchemaVersion),
                    error);
    if (version == kSchemaVersion)
        return true;

    // Each step is all or nothing, so a crash mid-migration leaves the previous version.
    const QList<QStringList> &steps = migrationSteps();
    for (int step = version; step < kSchemaVersion; ++step) {
        if (!db.transaction())
            return fail(tr("journal %1: %2").arg(m_path, db.lastError().text()), error);
        QStringList statements = steps.at(step);
        statements
            << QStringLiteral("DELETE FROM schema_version")
            << QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(step + 1);
        for (const QString &statement : std::as_const(statements)) {
            QSqlQuery q(db);
            q.prepare(statement);
            if (!exec(q, error)) {
                db.rollback();
                return false;
            }
        }
        if (!db.commit())
            return fail(tr("journal %1: %2").arg(m_path, db.lastError().text()), error);
    }
    qCInfo(lcJournal).noquote() << "migrated journal" << m_path << "from schema version" << version
                                << "to" << kSchemaVersion;
    return true;
}

QString AuditJournal::journalMode() const
{
    if (!isOpen())
        return {};
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("PRAGMA journal_mode")) || !q.next())
        return {};
    return q.value(0).toString().toLower();
}

qint64 AuditJournal::recordIntent(const JournalIntent &intent, QString *error)
{
    const QList<qint64> ids = recordIntents({intent}, error);
    return ids.isEmpty() ? -1 : ids.constFirst();
}

QList<qint64> AuditJournal::recordIntents(const QList<JournalIntent> &intents, QString *error)
{
    if (!isOpen()) {
        fail(tr("the journal is not open"), error);
        return {};
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // One transaction: all of a stage's intents are on disk (synced at the commit), or none is.
    if (!db.transaction()) {
        fail(tr("journal %1: %2").arg(m_path, db.lastError().text()), error);
        return {};
    }
    QList<qint64> ids;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO actions (conversation_id, participant_id, queue_id, kind, stage, actor, "
        "policy_revision, scheduled_ms, intent_ms, message_text, close_scope, wrapup_code, "
        "idle_since_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const qint64 now = m_clock.nowMs();
    for (const JournalIntent &intent : intents) {
        q.addBindValue(textValue(intent.conversationId));
        q.addBindValue(textValue(intent.participantId));
        q.addBindValue(textValue(intent.queueId));
        q.addBindValue(stableName(intent.kind));
        q.addBindValue(stableName(intent.stage));
        q.addBindValue(JournalSql::actorName(intent.actor));
        q.addBindValue(intent.policyRevision);
        q.addBindValue(JournalSql::timeValue(intent.scheduledAtMs));
        q.addBindValue(now);
        q.addBindValue(intent.text.isEmpty() ? QVariant() : QVariant(intent.text));
        q.addBindValue(intent.kind == IdleAction::Kind::Disconnect
                           ? QVariant(stableName(intent.closeScope))
                           : QVariant());
        q.addBindValue(intent.wrapUpCode.isEmpty() ? QVariant() : QVariant(intent.wrapUpCode));
        q.addBindValue(JournalSql::timeValue(intent.idleSinceMs));
        if (!exec(q, error)) {
            db.rollback();
            return {};
        }
        ids.append(q.lastInsertId().toLongLong());
        qCDebug(lcJournal) << "intent" << ids.constLast() << stableName(intent.kind)
                           << intent.conversationId;
    }
    if (!db.commit()) {
        fail(tr("journal %1: %2").arg(m_path, db.lastError().text()), error);
        db.rollback();
        return {};
    }
    return ids;
}

bool AuditJournal::recordResult(qint64 id, const JournalResult &result, QString *error)
{
    if (!isOpen())
        return fail(tr("the journal is not open"), error);
    if (result.outcome == JournalOutcome::Pending)
        return fail(tr("journal %1: a result cannot be \"pending\"").arg(m_path), error);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // Only a pending row takes a result, so a result is never overwritten.
    q.prepare(QStringLiteral("UPDATE actions SET issued_ms = ?, result_ms = ?, result = ?, "
                             "http_status = ?, error = ?, message_id = ? "
                             "WHERE id = ? AND result IS NULL"));
    q.addBindValue(JournalSql::timeValue(result.issuedAtMs));
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(stableName(result.outcome));
    q.addBindValue(result.httpStatus == 0 ? QVariant() : QVariant(result.httpStatus));
    q.addBindValue(result.error.isEmpty() ? QVariant() : QVariant(result.error));
    q.addBindValue(result.messageId.isEmpty() ? QVariant() : QVariant(result.messageId));
    q.addBindValue(id);
    if (!exec(q, error))
        return false;
    if (q.numRowsAffected() != 1)
        return fail(tr("journal %1: no pending intent with id %2").arg(m_path).arg(id), error);
    qCDebug(lcJournal) << "result" << id << stableName(result.outcome) << result.httpStatus;
    return true;
}

QList<JournalEntry> AuditJournal::select(const QString &where, const QString &orderLimit,
                                         const QVariantList &values, QString *error) const
{
    QList<JournalEntry> entries;
    if (!isOpen()) {
        fail(tr("the journal is not open"), error);
        return entries;
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + JournalSql::columns() + QStringLiteral(" FROM actions ")
              + where + u' ' + orderLimit);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!exec(q, error))
        return entries;
    while (q.next())
        entries << JournalSql::entryFrom(q);
    return entries;
}

QList<JournalEntry> AuditJournal::pendingIntents() const
{
    return select(QStringLiteral("WHERE result IS NULL"), QStringLiteral("ORDER BY id"), {});
}

QList<JournalEntry> AuditJournal::recent(int limit) const
{
    return select({}, QStringLiteral("ORDER BY intent_ms DESC, id DESC LIMIT ?"), {qMax(0, limit)});
}

QList<JournalEntry> AuditJournal::forConversation(const QString &conversationId) const
{
    return select(QStringLiteral("WHERE conversation_id = ?"), QStringLiteral("ORDER BY id"),
                  {conversationId});
}

QList<JournalHourCount> AuditJournal::countsPerHour(qint64 fromMs, qint64 toMs) const
{
    QList<JournalHourCount> counts;
    if (!isOpen()) {
        fail(tr("the journal is not open"), nullptr);
        return counts;
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // Integer division floors for the non-negative times the journal holds.
    q.prepare(QStringLiteral("SELECT intent_ms / ?, COUNT(*) FROM actions "
                             "WHERE intent_ms >= ? AND intent_ms < ? GROUP BY 1 ORDER BY 1"));
    q.addBindValue(kHourMs);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!exec(q, nullptr))
        return counts;
    while (q.next())
        counts.append({q.value(0).toLongLong() * kHourMs, q.value(1).toInt()});
    return counts;
}

QList<JournalQueueCount> AuditJournal::countsPerQueue(qint64 fromMs, qint64 toMs) const
{
    QList<JournalQueueCount> counts;
    if (!isOpen()) {
        fail(tr("the journal is not open"), nullptr);
        return counts;
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT queue_id, COUNT(*) FROM actions "
                             "WHERE intent_ms >= ? AND intent_ms < ? GROUP BY 1 ORDER BY 1"));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!exec(q, nullptr))
        return counts;
    while (q.next())
        counts.append({q.value(0).toString(), q.value(1).toInt()});
    return counts;
}

bool AuditJournal::readable(const JournalFilter &filter, QString *error) const
{
    if (!isOpen())
        return fail(tr("the journal is not open"), error);
    QString why;
    if (!filter.isValid(&why))
        return fail(why, error);
    return true;
}

qint64 AuditJournal::lastId(QString *error) const
{
    if (!isOpen()) {
        fail(tr("the journal is not open"), error);
        return -1;
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM actions"));
    if (!exec(q, error) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

qint64 AuditJournal::count(const JournalFilter &filter, QString *error) const
{
    if (!readable(filter, error))
        return -1;
    const JournalSql::Where where = JournalSql::where(filter);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM actions ") + where.clause);
    for (const QVariant &value : where.values)
        q.addBindValue(value);
    if (!exec(q, error) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QList<JournalEntry> AuditJournal::page(const JournalFilter &filter, const JournalCursor &from,
                                       int limit, QString *error) const
{
    if (!readable(filter, error))
        return {};
    // A row value comparison: SQLite walks the intent-time index from the cursor on.
    const JournalSql::Where where = from.isStart()
        ? JournalSql::where(filter)
        : JournalSql::where(filter, QStringLiteral("(intent_ms, id) < (?, ?)"),
                            {from.intentAtMs, from.id});
    QVariantList values = where.values;
    values << qMax(0, limit);
    return select(where.clause, QStringLiteral("ORDER BY intent_ms DESC, id DESC LIMIT ?"), values,
                  error);
}

QList<JournalEntry> AuditJournal::entries(const QList<qint64> &ids, QString *error) const
{
    if (!readable({}, error) || ids.isEmpty())
        return {};
    QStringList marks;
    QVariantList values;
    for (const qint64 id : ids) {
        marks << QStringLiteral("?");
        values << id;
    }
    return select(QStringLiteral("WHERE id IN (%1)").arg(marks.join(u", ")),
                  QStringLiteral("ORDER BY id"), values, error);
}

QList<JournalTally> AuditJournal::tally(const JournalFilter &filter, qint64 bucketMs,
                                        QString *error) const
{
    QList<JournalTally> tallies;
    if (!readable(filter, error))
        return tallies;
    if (!filter.hasTimeRange() || bucketMs <= 0) {
        fail(tr("journal %1: counting per time needs a time range and a bucket size").arg(m_path),
             error);
        return tallies;
    }
    const JournalSql::Where where = JournalSql::where(filter);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    // intent_ms >= fromMs: the division floors.
    q.prepare(QStringLiteral("SELECT (intent_ms - ?) / ?, kind, result, actor = 'automatic', "
                             "COUNT(*) FROM actions ")
              + where.clause + QStringLiteral(" GROUP BY 1, 2, 3, 4 ORDER BY 1"));
    q.addBindValue(filter.fromMs);
    q.addBindValue(bucketMs);
    for (const QVariant &value : where.values)
        q.addBindValue(value);
    if (!exec(q, error))
        return tallies;
    while (q.next()) {
        JournalTally t;
        t.bucketStartMs = filter.fromMs + q.value(0).toLongLong() * bucketMs;
        if (!parseActionKind(q.value(1).toString(), &t.kind))
            continue; // a kind from a newer build: no chart knows it
        if (q.value(2).isNull() || !parseJournalOutcome(q.value(2).toString(), &t.outcome))
            t.outcome = JournalOutcome::Pending;
        t.automatic = q.value(3).toBool();
        t.count = q.value(4).toInt();
        tallies << t;
    }
    return tallies;
}

QStringList AuditJournal::supervisors(QString *error) const
{
    QStringList ids;
    if (!readable({}, error))
        return ids;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT actor FROM actions WHERE actor <> 'automatic' "
                             "ORDER BY actor"));
    if (!exec(q, error))
        return ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

QStringList AuditJournal::csvHeader()
{
    return JournalCsv::header();
}

qint64 AuditJournal::exportCsv(QIODevice &device, QString *error) const
{
    return exportCsv(device, JournalFilter(), error);
}

qint64 AuditJournal::exportCsv(QIODevice &device, const JournalFilter &filter, QString *error) const
{
    if (!readable(filter, error))
        return -1;
    if (!device.isWritable()) {
        fail(tr("cannot export journal %1: the output is not writable").arg(m_path), error);
        return -1;
    }
    const auto write = [&](const QString &line) {
        const QByteArray bytes = line.toUtf8();
        if (device.write(bytes) == bytes.size())
            return true;
        fail(tr("cannot export journal %1: %2").arg(m_path, device.errorString()), error);
        return false;
    };
    if (!write(JournalCsv::line(JournalCsv::header())))
        return -1;

    const JournalSql::Where where = JournalSql::where(filter);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true); // streams: the journal may be far larger than memory wants
    q.prepare(QStringLiteral("SELECT ") + JournalSql::columns() + QStringLiteral(" FROM actions ")
              + where.clause + QStringLiteral(" ORDER BY id"));
    for (const QVariant &value : where.values)
        q.addBindValue(value);
    if (!exec(q, error))
        return -1;
    qint64 rows = 0;
    while (q.next()) {
        if (!write(JournalCsv::line(JournalCsv::fields(JournalSql::entryFrom(q)))))
            return -1;
        ++rows;
    }
    return rows;
}

} // namespace IdleGuard
