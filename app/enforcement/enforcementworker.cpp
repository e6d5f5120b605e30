#include "enforcementworker.h"

#include "core/auditjournal.h"
#include "core/clock.h"
#include "enforcementlogging.h"
#include "genesys/genesysapi.h"
#include "genesys/restclient.h"

#include <QDateTime>
#include <QScopeGuard>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace IdleGuard::Enforcement {

using namespace Qt::StringLiterals;

EnforcementWorker::EnforcementWorker(const Clock &clock, const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_settings(settings)
    , m_engine(clock)
    , m_status(static_cast<const StatusStream::Source &>(*this), clock, settings.wallTimer, this)
{
    qRegisterMetaType<ActionReport>();
    qRegisterMetaType<WorkerSummary>();
    // Rows cross to the GUI thread by queued connections.
    qRegisterMetaType<StageResult>();
    qRegisterMetaType<ConversationRow>();
    qRegisterMetaType<QList<ConversationRow>>();
    connect(&m_status, &StatusStream::statusesChanged, this, &EnforcementWorker::statusesChanged);
    connect(&m_status, &StatusStream::statusesReady, this, &EnforcementWorker::statusesReady);
}

EnforcementWorker::~EnforcementWorker()
{
    stop();
}

qint64 EnforcementWorker::timerIntervalMs() const
{
    return m_timer && m_timer->isActive() ? m_timer->interval() : -1;
}

void EnforcementWorker::start()
{
    if (m_journal)
        return;
    m_journal = std::make_unique<AuditJournal>(m_clock);
    QString error;
    if (!m_journal->open(m_settings.journalPath, &error)) {
        m_journal.reset();
        qCCritical(lcEnforcement).noquote() << error;
        emit started(false, error);
        return;
    }
    m_client = std::make_unique<Genesys::RestClient>(m_settings.environment, m_clock);
    if (m_settings.rateBudget)
        m_client->shareBudget(m_settings.rateBudget);
    m_client->setAccessToken(m_token);
    m_client->setBackoff(m_settings.restBackoff);
    m_client->setTimeoutMs(m_settings.restTimeoutMs);
    // An expired token must not cost an action: requests wait for the session's new token.
    m_client->setHoldOnUnauthorized(m_settings.tokenWaitMs);
    // Every wait of the REST client (retry backoff, Retry-After) goes through the one timer.
    m_client->setDelay(
        [this](qint64 ms, std::function<void()> then) { later(ms, std::move(then)); });
    connect(m_client.get(), &Genesys::RestClient::unauthorized, this,
            &EnforcementWorker::unauthorized);
    connect(m_client.get(), &Genesys::RestClient::quiet, this, &EnforcementWorker::checkSettled,
            Qt::QueuedConnection);
    m_api = std::make_unique<Genesys::GenesysApi>(*m_client);
    m_executor = std::make_unique<ActionExecutor>(
        *m_api, *m_journal, m_clock,
        [this](qint64 ms, std::function<void()> then) { later(ms, std::move(then)); });
    ActionExecutor::Settings executor = m_settings.executor;
    executor.closeWithoutRecord = m_settings.claimLeadMs <= 0; // one instance: nobody else watches
    m_executor->setSettings(executor);
    StageArbiter::Settings arbiter;
    arbiter.instanceId = m_settings.instanceId;
    arbiter.claimLeadMs = m_settings.claimLeadMs;
    arbiter.takeoverAfterMs = m_settings.takeoverAfterMs;
    arbiter.freshReadAfterMs = m_settings.freshReadAfterMs;
    arbiter.freshReadConcurrency = m_settings.freshReadConcurrency;
    arbiter.backoff = m_settings.executor.backoff;
    StageArbiter::Host &host = *this;
    m_arbiter
        = std::make_unique<StageArbiter>(host, m_clock, m_engine, *m_api, *m_executor, arbiter);
    m_arbiter->setObserveOnly(m_settings.observeOnly);
    m_arbiter->setFeedLive(m_feedLive);
    m_executor->setStillWanted(
        [this](const IdleAction &a, bool firstOfStage, bool heldBack, qint64 decidedAtMs) {
            return m_arbiter->stillWanted(a, firstOfStage, heldBack, decidedAtMs);
        });
    m_executor->setRecordExtras([this](const IdleAction &a) { return m_arbiter->nextClaim(a); });
    m_executor->setResumeCheck([this](const IdleAction &a, const Conversation &fresh) {
        return m_arbiter->resumeCheck(a, fresh);
    });
    m_executor->setCurrentOverrides(
        [this](const QString &conversationId) { return m_engine.overrides(conversationId); });
    m_executor->setKnown(
        [this](const QString &conversationId) { return m_engine.contains(conversationId); });
    m_executor->setCommunicationHint(
        [this](const QString &conversationId, const QString &participantId) {
            const auto it = m_conversations.constFind(conversationId);
            return it == m_conversations.cend() ? QString()
                                                : it->agentCommunicationFromPeer(participantId);
        });
    m_executor->setListedMessages([this](const QString &conversationId) {
        QStringList listed;
        const auto it = m_conversations.constFind(conversationId);
        if (it != m_conversations.cend()) {
            for (const Participant &p : it->participants)
                listed += StageRecord::sentMessageIds(p.attributes);
        }
        return listed;
    });
    connect(m_executor.get(), &ActionExecutor::finished, this, &EnforcementWorker::onFinished);
    connect(m_executor.get(), &ActionExecutor::ownMessageSent, this,
            [this](const QString &conversationId, const QString &messageId) {
                m_engine.ownMessageSent(conversationId, messageId);
                m_status.markDirty(conversationId);
            });
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &EnforcementWorker::onTimer);

    const QList<JournalEntry> pending = m_journal->pendingIntents();
    qCInfo(lcEnforcement).noquote()
        << "enforcer" << m_settings.instanceId << "started; journal" << m_settings.journalPath
        << "has" << pending.size() << "pending intent(s)"
        << (m_settings.observeOnly ? "; observe-only" : "");
    emit started(true, {});
    // Nothing acts before every intent a crash left pending is reconciled.
    m_reconciling = int(pending.size());
    for (const JournalEntry &entry : pending)
        m_executor->reconcile(entry);
    if (m_reconciling == 0) {
        m_ready = true;
        emit reconciliationFinished(0);
    }
    rearm();
}

