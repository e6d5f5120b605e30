#pragma once

#include "policy.h"

#include <QMap>
#include <QString>

namespace IdleGuard {

// The default policy plus the policies of individual queues: what a policy file holds.
struct PolicySet
{
    static constexpr int kFormatVersion = 1; // the "version" field of the file format

    Policy defaultPolicy = Policy::builtInDefault();
    QMap<QString, Policy> queuePolicies; // queue id -> complete policy

    const Policy &forQueue(const QString &queueId) const;
    PolicyErrors validate() const;

    friend bool operator==(const PolicySet &, const PolicySet &) = default;
};

} // namespace IdleGuard
