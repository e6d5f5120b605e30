#include "stagearbiter.h"

#include "actionexecutor.h"
#include "core/clock.h"
#include "core/idleengine.h"
#include "enforcementlogging.h"
#include "genesys/genesysapi.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace IdleGuard::Enforcement {

using namespace Qt::StringLiterals;

struct StageArbiter::Stage
{
    QList<IdleAction> actions;
    int takeovers = 0; // times this instance claimed the stage afresh after standing by
    bool verifying = false; // counted in m_verifying until it acts, stands by or is dropped
    int readAttempts = 0; // fresh reads that failed in a row
    int claimAttempts = 0; // claims of this verification that did not show
    std::optional<StageClaim> stoodBy; // the rival claim this instance last stood by for
    const IdleAction &first() const { return actions.front(); }
};

namespace {

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

} // namespace

StageArbiter::StageArbiter(Host &host, const Clock &clock, IdleEngine &engine,
                           Genesys::GenesysApi &api, ActionExecutor &executor,
                           const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_clock(clock)
    , m_engine(engine)
    , m_api(api)
    , m_executor(executor)
    , m_settings(settings)
{ }

StageArbiter::~StageArbiter() = default;

void StageArbiter::setFeedLive(bool live)
{
    if (live == m_feedLive)
        return;
    m_feedLive = live;
    if (live)
        m_feedLiveSinceMs = m_clock.nowMs();
    qCInfo(lcEnforcement).noquote()
        << (live ? "feed live again;"
                 : "feed not live; stages due meanwhile wait for a fresh read;")
        << m_verifying << "stage(s) held";
    if (live)
        pumpBacklog();
}

void StageArbiter::arbitrate(const QList<IdleAction> &actions)
{
    const QString &conversationId = actions.constFirst().conversationId;
    if (m_heldIn.contains(conversationId)) {
        m_behind[conversationId].append(actions); // after the earlier stage, in order
        return;
    }
    auto group = std::make_shared<Stage>();
    group->actions = actions;
    if (needsFreshRead(*group))
        verify(group);
    else if (m_settings.claimLeadMs > 0)
        decide(group);
    else
        act(group);
}

void StageArbiter::forget(const QString &conversationId)
{
    const QString prefix = conversationId + u'|';
    m_claimsSent.removeIf(
        [&prefix](QHash<QString, qint64>::iterator it) { return it.key().startsWith(prefix); });
    m_confirmed.removeIf([&prefix](const QString &key) { return key.startsWith(prefix); });
    m_behind.remove(conversationId);
}

void StageArbiter::release(Stage &group)
{
    if (!group.verifying)
        return;
    group.verifying = false;
    --m_verifying;
    const QString &conversationId = group.first().conversationId;
    if (auto it = m_heldIn.find(conversationId); it != m_heldIn.end() && --*it <= 0) {
        m_heldIn.erase(it);
        // The stages that waited behind it go on once it has been handed on (act() releases
        // before it executes): on the next turn, in the order they fell due.
        if (const auto behind = m_behind.take(conversationId); !behind.isEmpty()) {
            m_host.later(0, [this, conversationId, behind] {
                for (const QList<IdleAction> &actions : behind) {
                    if (m_engine.contains(conversationId))
                        arbitrate(actions);
                }
            });
        }
    }
    m_host.heldChanged(conversationId);
}

const Participant *StageArbiter::leg(const QString &conversationId,
                                     const QString &participantId) const
{
    const Conversation *c = m_host.conversation(conversationId);
    if (!c)
        return nullptr;
    for (const Participant &p : c->participants) {
        if (p.id == participantId)
            return &p;
    }
    return nullptr;
}

bool StageArbiter::wantsClaim(const ConversationStatus &s, qint64 now) const
{
    if (s.nextAtMs <= now || !isCustomerStage(s.nextStage))
        return false; // due now: decided with a late claim; agent stages act locally only
    if (m_claimsSent.contains(claimKey(s.conversationId, s.nextStage, s.epochStartMs)))
        return false;
    const Conversation *conversation = m_host.conversation(s.conversationId);
    return conversation && conversation->connectedAgent();
}

qint64 StageArbiter::nextLookAheadMs() const
{
    // While the feed is not live what the worker knows may be stale: claiming a stage the
    // customer has already answered would only make another instance stand by. While stages
    // wait for the rate budget, claims of later ones would only take their turn: those are
    // claimed when they fall due.
    if (m_observeOnly || !m_feedLive || m_executor.budgetBacklog().count > 0)
        return kNoDeadline;
    const qint64 lead
        = m_settings.claimLeadMs > 0 ? m_settings.claimLeadMs + kClaimMarginMs : kPrepareLeadMs;
    const qint64 now = m_clock.nowMs();
    qint64 next = kNoDeadline;
    m_engine.visitUpcoming([&](const ConversationStatus &s) {
        if (s.nextAtMs > now + lead) {
            next = std::min(next, s.nextAtMs - lead);
            return false;
        }
        if (wantsClaim(s, now))
            next = now;
        return next != now;
    });
    return next;
}

void StageArbiter::lookAhead()
{
    if (m_observeOnly || !m_feedLive || m_executor.budgetBacklog().count > 0)
        return;
    // Shortly before a customer-track stage: fetch what its request needs (the agent's
    // communication id), and claim it when other instances may be watching too.
    const bool claiming = m_settings.claimLeadMs > 0;
    // A claim is judged claimLeadMs after it landed: write it early enough for that to be over
    // by the deadline, whatever the round trip.
    const qint64 lead = claiming ? m_settings.claimLeadMs + kClaimMarginMs : kPrepareLeadMs;
    const qint64 now = m_clock.nowMs();
    m_engine.visitUpcoming([&](const ConversationStatus &s) {
        if (s.nextAtMs > now + lead)
            return false;
        if (!wantsClaim(s, now))
            return true;
        const QString key = claimKey(s.conversationId, s.nextStage, s.epochStartMs);
        const Participant *agent = m_host.conversation(s.conversationId)->connectedAgent();
        m_executor.prepare(s.conversationId, agent->id);
        const StageClaim mine {m_settings.instanceId, s.nextStage, s.epochStartMs};
        const auto shown = currentClaim(s.conversationId, agent->id);
        if (claiming && shown && shown->sameStage(mine) && shown->instanceId != mine.instanceId) {
            // A rival claimed it early (with its record of the stage before): writing ours
            // would only start a fight it wins anyway. At the deadline this instance stands by.
            m_claimsSent.insert(key, now);
        } else if (claiming && shown && shown->standsFor(mine)) {
            // An instance keeps the conversation from an earlier idle period: no write. At the
            // deadline it acts, or this one stands by for it.
            m_claimsSent.insert(key, now);
        } else if (claiming) {
            sendClaim(s.conversationId, agent->id, mine);
        } else {
            m_claimsSent.insert(key, now); // prepared; nothing to claim
        }
        return true;
    });
}

void StageArbiter::sendClaim(const QString &conversationId, const QString &participantId,
                             const StageClaim &claim, std::function<void()> landed)
{
    // 0 while the write is on its way: a rival's claim can only be judged once ours landed.
    const QString key = claimKey(conversationId, claim.stage, claim.idleSinceMs);
    m_claimsSent.insert(key, 0);
    m_api.patchAttributes(conversationId, participantId, {{StageClaim::kKey, claim.toString()}},
                          this,
                          [this, key, conversationId,
                           landed = std::move(landed)](const Genesys::ApiResult &result, bool) {
                              // Failed or not, the write is over: decide claimLeadMs from now.
                              // A claim that was not written simply never shows.
                              if (!result.ok())
                                  qCInfo(lcEnforcement).noquote()
                                      << "claim on" << conversationId
                                      << "not written:" << result.describe();
                              if (auto it = m_claimsSent.find(key); it != m_claimsSent.end())
                                  *it = m_clock.nowMs();
                              if (landed)
                                  landed();
                          });
}

std::optional<StageClaim> StageArbiter::currentClaim(const QString &conversationId,
                                                     const QString &participantId) const
{
    // Only the leg the stage acts on: an earlier agent's leg keeps its old claim.
    const Participant *p = leg(conversationId, participantId);
    return p ? StageClaim::parse(p->attributes.value(StageClaim::kKey)) : std::nullopt;
}

std::optional<StageRecord> StageArbiter::currentRecord(const QString &conversationId,
                                                       const QString &participantId) const
{
    const Participant *p = leg(conversationId, participantId);
    return p ? StageRecord::fromAttributes(p->attributes) : std::nullopt;
}

void StageArbiter::decide(const std::shared_ptr<Stage> &group)
{
    const IdleAction &a = group->first();
    if (!m_engine.contains(a.conversationId))
        return; // the conversation left (or the worker stopped) while the claim settled
    if (needsFreshRead(*group)) {
        verify(group); // the feed dropped, or the claim took long: decide on a fresh read
        return;
    }
    const StageClaim mine {m_settings.instanceId, a.stage, a.idleSinceMs};
    const auto claim = currentClaim(a.conversationId, a.agentParticipantId);
    if (claim && claim->standsFor(mine)) {
        if (claim->instanceId == mine.instanceId)
            act(group);
        else
            standBy(group, *claim);
        return;
    }
    const QString key = claimKey(a.conversationId, a.stage, a.idleSinceMs);
    const qint64 now = m_clock.nowMs();
    auto sent = m_claimsSent.constFind(key);
    // A claim is judged once every rival's claim written by then has had time to show.
    const bool settled
        = sent != m_claimsSent.cend() && *sent > 0 && now >= *sent + m_settings.claimLeadMs;
    if (claim && claim->sameStage(mine) && settled) {
        if (claim->instanceId == mine.instanceId)
            act(group);
        else
            standBy(group, *claim);
        return;
    }
    // A rival's claim on this stage shows while ours is not settled (still on its way, held
    // back by the rate budget): ours would overwrite it when it lands. Stand by for the rival.
    if (claim && claim->sameStage(mine) && claim->instanceId != mine.instanceId) {
        standBy(group, *claim);
        return;
    }
    // No claim for this stage is settled yet: claim it now (a late claim, when the stage fell
    // due without one) and decide once a rival's claim would have arrived.
    if (sent == m_claimsSent.cend()) {
        const Participant *agent = leg(a.conversationId, a.agentParticipantId);
        if (!agent) {
            verify(group); // the feed does not show the leg: find out what became of it
            return;
        }
        sendClaim(a.conversationId, agent->id, mine);
        sent = m_claimsSent.constFind(key);
    }
    const qint64 decideAt = *sent > 0 ? *sent + m_settings.claimLeadMs : kNoDeadline;
    if (decideAt != kNoDeadline && now >= decideAt) {
        if (claim && claim->sameStage(mine) && claim->instanceId != mine.instanceId) {
            standBy(group, *claim);
            return;
        }
        // Neither our claim nor a rival's shows on the feed: a claim that cannot be confirmed
        // never leads to a send. Read the conversation and decide on what it says.
        verify(group);
        return;
    }
    m_host.later(decideAt == kNoDeadline ? m_settings.claimLeadMs : decideAt - now,
                 [this, group] { decide(group); });
}

void StageArbiter::standBy(const std::shared_ptr<Stage> &group, const StageClaim &winner)
{
    const IdleAction &a = group->first();
    release(*group);
    group->stoodBy = winner;
    qCInfo(lcEnforcement).noquote() << stableName(a.stage) << "on" << a.conversationId
                                    << "is claimed by" << winner.instanceId << "; standing by";
    m_host.later(m_settings.takeoverAfterMs, [this, group, winner] {
        const IdleAction &action = group->first();
        if (!m_engine.contains(action.conversationId))
            return;
        // The usual end: the live feed shows the claimant's record. Costs nothing.
        const auto record = currentRecord(action.conversationId, action.agentParticipantId);
        if (m_feedLive && record && isCustomerStage(record->stage) && record->stage >= action.stage
            && record->atMs >= action.idleSinceMs) {
            ++m_counters.deferred;
            qCInfo(lcEnforcement).noquote()
                << stableName(action.stage) << "on" << action.conversationId << "was done by"
                << winner.instanceId;
            return;
        }
        // Whether the claimant died or the conversation moved on: a fresh read says.
        verify(group);
    });
}

bool StageArbiter::needsFreshRead(const Stage &group) const
{
    const IdleAction &a = group.first();
    return !m_feedLive || (m_feedLiveSinceMs != kNoTime && a.dueAtMs < m_feedLiveSinceMs)
        || m_clock.nowMs() - a.dueAtMs > m_settings.freshReadAfterMs;
}

void StageArbiter::verify(const std::shared_ptr<Stage> &group)
{
    if (!group->verifying) {
        group->verifying = true;
        ++m_verifying;
        ++m_heldIn[group->first().conversationId];
        m_host.heldChanged(group->first().conversationId);
    }
    // In deadline order: after a gap the oldest debts are checked first.
    const auto at = std::upper_bound(
        m_backlog.begin(), m_backlog.end(), group,
        [](const auto &x, const auto &y) { return x->first().dueAtMs < y->first().dueAtMs; });
    m_backlog.insert(at, group);
    pumpBacklog();
}

void StageArbiter::pumpBacklog()
{
    // Fewer at once while the feed is down: its resync needs the same rate budget.
    const int limit = std::max(
        1, m_feedLive ? m_settings.freshReadConcurrency : m_settings.freshReadConcurrency / 2);
    while (m_freshReads < limit && !m_backlog.empty()) {
        const auto group = m_backlog.front();
        m_backlog.pop_front();
        readFresh(group);
    }
}

void StageArbiter::readFresh(const std::shared_ptr<Stage> &group)
{
    const IdleAction &a = group->first();
    if (!m_engine.contains(a.conversationId)) {
        release(*group); // the conversation left; the feed's removal said so
        return;
    }
    ++m_freshReads;
    ++m_counters.freshReads;
    qCDebug(lcEnforcement).noquote() << "reading" << a.conversationId << "again before"
                                     << stableName(a.stage) << "due" << a.dueAtMs;
    m_api.conversation(a.conversationId, this,
                       [this, group](const Genesys::ApiResult &result, const Conversation &fresh) {
                           --m_freshReads;
                           const IdleAction &action = group->first();
                           if (result.status == 404) {
                               dropStale(group, tr("The conversation has ended."));
                           } else if (!result.ok()) {
                               // Never act without it: read again later, the stage waits.
                               const qint64 delay = m_settings.backoff.delayMs(
                                   std::min(group->readAttempts++, 5), 0.5);
                               qCInfo(lcEnforcement).noquote()
                                   << "could not read" << action.conversationId << "before"
                                   << stableName(action.stage) << "(" << result.describe()
                                   << "); again in" << delay << "ms";
                               m_host.later(delay, [this, group] {
                                   m_backlog.push_front(group);
                                   pumpBacklog();
                               });
                           } else {
                               group->readAttempts = 0;
                               judgeFresh(group, fresh);
                           }
                           pumpBacklog();
                           m_host.afterRead();
                       });
}

void StageArbiter::judgeFresh(const std::shared_ptr<Stage> &group, const Conversation &fresh)
{
    const IdleAction &a = group->first();
    m_host.takeConversation(fresh);
    // The stage (or a later one) of this idle period is recorded: another instance did it, or
    // this one did before the read's answer came.
    if (const auto done = recordedAlready(a)) {
        leaveToOther(group, *done);
        return;
    }
    const Participant *agentLeg = leg(a.conversationId, a.agentParticipantId);
    if (m_settings.claimLeadMs <= 0) {
        if (const auto why = m_engine.whyNotDue(a))
            dropStale(group, *why);
        else
            act(group);
        return;
    }
    const StageClaim mine {m_settings.instanceId, a.stage, a.idleSinceMs};
    const auto claim
        = agentLeg ? StageClaim::parse(agentLeg->attributes.value(StageClaim::kKey)) : std::nullopt;
    const bool standing = claim && claim->standsFor(mine);
    const bool rival
        = claim && (claim->sameStage(mine) || standing) && claim->instanceId != mine.instanceId;
    if (rival && !(group->stoodBy && *group->stoodBy == *claim)) {
        // A current rival claim is never overwritten, nor judged: the rival may be sending
        // right now (its message not yet listed as Idle Guard's would look like the agent's).
        standBy(group, *claim);
        return;
    }
    if (const auto why = m_engine.whyNotDue(a)) {
        dropStale(group, *why);
        return;
    }
    if (standing && claim->instanceId == mine.instanceId) {
        act(group); // this instance keeps the conversation from an earlier idle period
        return;
    }
    // Our claim, landed long enough ago for every rival written by then to show, and still the
    // one the conversation holds as just read: confirmed.
    const auto sent = m_claimsSent.constFind(claimKey(a.conversationId, a.stage, a.idleSinceMs));
    if (claim && *claim == mine && sent != m_claimsSent.cend() && *sent > 0
        && m_clock.nowMs() >= *sent + m_settings.claimLeadMs) {
        act(group);
        return;
    }
    if (claim && *claim == mine && sent != m_claimsSent.cend()) {
        // Ours, still settling (or still on its way): read again once it has settled.
        const qint64 wait
            = *sent > 0 ? *sent + m_settings.claimLeadMs - m_clock.nowMs() : m_settings.claimLeadMs;
        m_host.later(wait, [this, group] {
            m_backlog.push_front(group);
            pumpBacklog();
        });
        return;
    }
    if (rival) {
        // We stood by for this very claim and the stage is still not recorded: the claimant
        // did not act in time (it may have died). Claim it afresh, so that two instances
        // taking over do not both act; after kMaxTakeovers, act rather than let it lapse.
        if (group->takeovers >= kMaxTakeovers) {
            qCWarning(lcEnforcement).noquote()
                << claim->instanceId << "keeps winning" << stableName(a.stage) << "on"
                << a.conversationId << "without acting; acting on it";
            act(group);
            return;
        }
        qCWarning(lcEnforcement).noquote()
            << claim->instanceId << "claimed" << stableName(a.stage) << "on" << a.conversationId
            << "but did not act; claiming it again";
        ++group->takeovers;
    }
    // No claim, or ours did not show (the write failed, or a rival's landed after it and was
    // stood by for): claim, and decide on the read after it settled.
    claimAndRecheck(group);
}

void StageArbiter::claimAndRecheck(const std::shared_ptr<Stage> &group)
{
    const IdleAction &a = group->first();
    const StageClaim mine {m_settings.instanceId, a.stage, a.idleSinceMs};
    // Claims that do not show are written again, with growing pauses (the write may fail).
    const qint64 pause = group->claimAttempts == 0
        ? 0
        : m_settings.backoff.delayMs(std::min(group->claimAttempts - 1, 5), 0.5);
    ++group->claimAttempts;
    m_host.later(pause, [this, group, mine] {
        const IdleAction &action = group->first();
        if (!m_engine.contains(action.conversationId))
            return;
        m_claimsSent.remove(claimKey(action.conversationId, action.stage, action.idleSinceMs));
        sendClaim(action.conversationId, action.agentParticipantId, mine, [this, group] {
            // Decide once every rival claim written by then has shown, on a fresh read.
            m_host.later(m_settings.claimLeadMs, [this, group] {
                m_backlog.push_front(group);
                pumpBacklog();
            });
        });
    });
}

void StageArbiter::act(const std::shared_ptr<Stage> &group)
{
    if (const auto done = recordedAlready(group->first())) {
        leaveToOther(group, *done);
        return;
    }
    if (const auto why = m_engine.whyNotDue(group->first())) {
        dropStale(group, *why);
        return;
    }
    if (group->verifying) { // decided on a fresh read (and, when claiming, a confirmed claim)
        const IdleAction &a = group->first();
        m_confirmed.insert(claimKey(a.conversationId, a.stage, a.idleSinceMs));
    }
    release(*group);
    m_host.execute(group->actions);
}

void StageArbiter::dropStale(const std::shared_ptr<Stage> &group, const QString &why)
{
    const IdleAction &a = group->first();
    release(*group);
    ++m_counters.stale;
    qCWarning(lcEnforcement).noquote()
        << "dropped" << stableName(a.stage) << "on" << a.conversationId << "due" << iso(a.dueAtMs)
        << "as stale:" << why;
    // It was handed out but not done: should its time come again (a snooze ended), it is due.
    m_engine.withdrawStage(a.conversationId, a.stage, a.issuedAtMs);
    if (const Conversation *c = m_host.conversation(a.conversationId)) {
        for (const Participant &p : c->participants)
            m_engine.updateAttributes(a.conversationId, p.attributes);
    }
    m_executor.discard(group->actions, why);
}

void StageArbiter::leaveToOther(const std::shared_ptr<Stage> &group, const QString &why)
{
    const IdleAction &a = group->first();
    release(*group);
    ++m_counters.deferred;
    qCWarning(lcEnforcement).noquote()
        << "not sending" << stableName(a.stage) << "on" << a.conversationId << ":" << why;
    m_executor.discard(group->actions, why);
}

std::optional<QString> StageArbiter::recordedAlready(const IdleAction &a) const
{
    // The stage (or a later one) of this idle period is recorded on the leg: someone did it.
    const auto record = currentRecord(a.conversationId, a.agentParticipantId);
    if (record && isCustomerStage(record->stage) && record->stage >= a.stage
        && record->atMs >= a.idleSinceMs)
        return tr("Already done (%1 recorded at %2), by another instance or before a restart.")
            .arg(stableName(record->stage), iso(record->atMs));
    return std::nullopt;
}

QString StageArbiter::stillWanted(const IdleAction &a, bool firstOfStage, bool heldBack,
                                  qint64 decidedAtMs)
{
    if (!isCustomerStage(a.stage))
        return {};
    if (firstOfStage) {
        if (const auto done = recordedAlready(a))
            return *done;
    }
    // With the feed live all along, the engine's view (checked below) is current; a gap in the
    // feed during the wait, or a very long wait, needs a fresh read.
    const bool gap = !m_feedLive || m_feedLiveSinceMs > a.issuedAtMs;
    // Held back since it was decided (it reached the executor on current knowledge: the live
    // feed, or a fresh read and a claim just confirmed): a stage decided again must not be
    // handed back at once for its old deadline, or a backlog spends its budget reading the same
    // conversations over and over.
    // One fresh read per late stage: a stage already decided on one is not handed back again for
    // its wait while the feed stays live (the claim and the engine are checked below); under a
    // backlog longer than the bound it would otherwise be read again and again.
    const qint64 heldSinceMs = std::max(a.dueAtMs, decidedAtMs);
    const bool confirmed = m_confirmed.contains(claimKey(a.conversationId, a.stage, a.idleSinceMs));
    if (firstOfStage && heldBack
        && (gap || (!confirmed && m_clock.nowMs() - heldSinceMs > kHeldBackBoundMs))) {
        // What the stage was decided on is old now: hand it back, so that it is decided again
        // on a fresh read of the conversation (the engine hands it out again at once).
        m_engine.withdrawStage(a.conversationId, a.stage, a.issuedAtMs);
        qCWarning(lcEnforcement).noquote()
            << stableName(a.stage) << "on" << a.conversationId
            << "was held back too long to act on what was known; deciding it again";
        return tr("Held back by the rate limit or a retry; decided again on a fresh read.");
    }
    // A stage this instance decided to act on may have waited (rate limit, retries) long enough
    // for another instance to take it over: then it is theirs.
    if (m_settings.claimLeadMs > 0) {
        const auto claim = currentClaim(a.conversationId, a.agentParticipantId);
        if (claim && claim->stage == a.stage && claim->idleSinceMs == a.idleSinceMs
            && claim->instanceId != m_settings.instanceId)
            return tr("Instance %1 took this stage over while it waited.").arg(claim->instanceId);
    }
    // The conversation may have moved on while the stage's first request waited its turn.
    if (firstOfStage) {
        if (const auto why = m_engine.whyNotDue(a))
            return *why;
    }
    return {};
}

QString StageArbiter::resumeCheck(const IdleAction &a, const Conversation &fresh)
{
    // After a restart: the conversation as just read decides, not what was known before.
    m_host.takeConversation(fresh);
    if (!a.isManual() && isCustomerStage(a.stage)) {
        if (const auto done = recordedAlready(a))
            return *done;
        const Participant *agentLeg = leg(a.conversationId, a.agentParticipantId);
        const auto claim = agentLeg
            ? StageClaim::parse(agentLeg->attributes.value(StageClaim::kKey))
            : std::nullopt;
        if (claim && claim->stage == a.stage && claim->idleSinceMs == a.idleSinceMs
            && claim->instanceId != m_settings.instanceId)
            return tr("Instance %1 claimed this stage.").arg(claim->instanceId);
    }
    if (!isCustomerStage(a.stage))
        return {};
    const auto why = m_engine.whyNotDue(a);
    if (why && !a.isManual())
        return *why;
    return {};
}

ActionExecutor::RecordExtra StageArbiter::nextClaim(const IdleAction &done)
{
    if (m_settings.claimLeadMs <= 0 || m_observeOnly || !m_feedLive || !isCustomerStage(done.stage))
        return {};
    const auto status = m_engine.status(done.conversationId);
    // The next stage of the same idle period, on the same agent leg, still far enough away that
    // no rival claims it yet (they claim within claimLeadMs + kClaimMarginMs of the deadline).
    if (!status || !isCustomerStage(status->nextStage) || status->nextStage <= done.stage
        || status->epochStartMs != done.idleSinceMs
        || status->nextAtMs - m_clock.nowMs()
            < m_settings.claimLeadMs + kClaimMarginMs + kEarlyClaimSlackMs)
        return {};
    const Participant *agent = leg(done.conversationId, done.agentParticipantId);
    if (!agent || agent->hasEnded())
        return {};
    const StageClaim next {m_settings.instanceId, status->nextStage, status->epochStartMs};
    const auto shown = StageClaim::parse(agent->attributes.value(StageClaim::kKey));
    const QString key = claimKey(done.conversationId, next.stage, next.idleSinceMs);
    if (m_claimsSent.contains(key) || (shown && shown->sameStage(next)))
        return {};
    m_claimsSent.insert(key, 0); // on its way
    return {{{StageClaim::kKey, next.toString()}}, [this, key](bool landed) {
                // Not written: the look-ahead claims it on its own, as without this.
                if (!landed)
                    m_claimsSent.remove(key);
                else if (auto it = m_claimsSent.find(key); it != m_claimsSent.end())
                    *it = m_clock.nowMs();
            }};
}

QString StageArbiter::claimKey(const QString &conversationId, IdleStage stage, qint64 idleSinceMs)
{
    return conversationId + u'|' + stableName(stage) + u'|' + QString::number(idleSinceMs);
}

} // namespace IdleGuard::Enforcement
