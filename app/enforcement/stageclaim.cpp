#include "stageclaim.h"

#include <QStringList>

namespace IdleGuard::Enforcement {

using namespace Qt::StringLiterals;

const QString StageClaim::kKey = u"idleGuard.claim"_s;

std::optional<StageClaim> StageClaim::parse(const QString &value)
{
    const QStringList parts = value.split(u';');
    if (parts.size() != 3 || parts[0].isEmpty())
        return std::nullopt;
    StageClaim claim;
    claim.instanceId = parts[0];
    bool ok = false;
    claim.idleSinceMs = parts[2].toLongLong(&ok);
    if (!ok || !parseIdleStage(parts[1], &claim.stage) || claim.stage == IdleStage::None)
        return std::nullopt;
    return claim;
}

QString StageClaim::toString() const
{
    return instanceId + u';' + stableName(stage) + u';' + QString::number(idleSinceMs);
}

} // namespace IdleGuard::Enforcement