void EnforcementWorker::stop()
{
    if (!m_journal)
        return;
    m_ready = false;
    if (m_timer)
        m_timer->stop();
    m_status.pause();
    m_agenda.clear();
    m_nextWakeMs = kNoDeadline;
    // Callbacks of abandoned requests must not reach a dead executor: the API's context objects
    // go first, then the client aborts what is in flight.
    m_arbiter.reset();
    m_executor.reset();
    m_api.reset();
    m_client.reset();
    m_journal->close();
    m_journal.reset();
    delete m_timer;
    m_timer = nullptr;
    qCInfo(lcEnforcement).noquote() << "enforcer" << m_settings.instanceId << "stopped";
}

void EnforcementWorker::setAccessToken(const QString &token)
{
    m_token = token;
    if (m_client)
        m_client->setAccessToken(token);
}

void EnforcementWorker::setPolicies(const PolicySet &policies)
{
    const PolicyErrors errors = m_engine.setPolicies(policies);
    if (!errors.isEmpty()) {
        emit policiesRejected(errors);
        return;
    }
    qCInfo(lcEnforcement) << "policies in force, revision" << m_engine.policyRevision();
    m_status.markAllDirty(); // every countdown may have moved
    emit policiesApplied(m_engine.policyRevision());
    rearm();
}

void EnforcementWorker::setObserveOnly(bool observeOnly)
{
    if (observeOnly != m_settings.observeOnly)
        m_status.markAllDirty(); // every row shows it
    m_settings.observeOnly = observeOnly;
    if (m_arbiter)
        m_arbiter->setObserveOnly(observeOnly);
    // Echoed every time, so the switch in the window shows what is in force, not what was asked.
    emit observeOnlyChanged(observeOnly);
}

