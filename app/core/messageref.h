#pragma once

#include "idletypes.h"

#include <QString>

namespace IdleGuard {

// A message as the idle policy sees it: who sent it and when the platform stamped it.
// The text is not kept: the engine never needs it.
struct MessageRef
{
    QString id;
    Party sender = Party::System;
    qint64 timestampMs = kNoTime; // the platform's message time, not the arrival time
    bool sentByIdleGuard = false; // messages Idle Guard sent never count as activity

    friend bool operator==(const MessageRef &, const MessageRef &) = default;
};

} // namespace IdleGuard
