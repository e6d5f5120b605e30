#pragma once

#include "clock.h"
#include "conversation.h"
#include "conversationstatus.h"
#include "idleaction.h"
#include "overrideoutcome.h"
#include "overriderecord.h"
#include "policyset.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <array>
#include <functional>
#include <optional>
#include <set>
#include <utility>
#include <vector>

namespace IdleGuard {

// The idle policy engine: pure, deterministic logic on an injected clock (docs/policy.md).
//
// Fed conversation snapshots, messages, typing, attributes, policy changes and supervisor
// overrides, it says which actions are due now (takeDueActions) and when the next one will be
// (nextDeadlineMs), and describes every conversation's idle state for the table (status).
// It owns no timer and does no I/O: the worker arms a timer for nextDeadlineMs() and calls
// takeDueActions() when it fires.
//
// Cost: an update or a due action costs O(log n) in the number of conversations (a deadline
// index ordered by time); nextDeadlineMs() is O(1); a policy change re-evaluates all, O(n log n).
class IdleEngine final
{
    Q_DECLARE_TR_FUNCTIONS(IdleEngine)

public:
    static constexpr int kMaxSnoozeMinutes = 8 * 60;

    explicit IdleEngine(const Clock &clock, const PolicySet &policies = PolicySet());
    Q_DISABLE_COPY_MOVE(IdleEngine)

    // Refuses an invalid set (returning why) and keeps the previous one in force. A valid set
    // re-evaluates every running timer at once; executed stages are never repeated.
    PolicyErrors setPolicies(const PolicySet &policies);
    const PolicySet &policies() const { return m_policies; }
    int policyRevision() const { return m_policyRevision; }

    // Conversation input. A snapshot replaces what is known of the participants; times only
    // move forward, so a stale snapshot never undoes a newer message.
    void updateConversation(const Conversation &conversation);
    void removeConversation(const QString &conversationId);
    void addMessage(const QString &conversationId, const MessageRef &message);
    void addTyping(const QString &conversationId, Party party, qint64 atMs);
    void updateAttributes(const QString &conversationId, const QHash<QString, QString> &attributes);
    // A message Idle Guard sent: its echo never counts as activity, even if it came first.
    void ownMessageSent(const QString &conversationId, const QString &messageId);

    // Supervisor overrides; actor is the supervisor's user id.
    OverrideOutcome snooze(const QString &conversationId, int minutes, const QString &actor);
    OverrideOutcome setExempt(const QString &conversationId, bool exempt, const QString &actor);
    OverrideOutcome reset(const QString &conversationId, const QString &actor);
    OverrideOutcome warnNow(const QString &conversationId, const QString &actor);
    OverrideOutcome disconnectNow(const QString &conversationId, const QString &actor);
    // The conversation's overrides as they stand (to write onto the conversation for the other
    // instances), with the time of the newest.
    std::optional<OverrideRecord> overrides(const QString &conversationId) const;

    // The actions due at the clock's now, in deadline order; each stage is handed out once.
    QList<IdleAction> takeDueActions();
    qint64 nextDeadlineMs() const; // kNoDeadline when nothing is scheduled
    // Walks the scheduled stages in deadline order, soonest first, until `visit` returns false:
    // how the worker looks ahead to claim stages shortly before they fall due.
    void visitUpcoming(const std::function<bool(const ConversationStatus &)> &visit) const;

    // A stage handed out by takeDueActions() at `handedOutAtMs` (IdleAction::issuedAtMs) that was
    // not carried out after all (dropped as stale): it no longer counts as executed, so it can
    // fall due again when its time comes. A later hand-out of the same stage (a newer idle
    // period) or a record of it stands: withdrawing an old one never re-opens those.
    void withdrawStage(const QString &conversationId, IdleStage stage, qint64 handedOutAtMs);
    // Why an automatic customer-track stage handed out earlier should no longer be carried out
    // (the customer or the agent wrote since its idle period began, a reset, a snooze, an
    // exemption, another agent, the conversation ended), in words for the journal; nullopt while
    // it still stands. Asked again right before acting on knowledge that may be stale.
    std::optional<QString> whyNotDue(const IdleAction &action) const;

