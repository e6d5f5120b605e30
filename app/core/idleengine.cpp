#include "idleengine.h"

#include "logging.h"
#include "overriderecord.h"
#include "stagerecord.h"
#include "templaterenderer.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace IdleGuard {

namespace {

constexpr IdleStage kCustomerStages[]
    = {IdleStage::None, IdleStage::Warning1, IdleStage::Warning2, IdleStage::Close};
constexpr IdleStage kAgentStages[]
    = {IdleStage::None, IdleStage::AgentFlag, IdleStage::AgentEscalate};

qint64 maxOf(std::initializer_list<qint64> values)
{
    return std::max(values);
}

qint64 stageDeadline(qint64 countdownStartMs, const StageSpec &spec)
{
    return countdownStartMs + qint64(spec.afterSeconds) * 1000;
}

} // namespace

IdleEngine::IdleEngine(const Clock &clock, const PolicySet &policies)
    : m_clock(clock)
    , m_policies(policies)
{
    Q_ASSERT_X(policies.validate().isEmpty(), "IdleEngine", "the initial policy set must be valid");
}

PolicyErrors IdleEngine::setPolicies(const PolicySet &policies)
{
    PolicyErrors errors = policies.validate();
    if (!errors.isEmpty()) {
        qCWarning(lcEngine) << "policy change refused;" << errors.size()
                            << "error(s), previous policy stays";
        return errors;
    }
    m_policies = policies;
    ++m_policyRevision;
    // Thresholds and modes changed: every countdown is re-evaluated at once. Executed stages are
    // kept by time, so none repeats and none is skipped backwards.
    for (quint32 slot = 0; slot < m_entries.size(); ++slot) {
        if (m_entries[slot].inUse)
            reindex(slot);
    }
    qCInfo(lcEngine) << "policies applied, revision" << m_policyRevision;
    return {};
}

IdleEngine::Entry *IdleEngine::find(const QString &id)
{
    const auto it = m_slots.constFind(id);
    return it == m_slots.cend() ? nullptr : &m_entries[*it];
}

const IdleEngine::Entry *IdleEngine::find(const QString &id) const
{
    const auto it = m_slots.constFind(id);
    return it == m_slots.cend() ? nullptr : &m_entries[*it];
}

quint32 IdleEngine::slotFor(const QString &id)
{
    if (const auto it = m_slots.constFind(id); it != m_slots.cend())
        return *it;
    quint32 slot;
    if (!m_freeSlots.empty()) {
        slot = m_freeSlots.back();
        m_freeSlots.pop_back();
        m_entries[slot] = Entry();
    } else {
        slot = quint32(m_entries.size());
        m_entries.emplace_back();
    }
    m_entries[slot].id = id;
    m_entries[slot].inUse = true;
    m_slots.insert(id, slot);
    return slot;
}

QString IdleEngine::intern(const QString &s)
{
    if (s.isEmpty())
        return {};
    const auto it = m_interned.constFind(s);
    if (it != m_interned.cend())
        return *it;
    return *m_interned.insert(s);
}

void IdleEngine::updateConversation(const Conversation &c)
{
    if (c.id.isEmpty())
        return;
    const quint32 slot = slotFor(c.id);
    Entry &e = m_entries[slot];
    e.queueId = intern(c.queueId);
    e.queueName = intern(c.queueName);
    e.language = intern(c.customerLanguage);
    if (const Participant *customer = c.customer())
        e.customerName = customer->name;

    const Participant *agent = c.connectedAgent();
    e.waitingSinceMs = kNoTime;
    if (c.isEnded()) {
        e.state = TrackingState::Ended;
    } else if (agent) {
        e.state = TrackingState::Tracked;
        if (agent->id != e.agentParticipantId || e.agentConnectedMs == kNoTime) {
            const qint64 connected
                = agent->connectedMs != kNoTime ? agent->connectedMs : agent->startMs;
            e.agentConnectedMs = connected != kNoTime ? connected : m_clock.nowMs();
        }
        e.agentParticipantId = agent->id;
        e.agentUserId = agent->userId;
        e.agentName = agent->name;
    } else if (c.isWaitingInQueue()) {
        e.state = TrackingState::WaitingInQueue;
        e.waitingSinceMs = c.waitingSinceMs();
    } else {
        e.state = TrackingState::NoAgent;
    }
    if (!agent) {
        e.agentParticipantId.clear();
        e.agentConnectedMs = kNoTime;
    }

    // Messages Idle Guard sent are listed on the conversation (another instance's, or this one's
    // before a restart): they are not the agent's activity either.
    QSet<QString> listed;
    for (const Participant &p : c.participants) {
        for (const QString &id : StageRecord::sentMessageIds(p.attributes))
            listed.insert(id);
    }
    for (const Participant &p : c.participants) {
        for (const MessageRef &m : p.messages) {
            if (!listed.isEmpty() && !m.sentByIdleGuard && listed.contains(m.id)) {
                MessageRef own = m;
                own.sentByIdleGuard = true;
                ingest(e, own);
            } else {
                ingest(e, m);
            }
        }
        ingestAttributes(e, p.attributes);
    }
    reindex(slot);
}

