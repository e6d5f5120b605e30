#include "audittablemodel.h"

#include "core/auditjournal.h"
#include "core/clock.h"
#include "supervisionlogging.h"

#include <QDateTime>

namespace IdleGuard::Supervision {

using namespace Qt::StringLiterals;

namespace {

// One line in a cell: a message with line breaks would make its row taller than the others.
QString oneLine(const QString &text)
{
    return text.simplified();
}

} // namespace

AuditTableModel::AuditTableModel(const AuditJournal &journal, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_journal(journal)
    , m_clock(clock)
{ }

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ConversationColumn:
        return tr("Conversation");
    case QueueColumn:
        return tr("Queue");
    case ActionColumn:
        return tr("Action");
    case ActorColumn:
        return tr("By");
    case OutcomeColumn:
        return tr("Outcome");
    case HttpColumn:
        return tr("HTTP");
    case MessageColumn:
        return tr("Message or reason");
    case ErrorColumn:
        return tr("Error");
    }
    return {};
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(e, index.column());
    case Qt::ToolTipRole:
        return toolTip(e, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == HttpColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ConversationIdRole:
        return e.intent.conversationId;
    case EntryIdRole:
        return e.id;
    case OutcomeRole:
        return int(e.result.outcome);
    }
    return {};
}

QString AuditTableModel::displayText(const JournalEntry &e, int column) const
{
    switch (column) {
    case TimeColumn:
        return timeText(e.intentAtMs);
    case ConversationColumn: {
        const QString &id = e.intent.conversationId;
        const QString shortId = id.size() > 13 ? id.left(8) + u'…' : id;
        const QString customer = m_customerOf ? m_customerOf(id) : QString();
        return customer.isEmpty() ? shortId : tr("%1 · %2").arg(customer, shortId);
    }
    case QueueColumn:
        return m_queueNames.value(e.intent.queueId, e.intent.queueId);
    case ActionColumn:
        return actionText(e);
    case ActorColumn:
        return actorText(e.intent.actor);
    case OutcomeColumn:
        return outcomeText(e.result.outcome);
    case HttpColumn:
        return e.result.httpStatus == 0 ? QString() : QString::number(e.result.httpStatus);
    case MessageColumn:
        return oneLine(e.intent.text);
    case ErrorColumn:
        return oneLine(e.result.error);
    }
    return {};
}

QString AuditTableModel::toolTip(const JournalEntry &e, int column) const
{
    const auto at = [this](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, m_zone).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
    };
    switch (column) {
    case TimeColumn: {
        QStringList lines {tr("Decided %1").arg(at(e.intentAtMs))};
        if (e.intent.scheduledAtMs != kNoTime)
            lines << tr("Due %1").arg(at(e.intent.scheduledAtMs));
        if (e.result.issuedAtMs != kNoTime)
            lines << tr("Sent %1").arg(at(e.result.issuedAtMs));
        if (e.resultAtMs != kNoTime)
            lines << tr("Result %1").arg(at(e.resultAtMs));
        return lines.join(u'\n');
    }
    case ConversationColumn:
        return e.intent.conversationId;
    case QueueColumn:
        return e.intent.queueId;
    case ActorColumn:
        return e.intent.actor.isEmpty() ? tr("The idle policy acted on its own.") : e.intent.actor;
    case OutcomeColumn:
        return e.result.error;
    case MessageColumn:
        return e.intent.text;
    case ErrorColumn:
        return e.result.error;
    }
    return {};
}

QString AuditTableModel::timeText(qint64 ms) const
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, m_zone);
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), m_zone).date();
    // Today's actions by the second; older ones by the minute (the tooltip has the rest).
    return at.toString(at.date() == today ? u"HH:mm:ss"_s : u"yyyy-MM-dd HH:mm"_s);
}