    std::optional<ConversationStatus> status(const QString &conversationId) const;
    QList<ConversationStatus> statuses() const;
    bool contains(const QString &conversationId) const { return m_slots.contains(conversationId); }
    int conversationCount() const { return int(m_slots.size()); }

private:
    static constexpr int kAgentHistory = 6;
    static constexpr int kPendingOwn = 4;

    // The latest agent messages, so that one reported as Idle Guard's own after it was
    // counted can be taken back.
    struct AgentMessage
    {
        size_t idHash = 0;
        qint64 atMs = kNoTime;
        bool own = false;
    };

    struct Entry
    {
        QString id;
        QString queueId;
        QString queueName;
        QString language;
        QString customerName;
        QString agentName;
        QString agentParticipantId;
        QString agentUserId;
        TrackingState state = TrackingState::NoAgent;
        bool exempt = false;
        bool inUse = false;
        quint8 pendingOwnNext = 0;
        qint64 agentConnectedMs = kNoTime;
        qint64 waitingSinceMs = kNoTime;
        qint64 lastCustomerMs = kNoTime;
        qint64 customerTypingMs = kNoTime;
        qint64 agentTypingMs = kNoTime;
        qint64 agentFloorMs = kNoTime; // latest counted agent message pushed out of agentMessages
        qint64 resetAtMs = kNoTime;
        qint64 snoozeUntilMs = kNoTime;
        qint64 overrideAtMs = kNoTime; // when the newest override (here or elsewhere) was set
        qint64 indexedDeadlineMs = kNoDeadline;
        std::array<qint64, 4> customerStageAt {kNoTime, kNoTime, kNoTime, kNoTime}; // [1..3]
        std::array<qint64, 3> agentStageAt {kNoTime, kNoTime, kNoTime}; // [1..2]
        std::array<AgentMessage, kAgentHistory> agentMessages {};
        std::array<size_t, kPendingOwn> pendingOwn {};
    };

    // The idle state of one entry under its policy, independent of "now".
    struct View
    {
        Party owes = Party::None;
        Party track = Party::None;
        qint64 silentSinceMs = kNoTime;
        qint64 epochStartMs = kNoTime; // stages executed at or after this belong to this period
        qint64 countdownStartMs = kNoTime;
        int level = 0; // last executed stage index within the track
        IdleStage nextStage = IdleStage::None;
        qint64 nextAtMs = kNoDeadline;
        bool awaitingAgentMessage = false;
    };

    Entry *find(const QString &id);
    const Entry *find(const QString &id) const;
    quint32 slotFor(const QString &id);
    // The entry an override acts on, or nullptr with refusal->reason set.
    Entry *overrideTarget(const QString &conversationId, const QString &actor,
                          OverrideOutcome *refusal);
    const Policy &policyOf(const Entry &e) const { return m_policies.forQueue(e.queueId); }
    View view(const Entry &e) const;
    void reindex(quint32 slot);
    void ingest(Entry &e, const MessageRef &message);
    void ingestAttributes(Entry &e, const QHash<QString, QString> &attributes);
    void markExecuted(Entry &e, IdleStage stage, qint64 atMs);
    qint64 agentActivityMs(const Entry &e) const;
    QString intern(const QString &s);
    IdleAction makeAction(const Entry &e, const View &v, IdleAction::Kind kind, IdleStage stage,
                          qint64 dueAtMs, const QString &actor) const;
    void appendStageActions(const Entry &e, const View &v, IdleStage stage, qint64 dueAtMs,
                            const QString &actor, QList<IdleAction> *out) const;
    ConversationStatus statusOf(const Entry &e) const;

    const Clock &m_clock;
    PolicySet m_policies;
    int m_policyRevision = 1;
    std::vector<Entry> m_entries;
    std::vector<quint32> m_freeSlots;
    QHash<QString, quint32> m_slots;
    std::set<std::pair<qint64, quint32>> m_deadlines;
    QSet<QString> m_interned; // queue ids, names and languages are shared by many conversations
};

} // namespace IdleGuard