void EnforcementWorker::setFeedLive(bool live)
{
    m_feedLive = live;
    if (m_arbiter)
        m_arbiter->setFeedLive(live);
    rearm();
}

void EnforcementWorker::takeConversation(const Conversation &conversation)
{
    m_conversations.insert(conversation.id, conversation);
    m_engine.updateConversation(conversation);
    if (const auto it = m_localRecords.constFind(conversation.id); it != m_localRecords.cend())
        m_engine.updateAttributes(conversation.id, it->toAttributes());
    m_status.markDirty(conversation.id);
}

void EnforcementWorker::updateConversation(const Conversation &conversation)
{
    takeConversation(conversation);
    rearm();
}

void EnforcementWorker::removeConversation(const QString &conversationId)
{
    m_conversations.remove(conversationId);
    m_localRecords.remove(conversationId);
    m_engine.removeConversation(conversationId);
    if (m_executor)
        m_executor->forget(conversationId);
    if (m_arbiter)
        m_arbiter->forget(conversationId);
    m_status.remove(conversationId);
    rearm();
}

void EnforcementWorker::finishOverride(const QString &conversationId,
                                       const OverrideOutcome &outcome)
{
    m_status.markDirty(conversationId);
    emit overrideFinished(conversationId, outcome);
    rearm();
    checkSettled();
}

void EnforcementWorker::journalOverride(IdleAction::Kind kind, const QString &conversationId,
                                        const QString &actor, qint64 dueAtMs)
{
    if (!m_executor)
        return;
    IdleAction a;
    a.kind = kind;
    a.conversationId = conversationId;
    a.actor = actor;
    a.issuedAtMs = m_clock.nowMs();
    a.dueAtMs = dueAtMs;
    if (const auto status = m_engine.status(conversationId))
        a.queueId = status->queueId;
    // Written onto the agent participant, so that every instance on the queue honours it.
    const auto conversation = m_conversations.constFind(conversationId);
    if (conversation != m_conversations.cend()) {
        if (const Participant *agent = conversation->connectedAgent())
            a.agentParticipantId = agent->id;
    }
    a.policyRevision = m_engine.policyRevision();
    m_status.actionsStarted({a}); // first: a journal that refuses finishes it at once
    m_executor->execute(a);
}

