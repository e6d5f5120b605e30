#include "stagerecord.h"

#include <QDateTime>

namespace IdleGuard {

const QString StageRecord::kStageKey = QStringLiteral("idleGuard.stage");
const QString StageRecord::kAtKey = QStringLiteral("idleGuard.stageAt");

std::optional<StageRecord> StageRecord::fromAttributes(const QHash<QString, QString> &attributes)
{
    StageRecord record;
    if (!parseIdleStage(attributes.value(kStageKey), &record.stage)
        || record.stage == IdleStage::None)
        return std::nullopt;
    const QDateTime at = QDateTime::fromString(attributes.value(kAtKey), Qt::ISODateWithMs);
    if (!at.isValid())
        return std::nullopt;
    record.atMs = at.toMSecsSinceEpoch();
    return record;
}

QHash<QString, QString> StageRecord::toAttributes() const
{
    return {{kStageKey, stableName(stage)},
            {kAtKey, QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC).toString(Qt::ISODateWithMs)}};
}

} // namespace IdleGuard
