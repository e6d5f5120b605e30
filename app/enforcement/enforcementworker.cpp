#include "enforcementworker.h"

#include "core/auditjournal.h"
#include "core/clock.h"
#include "enforcementlogging.h"
#include "genesys/genesysapi.h"
#include "genesys/restclient.h"

#include <cmath>

namespace IdleGuard::Enforcement {

using namespace Qt::StringLiterals;

struct EnforcementWorker::Group
{
    QList<IdleAction> actions;
    int takeovers = 0; // times this instance claimed the stage afresh after standing by
    const IdleAction &first() const { return actions.front(); }
};

namespace {

bool isCustomerStage(IdleStage stage)
{
    return stage == IdleStage::Warning1 || stage == IdleStage::Warning2
        || stage == IdleStage::Close;
}

} // namespace

EnforcementWorker::EnforcementWorker(const Clock &clock, const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_settings(settings)
    , m_engine(clock)
{
    qRegisterMetaType<ActionReport>();
    qRegisterMetaType<WorkerSummary>();
}

EnforcementWorker::~EnforcementWorker()
{
    stop();
}

qint64 EnforcementWorker::timerIntervalMs() const
{
    return m_timer && m_timer->isActive() ? m_timer->interval() : -1;
}

QString EnforcementWorker::claimKey(const QString &conversationId, IdleStage stage,
                                    qint64 idleSinceMs)
{
    return conversationId + u'|' + stableName(stage) + u'|' + QString::number(idleSinceMs);
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
    m_executor->setSettings(m_settings.executor);
    // A stage this instance decided to act on may have waited (rate limit, retries) long enough
    // for another instance to take it over: then it is theirs.
    m_executor->setTakenOverBy([this](const IdleAction &a) {
        if (m_settings.claimLeadMs <= 0 || !isCustomerStage(a.stage))
            return QString();
        const auto claim = currentClaim(a.conversationId, a.agentParticipantId);
        const bool theirs = claim && claim->stage == a.stage && claim->idleSinceMs == a.idleSinceMs
            && claim->instanceId != m_settings.instanceId;
        return theirs ? claim->instanceId : QString();
    });
    m_executor->setCurrentOverrides(
        [this](const QString &conversationId) { return m_engine.overrides(conversationId); });
    m_executor->setKnown(
        [this](const QString &conversationId) { return m_engine.contains(conversationId); });
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
    m_agenda.clear();
    // Callbacks of abandoned requests must not reach a dead executor: the API's context objects
    // go first, then the client aborts what is in flight.
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
    rearm();
}

void EnforcementWorker::setObserveOnly(bool observeOnly)
{
    m_settings.observeOnly = observeOnly;
}

void EnforcementWorker::updateConversation(const Conversation &conversation)
{
    m_conversations.insert(conversation.id, conversation);
    m_engine.updateConversation(conversation);
    if (const auto it = m_localRecords.constFind(conversation.id); it != m_localRecords.cend())
        m_engine.updateAttributes(conversation.id, it->toAttributes());
    rearm();
}

void EnforcementWorker::removeConversation(const QString &conversationId)
{
    m_conversations.remove(conversationId);
    m_localRecords.remove(conversationId);
    m_engine.removeConversation(conversationId);
    if (m_executor)
        m_executor->forget(conversationId);
    const QString prefix = conversationId + u'|';
    m_claimsSent.removeIf(
        [&prefix](QHash<QString, qint64>::iterator it) { return it.key().startsWith(prefix); });
    rearm();
}

void EnforcementWorker::finishOverride(const QString &conversationId,
                                       const OverrideOutcome &outcome)
{
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

void EnforcementWorker::disconnectNow(const QString &conversationId, const QString &actor)
{
    carryOut(conversationId, m_engine.disconnectNow(conversationId, actor));
}

void EnforcementWorker::carryOut(const QString &conversationId, OverrideOutcome outcome)
{
    if (outcome.accepted && !m_executor)
        outcome = {false, tr("The enforcer is not running."), {}};
    else if (outcome.accepted && !outcome.actions.isEmpty())
        m_executor->execute(outcome.actions); // a supervisor's decision: no claim, no observe-only
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
    emit summaryReady(summary);
}

void EnforcementWorker::later(qint64 delayMs, std::function<void()> then)
{
    m_agenda.emplace(m_clock.nowMs() + std::max<qint64>(0, delayMs), std::move(then));
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
    if (m_ready)
        dispatch(m_engine.takeDueActions());
    rearm();
    checkSettled();
}

void EnforcementWorker::claimUpcoming(qint64 *nextClaimAtMs)
{
    *nextClaimAtMs = kNoDeadline;
    if (m_settings.observeOnly || !m_api)
        return;
    // Shortly before a customer-track stage: fetch what its request needs (the agent's
    // communication id), and claim it when other instances may be watching too.
    const bool claiming = m_settings.claimLeadMs > 0;
    // A claim is judged claimLeadMs after it landed: write it early enough for that to be over
    // by the deadline, whatever the round trip.
    const qint64 lead = claiming ? m_settings.claimLeadMs + kClaimMarginMs : kPrepareLeadMs;
    const qint64 now = m_clock.nowMs();
    m_engine.visitUpcoming([&](const ConversationStatus &s) {
        if (s.nextAtMs > now + lead) {
            *nextClaimAtMs = s.nextAtMs - lead;
            return false;
        }
        if (s.nextAtMs <= now || !isCustomerStage(s.nextStage))
            return true; // due now: decided with a late claim; agent stages act locally only
        const QString key = claimKey(s.conversationId, s.nextStage, s.epochStartMs);
        if (m_claimsSent.contains(key))
            return true;
        const auto conversation = m_conversations.constFind(s.conversationId);
        const Participant *agent
            = conversation == m_conversations.cend() ? nullptr : conversation->connectedAgent();
        if (!agent)
            return true;
        m_executor->prepare(s.conversationId, agent->id);
        if (claiming)
            sendClaim(s.conversationId, agent->id,
                      {m_settings.instanceId, s.nextStage, s.epochStartMs});
        else
            m_claimsSent.insert(key, now); // prepared; nothing to claim
        return true;
    });
}

void EnforcementWorker::sendClaim(const QString &conversationId, const QString &participantId,
                                  const StageClaim &claim)
{
    // 0 while the write is on its way: a rival's claim can only be judged once ours landed.
    const QString key = claimKey(conversationId, claim.stage, claim.idleSinceMs);
    m_claimsSent.insert(key, 0);
    m_api->patchAttributes(conversationId, participantId, {{StageClaim::kKey, claim.toString()}},
                           this,
                           [this, key, conversationId](const Genesys::ApiResult &result, bool) {
                               // Failed or not, the write is over: decide claimLeadMs from now.
                               // A claim that was not written simply never shows.
                               if (!result.ok())
                                   qCInfo(lcEnforcement).noquote()
                                       << "claim on" << conversationId
                                       << "not written:" << result.describe();
                               if (auto it = m_claimsSent.find(key); it != m_claimsSent.end())
                                   *it = m_clock.nowMs();
                           });
}

void EnforcementWorker::dispatch(const QList<IdleAction> &actions)
{
    // The actions of one stage of one conversation (closing message + disconnect) go together.
    QList<std::shared_ptr<Group>> groups;
    for (const IdleAction &a : actions) {
        if (groups.isEmpty() || groups.back()->first().conversationId != a.conversationId
            || groups.back()->first().stage != a.stage)
            groups.append(std::make_shared<Group>());
        groups.back()->actions.append(a);
    }
    for (const auto &group : std::as_const(groups)) {
        const IdleAction &a = group->first();
        if (m_settings.observeOnly) {
            for (const IdleAction &action : std::as_const(group->actions)) {
                ActionReport report;
                report.action = action;
                report.outcome = JournalOutcome::Skipped;
                report.error = tr("Observe-only mode: nothing was sent.");
                report.finishedAtMs = m_clock.nowMs();
                emit actionFinished(report);
            }
        } else if (m_settings.claimLeadMs > 0 && isCustomerStage(a.stage) && !a.isManual()) {
            decide(group);
        } else {
            execute(group);
        }
    }
}

std::optional<StageClaim> EnforcementWorker::currentClaim(const QString &conversationId,
                                                          const QString &participantId) const
{
    // Only the leg the stage acts on: an earlier agent's leg keeps its old claim.
    const Participant *p = leg(conversationId, participantId);
    return p ? StageClaim::parse(p->attributes.value(StageClaim::kKey)) : std::nullopt;
}

std::optional<StageRecord> EnforcementWorker::currentRecord(const QString &conversationId,
                                                            const QString &participantId) const
{
    const Participant *p = leg(conversationId, participantId);
    return p ? StageRecord::fromAttributes(p->attributes) : std::nullopt;
}

const Participant *EnforcementWorker::leg(const QString &conversationId,
                                          const QString &participantId) const
{
    const auto it = m_conversations.constFind(conversationId);
    if (it == m_conversations.cend())
        return nullptr;
    for (const Participant &p : it->participants) {
        if (p.id == participantId)
            return &p;
    }
    return nullptr;
}

void EnforcementWorker::decide(const std::shared_ptr<Group> &group)
{
    const IdleAction &a = group->first();
    if (!m_engine.contains(a.conversationId) || !m_ready)
        return; // the conversation left (or the worker stopped) while the claim settled
    const StageClaim mine {m_settings.instanceId, a.stage, a.idleSinceMs};
    const auto claim = currentClaim(a.conversationId, a.agentParticipantId);
    const QString key = claimKey(a.conversationId, a.stage, a.idleSinceMs);
    const qint64 now = m_clock.nowMs();
    auto sent = m_claimsSent.constFind(key);
    // A claim is judged once every rival's claim written by then has had time to show.
    const bool settled
        = sent != m_claimsSent.cend() && *sent > 0 && now >= *sent + m_settings.claimLeadMs;
    if (claim && claim->sameStage(mine) && settled) {
        if (claim->instanceId == mine.instanceId)
            execute(group);
        else
            standBy(group, *claim);
        return;
    }
    // No claim for this stage is settled yet: claim it now (a late claim, when the stage fell
    // due without one) and decide once a rival's claim would have arrived.
    if (sent == m_claimsSent.cend()) {
        const Participant *agent = leg(a.conversationId, a.agentParticipantId);
        if (!agent) {
            execute(group); // nothing to claim on: the executor finds out what became of it
            return;
        }
        sendClaim(a.conversationId, agent->id, mine);
        sent = m_claimsSent.constFind(key);
    }
    const qint64 decideAt = *sent > 0 ? *sent + m_settings.claimLeadMs : kNoDeadline;
    if (decideAt != kNoDeadline && now >= decideAt) {
        if (claim && claim->sameStage(mine) && claim->instanceId != mine.instanceId
            && group->takeovers < kMaxTakeovers) {
            standBy(group, *claim);
            return;
        }
        // Our claim never showed, nor anyone else's: act rather than let the stage lapse.
        execute(group);
        return;
    }
    later(decideAt == kNoDeadline ? m_settings.claimLeadMs : decideAt - now,
          [this, group] { decide(group); });
}

void EnforcementWorker::standBy(const std::shared_ptr<Group> &group, const StageClaim &winner)
{
    const IdleAction &a = group->first();
    qCInfo(lcEnforcement).noquote() << stableName(a.stage) << "on" << a.conversationId
                                    << "is claimed by" << winner.instanceId << "; standing by";
    later(m_settings.takeoverAfterMs, [this, group, winner] {
        const IdleAction &action = group->first();
        if (!m_engine.contains(action.conversationId) || !m_ready)
            return;
        const auto record = currentRecord(action.conversationId, action.agentParticipantId);
        if (record && isCustomerStage(record->stage) && record->stage >= action.stage
            && record->atMs >= action.idleSinceMs) {
            ++m_summary.deferred;
            qCInfo(lcEnforcement).noquote()
                << stableName(action.stage) << "on" << action.conversationId << "was done by"
                << winner.instanceId;
            return;
        }
        const auto status = m_engine.status(action.conversationId);
        if (!status || status->track != Party::Customer
            || status->silentSinceMs > action.idleSinceMs) {
            ++m_summary.deferred;
            return; // the conversation moved on meanwhile
        }
        // The other instance did not act in time (it may have died): claim the stage afresh
        // and decide like at a deadline, so that two instances taking over do not both act.
        qCWarning(lcEnforcement).noquote()
            << winner.instanceId << "claimed" << stableName(action.stage) << "on"
            << action.conversationId << "but did not act; claiming it again";
        ++group->takeovers;
        const StageClaim mine {m_settings.instanceId, action.stage, action.idleSinceMs};
        m_claimsSent.remove(claimKey(action.conversationId, action.stage, action.idleSinceMs));
        if (const Participant *agent = leg(action.conversationId, action.agentParticipantId))
            sendClaim(action.conversationId, agent->id, mine);
        decide(group);
    });
}

void EnforcementWorker::execute(const std::shared_ptr<Group> &group)
{
    if (m_settings.observeOnly && !group->first().isManual())
        return; // switched to observe-only while this stage was being decided
    m_executor->execute(group->actions);
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
    emit actionFinished(report);
    rearm();
    checkSettled();
}

void EnforcementWorker::rearm()
{
    if (!m_timer)
        return;
    qint64 next = m_agenda.empty() ? kNoDeadline : m_agenda.begin()->first;
    if (m_ready) {
        qint64 nextClaim = kNoDeadline;
        claimUpcoming(&nextClaim);
        next = std::min({next, m_engine.nextDeadlineMs(), nextClaim});
    }
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
