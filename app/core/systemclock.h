#pragma once

#include "clock.h"

namespace IdleGuard {

// The wall clock (UTC), used by the running program.
class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
};

} // namespace IdleGuard
