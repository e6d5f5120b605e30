#pragma once

#include "idletypes.h"

#include <QHash>
#include <QString>

namespace IdleGuard {

// A conversation's supervisor overrides as written onto the agent participant's attributes, so
// that every Idle Guard instance on the queue honours them: an observe-only dashboard's "exempt"
// must stop the headless enforcer beside it too. Written whole after every override, with the
// time it was set; the newest record wins everywhere, so a reset really ends a snooze and a
// stale value arriving late cannot undo a newer override.
struct OverrideRecord
{
    static const QString kExemptKey; // "idleGuard.exempt": "true" or "false"
    static const QString kSnoozeUntilKey; // "idleGuard.snoozeUntil": ISO 8601 UTC, or ""
    static const QString kResetAtKey; // "idleGuard.resetAt": ISO 8601 UTC, or ""
    static const QString kSetAtKey; // "idleGuard.overrideAt": when this state was set

    bool exempt = false;
    qint64 snoozeUntilMs = kNoTime;
    qint64 resetAtMs = kNoTime;
    qint64 setAtMs = kNoTime; // kNoTime: no override was ever set

    // setAtMs stays kNoTime when the attributes hold no (valid) record.
    static OverrideRecord fromAttributes(const QHash<QString, QString> &attributes);
    QHash<QString, QString> toAttributes() const;
    bool isSet() const { return setAtMs != kNoTime; }

    friend bool operator==(const OverrideRecord &, const OverrideRecord &) = default;
};

} // namespace IdleGuard