void IdleEngine::removeConversation(const QString &id)
{
    const auto it = m_slots.constFind(id);
    if (it == m_slots.cend())
        return;
    const quint32 slot = *it;
    Entry &e = m_entries[slot];
    if (e.indexedDeadlineMs != kNoDeadline)
        m_deadlines.erase({e.indexedDeadlineMs, slot});
    e = Entry(); // drop the strings now, not when the slot is reused
    m_slots.erase(it);
    m_freeSlots.push_back(slot);
}

void IdleEngine::addMessage(const QString &conversationId, const MessageRef &message)
{
    const auto it = m_slots.constFind(conversationId);
    if (it == m_slots.cend())
        return; // the snapshot that announces the conversation carries its messages
    ingest(m_entries[*it], message);
    reindex(*it);
}

void IdleEngine::addTyping(const QString &conversationId, Party party, qint64 atMs)
{
    const auto it = m_slots.constFind(conversationId);
    if (it == m_slots.cend())
        return;
    Entry &e = m_entries[*it];
    if (party == Party::Customer)
        e.customerTypingMs = std::max(e.customerTypingMs, atMs);
    else if (party == Party::Agent)
        e.agentTypingMs = std::max(e.agentTypingMs, atMs);
    else
        return;
    reindex(*it);
}

void IdleEngine::updateAttributes(const QString &conversationId,
                                  const QHash<QString, QString> &attributes)
{
    const auto it = m_slots.constFind(conversationId);
    if (it == m_slots.cend())
        return;
    ingestAttributes(m_entries[*it], attributes);
    reindex(*it);
}

void IdleEngine::ownMessageSent(const QString &conversationId, const QString &messageId)
{
    const auto it = m_slots.constFind(conversationId);
    if (it == m_slots.cend() || messageId.isEmpty())
        return;
    Entry &e = m_entries[*it];
    const size_t hash = qHash(messageId);
    for (AgentMessage &m : e.agentMessages) {
        if (m.atMs != kNoTime && m.idHash == hash) {
            m.own = true; // its echo came first: take it back
            reindex(*it);
            return;
        }
    }
    e.pendingOwn[e.pendingOwnNext] = hash;
    e.pendingOwnNext = quint8((e.pendingOwnNext + 1) % kPendingOwn);
}

void IdleEngine::ingest(Entry &e, const MessageRef &m)
{
    if (m.timestampMs == kNoTime)
        return;
    if (m.sender == Party::Customer) {
        e.lastCustomerMs = std::max(e.lastCustomerMs, m.timestampMs);
        return;
    }
    if (m.sender != Party::Agent)
        return; // bots, flows, system legs never count

    const size_t hash = qHash(m.id);
    bool own = m.sentByIdleGuard;
    for (size_t &pending : e.pendingOwn) {
        if (!m.id.isEmpty() && pending == hash) {
            own = true;
            pending = 0;
        }
    }
    AgentMessage *oldest = nullptr;
    for (AgentMessage &slot : e.agentMessages) {
        if (slot.atMs != kNoTime && !m.id.isEmpty() && slot.idHash == hash) {
            slot.own = slot.own || own; // seen before (snapshots repeat messages)
            return;
        }
        if (!oldest || slot.atMs < oldest->atMs)
            oldest = &slot;
    }
    if (oldest->atMs != kNoTime && m.timestampMs < oldest->atMs) {
        if (!own) // older than everything kept: it can only matter as a floor
            e.agentFloorMs = std::max(e.agentFloorMs, m.timestampMs);
        return;
    }
    if (oldest->atMs != kNoTime && !oldest->own)
        e.agentFloorMs = std::max(e.agentFloorMs, oldest->atMs);
    *oldest = {hash, m.timestampMs, own};
}

