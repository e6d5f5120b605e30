#include "statusstream.h"

#include "core/clock.h"
#include "core/conversation.h"
#include "enforcementlogging.h"
#include "stageclaim.h"

#include <algorithm>

namespace IdleGuard::Enforcement {

namespace {

// How bad a finished action is for its stage's result: the worst one decides.
int severity(JournalOutcome outcome)
{
    switch (outcome) {
    case JournalOutcome::Failed:
        return 3;
    case JournalOutcome::Skipped:
        return 2;
    case JournalOutcome::Observed:
        return 1;
    case JournalOutcome::Succeeded:
        return 0;
    case JournalOutcome::Pending:
        break;
    }
    return -1;
}

} // namespace

StatusStream::StatusStream(const Source &source, const Clock &clock, bool wallTimer,
                           QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_clock(clock)
    , m_wallTimer(wallTimer)
    , m_timer(this) // a child, so that it moves to the worker's thread with us
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StatusStream::flush);
}

StatusStream::~StatusStream() = default;

void StatusStream::schedule()
{
    // Started by the first change after a batch and never pushed back: a batch every
    // kIntervalMs at most, and no change waits longer than that.
    if (m_wallTimer && !m_timer.isActive())
        m_timer.start();
}

void StatusStream::pause()
{
    m_timer.stop();
}

void StatusStream::markDirty(const QString &conversationId)
{
    m_dirty.insert(conversationId);
    schedule();
}

void StatusStream::markAllDirty()
{
    m_allDirty = true;
    schedule();
}

void StatusStream::remove(const QString &conversationId)
{
    m_progress.remove(conversationId);
    markDirty(conversationId); // its row cannot be built any more: reported as removed
}

QString StatusStream::label(const IdleAction &action)
{
    return action.stage == IdleStage::None
        ? stableName(action.kind)
        : stableName(action.kind) + u' ' + stableName(action.stage);
}

StatusStream::Stage &StatusStream::stageOf(Progress &progress, const IdleAction &action)
{
    for (Stage &s : progress.stages) {
        if (s.stage == action.stage && s.idleSinceMs == action.idleSinceMs)
            return s;
    }
    Stage s;
    s.stage = action.stage;
    s.idleSinceMs = action.idleSinceMs;
    progress.stages.append(s);
    return progress.stages.back();
}

void StatusStream::actionsStarted(const QList<IdleAction> &actions)
{
    const qint64 now = m_clock.nowMs();
    for (const IdleAction &a : actions) {
        Progress &progress = m_progress[a.conversationId];
        progress.inFlight.append(label(a));
        if (a.stage != IdleStage::None) {
            Stage &s = stageOf(progress, a);
            ++s.outstanding;
            if (s.atMs == kNoTime)
                s.atMs = now;
        }
        markDirty(a.conversationId);
    }
}

void StatusStream::actionFinished(const ActionReport &report)
{
    const IdleAction &a = report.action;
    auto it = m_progress.find(a.conversationId);
    if (it == m_progress.end()) // reconciled, discarded, observe-only: never started here
        it = m_progress.insert(a.conversationId, Progress());
    it->inFlight.removeOne(label(a));
    if (a.stage != IdleStage::None) {
        Stage &s = stageOf(*it, a);
        if (s.outstanding > 0)
            --s.outstanding;
        // A closing message and its disconnect make one stage: its worst outcome is its result.
        if (!s.finished || severity(report.outcome) > severity(s.outcome)) {
            s.outcome = report.outcome;
            s.error = report.error;
        }
        s.finished = true;
        s.atMs = report.finishedAtMs != kNoTime ? report.finishedAtMs : m_clock.nowMs();
    }
    if (it->stages.isEmpty() && it->inFlight.isEmpty())
        m_progress.erase(it);
    markDirty(a.conversationId);
}

QList<StageResult> StatusStream::resultsFor(const QString &conversationId, qint64 idleSinceMs)
{
    const auto it = m_progress.find(conversationId);
    if (it == m_progress.end())
        return {};
    // No idle period runs (the agent left, say): the last one's stages still show.
    qint64 period = idleSinceMs;
    if (period == kNoTime) {
        for (const Stage &s : std::as_const(it->stages))
            period = std::max(period, s.idleSinceMs);
    }
    // Finished stages of earlier periods are history (the journal keeps them).
    it->stages.removeIf(
        [period](const Stage &s) { return s.outstanding == 0 && s.idleSinceMs != period; });
    QList<StageResult> results;
    for (const Stage &s : std::as_const(it->stages)) {
        if (s.idleSinceMs != period)
            continue;
        const bool pending = s.outstanding > 0 || !s.finished;
        results.append({s.stage, pending ? JournalOutcome::Pending : s.outcome, s.atMs,
                        pending ? QString() : s.error});
    }
    if (it->stages.isEmpty() && it->inFlight.isEmpty())
        m_progress.erase(it);
    return results;
}

