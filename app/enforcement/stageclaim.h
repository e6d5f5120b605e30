#pragma once

#include "core/idletypes.h"

#include <QString>

#include <optional>

namespace IdleGuard::Enforcement {

// A claim on a stage, written as a participant attribute shortly before the stage falls due,
// so that two Idle Guard instances watching the same queues do not both act: participant
// attributes merge key by key, the last write wins, and every instance reads the surviving
// value from the feed; the instance named there acts, the others stand by. A claim names the
// idle period (its start), so a claim from an earlier period never counts.
struct StageClaim
{
    static const QString kKey; // "idleGuard.claim"

    QString instanceId;
    IdleStage stage = IdleStage::None;
    qint64 idleSinceMs = kNoTime;

    // "instance;stage;idleSinceMs"; nullopt for anything else.
    static std::optional<StageClaim> parse(const QString &value);
    QString toString() const;

    bool sameStage(const StageClaim &other) const
    {
        return stage == other.stage && idleSinceMs == other.idleSinceMs;
    }

    friend bool operator==(const StageClaim &, const StageClaim &) = default;
};

} // namespace IdleGuard::Enforcement
