#pragma once

#include "core/conversation.h"
#include "core/policyset.h"

#include <QList>

namespace IdleGuard::Fuzz {

// Feeds conversations to an IdleEngine under `policies` on a manual clock that starts at
// `startMs`, then walks the clock from deadline to deadline, taking every due action and asking
// about it: what parsed input does downstream, where hostile times and texts end up in deadline
// arithmetic and rendered messages. Checks that the engine's promises hold (deadlines never in
// the past after their actions are taken, each stage handed out once).
void exerciseEngine(const PolicySet &policies, const QList<Conversation> &conversations,
                    qint64 startMs);

} // namespace IdleGuard::Fuzz