std::optional<ConversationRow> StatusStream::row(const QString &conversationId)
{
    const auto status = m_source.status(conversationId);
    if (!status)
        return std::nullopt;
    ConversationRow r;
    r.conversationId = conversationId;
    r.queueId = status->queueId;
    r.state = status->state;
    r.owes = status->owes;
    r.track = status->track;
    r.waitingSinceMs = status->waitingSinceMs;
    r.idleSinceMs = status->silentSinceMs;
    r.stage = status->stage;
    r.nextStage = status->nextStage;
    r.nextAtMs = status->nextAtMs;
    r.countdownStartMs = status->countdownStartMs;
    r.snoozedUntilMs = status->snoozedUntilMs;
    r.exempt = status->exempt;
    r.awaitingAgentMessage = status->awaitingAgentMessage;
    r.agentFlagged = status->agentFlagged;
    r.observeOnly = m_source.observeOnly();
    r.held = m_source.isHeld(conversationId);
    if (const Conversation *c = m_source.snapshot(conversationId)) {
        r.startedMs = c->startMs;
        r.language = c->customerLanguage;
        r.channel = c->channel;
        if (const Participant *customer = c->customer())
            r.customerName = customer->name;
        const Participant *agent = c->connectedAgent();
        const Participant *lastAgent = agent;
        for (const Participant &p : c->participants) {
            r.messageCount += int(p.messages.size());
            if (!agent && p.purpose == ParticipantPurpose::Agent
                && (!lastAgent || p.startMs >= lastAgent->startMs))
                lastAgent = &p; // the agent who had it, after they left
        }
        if (lastAgent)
            r.agentName = lastAgent->name;
        // Another instance's claim on this idle period's current or next stage: it acts here.
        const auto claim
            = agent ? StageClaim::parse(agent->attributes.value(StageClaim::kKey)) : std::nullopt;
        if (claim && claim->instanceId != m_source.instanceId()
            && claim->idleSinceMs == status->epochStartMs && claim->stage >= status->stage)
            r.claimedBy = claim->instanceId;
    }
    r.results = resultsFor(conversationId, status->epochStartMs);
    if (const auto it = m_progress.constFind(conversationId);
        it != m_progress.cend() && !it->inFlight.isEmpty())
        r.pending = it->inFlight.constFirst();
    return r;
}

void StatusStream::flushIfDue()
{
    if (m_wallTimer || !hasPending())
        return;
    const qint64 now = m_clock.nowMs();
    if (m_lastFlushMs == kNoTime || now - m_lastFlushMs >= kIntervalMs)
        flush();
}

void StatusStream::flush()
{
    m_timer.stop();
    if (!hasPending())
        return;
    QSet<QString> ids = std::move(m_dirty);
    m_dirty.clear();
    if (m_allDirty) {
        const QStringList all = m_source.conversationIds();
        ids.unite(QSet<QString>(all.cbegin(), all.cend()));
        ids.unite(m_shown); // those gone meanwhile are reported as removed
        m_allDirty = false;
    }
    QList<ConversationRow> changed;
    changed.reserve(ids.size());
    QStringList removed;
    for (const QString &id : std::as_const(ids)) {
        if (auto r = row(id)) {
            changed.append(std::move(*r));
            m_shown.insert(id);
        } else if (m_shown.remove(id)) {
            removed.append(id);
        }
    }
    m_lastFlushMs = m_clock.nowMs();
    if (changed.isEmpty() && removed.isEmpty())
        return; // came and went between two batches: the receiver never saw it
    ++m_revision;
    qCDebug(lcEnforcement) << "status batch" << m_revision << ":" << changed.size() << "changed,"
                           << removed.size() << "removed";
    emit statusesChanged(changed, removed, m_revision);
}

void StatusStream::sendAll()
{
    m_timer.stop();
    const QStringList all = m_source.conversationIds();
    QList<ConversationRow> rows;
    rows.reserve(all.size());
    m_shown.clear();
    for (const QString &id : all) {
        if (auto r = row(id)) {
            rows.append(std::move(*r));
            m_shown.insert(id);
        }
    }
    // Everything dirty is in the list, as it stands now.
    m_dirty.clear();
    m_allDirty = false;
    ++m_revision;
    qCDebug(lcEnforcement) << "status list" << m_revision << ":" << rows.size() << "rows";
    emit statusesReady(rows, m_revision);
}

} // namespace IdleGuard::Enforcement
