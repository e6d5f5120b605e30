#pragma once

#include <QtGlobal>

namespace IdleGuard {

// Source of "now" for all timer logic, in milliseconds since the Unix epoch (UTC).
// Injected everywhere time matters so that tests step time instead of waiting.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

} // namespace IdleGuard
