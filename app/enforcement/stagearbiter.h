#pragma once

#include "actionexecutor.h"
#include "core/conversation.h"
#include "core/conversationstatus.h"
#include "core/idleaction.h"
#include "core/stagerecord.h"
#include "genesys/backoffpolicy.h"
#include "stageclaim.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace IdleGuard {
class Clock;
class IdleEngine;
namespace Genesys {
class GenesysApi;
}
} // namespace IdleGuard

namespace IdleGuard::Enforcement {

// Decides, for each automatic customer-track stage the engine hands out, whether this instance
// carries it out, and only on knowledge that is current:
// - Claims between instances: shortly before a stage falls due it claims the stage on the agent
//   participant (StageClaim); at the deadline the instance whose claim survived acts, the
//   others stand by and take over only if no stage record appears within takeoverAfterMs.
//   A current rival claim is never overwritten, and a claim that cannot be confirmed as
//   current never leads to a send.
// - Fresh reads: a stage that is late (freshReadAfterMs), fell due while the feed was not live,
//   or waits on a claim that does not show, is carried out only after the conversation has been
//   read again and the engine, given what was read, still wants it. Otherwise it is dropped as
//   stale (the customer or agent wrote, a supervisor reset it, ...) or left to the instance that
//   recorded it, journaled `skipped` with the reason and logged as a warning. Fresh reads run
//   through a backlog in deadline order, a few at a time; on-time stages with a live feed cost
//   no read.
// It lives inside the EnforcementWorker (its thread, its agenda) and is rebuilt at every start.
class StageArbiter final : public QObject
{
    Q_OBJECT

public:
    // Without claims, what a stage's request needs is still fetched this long before it.
    static constexpr qint64 kPrepareLeadMs = 2'000;
    // Claims go out this much before claimLeadMs ahead of the deadline, for their round trip.
    static constexpr qint64 kClaimMarginMs = 1'000;
    // After this many takeovers whose claim never showed (a rival that keeps winning but never
    // acts), the stage is carried out rather than left to lapse.
    static constexpr int kMaxTakeovers = 2;
    // A stage whose first request was held back longer than this past its deadline (a long
    // Retry-After) is decided again on a fresh read, even with the feed live throughout.
    static constexpr qint64 kHeldBackBoundMs = 30'000;
    // A claim written with the previous stage's record is written only while its stage is at
    // least this much further away than the claim lead: rivals claim within the lead, so none
    // has claimed it yet.
    static constexpr qint64 kEarlyClaimSlackMs = 10'000;

    struct Settings
    {
        QString instanceId;
        qint64 claimLeadMs = 2'000; // 0: no claims
        qint64 takeoverAfterMs = 30'000;
        qint64 freshReadAfterMs = 5'000;
        int freshReadConcurrency = 4;
        Genesys::BackoffPolicy backoff {2'000, 30'000, 3}; // for reads and claims tried again
    };

    // What the arbiter borrows from the worker that owns it.
    class Host
    {
    public:
        virtual ~Host() = default;
        virtual void later(qint64 delayMs, std::function<void()> then) = 0;
        virtual const Conversation *conversation(const QString &conversationId) const = 0;
        // A conversation as just read: into the worker's snapshot and the engine.
        virtual void takeConversation(const Conversation &conversation) = 0;
        virtual void execute(const QList<IdleAction> &actions) = 0;
        // A fresh read finished: re-arm, and say whether everything is settled.
        virtual void afterRead() = 0;
        // A stage of this conversation started or stopped waiting for a fresh read.
        virtual void heldChanged(const QString &conversationId) = 0;
    };

    struct Counters
    {
        int deferred = 0; // found done by another instance
        int stale = 0; // dropped: the conversation moved on
        int freshReads = 0;
    };

    StageArbiter(Host &host, const Clock &clock, IdleEngine &engine, Genesys::GenesysApi &api,
                 ActionExecutor &executor, const Settings &settings, QObject *parent = nullptr);
    ~StageArbiter() override;

    void setObserveOnly(bool observeOnly) { m_observeOnly = observeOnly; }
    // While the feed is not live nothing is claimed ahead, and every stage that falls due is
    // carried out only after a fresh read.
    void setFeedLive(bool live);
    bool feedLive() const { return m_feedLive; }