void IdleEngine::ingestAttributes(Entry &e, const QHash<QString, QString> &attributes)
{
    if (const auto record = StageRecord::fromAttributes(attributes))
        markExecuted(e, record->stage, record->atMs);
    // Overrides another instance (or this one, read back) wrote: the newest state wins.
    const OverrideRecord overrides = OverrideRecord::fromAttributes(attributes);
    if (overrides.isSet() && overrides.setAtMs >= e.overrideAtMs) {
        e.overrideAtMs = overrides.setAtMs;
        e.exempt = overrides.exempt;
        e.snoozeUntilMs = overrides.snoozeUntilMs;
        e.resetAtMs = std::max(e.resetAtMs, overrides.resetAtMs);
    }
}

void IdleEngine::markExecuted(Entry &e, IdleStage stage, qint64 atMs)
{
    if (const int c = customerStageIndex(stage))
        e.customerStageAt[c] = std::max(e.customerStageAt[c], atMs);
    else if (const int a = agentStageIndex(stage))
        e.agentStageAt[a] = std::max(e.agentStageAt[a], atMs);
}

qint64 IdleEngine::agentActivityMs(const Entry &e) const
{
    qint64 latest = e.agentFloorMs;
    for (const AgentMessage &m : e.agentMessages) {
        if (m.atMs != kNoTime && !m.own)
            latest = std::max(latest, m.atMs);
    }
    return latest;
}

IdleEngine::View IdleEngine::view(const Entry &e) const
{
    View v;
    if (e.state != TrackingState::Tracked)
        return v;
    const Policy &p = policyOf(e);
    const qint64 customer = e.lastCustomerMs;
    const qint64 agent = agentActivityMs(e);
    const qint64 connected = e.agentConnectedMs;
    const qint64 customerTyping = p.countTyping ? e.customerTypingMs : kNoTime;
    const qint64 agentTyping = p.countTyping ? e.agentTypingMs : kNoTime;

    switch (p.mode) {
    case PolicyMode::TurnAware:
        // Messages decide whose turn it is; typing only shows the party whose turn it is is busy.
        if (customer != kNoTime && customer > agent) {
            v.owes = v.track = Party::Agent;
            v.silentSinceMs = maxOf({customer, connected, agentTyping});
        } else {
            v.owes = v.track = Party::Customer;
            v.silentSinceMs = maxOf({agent, connected, customerTyping});
        }
        break;
    case PolicyMode::AnyActivity:
        v.owes = Party::Either;
        v.track = Party::Customer;
        v.silentSinceMs = maxOf({customer, agent, connected, customerTyping, agentTyping});
        break;
    case PolicyMode::CustomerOnly:
        v.owes = v.track = Party::Customer;
        v.silentSinceMs = maxOf({customer, connected, customerTyping});
        break;
    }
    v.awaitingAgentMessage = v.track == Party::Customer && p.requireAgentMessage
        && (agent == kNoTime || agent < connected);
    v.epochStartMs = std::max(v.silentSinceMs, e.resetAtMs);
    v.countdownStartMs = std::max(v.epochStartMs, e.snoozeUntilMs);

    const bool customerTrack = v.track == Party::Customer;
    const int count = customerTrack ? 3 : 2;
    for (int k = 1; k <= count; ++k) {
        const qint64 at = customerTrack ? e.customerStageAt[k] : e.agentStageAt[k];
        if (at != kNoTime && at >= v.epochStartMs)
            v.level = k;
    }
    if (e.exempt || v.awaitingAgentMessage)
        return v;
    for (int k = v.level + 1; k <= count; ++k) {
        const IdleStage stage = customerTrack ? kCustomerStages[k] : kAgentStages[k];
        if (p.stage(stage).enabled) {
            v.nextStage = stage;
            v.nextAtMs = stageDeadline(v.countdownStartMs, p.stage(stage));
            break;
        }
    }
    return v;
}

void IdleEngine::reindex(quint32 slot)
{
    Entry &e = m_entries[slot];
    const qint64 next = view(e).nextAtMs;
    if (next == e.indexedDeadlineMs)
        return;
    if (e.indexedDeadlineMs != kNoDeadline)
        m_deadlines.erase({e.indexedDeadlineMs, slot});
    if (next != kNoDeadline)
        m_deadlines.insert({next, slot});
    e.indexedDeadlineMs = next;
}

qint64 IdleEngine::nextDeadlineMs() const
{
    return m_deadlines.empty() ? kNoDeadline : m_deadlines.begin()->first;
}

