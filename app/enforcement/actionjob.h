#pragma once

#include "core/idleaction.h"

#include <QString>
#include <QtGlobal>

#include <atomic>
#include <memory>
#include <optional>

namespace IdleGuard {
struct Conversation;
}

namespace IdleGuard::Enforcement {

// One action on its way through the ActionExecutor: what it is, where its requests stand, and
// what the actions of its stage share. Shared with the SentMessageLookup, which looks for the
// message of a send without a clear answer.
struct ActionJob
{
    ActionJob() { ++s_live; }
    ~ActionJob() { --s_live; }
    Q_DISABLE_COPY_MOVE(ActionJob)

    // Jobs alive in this process: a stopped executor must leave none behind (tests).
    static int liveCount() { return s_live.load(); }

    IdleAction action;
    qint64 journalId = -1;
    int sendAttempts = 0;
    int lookAttempts = 0;
    qint64 firstLookAtMs = kNoTime; // when the look for a send without a clear answer began
    qint64 issuedAtMs = kNoTime; // the first request's time
    bool reconcile = false;
    bool accepted = false; // the platform took the message; only its id is being looked for
    bool firstOfStage = true; // the stage's first action: the conversation is checked before it
    bool heldBack = false; // waited for the rate budget or a retry since it was decided
    bool hintRefused = false; // a send on the hinted communication id was refused
    qint64 decidedAtMs = kNoTime; // when it reached the executor
    std::shared_ptr<const Conversation> fresh; // the conversation as last read for this job
    // Shared by the jobs of one stage: set when its first action was dropped by a re-check, so
    // that the rest (the disconnect after a closing message) is not carried out without it.
    std::shared_ptr<bool> stageDropped = std::make_shared<bool>(false);
    // Shared by the jobs of one stage: its record was written (or is being written again in the
    // background) by an earlier action, so the rest of the stage need not write it once more.
    std::shared_ptr<bool> stageRecorded = std::make_shared<bool>(false);
    // An automatic stage that ends the agent's leg (the close): once the leg has ended every
    // instance sees from the leg itself that the stage is over, so its record is written only
    // if the disconnect does not end it. Until then the closing message's id waits here.
    bool closesLeg = false;
    std::shared_ptr<std::optional<QString>> deferredRecord
        = std::make_shared<std::optional<QString>>();
    QString note;

private:
    static inline std::atomic<int> s_live {0};
};

using ActionJobPtr = std::shared_ptr<ActionJob>;

} // namespace IdleGuard::Enforcement
