#pragma once

#include "idletypes.h"

#include <QHash>
#include <QString>

#include <optional>

namespace IdleGuard {

// The executed stage as written onto the agent participant's attributes, so that a second
// Idle Guard instance, a restart or a report sees that a stage already happened.
struct StageRecord
{
    static const QString kStageKey; // "idleGuard.stage"
    static const QString kAtKey; // "idleGuard.stageAt", ISO 8601 UTC with milliseconds

    IdleStage stage = IdleStage::None;
    qint64 atMs = kNoTime;

    static std::optional<StageRecord> fromAttributes(const QHash<QString, QString> &attributes);
    QHash<QString, QString> toAttributes() const;

    friend bool operator==(const StageRecord &, const StageRecord &) = default;
};

} // namespace IdleGuard