QString AuditTableModel::actionText(const JournalEntry &e)
{
    using Kind = IdleAction::Kind;
    switch (e.intent.kind) {
    case Kind::SendWarning:
        if (e.intent.stage == IdleStage::Warning2)
            return tr("Warning 2");
        return e.intent.stage == IdleStage::Warning1 ? tr("Warning 1") : tr("Warning");
    case Kind::SendClosingMessage:
        return tr("Closing message");
    case Kind::Disconnect:
        return e.intent.closeScope == CloseScope::Conversation ? tr("Disconnect (conversation)")
                                                               : tr("Disconnect");
    case Kind::FlagAgent:
        return tr("Agent flagged");
    case Kind::EscalateAgent:
        return tr("Escalation");
    case Kind::Snooze:
        if (e.intent.scheduledAtMs != kNoTime && e.intentAtMs != kNoTime)
            return tr("Snooze %n min", nullptr,
                      int((e.intent.scheduledAtMs - e.intentAtMs + 30'000) / 60'000));
        return tr("Snooze");
    case Kind::Exempt:
        return tr("Exempt");
    case Kind::Include:
        return tr("Included again");
    case Kind::Reset:
        return tr("Timers reset");
    }
    return {};
}

QString AuditTableModel::outcomeText(JournalOutcome outcome)
{
    switch (outcome) {
    case JournalOutcome::Pending:
        return tr("Under way");
    case JournalOutcome::Succeeded:
        return tr("Done");
    case JournalOutcome::Skipped:
        return tr("Skipped");
    case JournalOutcome::Failed:
        return tr("Failed");
    case JournalOutcome::Observed:
        return tr("Done (found after a restart)");
    }
    return {};
}

QString AuditTableModel::actorText(const QString &actor) const
{
    if (actor.isEmpty())
        return tr("Policy");
    static const QString instance = u"instance:"_s;
    if (actor.startsWith(instance))
        return tr("Instance %1").arg(actor.mid(instance.size()));
    return m_actorNames.value(actor, actor);
}

bool AuditTableModel::fail(const QString &error)
{
    m_lastError = error;
    qCWarning(lcSupervision).noquote() << "audit view:" << error;
    emit readFailed(error);
    return false;
}

bool AuditTableModel::setFilter(const JournalFilter &filter)
{
    QString error;
    if (!filter.isValid(&error))
        return fail(error);
    JournalFilter bounded = filter;
    QList<JournalEntry> first;
    qint64 total = 0;
    if (m_journal.isOpen()) {
        // The newest id first: the count and every page stop there, refresh() starts there.
        bounded.upToId = m_journal.lastId(&error);
        if (bounded.upToId >= 0)
            total = m_journal.count(bounded, &error);
        if (bounded.upToId >= 0 && total >= 0)
            first = m_journal.page(bounded, JournalCursor::start(), m_pageSize, &error);
        if (!error.isEmpty())
            return fail(error);
    }
    // A new filter is a new table: the one reset the view gets.
    beginResetModel();
    m_filter = filter;
    m_filter.upToId = -1;
    m_lastId = qMax<qint64>(0, bounded.upToId);
    m_rows = first;
    m_total = total;
    m_atEnd = m_rows.size() >= m_total;
    endResetModel();
    m_lastError.clear();
    emit totalCountChanged(m_total);
    return true;
}

bool AuditTableModel::reload()
{
    return setFilter(m_filter);
}

void AuditTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_lastId = 0;
    m_atEnd = true;
    endResetModel();
    emit totalCountChanged(0);
}

bool AuditTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void AuditTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_rows.isEmpty())
        return;
    JournalFilter bounded = m_filter;
    bounded.upToId = m_lastId;
    QString error;
    const QList<JournalEntry> more
        = m_journal.page(bounded, JournalCursor::after(m_rows.constLast()), m_pageSize, &error);
    if (!error.isEmpty()) {
        m_atEnd = true; // no retry loop from the view; the next filter or reload tries again
        fail(error);
        return;
    }
    if (!more.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(more.size()) - 1);
        m_rows.append(more);
        endInsertRows();
    }
    m_atEnd = more.size() < m_pageSize || m_rows.size() >= m_total;
}

void AuditTableModel::refresh()
{
    if (!m_journal.isOpen())
        return;
    QString error;
    const qint64 lastId = m_journal.lastId(&error);
    if (lastId < 0) {
        fail(error);
        return;
    }
    if (lastId > m_lastId)
        insertNew(lastId);
    updatePending();
}

void AuditTableModel::insertNew(qint64 lastId)
{
    JournalFilter since = m_filter;
    since.afterId = qMax(m_filter.afterId, m_lastId);
    since.upToId = lastId;
    QString error;
    const QList<JournalEntry> fresh
        = m_journal.page(since, JournalCursor::start(), kMaxInsert + 1, &error);
    if (!error.isEmpty()) {
        fail(error);
        return;
    }
    if (fresh.size() > kMaxInsert) {
        reload(); // a long absence: reading afresh is cheaper than inserting it all
        return;
    }
    m_lastId = lastId;
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, 0, int(fresh.size()) - 1);
    m_rows = fresh + m_rows;
    endInsertRows();
    m_total += fresh.size();
    emit totalCountChanged(m_total);
}

void AuditTableModel::updatePending()
{
    QList<qint64> ids;
    for (const JournalEntry &e : std::as_const(m_rows)) {
        if (e.isPending())
            ids << e.id;
    }
    if (ids.isEmpty())
        return;
    QString error;
    const QList<JournalEntry> fresh = m_journal.entries(ids, &error);
    if (!error.isEmpty()) {
        fail(error);
        return;
    }
    QHash<qint64, const JournalEntry *> byId;
    for (const JournalEntry &e : fresh)
        byId.insert(e.id, &e);
    // A row whose result came stays where it is, even if the filter would now leave it out:
    // rows do not vanish under the supervisor's eyes; the next filter change reads afresh.
    for (int row = 0; row < m_rows.size(); ++row) {
        const JournalEntry *now = byId.value(m_rows.at(row).id);
        if (!now || !m_rows.at(row).isPending() || now->isPending())
            continue;
        m_rows[row] = *now;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void AuditTableModel::setQueueNames(const QHash<QString, QString> &names)
{
    if (names == m_queueNames)
        return;
    m_queueNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, QueueColumn), index(rowCount() - 1, QueueColumn));
}

void AuditTableModel::setActorNames(const QHash<QString, QString> &names)
{
    if (names == m_actorNames)
        return;
    m_actorNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, ActorColumn), index(rowCount() - 1, ActorColumn));
}

void AuditTableModel::setCustomerLookup(std::function<QString(const QString &)> lookup)
{
    m_customerOf = std::move(lookup);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, ConversationColumn), index(rowCount() - 1, ConversationColumn));
}

void AuditTableModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn));
}

} // namespace IdleGuard::Supervision