void IdleEngine::visitUpcoming(const std::function<bool(const ConversationStatus &)> &visit) const
{
    for (const auto &[deadline, slot] : m_deadlines) {
        if (!visit(statusOf(m_entries[slot])))
            return;
    }
}

IdleAction IdleEngine::makeAction(const Entry &e, const View &v, IdleAction::Kind kind,
                                  IdleStage stage, qint64 dueAtMs, const QString &actor) const
{
    const Policy &p = policyOf(e);
    const qint64 now = m_clock.nowMs();
    IdleAction a;
    a.kind = kind;
    a.stage = stage;
    a.conversationId = e.id;
    a.queueId = e.queueId;
    a.agentParticipantId = e.agentParticipantId;
    a.agentUserId = e.agentUserId;
    a.closeScope = p.closeScope;
    a.wrapUpCode = p.wrapUpCode;
    a.dueAtMs = dueAtMs;
    a.issuedAtMs = now;
    a.idleSinceMs = v.epochStartMs;
    a.actor = actor;
    a.policyRevision = m_policyRevision;
    if (a.sendsMessage()) {
        const LocalizedText &message = p.stage(stage).message;
        a.language = message.pickLanguage(e.language, p.defaultLanguage);
        TemplateContext context;
        context.customerName = e.customerName;
        context.agentName = e.agentName;
        context.queueName = e.queueName;
        const qint64 silence = v.silentSinceMs == kNoTime ? 0 : now - v.silentSinceMs;
        context.idleMinutes = int(std::max<qint64>(0, silence) / 60000);
        if (p.close.enabled && stage != IdleStage::Close && v.countdownStartMs != kNoTime) {
            const qint64 left = stageDeadline(v.countdownStartMs, p.close) - now;
            context.closeInMinutes = int(std::max<qint64>(0, (left + 59999) / 60000));
        }
        a.text = TemplateRenderer::render(message.text(a.language), context);
    }
    return a;
}

void IdleEngine::appendStageActions(const Entry &e, const View &v, IdleStage stage, qint64 dueAtMs,
                                    const QString &actor, QList<IdleAction> *out) const
{
    switch (stage) {
    case IdleStage::Warning1:
    case IdleStage::Warning2:
        out->append(makeAction(e, v, IdleAction::Kind::SendWarning, stage, dueAtMs, actor));
        break;
    case IdleStage::Close:
        if (!policyOf(e).close.message.isEmpty())
            out->append(
                makeAction(e, v, IdleAction::Kind::SendClosingMessage, stage, dueAtMs, actor));
        out->append(makeAction(e, v, IdleAction::Kind::Disconnect, stage, dueAtMs, actor));
        break;
    case IdleStage::AgentFlag:
        out->append(makeAction(e, v, IdleAction::Kind::FlagAgent, stage, dueAtMs, actor));
        break;
    case IdleStage::AgentEscalate:
        out->append(makeAction(e, v, IdleAction::Kind::EscalateAgent, stage, dueAtMs, actor));
        break;
    case IdleStage::None:
        break;
    }
}

QList<IdleAction> IdleEngine::takeDueActions()
{
    const qint64 now = m_clock.nowMs();
    QList<IdleAction> out;
    while (!m_deadlines.empty() && m_deadlines.begin()->first <= now) {
        const quint32 slot = m_deadlines.begin()->second;
        m_deadlines.erase(m_deadlines.begin());
        Entry &e = m_entries[slot];
        e.indexedDeadlineMs = kNoDeadline;

        // When several stages are overdue at once (a policy change, a late wake-up), only the
        // furthest runs: the customer never gets "are you still there?" and "goodbye" together.
        const View v = view(e);
        const Policy &p = policyOf(e);
        const bool customerTrack = v.track == Party::Customer;
        IdleStage due = IdleStage::None;
        qint64 dueAt = kNoDeadline;
        for (int k = v.level + 1; k <= (customerTrack ? 3 : 2); ++k) {
            const IdleStage stage = customerTrack ? kCustomerStages[k] : kAgentStages[k];
            const StageSpec &spec = p.stage(stage);
            if (spec.enabled && stageDeadline(v.countdownStartMs, spec) <= now) {
                due = stage;
                dueAt = stageDeadline(v.countdownStartMs, spec);
            }
        }
        if (due != IdleStage::None) {
            appendStageActions(e, v, due, dueAt, QString(), &out);
            markExecuted(e, due, now);
            qCDebug(lcEngine) << "stage due" << stableName(due) << "in" << e.id;
        }
        reindex(slot);
    }
    return out;
}

