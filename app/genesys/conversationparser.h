#pragma once

#include "core/conversation.h"
#include "core/queue.h"

#include <QJsonObject>

namespace IdleGuard::Genesys {

// Turns Genesys message-conversation JSON into the platform-neutral Conversation the idle
// engine tracks. Both forms are read: the REST MessageConversation (MessageDetails carry
// "messageId") and the notification topic's eventBody (entries carry "message": {"id"}).
// Tolerant by design: unknown fields are ignored, unknown enum values become Unknown (and are
// logged once per value), missing or malformed fields leave defaults; it never throws.
class ConversationParser
{
public:
    // std::nullopt-like: an empty id means the object was not a conversation at all.
    static Conversation parse(const QJsonObject &object);
    static Queue parseQueue(const QJsonObject &object);

    static qint64 parseTime(const QJsonValue &value); // kNoTime when absent or malformed
    static ParticipantPurpose parsePurpose(const QString &text);
    static ParticipantState parseState(const QString &text);

    // How many unknown enum values were seen (for the status view and the tests).
    static int unknownValueCount();
    // Each different unknown value is logged once, up to this many; then one line says so.
    static constexpr qsizetype kMaxLoggedUnknownValues = 100;

private:
    static Participant parseParticipant(const QJsonObject &object);
    static void noteUnknown(const char *field, const QString &value);
};

} // namespace IdleGuard::Genesys
