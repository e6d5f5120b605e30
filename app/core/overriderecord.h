#pragma once

#include "idletypes.h"

#include <QHash>
#include <QString>

#include <optional>

namespace IdleGuard {

// A supervisor's override as written onto the agent participant's attributes, so that every
// Idle Guard instance on the queue honours it: an observe-only dashboard's "exempt" must stop the
// headless enforcer beside it too. Each field is optional; an absent key changes nothing.
struct OverrideRecord
{
    static const QString kExemptKey; // "idleGuard.exempt": "true" or "false"
    static const QString kSnoozeUntilKey; // "idleGuard.snoozeUntil": ISO 8601 UTC
    static const QString kResetAtKey; // "idleGuard.resetAt": ISO 8601 UTC

    std::optional<bool> exempt;
    qint64 snoozeUntilMs = kNoTime;
    qint64 resetAtMs = kNoTime;

    static OverrideRecord fromAttributes(const QHash<QString, QString> &attributes);
    QHash<QString, QString> toAttributes() const;
    bool isEmpty() const { return !exempt && snoozeUntilMs == kNoTime && resetAtMs == kNoTime; }
};

} // namespace IdleGuard
