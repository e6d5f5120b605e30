#include "actionexecutor.h"

#include "core/auditjournal.h"
#include "core/clock.h"
#include "core/conversation.h"
#include "core/journalintent.h"
#include "core/journalresult.h"
#include "core/overriderecord.h"
#include "enforcementlogging.h"
#include "genesys/genesysapi.h"
#include "genesys/restclient.h"

#include <QRandomGenerator>

#include <algorithm>

namespace IdleGuard::Enforcement {

using Genesys::ApiResult;
using namespace Qt::StringLiterals;

namespace {

bool isTransient(const ApiResult &result)
{
    return result.status == 0 || result.status >= 500;
}

// The action an intent stood for, rebuilt from its journal row.
IdleAction actionFrom(const JournalEntry &entry)
{
    IdleAction a;
    a.kind = entry.intent.kind;
    a.stage = entry.intent.stage;
    a.conversationId = entry.intent.conversationId;
    a.queueId = entry.intent.queueId;
    a.agentParticipantId = entry.intent.participantId;
    a.text = entry.intent.text;
    a.closeScope = entry.intent.closeScope;
    a.wrapUpCode = entry.intent.wrapUpCode;
    a.dueAtMs = entry.intent.scheduledAtMs;
    a.issuedAtMs = entry.intentAtMs;
    a.idleSinceMs = entry.intent.idleSinceMs;
    a.actor = entry.intent.actor;
    a.policyRevision = entry.intent.policyRevision;
    return a;
}

} // namespace

ActionExecutor::ActionExecutor(Genesys::GenesysApi &api, AuditJournal &journal, const Clock &clock,
                               Wait wait, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_journal(journal)
    , m_clock(clock)
    , m_wait(std::move(wait))
    , m_recorder(api, clock, m_wait, this)
    , m_lookup(api, clock, m_wait, this)
    , m_budget(api, clock, m_wait)
{
    setSettings(m_settings);
}

ActionExecutor::~ActionExecutor() = default;

void ActionExecutor::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_recorder.setBackoff(settings.backoff);
    m_lookup.setBackoff(settings.backoff);
    m_lookup.setLookBackMs(settings.lookBackMs);
}

int ActionExecutor::liveJobs()
{
    return ActionJob::liveCount();
}

void ActionExecutor::execute(const IdleAction &action)
{
    execute(QList<IdleAction> {action});
}

void ActionExecutor::execute(const QList<IdleAction> &actions)
{
    QList<JournalIntent> intents;
    for (const IdleAction &action : actions)
        intents.append(JournalIntent::fromAction(action));
    QString error;
    const QList<qint64> ids = m_journal.recordIntents(intents, &error);
    const bool closesLeg = m_settings.closeWithoutRecord
        && std::any_of(actions.cbegin(), actions.cend(), [](const IdleAction &a) {
                               return a.kind == IdleAction::Kind::Disconnect && !a.isManual();
                           });
    QList<JobPtr> jobs;
    for (qsizetype i = 0; i < actions.size(); ++i) {
        auto job = std::make_shared<ActionJob>();
        job->action = actions.at(i);
        job->journalId = i < ids.size() ? ids.at(i) : -1;
        job->firstOfStage = i == 0;
        job->decidedAtMs = m_clock.nowMs();
        job->closesLeg = closesLeg;
        if (i > 0) {
            job->stageDropped = jobs.constFirst()->stageDropped;
            job->stageRecorded = jobs.constFirst()->stageRecorded;
            job->deferredRecord = jobs.constFirst()->deferredRecord;
        }
        jobs.append(job);
    }
    if (ids.size() != actions.size()) {
        // Without the stage's intents on disk a crash could repeat (or half do) it: do none of
        // it. The journal wrote none of them either (one transaction).
        qCCritical(lcEnforcement).noquote()
            << "not acting on" << actions.constFirst().conversationId << "-" << error;
        for (const JobPtr &job : std::as_const(jobs)) {
            ++m_busy;
            finish(job, JournalOutcome::Failed, 0,
                   tr("The audit journal refused the intent: %1").arg(error));
        }
        return;
    }
    for (const JobPtr &job : std::as_const(jobs))
        enqueue(job);
}

void ActionExecutor::discard(const QList<IdleAction> &actions, const QString &reason)
{
    QList<JournalIntent> intents;
    for (const IdleAction &action : actions)
        intents.append(JournalIntent::fromAction(action));
    QString error;
    const QList<qint64> ids = m_journal.recordIntents(intents, &error);
    if (ids.size() != actions.size())
        qCCritical(lcEnforcement).noquote() << "journal refused a skipped stage:" << error;
    for (qsizetype i = 0; i < actions.size(); ++i) {
        auto job = std::make_shared<ActionJob>();
        job->action = actions.at(i);
        job->journalId = i < ids.size() ? ids.at(i) : -1;
        ++m_busy; // finish() counts it down; it was never queued
        finish(job, JournalOutcome::Skipped, 0, reason);
    }
}

void ActionExecutor::reconcile(const JournalEntry &entry)
{
    auto job = std::make_shared<ActionJob>();
    job->action = actionFrom(entry);
    job->journalId = entry.id;
    job->reconcile = true;
    job->issuedAtMs = entry.intentAtMs; // the request may have gone out right after the intent
    enqueue(job);
}

void ActionExecutor::prepare(const QString &conversationId, const QString &participantId)
{
    const QString key = conversationId + u'/' + participantId;
    if (m_communications.contains(key) || m_preparing.contains(key))
        return;
    if (takeHint(key, conversationId, participantId))
        return; // the feed named it: no read
    m_preparing.insert(key);
    m_api.communicationId(conversationId, participantId, this,
                          [this, key, conversationId](const ApiResult &result, const QString &id) {
                              m_preparing.remove(key);
                              // Not for a conversation that ended meanwhile (forget() ran).
                              if (result.ok() && !id.isEmpty()
                                  && (!m_known || m_known(conversationId)))
                                  m_communications.insert(key, id);
                          });
}

void ActionExecutor::forget(const QString &conversationId)
{
    if (m_queues.contains(conversationId)) {
        m_forgetWhenIdle.insert(conversationId); // its last actions still need the caches
        return;
    }
    m_forgetWhenIdle.remove(conversationId);
    m_recorder.forget(conversationId);
    const QString prefix = conversationId + u'/';
    m_communications.removeIf(
        [&prefix](QHash<QString, QString>::iterator it) { return it.key().startsWith(prefix); });
    m_hinted.removeIf([&prefix](const QString &key) { return key.startsWith(prefix); });
}

bool ActionExecutor::takeHint(const QString &key, const QString &conversationId,
                              const QString &participantId)
{
    const QString hinted
        = m_communicationHint ? m_communicationHint(conversationId, participantId) : QString();
    if (hinted.isEmpty())
        return false;
    m_communications.insert(key, hinted);
    m_hinted.insert(key);
    return true;
}

void ActionExecutor::enqueue(const JobPtr &job)
{
    ++m_busy;
    auto &queue = m_queues[job->action.conversationId];
    queue.push_back(job);
    if (queue.size() == 1)
        start(job);
}

void ActionExecutor::start(const JobPtr &job)
{
    if (job->reconcile)
        reconcileJob(job);
    else
        run(job);
}

bool ActionExecutor::stillOurs(const JobPtr &job)
{
    if (job->action.isManual() || job->reconcile || !m_stillWanted)
        return true;
    if (*job->stageDropped) {
        finish(job, JournalOutcome::Skipped, 0,
               tr("The stage's first action was not carried out, so neither is this one."));
        return false;
    }
    const QString why
        = m_stillWanted(job->action, job->firstOfStage, job->heldBack, job->decidedAtMs);
    if (why.isEmpty())
        return true;
    if (job->firstOfStage)
        *job->stageDropped = true;
    finish(job, JournalOutcome::Skipped, 0, why);
    return false;
}

void ActionExecutor::run(const JobPtr &job)
{
    const IdleAction &a = job->action;
    switch (a.kind) {
    case IdleAction::Kind::FlagAgent:
    case IdleAction::Kind::EscalateAgent:
        // A notification for the supervisor: nothing goes to the platform.
        job->issuedAtMs = m_clock.nowMs();
        finish(job, JournalOutcome::Succeeded, 0, {});
        return;
    case IdleAction::Kind::Snooze:
    case IdleAction::Kind::Exempt:
    case IdleAction::Kind::Include:
    case IdleAction::Kind::Reset:
        shareOverride(job);
        return;
    case IdleAction::Kind::SendWarning:
    case IdleAction::Kind::SendClosingMessage:
        withCommunication(job, [this, job] { whenBudgetAllows(job, [this, job] { send(job); }); });
        return;
    case IdleAction::Kind::Disconnect:
        whenBudgetAllows(job, [this, job] { disconnect(job); });
        return;
    }
}

void ActionExecutor::whenBudgetAllows(const JobPtr &job, std::function<void()> then)
{
    if (!stillOurs(job))
        return;
    // The first request of a stage waits for the rate budget here, not inside the REST client:
    // after the wait the stage is checked again, so a request held back for a minute never
    // goes out on what was known before it (the customer may have answered meanwhile). The
    // rest of a stage already begun is urgent and goes at once.
    if (!job->firstOfStage || job->action.isManual() || job->reconcile) {
        then();
        return;
    }
    if (m_budget.mayGoNow()) {
        then();
        return;
    }
    // More falls due than the budget covers: the stages wait in deadline order, so the oldest
    // debt is paid first instead of whichever wakes first.
    m_budget.enqueue(job->action.dueAtMs, [this, job, then = std::move(then)] {
        job->heldBack = true;
        if (!stillOurs(job))
            return false;
        then();
        return true;
    });
}

bool ActionExecutor::mayReadAgain(const JobPtr &job, const Genesys::ApiResult &result) const
{
    const bool forNow = result.status == 0 || result.status == 429 || result.status >= 500;
    // Only where stillOurs() bounds the waiting: an automatic stage's first request.
    return forNow && m_stillWanted && job->firstOfStage && !job->action.isManual()
        && !job->reconcile;
}

void ActionExecutor::withCommunication(const JobPtr &job, std::function<void()> then)
{
    const IdleAction &a = job->action;
    const QString key = a.conversationId + u'/' + a.agentParticipantId;
    if (m_communications.contains(key)
        || (!job->hintRefused && takeHint(key, a.conversationId, a.agentParticipantId))) {
        then();
        return;
    }
    m_api.communicationId(
        a.conversationId, a.agentParticipantId, this,
        [this, job, key, then = std::move(then)](const ApiResult &result, const QString &id) {
            if (result.status == 404) {
                finish(job, JournalOutcome::Skipped, 404, tr("The conversation has ended."));
            } else if (!result.ok() && mayReadAgain(job, result)) {
                // Refused for now (429, 5xx, no answer) and nothing sent yet: not the stage's
                // end (the day soak lost whole stages to a burst of 429s here). It waits; past
                // the held-back bound stillOurs() hands it back to the engine, which decides it
                // again on a fresh read.
                job->heldBack = true;
                m_wait(kReadAgainMs, [this, job, then] {
                    if (stillOurs(job))
                        withCommunication(job, then);
                });
            } else if (!result.ok()) {
                finish(job, JournalOutcome::Failed, result.status,
                       tr("Could not read the conversation: %1").arg(result.describe()));
            } else if (id.isEmpty()) {
                finish(job, JournalOutcome::Skipped, result.status,
                       tr("The agent participant has no message communication."));
            } else {
                m_communications.insert(key, id);
                then();
            }
        });
}

void ActionExecutor::send(const JobPtr &job)
{
    const IdleAction &a = job->action;
    if (job->issuedAtMs == kNoTime)
        job->issuedAtMs = m_clock.nowMs();
    ++job->sendAttempts;
    const QString key = a.conversationId + u'/' + a.agentParticipantId;
    const QString communication = m_communications.value(key);
    const bool hinted = m_hinted.contains(key);
    const auto urgent = m_api.client().urgent(!job->firstOfStage); // the stage is under way
    m_api.sendMessage(
        a.conversationId, communication, a.text, this,
        [this, job, key, hinted, sentOn = communication](const ApiResult &result,
                                                         const QString &messageId) {
            const bool accepted = result.status >= 200 && result.status < 300;
            const bool wrongCommunication
                = result.status == 400 || result.status == 404 || result.status == 409;
            if (accepted || wrongCommunication)
                m_hinted.remove(key); // right, or to be read below
            if (wrongCommunication && !job->hintRefused && m_communications.value(key) == sentOn
                && hinted) {
                // Refused on the communication the customer's leg named: read the real one
                // and send once more (the refused request did nothing).
                qCInfo(lcEnforcement).noquote()
                    << "send on the peer communication of" << job->action.conversationId
                    << "refused (" << result.describe() << "); reading the conversation";
                m_communications.remove(key);
                job->hintRefused = true;
                --job->sendAttempts;
                withCommunication(job, [this, job] { send(job); });
            } else if (accepted && !messageId.isEmpty()) {
                emit ownMessageSent(job->action.conversationId, messageId);
                recordStage(job, messageId, [this, job, result, messageId] {
                    finish(job, JournalOutcome::Succeeded, result.status, {}, messageId);
                });
            } else if (accepted) {
                // Accepted (a 202, or an answer we could not read): it went out. Find its id so
                // that its echo is not taken for the agent's activity.
                job->accepted = true;
                lookForMessage(job, [this, job, result](const QString &found) {
                    if (!found.isEmpty())
                        emit ownMessageSent(job->action.conversationId, found);
                    recordStage(job, found, [this, job, result, found] {
                        finish(job, JournalOutcome::Succeeded, result.status, {}, found);
                    });
                });
            } else if (result.status == 429) {
                // Refused unprocessed: wait for the budget, check the stage again, send.
                --job->sendAttempts;
                job->heldBack = true;
                whenBudgetAllows(job, [this, job] { send(job); });
            } else if (isTransient(result)) {
                afterLostSend(job, result);
            } else {
                finishFromResult(job, result, false);
            }
        });
}

void ActionExecutor::afterLostSend(const JobPtr &job, const ApiResult &result)
{
    // The platform may have taken the message even though no answer came: look before sending
    // it again.
    qCInfo(lcEnforcement).noquote()
        << "send to" << job->action.conversationId << "got no clear answer (" << result.describe()
        << "); reading the conversation before anything else";
    lookForMessage(job, [this, job, result](const QString &messageId) {
        if (!messageId.isEmpty()) {
            emit ownMessageSent(job->action.conversationId, messageId);
            job->note = tr("The first answer was lost (%1); the message was found on the "
                           "conversation.")
                            .arg(result.describe());
            recordStage(job, messageId, [this, job, messageId] {
                finish(job, JournalOutcome::Observed, 0, {}, messageId);
            });
        } else if (job->sendAttempts < m_settings.maxSendAttempts) {
            const qint64 delay = m_settings.backoff.delayMs(
                job->sendAttempts - 1, QRandomGenerator::global()->generateDouble());
            // Checked again before it goes: the customer may have answered meanwhile.
            m_wait(delay, [this, job] {
                job->heldBack = true;
                whenBudgetAllows(job, [this, job] { send(job); });
            });
        } else {
            finish(job, JournalOutcome::Failed, result.status,
                   tr("Not sent after %n attempt(s): %1", nullptr, job->sendAttempts)
                       .arg(result.describe()));
        }
    });
}

void ActionExecutor::lookForMessage(const JobPtr &job, std::function<void(const QString &)> found)
{
    SentMessageLookup::Callbacks callbacks;
    callbacks.found = std::move(found);
    callbacks.ended = [this, job](int httpStatus) {
        if (httpStatus == 404)
            finish(job, JournalOutcome::Skipped, 404, tr("The conversation has ended."));
        else
            finish(job, JournalOutcome::Skipped, 0,
                   tr("The conversation ended before the message went out."));
    };
    callbacks.failed = [this, job](const ApiResult &result) {
        finish(job, JournalOutcome::Failed, result.status,
               tr("Could not check whether the message went out (it is not sent again): %1")
                   .arg(result.describe()));
    };
    m_lookup.lookForMessage(job, std::move(callbacks));
}

void ActionExecutor::disconnect(const JobPtr &job)
{
    const IdleAction &a = job->action;
    if (job->issuedAtMs == kNoTime)
        job->issuedAtMs = m_clock.nowMs();
    const auto urgent = m_api.client().urgent(!job->firstOfStage); // the stage is under way
    if (a.closeScope == CloseScope::Conversation) {
        m_api.disconnectConversation(
            a.conversationId, this, [this, job](const ApiResult &result, bool) {
                if (result.ok())
                    finishDisconnect(job, JournalOutcome::Succeeded, result.status);
                else
                    finishFromResult(job, result, result.earlierAttemptMayHaveActed);
            });
        return;
    }
    if (a.wrapUpCode.isEmpty()) {
        m_api.disconnectParticipant(
            a.conversationId, a.agentParticipantId, this,
            [this, job](const ApiResult &result, bool) {
                if (result.ok() || (result.status == 409 && result.earlierAttemptMayHaveActed))
                    finishDisconnect(
                        job, result.ok() ? JournalOutcome::Succeeded : JournalOutcome::Observed,
                        result.status);
                else
                    finishFromResult(job, result, false);
            });
        return;
    }
    m_api.disconnectWithWrapup(
        a.conversationId, a.agentParticipantId, a.wrapUpCode, tr("Closed by Idle Guard"), this,
        [this, job](const ApiResult &result, bool) {
            if (result.ok()) {
                finishDisconnect(job, JournalOutcome::Succeeded, result.status);
            } else if (result.status == 409 && result.earlierAttemptMayHaveActed) {
                // An earlier attempt whose answer was lost did both halves.
                finishDisconnect(job, JournalOutcome::Observed, result.status);
            } else if (result.status >= 400 && result.status < 500 && result.status != 404
                       && result.status != 409) {
                disconnectWithoutWrapup(job, result);
            } else {
                finishFromResult(job, result, false);
            }
        });
}

void ActionExecutor::disconnectWithoutWrapup(const JobPtr &job, const ApiResult &refused)
{
    const IdleAction &a = job->action;
    qCInfo(lcEnforcement).noquote()
        << "disconnect with wrap-up on" << a.conversationId << "refused (" << refused.describe()
        << "); disconnecting without the wrap-up code";
    job->note = tr("The agent was disconnected, but the wrap-up code was not set: %1")
                    .arg(refused.describe());
    const auto urgent = m_api.client().urgent(); // the stage is under way
    m_api.disconnectParticipant(
        a.conversationId, a.agentParticipantId, this, [this, job](const ApiResult &result, bool) {
            if (result.ok())
                finishDisconnect(job, JournalOutcome::Succeeded, result.status);
            else if (result.status == 409) // the refused request may have disconnected already
                finishDisconnect(job, JournalOutcome::Observed, result.status);
            else
                finishFromResult(job, result, false);
        });
}

void ActionExecutor::finishDisconnect(const JobPtr &job, JournalOutcome outcome, int httpStatus)
{
    if (job->closesLeg && !job->reconcile) {
        // The leg has ended: that says the stage is over, a record would cost a request more.
        finish(job, outcome, httpStatus, {});
        return;
    }
    recordStage(job, {},
                [this, job, outcome, httpStatus] { finish(job, outcome, httpStatus, {}); });
}

void ActionExecutor::reconcileJob(const JobPtr &job)
{
    const IdleAction &a = job->action;
    qCInfo(lcEnforcement).noquote() << "reconciling journal intent" << job->journalId
                                    << stableName(a.kind) << "on" << a.conversationId;
    switch (a.kind) {
    case IdleAction::Kind::Snooze:
    case IdleAction::Kind::Exempt:
    case IdleAction::Kind::Include:
    case IdleAction::Kind::Reset:
        // Whatever of it reached the conversation is back through the feed; replaying it now
        // could overwrite a newer override made elsewhere meanwhile.
        finish(job, JournalOutcome::Skipped, 0,
               tr("Interrupted by a restart; what reached the conversation stands, the rest "
                  "must be set again."));
        return;
    case IdleAction::Kind::FlagAgent:
    case IdleAction::Kind::EscalateAgent:
        // A notification of the past is not repeated.
        finish(job, JournalOutcome::Skipped, 0,
               tr("Interrupted by a restart; a notification is not repeated."));
        return;
    case IdleAction::Kind::SendWarning:
    case IdleAction::Kind::SendClosingMessage:
        lookForMessage(job, [this, job](const QString &messageId) {
            if (!messageId.isEmpty()) {
                emit ownMessageSent(job->action.conversationId, messageId);
                recordStage(job, messageId, [this, job, messageId] {
                    finish(job, JournalOutcome::Observed, 0, {}, messageId);
                });
            } else if (const QString why = resumeVeto(job); !why.isEmpty()) {
                finish(job, JournalOutcome::Skipped, 0, why);
            } else {
                // It never went out, and the conversation as just read still wants it: send it
                // now, once.
                qCInfo(lcEnforcement).noquote()
                    << "conversation" << job->action.conversationId
                    << "read again after the restart: still silent; sending"
                    << stableName(job->action.stage) << "now";
                job->note = tr("Not sent before the restart; the conversation was read again "
                               "and the message sent on reconciliation.");
                job->issuedAtMs = kNoTime;
                withCommunication(job, [this, job] { send(job); });
            }
        });
        return;
    case IdleAction::Kind::Disconnect:
        m_api.conversation(
            a.conversationId, this,
            [this, job](const ApiResult &result, const Conversation &conversation) {
                if (result.status == 404) {
                    finish(job, JournalOutcome::Skipped, 404, tr("The conversation has ended."));
                    return;
                }
                if (!result.ok()) {
                    finish(job, JournalOutcome::Failed, result.status,
                           tr("Could not read the conversation: %1").arg(result.describe()));
                    return;
                }
                const IdleAction &action = job->action;
                bool done = conversation.isEnded();
                if (!done && action.closeScope == CloseScope::Agent) {
                    done = true;
                    for (const Participant &p : conversation.participants) {
                        if (p.id == action.agentParticipantId && !p.hasEnded())
                            done = false;
                    }
                }
                job->fresh = std::make_shared<const Conversation>(conversation);
                if (done) {
                    recordStage(job, {},
                                [this, job] { finish(job, JournalOutcome::Observed, 0, {}); });
                } else if (closingMessageWentOut(job)) {
                    // The customer was told the conversation closes: it does, whatever the
                    // engine makes of that message now (its record may never have been written).
                    job->note = tr("The closing message went out before the restart; the "
                                   "disconnect was done on reconciliation.");
                    job->issuedAtMs = kNoTime;
                    disconnect(job);
                } else if (const QString why = resumeVeto(job); !why.isEmpty()) {
                    finish(job, JournalOutcome::Skipped, 0, why);
                } else {
                    job->note = tr("Not done before the restart; done on reconciliation.");
                    job->issuedAtMs = kNoTime;
                    disconnect(job);
                }
            });
        return;
    }
}

bool ActionExecutor::closingMessageWentOut(const JobPtr &job) const
{
    const IdleAction &a = job->action;
    if (a.isManual())
        return false;
    const QList<JournalEntry> entries = m_journal.forConversation(a.conversationId);
    return std::any_of(entries.cbegin(), entries.cend(), [&a, job](const JournalEntry &e) {
        return e.id < job->journalId && e.intent.kind == IdleAction::Kind::SendClosingMessage
            && e.intent.stage == a.stage && e.intent.idleSinceMs == a.idleSinceMs
            && (e.result.outcome == JournalOutcome::Succeeded
                || e.result.outcome == JournalOutcome::Observed);
    });
}

QString ActionExecutor::resumeVeto(const JobPtr &job) const
{
    if (!m_resumeCheck || !job->fresh)
        return {};
    const QString why = m_resumeCheck(job->action, *job->fresh);
    if (!why.isEmpty())
        qCWarning(lcEnforcement).noquote()
            << "not resuming" << stableName(job->action.kind) << stableName(job->action.stage)
            << "on" << job->action.conversationId << "after the restart:" << why;
    return why;
}

void ActionExecutor::shareOverride(const JobPtr &job)
{
    const IdleAction &a = job->action;
    job->issuedAtMs = m_clock.nowMs();
    if (a.agentParticipantId.isEmpty()) {
        finish(job, JournalOutcome::Succeeded, 0, {});
        return;
    }
    // The conversation's whole override state as it stands now, stamped with when it was set.
    const auto record = m_overrides ? m_overrides(a.conversationId) : std::nullopt;
    if (!record || !record->isSet()) {
        finish(job, JournalOutcome::Succeeded, 0, {});
        return;
    }
    m_recorder.writeOverride(
        a.conversationId, a.agentParticipantId, *record, [this, job](const ApiResult &result) {
            // It holds here either way; the other instances learn it once it is written (the
            // recorder tries a failed write again in the background).
            if (!result.ok() && result.status != 404)
                job->note = tr("Not yet shared with other instances: %1").arg(result.describe());
            finish(job, JournalOutcome::Succeeded, result.status, {});
        });
}

void ActionExecutor::recordStage(const JobPtr &job, const QString &messageId,
                                 std::function<void()> then)
{
    const IdleAction &a = job->action;
    if (job->closesLeg && a.kind == IdleAction::Kind::SendClosingMessage && !job->reconcile) {
        *job->deferredRecord = messageId; // written by the disconnect, if the leg stays up
        m_recorder.noteSent(a.conversationId, messageId);
        then();
        return;
    }
    // The closing message wrote the close's record already (or it is being written again in
    // the background): the disconnect after it changes nothing the record says, and once the
    // agent's leg has ended every instance sees from the leg itself that the stage is over.
    if (*job->stageRecorded && !job->firstOfStage && messageId.isEmpty()) {
        then();
        return;
    }
    *job->stageRecorded = true;
    // The claim on the next stage rides along, for an automatic stage as it happens.
    const bool withExtras = !a.isManual() && !job->reconcile;
    m_recorder.writeStage(
        a, messageId, withExtras, [job, then = std::move(then)](const ApiResult &result) {
            // The action itself is done and its result is due now. A missing record means
            // another instance (or this one after a restart) may not see it: the recorder
            // writes it again in the background until it is, or the conversation is gone.
            if (!result.ok() && result.status != 404) {
                const QString why = tr("The stage is not yet recorded on the conversation: %1")
                                        .arg(result.describe());
                job->note = job->note.isEmpty() ? why : job->note + u' ' + why;
            }
            then();
        });
}

void ActionExecutor::finishFromResult(const JobPtr &job, const ApiResult &result, bool retried)
{
    if (result.status == 404) {
        finish(job, JournalOutcome::Skipped, 404, tr("The conversation has ended."));
    } else if (result.status == 409) {
        if (retried) // an earlier attempt whose answer was lost did it
            recordStage(job, {}, [this, job, result] {
                finish(job, JournalOutcome::Observed, result.status, {});
            });
        else
            finish(job, JournalOutcome::Skipped, 409,
                   tr("The participant had already left: %1").arg(result.describe()));
    } else if (job->closesLeg && job->deferredRecord->has_value()) {
        // The closing message went out but the leg stays up: now the stage needs its record,
        // or another instance (or this one after a restart) would send the message again.
        const QString messageId = **job->deferredRecord;
        job->deferredRecord->reset();
        recordStage(job, messageId, [this, job, result] {
            finish(job, JournalOutcome::Failed, result.status, result.describe());
        });
    } else {
        finish(job, JournalOutcome::Failed, result.status, result.describe());
    }
}

void ActionExecutor::finish(const JobPtr &job, JournalOutcome outcome, int httpStatus,
                            const QString &error, const QString &messageId)
{
    ActionReport report;
    report.action = job->action;
    report.outcome = outcome;
    report.httpStatus = httpStatus;
    report.error = error;
    report.note = job->note;
    report.issuedAtMs = job->issuedAtMs;
    report.finishedAtMs = m_clock.nowMs();
    report.messageId = messageId;
    report.journalId = job->journalId;
    report.reconciled = job->reconcile;
    if (job->journalId >= 0) {
        JournalResult result;
        result.outcome = outcome;
        result.httpStatus = httpStatus;
        result.error = error.isEmpty() ? job->note : error;
        result.issuedAtMs = job->issuedAtMs;
        result.messageId = messageId;
        QString journalError;
        if (!m_journal.recordResult(job->journalId, result, &journalError))
            qCCritical(lcEnforcement).noquote() << "journal result lost:" << journalError;
    }
    const QString line = stableName(job->action.kind) + u' ' + stableName(job->action.stage)
        + u" on "_s + job->action.conversationId + u" -> "_s + stableName(outcome)
        + (error.isEmpty() ? QString() : u" ("_s + error + u')');
    if (outcome == JournalOutcome::Failed)
        qCWarning(lcEnforcement).noquote() << line;
    else
        qCDebug(lcEnforcement).noquote() << line;

    // Bookkeeping first, so that whoever the report reaches finds the executor consistent
    // (busyCount() no longer counts this job, the conversation's queue has moved on).
    --m_busy;
    JobPtr next;
    auto it = m_queues.find(job->action.conversationId);
    if (it != m_queues.end() && !it->empty() && it->front() == job) {
        it->pop_front();
        if (it->empty()) {
            m_queues.erase(it);
            if (m_forgetWhenIdle.contains(job->action.conversationId))
                forget(job->action.conversationId);
        } else {
            next = it->front();
        }
    } // else: finished before it was queued (journal refused, or discarded)
    emit finished(report);
    if (next) {
        qCDebug(lcEnforcement) << "next on" << next->action.conversationId
                               << stableName(next->action.kind);
        start(next);
    }
}

} // namespace IdleGuard::Enforcement
