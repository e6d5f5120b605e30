#pragma once

#include <QString>

namespace IdleGuard {

// A wrap-up code of the organisation (GET /api/v2/routing/wrapupcodes): what a policy may
// apply when it frees an agent.
struct WrapupCode
{
    QString id;
    QString name;

    friend bool operator==(const WrapupCode &, const WrapupCode &) = default;
};

} // namespace IdleGuard
