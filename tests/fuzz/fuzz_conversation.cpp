// Fuzz target: the conversation JSON parser (ConversationParser::parse), both the REST
// MessageConversation and a topic event's eventBody, and what the parsed conversation goes on to:
// the feed's mirror (freshness) and the idle engine under the built-in policy.

#include "enginedriver.h"
#include "fuzzsupport.h"
#include "genesys/conversationmirror.h"
#include "genesys/conversationparser.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace IdleGuard;
using namespace IdleGuard::Genesys;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::initialise();
    const QJsonDocument document = QJsonDocument::fromJson(Fuzz::bytes(data, size));
    if (!document.isObject())
        return 0;
    const Conversation conversation = ConversationParser::parse(document.object());
    if (conversation.id.isEmpty()) {
        FUZZ_CHECK(conversation.participants.isEmpty());
        return 0;
    }
    qint64 newestMs = conversation.startMs;
    for (const Participant &participant : conversation.participants) {
        FUZZ_CHECK(!participant.id.isEmpty());
        for (const MessageRef &message : participant.messages) {
            FUZZ_CHECK(!message.id.isEmpty() && message.timestampMs != kNoTime);
            newestMs = qMax(newestMs, message.timestampMs);
        }
    }
    conversation.customer();
    conversation.connectedAgent();
    conversation.waitingAcd();
    conversation.waitingSinceMs();
    conversation.isWaitingInQueue();

    ConversationMirror mirror;
    mirror.setWatchedQueues({conversation.queueId});
    ConversationMirror::freshnessOf(conversation);
    mirror.apply(conversation);
    mirror.apply(conversation); // the same snapshot again changes nothing
    FUZZ_CHECK(mirror.size() <= 1);

    // The engine's clock starts where the conversation's own times are, or at a fixed date.
    const qint64 startMs = newestMs == kNoTime ? 1'741'082'400'000 : newestMs;
    Fuzz::exerciseEngine(PolicySet(), {conversation}, startMs);
    return 0;
}
