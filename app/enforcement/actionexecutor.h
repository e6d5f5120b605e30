#pragma once

#include "actionjob.h"
#include "actionreport.h"
#include "budgetqueue.h"
#include "core/idleaction.h"
#include "core/journalentry.h"
#include "core/overriderecord.h"
#include "genesys/apiresult.h"
#include "genesys/backoffpolicy.h"
#include "genesys/restclient.h"
#include "sentmessagelookup.h"
#include "stagerecorder.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QSet>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace IdleGuard {
class AuditJournal;
class Clock;
struct Conversation;
namespace Genesys {
class GenesysApi;
}
} // namespace IdleGuard

namespace IdleGuard::Enforcement {

class EnforcerTestAccess; // defined by the tests only

// Carries out the engine's actions on Genesys Cloud exactly once, with the audit journal as its
// memory. For each action: the intent is journaled (synced) before any request; the request goes
// out (a message on the agent's communication, an agent disconnect with its wrap-up code, or a
// teardown); the executed stage is written onto the agent participant's attributes; the result is
// journaled. Outcomes follow one rule set: a conversation or participant that ended meanwhile
// (404, or 409 on the first attempt) is skipped; 429 waits (the REST client); 5xx and timeouts
// are retried with backoff up to a bound, then failed. A message send whose answer was lost is
// never repeated before the conversation has been read for it.
//
// Actions on one conversation run one after another (the closing message before the
// disconnect); different conversations run side by side. All waiting goes through the injected
// Wait, so the worker's one timer and its clock drive it. The attribute writes are the
// StageRecorder's, the looks for a message sent without a clear answer the SentMessageLookup's,
// the wait for the rate budget the BudgetQueue's.
class ActionExecutor final : public QObject
{
    Q_OBJECT

public:
    using Wait = std::function<void(qint64 ms, std::function<void()> then)>;
    // The message ids the conversation already lists as Idle Guard's (StageRecord::kMessagesKey).
    using ListedMessages = StageRecorder::ListedMessages;

    struct Settings
    {
        // Sends tried at most this often in all (a lost answer is checked for in between).
        int maxSendAttempts = 3;
        Genesys::BackoffPolicy backoff {2'000, 30'000, 3};
        // A sent message is looked for among the agent leg's messages stamped at most this long
        // before the request went out (clocks differ).
        qint64 lookBackMs = 5'000;
        // Whether a close whose disconnect ends the agent's leg may leave out its record. Only
        // where no other instance watches (no claims): another instance would take the closing
        // message, not listed as Idle Guard's, for the agent's reply until the leg ends.
        bool closeWithoutRecord = false;
    };

    ActionExecutor(Genesys::GenesysApi &api, AuditJournal &journal, const Clock &clock, Wait wait,
                   QObject *parent = nullptr);
    ~ActionExecutor() override;

    void setSettings(const Settings &settings);
    void setListedMessages(ListedMessages listed)
    {
        m_recorder.setListedMessages(std::move(listed));
    }
    // Asked right before an automatic action's first request: why it must not go out any more
    // (another instance took the stage over; for the first action of a stage also that the
    // conversation moved on while it waited), or an empty string. The action is then skipped.
    // `heldBack`: the request waited (rate limit, a retry) since the stage was decided, at
    // `decidedAtMs` (when it reached the executor: after any fresh read and claim).
    using StillWanted = std::function<QString(const IdleAction &action, bool firstOfStage,
                                              bool heldBack, qint64 decidedAtMs)>;
    void setStillWanted(StillWanted check) { m_stillWanted = std::move(check); }
    // Asked after a restart, with the conversation as just read, before an intent that did not
    // go out is carried out after all: why it must not be (empty: carry it out).
    using ResumeCheck = std::function<QString(const IdleAction &action, const Conversation &fresh)>;
    void setResumeCheck(ResumeCheck check) { m_resumeCheck = std::move(check); }
    // The override state to write for a conversation (the engine's, after the override).
    using CurrentOverrides = std::function<std::optional<OverrideRecord>(const QString &)>;
    void setCurrentOverrides(CurrentOverrides overrides) { m_overrides = std::move(overrides); }
    // Whether a conversation is still followed (caches are only kept for those).
    using Known = std::function<bool(const QString &conversationId)>;
    void setKnown(Known known) { m_known = std::move(known); }
    // The agent leg's communication id as the feed already shows it (the customer's peer), or
    // empty: saves reading the conversation for it. A send the platform refuses on it (400,
    // 404, 409) reads the id and goes once more.
    using CommunicationHint
        = std::function<QString(const QString &conversationId, const QString &participantId)>;
    void setCommunicationHint(CommunicationHint hint) { m_communicationHint = std::move(hint); }
    // Attributes to write in the same PATCH as a stage's record (the claim on the next stage of
    // the idle period, StageArbiter::nextClaim), and whom to tell whether that write landed.
    using RecordExtra = StageRecorder::RecordExtra;
    using RecordExtras = StageRecorder::RecordExtras;
    void setRecordExtras(RecordExtras extras) { m_recorder.setRecordExtras(std::move(extras)); }

