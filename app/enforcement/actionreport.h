#pragma once

#include "core/idleaction.h"
#include "core/journaloutcome.h"

#include <QMetaType>
#include <QString>

namespace IdleGuard::Enforcement {

// What became of one action: the action, how it ended, and where it is in the journal. The
// worker emits one per action (automatic, supervisor or reconciled after a restart) for the
// dashboard, the tray and the headless log.
struct ActionReport
{
    IdleAction action;
    JournalOutcome outcome = JournalOutcome::Pending;
    int httpStatus = 0; // 0: no HTTP exchange decided it
    QString error; // why it was skipped or failed; empty on success
    QString note; // anything else worth knowing (e.g. the wrap-up could not be set)
    qint64 issuedAtMs = kNoTime; // when the request went out (first attempt)
    qint64 finishedAtMs = kNoTime;
    QString messageId; // sent messages
    qint64 journalId = -1; // -1: not journaled (observe-only mode)
    bool reconciled = false; // finished after a restart from a pending journal intent

    // How long after its deadline the request went out (0 for supervisor actions and for
    // actions that sent no request).
    qint64 lateMs() const
    {
        if (action.isManual() || issuedAtMs == kNoTime || action.dueAtMs == kNoTime)
            return 0;
        return issuedAtMs - action.dueAtMs;
    }
};

} // namespace IdleGuard::Enforcement

Q_DECLARE_METATYPE(IdleGuard::Enforcement::ActionReport)
