#pragma once

#include "idleaction.h"

#include <QList>
#include <QString>

namespace IdleGuard {

// What a supervisor override (snooze, exempt, reset, warn now, disconnect now) did.
struct OverrideOutcome
{
    bool accepted = false;
    QString reason; // why it was refused, for the supervisor
    QList<IdleAction> actions; // what must be carried out now (warn now, disconnect now)
};

} // namespace IdleGuard
