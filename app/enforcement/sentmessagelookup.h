#pragma once

#include "actionjob.h"
#include "genesys/apiresult.h"
#include "genesys/backoffpolicy.h"

#include <QStringList>

#include <functional>

class QObject;

namespace IdleGuard {
class Clock;
namespace Genesys {
class GenesysApi;
}
} // namespace IdleGuard

namespace IdleGuard::Enforcement {

// Finds out whether a message went out when its send got no clear answer (or after a restart):
// reads the conversation and the texts of the agent leg's recent messages for the job's text.
// It never guesses "not sent": what it cannot tell it looks at again, then reports failed. What
// it finds goes back through the callbacks; the job's outcome stays the executor's.
class SentMessageLookup final
{
public:
    using Wait = std::function<void(qint64 ms, std::function<void()> then)>;
    struct Callbacks
    {
        // The message's id, or an empty string when it is not there (or went out and only its
        // id stays unknown).
        std::function<void(const QString &messageId)> found;
        // The message was not taken, and the conversation ended: `httpStatus` 404 when it is
        // gone, 0 when it was read ended with no message of ours on it.
        std::function<void(int httpStatus)> ended;
        // Cannot tell whether it went out, and looked long enough.
        std::function<void(const Genesys::ApiResult &result)> failed;
    };

    // `context` owns the requests' answers: none arrives once it is gone.
    SentMessageLookup(Genesys::GenesysApi &api, const Clock &clock, Wait wait, QObject *context);

    void setBackoff(const Genesys::BackoffPolicy &backoff) { m_backoff = backoff; }
    // A sent message is looked for among the agent leg's messages stamped at most this long
    // before the request went out (ActionExecutor::Settings::lookBackMs).
    void setLookBackMs(qint64 lookBackMs) { m_lookBackMs = lookBackMs; }

    // Reads the conversation for the job's message (the job keeps the count of looks).
    void lookForMessage(const ActionJobPtr &job, Callbacks callbacks);

private:
    void checkCandidates(const ActionJobPtr &job, QStringList candidates, bool ended,
                         Callbacks callbacks);
    void lookAgain(const ActionJobPtr &job, Callbacks callbacks, const Genesys::ApiResult &result);

    // How long a send without a clear answer keeps looking for its message while the platform
    // refuses for now, and the longest pause between looks.
    static constexpr qint64 kLookForMs = 10 * 60'000;
    static constexpr qint64 kLookPauseCapMs = 30'000;

    Genesys::GenesysApi &m_api;
    const Clock &m_clock;
    Wait m_wait;
    QObject *m_context;
    Genesys::BackoffPolicy m_backoff; // ActionExecutor::Settings::backoff
    qint64 m_lookBackMs = 0; // ActionExecutor::Settings::lookBackMs
};

} // namespace IdleGuard::Enforcement
