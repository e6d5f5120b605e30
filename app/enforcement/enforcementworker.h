#pragma once

#include "actionexecutor.h"
#include "actionreport.h"
#include "conversationrow.h"
#include "core/conversation.h"
#include "core/idleengine.h"
#include "core/overrideoutcome.h"
#include "core/policyerror.h"
#include "core/policyset.h"
#include "core/stagerecord.h"
#include "genesys/backoffpolicy.h"
#include "genesys/environment.h"
#include "genesys/ratebudget.h"
#include "stagearbiter.h"
#include "statusstream.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <map>
#include <memory>

namespace IdleGuard {
class AuditJournal;
class Clock;
namespace Genesys {
class GenesysApi;
class RestClient;
} // namespace Genesys
} // namespace IdleGuard

namespace IdleGuard::Enforcement {

class EnforcerTestAccess; // defined by the tests only

// Counts for a status line (the headless log, the dashboard's status bar).
struct WorkerSummary
{
    int tracked = 0; // conversations the engine knows
    int running = 0; // with a countdown running
    int busy = 0; // actions queued or in flight
    int succeeded = 0;
    int skipped = 0;
    int failed = 0;
    int observed = 0;
    int deferred = 0; // stages found done by another instance (claimed by it, or recorded)
    int stale = 0; // stages dropped: the conversation moved on before they could be carried out
    int held = 0; // stages waiting for a fresh read of their conversation before acting
    int freshReads = 0; // conversations read again before a late or unconfirmed stage
    int backlog = 0; // stages past their deadline waiting for the rate budget, oldest first
    qint64 backlogLatenessMs = 0; // how far past its deadline the oldest of them is
    int reconciled = 0;
    bool feedLive = true; // what the worker was last told about the feed
};

// The enforcer's heart, meant to live on its own QThread: it owns the idle engine, the action
// executor, its own REST client and the audit journal, and acts on the engine's deadlines with
// one precise timer, re-armed after every change (no polling tick). Everything reaches it
// through queued calls of its slots (conversation updates from the feed, policies, supervisor
// overrides, tokens); everything leaves through signals; it never blocks (requests are
// asynchronous).
//
// Start-up: opens the journal, reconciles the intents a crash left pending (reading each
// conversation before anything is retried), and only then starts acting.
//
// Two instances on the same queues: shortly before a customer-track stage falls due the worker
// claims it on the agent participant (StageClaim); at the deadline the instance whose claim
// survived acts and the others stand by, taking over only if no stage record appears within
// takeoverAfterMs. In observe-only mode it computes everything and acts on nothing automatic.
//
// The dashboard's rows come from here too (StatusStream): whatever may change a row marks it,
// and the changed rows go out in coalesced batches (statusesChanged), the whole list on request.
class EnforcementWorker final : public QObject,
                                private StageArbiter::Host,
                                private StatusStream::Source
{
    Q_OBJECT

public:
    struct Settings
    {
        Genesys::Environment environment;
        QString journalPath;
        QString instanceId = QStringLiteral("idleguard");
        bool observeOnly = false;
        qint64 claimLeadMs = 2'000; // 0: no claims (only one instance watches these queues)
        qint64 takeoverAfterMs = 30'000;
        // A customer-track stage later than this after its deadline (or due while the feed was
        // not live, or resumed after a restart) is carried out only after its conversation was
        // read again and still wants it: what the worker knew may be stale.
        qint64 freshReadAfterMs = 5'000;
        // Fresh reads under way at once (the backlog after a feed gap waits its turn).
        int freshReadConcurrency = 4;
        // false: the clock is stepped by a test, which calls wake() after each step.
        bool wallTimer = true;
        // How much faster than real time the clock runs (a sped-up sandbox clock).
        double clockSpeed = 1.0;
        ActionExecutor::Settings executor;
        Genesys::BackoffPolicy restBackoff {500, 30'000, 5};
        int restTimeoutMs = 30'000;
        // The rate budget of the token the worker shares with the feed; null: its own.
        std::shared_ptr<Genesys::RateBudget> rateBudget;
        // After a 401, how long requests wait for the new token the owner brings.
        qint64 tokenWaitMs = 60'000;
    };

    EnforcementWorker(const Clock &clock, const Settings &settings, QObject *parent = nullptr);
    ~EnforcementWorker() override;

    const Settings &settings() const { return m_settings; }
    bool isReady() const { return m_ready; }
    qint64 timerIntervalMs() const; // -1 when the timer is not armed
    // The clock time the worker next wants to wake at (kNoDeadline: nothing planned); a test
    // stepping the clock steps to it.
    qint64 nextWakeMs() const { return m_nextWakeMs; }
    // Nothing on the wire and nothing due: only time or new input can change anything.
    bool isSettled() const;

public slots:
    // Opens the journal, reconciles, then acts; emits started().
    void start();
    // Stops acting and closes the journal; requests in flight are abandoned (their intents stay
    // pending and are reconciled at the next start).
    void stop();
    void setAccessToken(const QString &token);
    void setPolicies(const IdleGuard::PolicySet &policies);
    void setObserveOnly(bool observeOnly);
    // Whether the feed that brings the conversations is live (NotificationFeed::liveChanged).
    // While it is not, the worker claims nothing ahead, and every stage that falls due is
    // carried out only after a fresh read of its conversation.
    void setFeedLive(bool live);
    void updateConversation(const IdleGuard::Conversation &conversation);
    void removeConversation(const QString &conversationId);

    // Supervisor overrides and actions, carried out on the same path as automatic ones; actor is
    // the supervisor's user id.
    void snooze(const QString &conversationId, int minutes, const QString &actor);
    void setExempt(const QString &conversationId, bool exempt, const QString &actor);
    void reset(const QString &conversationId, const QString &actor);
    void warnNow(const QString &conversationId, const QString &actor);
    // `reason` goes into the journal as the disconnect row's text.
    void disconnectNow(const QString &conversationId, const QString &actor,
                       const QString &reason = {});

    // Time moved (a stepped clock): do what fell due and re-arm.
    void wake();
    void requestSummary();
    // Every row now (statusesReady), for a receiver that starts afresh.
    void requestStatuses();
    // The rows changed since the last batch, now rather than when the batch falls due (a
    // stepped clock's tests; wake() also sends a batch once one is due).
    void flushStatuses();

signals:
    void started(bool ok, const QString &error);
    void reconciliationFinished(int intents);
    void actionFinished(const IdleGuard::Enforcement::ActionReport &report);
    void policiesApplied(int revision); // a valid set is in force
    void policiesRejected(const IdleGuard::PolicyErrors &errors);
    void observeOnlyChanged(bool observeOnly); // the answer to every setObserveOnly()
    void overrideFinished(const QString &conversationId, const IdleGuard::OverrideOutcome &outcome);
    void summaryReady(const IdleGuard::Enforcement::WorkerSummary &summary);
    // The token was refused (401): the owner signs in again and calls setAccessToken().
    void unauthorized();
    // Nothing queued, in flight or waiting to be claimed: what tests wait for after a step.
    void settled();
    // The rows that changed since the last batch and the conversations gone, at most every
    // StatusStream::kIntervalMs; every batch and list has a higher revision than the one before.
    void statusesChanged(const QList<IdleGuard::Enforcement::ConversationRow> &changed,
                         const QStringList &removed, quint64 revision);
    void statusesReady(const QList<IdleGuard::Enforcement::ConversationRow> &rows,
                       quint64 revision);

private:
    friend class EnforcerTestAccess;
    // Tests reach the engine through EnforcerTestAccess; nothing else may read it across threads.
    IdleEngine &engine() { return m_engine; }

    void onTimer();
    void later(qint64 delayMs, std::function<void()> then) override;
    void runAgenda();
    void dispatch(const QList<IdleAction> &actions);
    void execute(const QList<IdleAction> &actions) override;
    const Conversation *conversation(const QString &conversationId) const override;
    void takeConversation(const Conversation &conversation) override;
    void afterRead() override;
    void heldChanged(const QString &conversationId) override;
    // StatusStream::Source
    QStringList conversationIds() const override;
    std::optional<ConversationStatus> status(const QString &conversationId) const override;
    const Conversation *snapshot(const QString &conversationId) const override;
    bool isHeld(const QString &conversationId) const override;
    bool observeOnly() const override { return m_settings.observeOnly; }
    QString instanceId() const override { return m_settings.instanceId; }
    // A finished action reaches the rows, then the receivers.
    void report(const ActionReport &report);
    void onFinished(const ActionReport &report);
    void finishOverride(const QString &conversationId, const OverrideOutcome &outcome);
    // Warn now, disconnect now: what the engine handed out goes to the executor as one stage.
    void carryOut(const QString &conversationId, OverrideOutcome outcome);
    void journalOverride(IdleAction::Kind kind, const QString &conversationId, const QString &actor,
                         qint64 dueAtMs = kNoTime);
    // Only computes and arms the timer; never sends anything (so it cannot re-enter itself
    // through a request's delay hook).
    void rearm();
    void checkSettled();

    const Clock &m_clock;
    Settings m_settings;
    IdleEngine m_engine;
    std::unique_ptr<AuditJournal> m_journal;
    std::unique_ptr<Genesys::RestClient> m_client;
    std::unique_ptr<Genesys::GenesysApi> m_api;
    std::unique_ptr<ActionExecutor> m_executor;
    std::unique_ptr<StageArbiter> m_arbiter;
    QTimer *m_timer = nullptr;
    bool m_ready = false; // journal open and reconciliation done
    QString m_token;
    QHash<QString, Conversation> m_conversations; // the latest snapshot of each
    // Stages this instance finished (or found finished) that the feed may not show yet.
    QHash<QString, StageRecord> m_localRecords;
    std::multimap<qint64, std::function<void()>> m_agenda; // clock time -> what
    qint64 m_nextWakeMs = kNoDeadline;
    int m_reconciling = 0;
    bool m_feedLive = true;
    WorkerSummary m_summary;
    StatusStream m_status;
    // How deep rearm() is nested (it must never be) and how often it ran: for the tests.
    int m_rearmDepth = 0;
    int m_maxRearmDepth = 0;
    quint64 m_rearms = 0;
};

} // namespace IdleGuard::Enforcement

Q_DECLARE_METATYPE(IdleGuard::Enforcement::WorkerSummary)
