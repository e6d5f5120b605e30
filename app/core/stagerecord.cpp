#include "stagerecord.h"

#include <QDateTime>

namespace IdleGuard {

const QString StageRecord::kStageKey = QStringLiteral("idleGuard.stage");
const QString StageRecord::kAtKey = QStringLiteral("idleGuard.stageAt");
const QString StageRecord::kMessagesKey = QStringLiteral("idleGuard.messageIds");

QStringList StageRecord::sentMessageIds(const QHash<QString, QString> &attributes)
{
    const auto it = attributes.constFind(kMessagesKey);
    if (it == attributes.cend())
        return {};
    return it->split(u' ', Qt::SkipEmptyParts);
}

QString StageRecord::withSentMessage(const QStringList &listed, const QString &messageId)
{
    QStringList ids = listed;
    if (!messageId.isEmpty() && !ids.contains(messageId))
        ids.append(messageId);
    while (ids.size() > kMaxListedMessages)
        ids.removeFirst();
    return ids.join(u' ');
}

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