void EnforcementWorker::snooze(const QString &conversationId, int minutes, const QString &actor)
{
    const OverrideOutcome outcome = m_engine.snooze(conversationId, minutes, actor);
    if (outcome.accepted) // the row's scheduled time is the snooze's end
        journalOverride(IdleAction::Kind::Snooze, conversationId, actor,
                        m_clock.nowMs() + qint64(minutes) * 60'000);
    finishOverride(conversationId, outcome);
}

void EnforcementWorker::setExempt(const QString &conversationId, bool exempt, const QString &actor)
{
    const OverrideOutcome outcome = m_engine.setExempt(conversationId, exempt, actor);
    if (outcome.accepted)
        journalOverride(exempt ? IdleAction::Kind::Exempt : IdleAction::Kind::Include,
                        conversationId, actor);
    finishOverride(conversationId, outcome);
}

void EnforcementWorker::reset(const QString &conversationId, const QString &actor)
{
    const OverrideOutcome outcome = m_engine.reset(conversationId, actor);
    if (outcome.accepted)
        journalOverride(IdleAction::Kind::Reset, conversationId, actor);
    finishOverride(conversationId, outcome);
}

void EnforcementWorker::warnNow(const QString &conversationId, const QString &actor)
{
    carryOut(conversationId, m_engine.warnNow(conversationId, actor));
}

void EnforcementWorker::disconnectNow(const QString &conversationId, const QString &actor,
                                      const QString &reason)
{
    OverrideOutcome outcome = m_engine.disconnectNow(conversationId, actor);
    // A disconnect sends no text: its row's text column keeps the supervisor's reason.
    for (IdleAction &a : outcome.actions) {
        if (a.kind == IdleAction::Kind::Disconnect)
            a.text = reason.trimmed();
    }
    carryOut(conversationId, outcome);
}

void EnforcementWorker::carryOut(const QString &conversationId, OverrideOutcome outcome)
{
    if (outcome.accepted && !m_executor)
        outcome = {false, tr("The enforcer is not running."), {}};
    else if (outcome.accepted && !outcome.actions.isEmpty()) {
        m_status.actionsStarted(outcome.actions);
        m_executor->execute(outcome.actions); // a supervisor's decision: no claim, no observe-only
    }
    finishOverride(conversationId, outcome);
}

void EnforcementWorker::wake()
{
    onTimer();
}

void EnforcementWorker::requestSummary()
{
    WorkerSummary summary = m_summary;
    summary.tracked = m_engine.conversationCount();
    summary.running = 0;
    m_engine.visitUpcoming([&summary](const ConversationStatus &) {
        ++summary.running;
        return true;
    });
    summary.busy = m_executor ? m_executor->busyCount() : 0;
    if (m_executor) {
        const ActionExecutor::Backlog backlog = m_executor->budgetBacklog();
        summary.backlog = backlog.count;
        summary.backlogLatenessMs
            = backlog.count > 0 ? std::max<qint64>(0, m_clock.nowMs() - backlog.oldestDueAtMs) : 0;
    }
    summary.feedLive = m_feedLive;
    if (m_arbiter) {
        summary.held = m_arbiter->held();
        summary.deferred = m_arbiter->counters().deferred;
        summary.stale = m_arbiter->counters().stale;
        summary.freshReads = m_arbiter->counters().freshReads;
    }
    emit summaryReady(summary);
}

void EnforcementWorker::requestStatuses()
{
    m_status.sendAll();
}

void EnforcementWorker::flushStatuses()
{
    m_status.flush();
}

void EnforcementWorker::later(qint64 delayMs, std::function<void()> then)
{
    const qint64 at = m_clock.nowMs() + std::max<qint64>(0, delayMs);
    m_agenda.emplace(at, std::move(then));
    // The timer is already armed early enough unless this comes first. Inside onTimer() the
    // armed time is stale and its own rearm() follows: a burst of requests held back by the
    // rate budget costs one rearm, not one each.
    if (at < m_nextWakeMs)
        rearm();
}

void EnforcementWorker::runAgenda()
{
    const qint64 now = m_clock.nowMs();
    while (!m_agenda.empty() && m_agenda.begin()->first <= now) {
        auto then = std::move(m_agenda.begin()->second);
        m_agenda.erase(m_agenda.begin());
        then();
    }
}

void EnforcementWorker::onTimer()
{
    if (!m_journal)
        return;
    runAgenda();
    if (m_ready) {
        dispatch(m_engine.takeDueActions());
        m_arbiter->lookAhead();
    }
    rearm();
    checkSettled();
    m_status.flushIfDue(); // a stepped clock's batches (the wall clock's have their own timer)
}

void EnforcementWorker::dispatch(const QList<IdleAction> &actions)
{
    // The actions of one stage of one conversation (closing message + disconnect) go together.
    QList<QList<IdleAction>> groups;
    for (const IdleAction &a : actions) {
        if (groups.isEmpty() || groups.back().constFirst().conversationId != a.conversationId
            || groups.back().constFirst().stage != a.stage)
            groups.append(QList<IdleAction>());
        groups.back().append(a);
    }
    for (const QList<IdleAction> &group : std::as_const(groups)) {
        const IdleAction &a = group.constFirst();
        m_status.markDirty(a.conversationId); // the engine moved on to its next stage
        if (m_settings.observeOnly) {
            for (const IdleAction &action : group) {
                ActionReport skipped;
                skipped.action = action;
                skipped.outcome = JournalOutcome::Skipped;
                skipped.error = tr("Observe-only mode: nothing was sent.");
                skipped.finishedAtMs = m_clock.nowMs();
                report(skipped);
            }
        } else if (customerStageIndex(a.stage) == 0 || a.isManual()) {
            execute(group); // agent flags are local; a supervisor's decision is not second-guessed
        } else {
            m_arbiter->arbitrate(group); // claims, fresh reads, then execute() or a skip
        }
    }
}

void EnforcementWorker::execute(const QList<IdleAction> &actions)
{
    if (m_settings.observeOnly && !actions.constFirst().isManual())
        return; // switched to observe-only while this stage was being decided
    m_status.actionsStarted(actions);
    m_executor->execute(actions);
}

const Conversation *EnforcementWorker::conversation(const QString &conversationId) const
{
    const auto it = m_conversations.constFind(conversationId);
    return it == m_conversations.cend() ? nullptr : &*it;
}

void EnforcementWorker::afterRead()
{
    rearm();
    checkSettled();
}

void EnforcementWorker::heldChanged(const QString &conversationId)
{
    m_status.markDirty(conversationId);
}

QStringList EnforcementWorker::conversationIds() const
{
    return m_conversations.keys();
}

std::optional<ConversationStatus> EnforcementWorker::status(const QString &conversationId) const
{
    return m_engine.status(conversationId);
}

const Conversation *EnforcementWorker::snapshot(const QString &conversationId) const
{
    return conversation(conversationId);
}

bool EnforcementWorker::isHeld(const QString &conversationId) const
{
    return m_arbiter && m_arbiter->isHeld(conversationId);
}

void EnforcementWorker::report(const ActionReport &report)
{
    m_status.actionFinished(report);
    emit actionFinished(report);
}

void EnforcementWorker::onFinished(const ActionReport &report)
{
    switch (report.outcome) {
    case JournalOutcome::Succeeded:
        ++m_summary.succeeded;
        break;
    case JournalOutcome::Skipped:
        ++m_summary.skipped;
        break;
    case JournalOutcome::Failed:
        ++m_summary.failed;
        break;
    case JournalOutcome::Observed:
        ++m_summary.observed;
        break;
    case JournalOutcome::Pending:
        break;
    }
    if (report.reconciled) {
        ++m_summary.reconciled;
        const bool done = report.outcome == JournalOutcome::Succeeded
            || report.outcome == JournalOutcome::Observed;
        if (done && isCustomerStage(report.action.stage)) {
            // The engine may not know yet that this stage happened before the restart.
            const StageRecord record {report.action.stage, report.action.issuedAtMs};
            m_localRecords.insert(report.action.conversationId, record);
            m_engine.updateAttributes(report.action.conversationId, record.toAttributes());
        }
        if (--m_reconciling == 0) {
            m_ready = true;
            qCInfo(lcEnforcement) << "reconciliation finished:" << m_summary.reconciled
                                  << "intent(s)";
            emit reconciliationFinished(m_summary.reconciled);
        }
    }
    this->report(report);
    rearm();
    checkSettled();
}

void EnforcementWorker::rearm()
{
    ++m_rearms;
    m_maxRearmDepth = std::max(m_maxRearmDepth, ++m_rearmDepth);
    const auto nested = qScopeGuard([this] { --m_rearmDepth; });
    if (!m_timer)
        return;
    qint64 next = m_agenda.empty() ? kNoDeadline : m_agenda.begin()->first;
    if (m_ready)
        next = std::min({next, m_engine.nextDeadlineMs(), m_arbiter->nextLookAheadMs()});
    m_nextWakeMs = next;
    if (next == kNoDeadline) {
        m_timer->stop();
        return;
    }
    const qint64 now = m_clock.nowMs();
    if (!m_settings.wallTimer && next > now) {
        m_timer->stop(); // a stepped clock: the test calls wake() after each step
        return;
    }
    const double realMs = double(std::max<qint64>(0, next - now)) / m_settings.clockSpeed;
    // Round up: firing a hair early would find nothing due and cost a second wake-up.
    m_timer->start(int(std::min(std::ceil(realMs), 24.0 * 3600 * 1000)));
}

bool EnforcementWorker::isSettled() const
{
    const qint64 now = m_clock.nowMs();
    return m_ready && m_client && m_client->requestsOnTheWire() == 0
        && (m_agenda.empty() || m_agenda.begin()->first > now) && m_engine.nextDeadlineMs() > now;
}

void EnforcementWorker::checkSettled()
{
    if (isSettled())
        emit settled();
}

} // namespace IdleGuard::Enforcement