IdleEngine::Entry *IdleEngine::overrideTarget(const QString &conversationId, const QString &actor,
                                              OverrideOutcome *refusal)
{
    Entry *e = find(conversationId);
    if (!e)
        refusal->reason = tr("The conversation is not known.");
    else if (actor.isEmpty())
        refusal->reason = tr("An override needs the supervisor's user id.");
    return refusal->reason.isEmpty() ? e : nullptr;
}

OverrideOutcome IdleEngine::snooze(const QString &conversationId, int minutes, const QString &actor)
{
    OverrideOutcome refusal;
    Entry *e = overrideTarget(conversationId, actor, &refusal);
    if (!e)
        return refusal;
    if (minutes < 1 || minutes > kMaxSnoozeMinutes)
        return {false, tr("Snooze for 1 to %1 minutes.").arg(kMaxSnoozeMinutes), {}};
    e->snoozeUntilMs = m_clock.nowMs() + qint64(minutes) * 60000;
    e->overrideAtMs = m_clock.nowMs();
    reindex(m_slots.value(conversationId));
    return {true, {}, {}};
}

OverrideOutcome IdleEngine::setExempt(const QString &conversationId, bool exempt,
                                      const QString &actor)
{
    OverrideOutcome refusal;
    Entry *e = overrideTarget(conversationId, actor, &refusal);
    if (!e)
        return refusal;
    if (e->exempt && !exempt) // the countdown starts afresh rather than firing what is overdue
        e->snoozeUntilMs = std::max(e->snoozeUntilMs, m_clock.nowMs());
    e->exempt = exempt;
    e->overrideAtMs = m_clock.nowMs();
    reindex(m_slots.value(conversationId));
    return {true, {}, {}};
}

OverrideOutcome IdleEngine::reset(const QString &conversationId, const QString &actor)
{
    OverrideOutcome refusal;
    Entry *e = overrideTarget(conversationId, actor, &refusal);
    if (!e)
        return refusal;
    e->resetAtMs = m_clock.nowMs();
    e->snoozeUntilMs = kNoTime;
    e->exempt = false;
    e->overrideAtMs = m_clock.nowMs();
    reindex(m_slots.value(conversationId));
    return {true, {}, {}};
}

std::optional<OverrideRecord> IdleEngine::overrides(const QString &conversationId) const
{
    const Entry *e = find(conversationId);
    if (!e)
        return std::nullopt;
    return OverrideRecord {e->exempt, e->snoozeUntilMs, e->resetAtMs, e->overrideAtMs};
}

OverrideOutcome IdleEngine::warnNow(const QString &conversationId, const QString &actor)
{
    OverrideOutcome refusal;
    Entry *e = overrideTarget(conversationId, actor, &refusal);
    if (!e)
        return refusal;
    if (e->state != TrackingState::Tracked)
        return {false, tr("No agent is connected to this conversation."), {}};
    const Policy &p = policyOf(*e);
    const View v = view(*e);
    // The next warning of the running idle period; once both went out, the last one again.
    IdleStage stage = IdleStage::None;
    for (IdleStage candidate : {IdleStage::Warning1, IdleStage::Warning2}) {
        if (!p.stage(candidate).enabled)
            continue;
        stage = candidate;
        if (v.track != Party::Customer || customerStageIndex(candidate) > v.level)
            break;
    }
    if (stage == IdleStage::None)
        return {false, tr("The policy of this queue has no warning message."), {}};
    OverrideOutcome outcome {true, {}, {}};
    appendStageActions(*e, v, stage, m_clock.nowMs(), actor, &outcome.actions);
    if (v.track == Party::Customer)
        markExecuted(*e, stage, m_clock.nowMs());
    reindex(m_slots.value(conversationId));
    return outcome;
}

OverrideOutcome IdleEngine::disconnectNow(const QString &conversationId, const QString &actor)
{
    OverrideOutcome refusal;
    Entry *e = overrideTarget(conversationId, actor, &refusal);
    if (!e)
        return refusal;
    if (e->state != TrackingState::Tracked)
        return {false, tr("No agent is connected to this conversation."), {}};
    const View v = view(*e);
    OverrideOutcome outcome {true, {}, {}};
    appendStageActions(*e, v, IdleStage::Close, m_clock.nowMs(), actor, &outcome.actions);
    markExecuted(*e, IdleStage::Close, m_clock.nowMs());
    reindex(m_slots.value(conversationId));
    return outcome;
}

