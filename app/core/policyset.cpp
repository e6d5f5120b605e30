#include "policyset.h"

namespace IdleGuard {

const Policy &PolicySet::forQueue(const QString &queueId) const
{
    const auto it = queuePolicies.constFind(queueId);
    return it != queuePolicies.cend() ? *it : defaultPolicy;
}

PolicyErrors PolicySet::validate() const
{
    PolicyErrors errors = defaultPolicy.validate(QStringLiteral("default."));
    for (auto it = queuePolicies.cbegin(); it != queuePolicies.cend(); ++it)
        errors += it->validate(QStringLiteral("queues.") + it.key() + u'.');
    return errors;
}

} // namespace IdleGuard