    // Journals the intent at once, so the intents of a stage's actions are all on disk before
    // its first request, then runs it after the conversation's earlier actions.
    void execute(const IdleAction &action);
    // The actions of one stage (closing message, disconnect): every intent is journaled before
    // the first request; if the journal refuses one, none of them is carried out.
    void execute(const QList<IdleAction> &actions);
    // Journals a stage that is not carried out (intents and their `skipped` results at once),
    // and reports each action as skipped for `reason`.
    void discard(const QList<IdleAction> &actions, const QString &reason);
    // Finishes an intent found pending after a restart: reads the conversation first, and only
    // does what it finds not done.
    void reconcile(const JournalEntry &entry);

    // Fetches ahead of a deadline what a message to this participant needs (its communication
    // id), so that at the deadline only the message itself goes out.
    void prepare(const QString &conversationId, const QString &participantId);
    // The conversation has ended: drop what is cached about it.
    void forget(const QString &conversationId);

    // Actions queued or running.
    int busyCount() const { return m_busy; }
    // Stages whose first request waits for the rate budget: how many, and the deadline of the
    // oldest (kNoDeadline when none). They go in deadline order as the budget allows.
    using Backlog = BudgetQueue::Backlog;
    Backlog budgetBacklog() const { return m_budget.backlog(); }

signals:
    void finished(const IdleGuard::Enforcement::ActionReport &report);
    // A message Idle Guard sent (or found it had sent): its echo is not activity.
    void ownMessageSent(const QString &conversationId, const QString &messageId);

private:
    friend class EnforcerTestAccess;
    using JobPtr = ActionJobPtr;
    // Jobs alive in this process: a stopped executor must leave none behind (tests).
    static int liveJobs();

    void enqueue(const JobPtr &job);
    void start(const JobPtr &job);
    void run(const JobPtr &job);
    // False (and the job finished as skipped) when another instance took the stage over.
    bool stillOurs(const JobPtr &job);
    void withCommunication(const JobPtr &job, std::function<void()> then);
    // Whether a read refused for now (429, 5xx, no answer) before the stage's first request is
    // tried again kReadAgainMs later instead of failing the stage.
    bool mayReadAgain(const JobPtr &job, const Genesys::ApiResult &result) const;
    static constexpr qint64 kReadAgainMs = 5'000;
    // Runs `then` once the rate budget lets the stage's first request go, checking the stage
    // again after any wait; the rest of a stage goes at once. Stages that must wait queue in
    // deadline order (BudgetQueue).
    void whenBudgetAllows(const JobPtr &job, std::function<void()> then);
    void send(const JobPtr &job);
    // Reads the conversation for the job's message (SentMessageLookup); `found` gets its id, or
    // an empty string when it is not there. The conversation's end and a look that failed
    // finish the job.
    void lookForMessage(const JobPtr &job, std::function<void(const QString &)> found);
    void afterLostSend(const JobPtr &job, const Genesys::ApiResult &result);
    void disconnect(const JobPtr &job);
    // The combined disconnect and wrap-up was refused (a 4xx): the wrap-up code may be what the
    // platform refused, so the agent is disconnected without it.
    void disconnectWithoutWrapup(const JobPtr &job, const Genesys::ApiResult &refused);
    void finishDisconnect(const JobPtr &job, JournalOutcome outcome, int httpStatus);
    void reconcileJob(const JobPtr &job);
    // Why a reconciled intent must not be carried out after all (the resume check on the
    // conversation as read for it), logged; empty to go on.
    QString resumeVeto(const JobPtr &job) const;
    void shareOverride(const JobPtr &job);
    void recordStage(const JobPtr &job, const QString &messageId, std::function<void()> then);
    // Takes the hinted communication id for "conversation/participant" `key`, if there is one.
    // After a restart: whether the stage of this disconnect already told the customer it closes.
    bool closingMessageWentOut(const JobPtr &job) const;
    bool takeHint(const QString &key, const QString &conversationId, const QString &participantId);
    void finishFromResult(const JobPtr &job, const Genesys::ApiResult &result, bool retried);
    void finish(const JobPtr &job, JournalOutcome outcome, int httpStatus, const QString &error,
                const QString &messageId = {});

    Genesys::GenesysApi &m_api;
    AuditJournal &m_journal;
    const Clock &m_clock;
    Wait m_wait;
    Settings m_settings;
    QHash<QString, std::deque<JobPtr>> m_queues; // per conversation; the front one runs
    QHash<QString, QString> m_communications; // "conversation/participant" -> communication id
    QSet<QString> m_forgetWhenIdle; // ended conversations whose last actions still run
    QSet<QString> m_preparing; // communication ids on their way
    StillWanted m_stillWanted;
    ResumeCheck m_resumeCheck;
    CurrentOverrides m_overrides;
    Known m_known;
    CommunicationHint m_communicationHint;
    QSet<QString> m_hinted; // communication ids taken from the hint, not yet sent on
    StageRecorder m_recorder;
    SentMessageLookup m_lookup;
    BudgetQueue m_budget; // stages waiting for the rate budget, with what to run when it allows
    int m_busy = 0;
};

} // namespace IdleGuard::Enforcement
