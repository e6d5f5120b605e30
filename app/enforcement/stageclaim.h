#pragma once

#include "core/idletypes.h"

#include <QString>

#include <optional>

namespace IdleGuard::Enforcement {

// A claim on a stage, written as a participant attribute shortly before the stage falls due,
// so that two Idle Guard instances watching the same queues do not both act: participant
// attributes merge key by key, the last write wins, and every instance reads the surviving
// value from the feed; the instance named there acts, the others stand by. A claim names the
// idle period (its start); one from an earlier period stands for its instance until a claim of
// the new period replaces it (standsFor).
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

    // A claim from an earlier idle period of the same leg: its instance keeps the conversation.
    // It acts on the stages of a later period without a new claim (one request less per idle
    // period), and rivals stand by for it as for a current claim, taking over only if it does
    // not act (StageArbiter).
    bool standsFor(const StageClaim &later) const
    {
        return idleSinceMs != kNoTime && idleSinceMs < later.idleSinceMs;
    }

    friend bool operator==(const StageClaim &, const StageClaim &) = default;
};

} // namespace IdleGuard::Enforcement