void IdleEngine::withdrawStage(const QString &conversationId, IdleStage stage, qint64 handedOutAtMs)
{
    const auto it = m_slots.constFind(conversationId);
    if (it == m_slots.cend())
        return;
    Entry &e = m_entries[*it];
    qint64 *at = nullptr;
    if (const int c = customerStageIndex(stage))
        at = &e.customerStageAt[c];
    else if (const int a = agentStageIndex(stage))
        at = &e.agentStageAt[a];
    // Only the mark this hand-out made: anything newer belongs to a later hand-out or record.
    if (!at || *at != handedOutAtMs)
        return;
    *at = kNoTime;
    reindex(*it);
}

std::optional<QString> IdleEngine::whyNotDue(const IdleAction &a) const
{
    const Entry *e = find(a.conversationId);
    if (!e || e->state == TrackingState::Ended)
        return tr("The conversation has ended.");
    if (e->state != TrackingState::Tracked)
        return tr("No agent is connected any more.");
    if (!a.agentParticipantId.isEmpty() && e->agentParticipantId != a.agentParticipantId)
        return tr("Another agent has the conversation now.");
    const View v = view(*e);
    const auto when = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
    };
    // Later activity moves the idle period's start: the stage belongs to a period that is over.
    if (e->lastCustomerMs != kNoTime && e->lastCustomerMs > a.idleSinceMs
        && (v.track != Party::Customer || v.silentSinceMs > a.idleSinceMs))
        return tr("The customer wrote at %1, after the idle period began.")
            .arg(when(e->lastCustomerMs));
    if (v.track != Party::Customer)
        return tr("The customer no longer owes the reply.");
    if (v.silentSinceMs > a.idleSinceMs)
        return tr("The agent wrote at %1, after the idle period began.").arg(when(v.silentSinceMs));
    if (e->resetAtMs > a.idleSinceMs)
        return tr("A supervisor reset the timers at %1.").arg(when(e->resetAtMs));
    if (v.epochStartMs != a.idleSinceMs)
        return tr("The idle period it belonged to is over.");
    // A later stage of the same period was handed out (here, or recorded by another instance)
    // while this one waited: it is overtaken, as when both fall due at once. The customer never
    // gets warning 1 after warning 2, whichever path held it.
    if (const int c = customerStageIndex(a.stage); c > 0 && c < v.level)
        return tr("A later stage of this idle period (%1) was already handed out.")
            .arg(stableName(kCustomerStages[v.level]));
    if (e->exempt)
        return tr("A supervisor exempted the conversation.");
    if (v.awaitingAgentMessage)
        return tr("The agent has not written yet.");
    const StageSpec &spec = policyOf(*e).stage(a.stage);
    if (!spec.enabled)
        return tr("The policy in force no longer has this stage.");
    if (stageDeadline(v.countdownStartMs, spec) > m_clock.nowMs())
        return tr("Not due any more: the countdown was snoozed or the threshold raised.");
    return std::nullopt;
}

ConversationStatus IdleEngine::statusOf(const Entry &e) const
{
    const View v = view(e);
    ConversationStatus s;
    s.conversationId = e.id;
    s.queueId = e.queueId;
    s.state = e.state;
    s.owes = v.owes;
    s.track = v.track;
    s.silentSinceMs = v.silentSinceMs;
    s.epochStartMs = v.epochStartMs;
    s.countdownStartMs = v.countdownStartMs;
    if (v.level > 0)
        s.stage = v.track == Party::Customer ? kCustomerStages[v.level] : kAgentStages[v.level];
    s.nextStage = v.nextStage;
    s.nextAtMs = v.nextAtMs;
    s.waitingSinceMs = e.waitingSinceMs;
    s.exempt = e.exempt;
    s.snoozedUntilMs = e.snoozeUntilMs > m_clock.nowMs() ? e.snoozeUntilMs : kNoTime;
    s.awaitingAgentMessage = v.awaitingAgentMessage;
    s.agentFlagged = v.track == Party::Agent && v.level >= 1;
    return s;
}

std::optional<ConversationStatus> IdleEngine::status(const QString &conversationId) const
{
    const Entry *e = find(conversationId);
    if (!e)
        return std::nullopt;
    return statusOf(*e);
}

QList<ConversationStatus> IdleEngine::statuses() const
{
    QList<ConversationStatus> out;
    out.reserve(m_slots.size());
    for (const Entry &e : m_entries) {
        if (e.inUse)
            out.append(statusOf(e));
    }
    return out;
}

} // namespace IdleGuard
