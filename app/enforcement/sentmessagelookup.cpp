#include "sentmessagelookup.h"

#include "core/clock.h"
#include "core/conversation.h"
#include "genesys/genesysapi.h"

#include <QRandomGenerator>

#include <algorithm>

namespace IdleGuard::Enforcement {

using Genesys::ApiResult;

SentMessageLookup::SentMessageLookup(Genesys::GenesysApi &api, const Clock &clock, Wait wait,
                                     QObject *context)
    : m_api(api)
    , m_clock(clock)
    , m_wait(std::move(wait))
    , m_context(context)
{ }

void SentMessageLookup::lookForMessage(const ActionJobPtr &job, Callbacks callbacks)
{
    if (++job->lookAttempts == 1)
        job->firstLookAtMs = m_clock.nowMs();
    const IdleAction &a = job->action;
    m_api.conversation(
        a.conversationId, m_context,
        [this, job, callbacks = std::move(callbacks)](const ApiResult &result,
                                                      const Conversation &conversation) {
            if (result.status == 404) {
                if (job->accepted)
                    callbacks.found({}); // it went out; the conversation is gone since
                else
                    callbacks.ended(404);
                return;
            }
            if (!result.ok()) {
                lookAgain(job, callbacks, result);
                return;
            }
            job->fresh = std::make_shared<const Conversation>(conversation);
            // Candidates: messages on an agent leg since shortly before the send.
            QStringList candidates;
            const qint64 since
                = job->issuedAtMs == kNoTime ? kNoTime : job->issuedAtMs - m_lookBackMs;
            for (const Participant &p : conversation.participants) {
                if (p.purpose != ParticipantPurpose::Agent)
                    continue;
                for (const MessageRef &m : p.messages) {
                    if (!m.id.isEmpty() && m.timestampMs >= since)
                        candidates.append(m.id);
                }
            }
            const bool ended = conversation.isEnded() || !conversation.connectedAgent();
            checkCandidates(job, std::move(candidates), ended, callbacks);
        });
}

void SentMessageLookup::checkCandidates(const ActionJobPtr &job, QStringList candidates, bool ended,
                                        Callbacks callbacks)
{
    // One message text at a time; each answer carries what is left (no self-referencing
    // callback that would outlive a stopped executor).
    if (candidates.isEmpty()) {
        if (ended && !job->accepted)
            callbacks.ended(0); // it ended before the message went out
        else
            callbacks.found({});
        return;
    }
    const QString id = candidates.takeFirst();
    m_api.messageText(job->action.conversationId, id, m_context,
                      [this, job, rest = std::move(candidates), ended,
                       callbacks = std::move(callbacks),
                       id](const ApiResult &r, const QString &text) {
                          if (!r.ok()) {
                              // One message could not be read, and it may be ours: the whole
                              // look failed. Never guess "not sent".
                              lookAgain(job, callbacks, r);
                          } else if (text.trimmed() == job->action.text.trimmed()) {
                              callbacks.found(id);
                          } else {
                              checkCandidates(job, rest, ended, callbacks);
                          }
                      });
}

void SentMessageLookup::lookAgain(const ActionJobPtr &job, Callbacks callbacks,
                                  const ApiResult &result)
{
    // Cannot tell whether it went out: never guess by sending again.
    if (job->lookAttempts >= m_backoff.maxAttempts && job->accepted) {
        callbacks.found({}); // it did go out; only its id stays unknown
        return;
    }
    // A platform that refuses for now (429, 5xx, no answer) is waited out for kLookForMs:
    // giving up after five looks lost the stage for good (the day soak, a burst of 503s).
    const bool forNow = result.status == 0 || result.status >= 500 || result.status == 429;
    if (job->lookAttempts < m_backoff.maxAttempts
        || (forNow && m_clock.nowMs() - job->firstLookAtMs < kLookForMs)) {
        const int retry = std::min(job->lookAttempts, m_backoff.maxAttempts) - 1;
        const qint64 delay = std::min<qint64>(
            kLookPauseCapMs,
            m_backoff.delayMs(retry, QRandomGenerator::global()->generateDouble()));
        m_wait(delay,
               [this, job, callbacks = std::move(callbacks)] { lookForMessage(job, callbacks); });
        return;
    }
    callbacks.failed(result);
}

} // namespace IdleGuard::Enforcement
