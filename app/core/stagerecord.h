#pragma once

#include "idletypes.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace IdleGuard {

// The executed stage as written onto the agent participant's attributes, so that a second
// Idle Guard instance, a restart or a report sees that a stage already happened.
struct StageRecord
{
    static const QString kStageKey; // "idleGuard.stage"
    static const QString kAtKey; // "idleGuard.stageAt", ISO 8601 UTC with milliseconds
    // The ids of the messages Idle Guard sent on the conversation, space-separated, newest last:
    // so that another instance, or this one after a restart, never takes them for the agent's.
    static const QString kMessagesKey; // "idleGuard.messageIds"
    static constexpr int kMaxListedMessages = 12;

    IdleStage stage = IdleStage::None;
    qint64 atMs = kNoTime;

    static std::optional<StageRecord> fromAttributes(const QHash<QString, QString> &attributes);
    QHash<QString, QString> toAttributes() const;

    static QStringList sentMessageIds(const QHash<QString, QString> &attributes);
    // The list with messageId appended, the oldest dropped past kMaxListedMessages.
    static QString withSentMessage(const QStringList &listed, const QString &messageId);

    friend bool operator==(const StageRecord &, const StageRecord &) = default;
};

} // namespace IdleGuard