    // The actions of one due automatic customer-track stage (closing message + disconnect go
    // together).
    void arbitrate(const QList<IdleAction> &actions);
    // Claims (or prepares) the stages falling due within the lead; nextLookAheadMs() says when
    // that next has something to do (now, when something is waiting).
    void lookAhead();
    qint64 nextLookAheadMs() const;
    // The conversation has ended: its claims are forgotten.
    void forget(const QString &conversationId);

    // Why an automatic action must not go out any more (ActionExecutor::StillWanted).
    // A stage held back (rate limit, retry) while the feed was down or past freshReadAfterMs is
    // given back to the engine, to be handed out again and decided on a fresh read.
    QString stillWanted(const IdleAction &action, bool firstOfStage, bool heldBack,
                        qint64 decidedAtMs);
    // Why an intent resumed after a restart must not be carried out (ActionExecutor::ResumeCheck).
    QString resumeCheck(const IdleAction &action, const Conversation &fresh);
    // The claim on the next customer stage of the same idle period, to be written with the
    // record of `done` (ActionExecutor::RecordExtras): that stage then costs no claim of its
    // own. Nothing when claims are off, the feed is not live, or the next stage is so close
    // that a rival may already be claiming it.
    ActionExecutor::RecordExtra nextClaim(const IdleAction &done);

    int held() const { return m_verifying; }
    bool isHeld(const QString &conversationId) const { return m_heldIn.contains(conversationId); }
    const Counters &counters() const { return m_counters; }

private:
    struct Stage;
    using StagePtr = std::shared_ptr<Stage>;

    static QString claimKey(const QString &conversationId, IdleStage stage, qint64 idleSinceMs);
    bool wantsClaim(const ConversationStatus &status, qint64 now) const;
    void sendClaim(const QString &conversationId, const QString &participantId,
                   const StageClaim &claim, std::function<void()> landed = {});
    const Participant *leg(const QString &conversationId, const QString &participantId) const;
    std::optional<StageClaim> currentClaim(const QString &conversationId,
                                           const QString &participantId) const;
    std::optional<StageRecord> currentRecord(const QString &conversationId,
                                             const QString &participantId) const;

    void decide(const StagePtr &group);
    void standBy(const StagePtr &group, const StageClaim &winner);
    bool needsFreshRead(const Stage &group) const;
    void verify(const StagePtr &group);
    void pumpBacklog();
    void readFresh(const StagePtr &group);
    void judgeFresh(const StagePtr &group, const Conversation &fresh);
    void claimAndRecheck(const StagePtr &group);
    void act(const StagePtr &group);
    void dropStale(const StagePtr &group, const QString &why);
    void leaveToOther(const StagePtr &group, const QString &why);
    void release(Stage &group);
    // Why the stage is already done according to the feed's latest snapshot (a record of it, or
    // of a later stage, for its idle period), or nullopt.
    std::optional<QString> recordedAlready(const IdleAction &action) const;

    Host &m_host;
    const Clock &m_clock;
    IdleEngine &m_engine;
    Genesys::GenesysApi &m_api;
    ActionExecutor &m_executor;
    Settings m_settings;
    bool m_observeOnly = false;
    bool m_feedLive = true;
    qint64 m_feedLiveSinceMs = kNoTime; // when the feed last became live
    QHash<QString, qint64> m_claimsSent; // claimKey -> when the claim landed (0: on its way)
    QSet<QString> m_confirmed; // claimKeys of late stages decided on a fresh read
    std::deque<StagePtr> m_backlog; // waiting for a fresh read, by deadline
    int m_freshReads = 0; // fresh reads under way
    int m_verifying = 0; // stages between a fresh read's start and acting or dropping
    QHash<QString, int> m_heldIn; // conversation -> its stages counted in m_verifying
    // Later stages of a conversation whose earlier stage is held for a fresh read: they wait for
    // it, so that warning 2 never goes out before warning 1 (the soak saw it after a restart).
    QHash<QString, QList<QList<IdleAction>>> m_behind;
    Counters m_counters;
};

} // namespace IdleGuard::Enforcement
