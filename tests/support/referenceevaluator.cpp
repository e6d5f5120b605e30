#include "referenceevaluator.h"

#include "core/templaterenderer.h"

namespace IdleGuard {

namespace {

const QList<IdleStage> kCustomer {IdleStage::Warning1, IdleStage::Warning2, IdleStage::Close};
const QList<IdleStage> kAgent {IdleStage::AgentFlag, IdleStage::AgentEscalate};

qint64 latest(qint64 a, qint64 b)
{
    return a > b ? a : b;
}

} // namespace

ReferenceEvaluator::Conv &ReferenceEvaluator::conversation(const QString &id)
{
    Conv &c = m_convs[id];
    c.id = id;
    return c;
}

ReferenceEvaluator::Eval ReferenceEvaluator::evaluate(const Conv &c) const
{
    Eval e;
    if (c.state != TrackingState::Tracked)
        return e;
    const Policy &p = m_policies.forQueue(c.queueId);

    // Straight from the history: the latest counted message of each side.
    qint64 customer = kNoTime;
    qint64 agent = kNoTime;
    for (const Message &m : c.messages) {
        if (m.sender == Party::Customer)
            customer = latest(customer, m.atMs);
        const bool own = m.flaggedOwn || (!m.id.isEmpty() && c.ownIds.contains(m.id));
        if (m.sender == Party::Agent && !own)
            agent = latest(agent, m.atMs);
    }
    qint64 customerTyping = kNoTime;
    qint64 agentTyping = kNoTime;
    for (const Typing &t : c.typing) {
        if (!p.countTyping)
            break;
        if (t.party == Party::Customer)
            customerTyping = latest(customerTyping, t.atMs);
        if (t.party == Party::Agent)
            agentTyping = latest(agentTyping, t.atMs);
    }
    const qint64 k = c.agentConnectedMs;

    if (p.mode == PolicyMode::TurnAware) {
        const bool customerSpokeLast
            = customer != kNoTime && (agent == kNoTime || customer > agent);
        e.owes = e.track = customerSpokeLast ? Party::Agent : Party::Customer;
        e.silentSince = customerSpokeLast ? latest(latest(customer, k), agentTyping)
                                          : latest(latest(agent, k), customerTyping);
    } else if (p.mode == PolicyMode::AnyActivity) {
        e.owes = Party::Either;
        e.track = Party::Customer;
        e.silentSince
            = latest(latest(latest(customer, agent), k), latest(customerTyping, agentTyping));
    } else {
        e.owes = e.track = Party::Customer;
        e.silentSince = latest(latest(customer, k), customerTyping);
    }
    e.awaiting
        = e.track == Party::Customer && p.requireAgentMessage && !(agent != kNoTime && agent >= k);
    e.epochStart = latest(e.silentSince, c.resetAtMs);
    e.countdownStart = latest(e.epochStart, c.snoozeUntilMs);

    const QList<IdleStage> &stages = e.track == Party::Customer ? kCustomer : kAgent;
    for (const Executed &x : c.executed) {
        const int index = int(stages.indexOf(x.stage)) + 1;
        if (index > 0 && x.atMs >= e.epochStart && index > e.level)
            e.level = index;
    }
    if (c.exempt || e.awaiting)
        return e;
    for (int i = e.level; i < stages.size(); ++i) {
        if (p.stage(stages[i]).enabled) {
            e.next = stages[i];
            e.nextAt = e.countdownStart + qint64(p.stage(stages[i]).afterSeconds) * 1000;
            break;
        }
    }
    return e;
}

QList<IdleAction> ReferenceEvaluator::actionsFor(const Conv &c, const Eval &e, IdleStage stage,
                                                 qint64 dueAt, qint64 now,
                                                 const QString &actor) const
{
    const Policy &p = m_policies.forQueue(c.queueId);
    QList<IdleAction::Kind> kinds;
    if (stage == IdleStage::Warning1 || stage == IdleStage::Warning2)
        kinds << IdleAction::Kind::SendWarning;
    if (stage == IdleStage::Close) {
        if (!p.close.message.isEmpty())
            kinds << IdleAction::Kind::SendClosingMessage;
        kinds << IdleAction::Kind::Disconnect;
    }
    if (stage == IdleStage::AgentFlag)
        kinds << IdleAction::Kind::FlagAgent;
    if (stage == IdleStage::AgentEscalate)
        kinds << IdleAction::Kind::EscalateAgent;

    QList<IdleAction> out;
    for (IdleAction::Kind kind : kinds) {
        IdleAction a;
        a.kind = kind;
        a.stage = stage;
        a.conversationId = c.id;
        a.queueId = c.queueId;
        a.agentParticipantId = c.agentParticipantId;
        a.agentUserId = c.agentUserId;
        a.closeScope = p.closeScope;
        a.wrapUpCode = p.wrapUpCode;
        a.dueAtMs = dueAt;
        a.issuedAtMs = now;
        a.idleSinceMs = e.epochStart;
        a.actor = actor;
        a.policyRevision = m_revision;
        if (a.sendsMessage()) {
            const LocalizedText &message = p.stage(stage).message;
            // The fallback chain spelled out: exact tag, base language, default language.
            const QString tag = LocalizedText::normalizedTag(c.language);
            QString chosen;
            if (!tag.isEmpty() && message.hasLanguage(tag))
                chosen = tag;
            else if (!tag.isEmpty() && message.hasLanguage(tag.section(u'-', 0, 0)))
                chosen = tag.section(u'-', 0, 0);
            else
                chosen = LocalizedText::normalizedTag(p.defaultLanguage);
            a.language = chosen;
            TemplateContext context;
            context.customerName = c.customerName;
            context.agentName = c.agentName;
            context.queueName = c.queueName;
            context.idleMinutes = int(qMax<qint64>(0, now - e.silentSince) / 60000);
            if (p.close.enabled && stage != IdleStage::Close) {
                const qint64 left = e.countdownStart + qint64(p.close.afterSeconds) * 1000 - now;
                context.closeInMinutes = int(qMax<qint64>(0, (left + 59999) / 60000));
            }
            a.text = TemplateRenderer::render(message.text(chosen), context);
        }
        out << a;
    }
    return out;
}

QList<IdleAction> ReferenceEvaluator::takeDue(qint64 now)
{
    QList<IdleAction> out;
    for (Conv &c : m_convs) {
        const Eval e = evaluate(c);
        if (e.nextAt > now)
            continue;
        const Policy &p = m_policies.forQueue(c.queueId);
        const QList<IdleStage> &stages = e.track == Party::Customer ? kCustomer : kAgent;
        IdleStage furthest = IdleStage::None;
        qint64 furthestAt = 0;
        for (int i = e.level; i < stages.size(); ++i) {
            const StageSpec &s = p.stage(stages[i]);
            const qint64 at = e.countdownStart + qint64(s.afterSeconds) * 1000;
            if (s.enabled && at <= now) {
                furthest = stages[i];
                furthestAt = at;
            }
        }
        out += actionsFor(c, e, furthest, furthestAt, now, QString());
        c.executed.append({furthest, now});
    }
    return out;
}

qint64 ReferenceEvaluator::nextDeadline() const
{
    qint64 best = kNoDeadline;
    for (const Conv &c : m_convs)
        best = qMin(best, evaluate(c).nextAt);
    return best;
}

ConversationStatus ReferenceEvaluator::status(const QString &id, qint64 now) const
{
    const Conv &c = m_convs[id];
    const Eval e = evaluate(c);
    ConversationStatus s;
    s.conversationId = c.id;
    s.queueId = c.queueId;
    s.state = c.state;
    s.owes = e.owes;
    s.track = e.track;
    s.silentSinceMs = e.silentSince;
    s.epochStartMs = e.epochStart;
    s.countdownStartMs = e.countdownStart;
    if (e.level > 0)
        s.stage = (e.track == Party::Customer ? kCustomer : kAgent).at(e.level - 1);
    s.nextStage = e.next;
    s.nextAtMs = e.nextAt;
    s.exempt = c.exempt;
    s.snoozedUntilMs = c.snoozeUntilMs > now ? c.snoozeUntilMs : kNoTime;
    s.awaitingAgentMessage = e.awaiting;
    s.agentFlagged = e.track == Party::Agent && e.level >= 1;
    return s;
}

QList<IdleAction> ReferenceEvaluator::warnNow(const QString &id, qint64 now, const QString &actor)
{
    Conv &c = m_convs[id];
    if (c.state != TrackingState::Tracked)
        return {};
    const Policy &p = m_policies.forQueue(c.queueId);
    const Eval e = evaluate(c);
    QList<IdleStage> enabled;
    for (IdleStage s : {IdleStage::Warning1, IdleStage::Warning2}) {
        if (p.stage(s).enabled)
            enabled << s;
    }
    if (enabled.isEmpty())
        return {};
    IdleStage stage = enabled.last(); // both went out: the last one again
    for (IdleStage s : enabled) {
        if (e.track != Party::Customer || kCustomer.indexOf(s) + 1 > e.level) {
            stage = s;
            break;
        }
    }
    const QList<IdleAction> out = actionsFor(c, e, stage, now, now, actor);
    if (e.track == Party::Customer)
        c.executed.append({stage, now});
    return out;
}

QList<IdleAction> ReferenceEvaluator::disconnectNow(const QString &id, qint64 now,
                                                    const QString &actor)
{
    Conv &c = m_convs[id];
    if (c.state != TrackingState::Tracked)
        return {};
    const Eval e = evaluate(c);
    const QList<IdleAction> out = actionsFor(c, e, IdleStage::Close, now, now, actor);
    c.executed.append({IdleStage::Close, now});
    return out;
}

} // namespace IdleGuard
