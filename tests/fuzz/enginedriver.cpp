#include "enginedriver.h"

#include "core/idleengine.h"
#include "core/manualclock.h"
#include "fuzzsupport.h"

#include <QSet>

namespace IdleGuard::Fuzz {

void exerciseEngine(const PolicySet &policies, const QList<Conversation> &conversations,
                    qint64 startMs)
{
    ManualClock clock(startMs);
    IdleEngine engine(clock);
    FUZZ_CHECK(engine.setPolicies(policies).isEmpty());
    for (const Conversation &conversation : conversations)
        engine.updateConversation(conversation);

    QSet<QString> handedOut;
    // Five customer and agent stages per conversation at most, plus room for the end.
    for (int step = 0; step < 8 * (conversations.size() + 1); ++step) {
        engine.statuses();
        engine.visitUpcoming([](const ConversationStatus &) { return true; });
        const qint64 next = engine.nextDeadlineMs();
        if (next == kNoDeadline)
            break;
        if (next > clock.nowMs())
            clock.setNowMs(next);
        for (const IdleAction &action : engine.takeDueActions()) {
            // Nothing new comes in: a stage handed out twice would be a double message.
            // (The close stage is two actions: its message and the disconnect.)
            const QString key = action.conversationId + u'/'
                + QString::number(static_cast<int>(action.stage)) + u'/'
                + QString::number(static_cast<int>(action.kind));
            FUZZ_CHECK(!handedOut.contains(key));
            handedOut.insert(key);
            engine.whyNotDue(action);
        }
        // What was due has been handed out: nothing is left due now.
        FUZZ_CHECK(engine.nextDeadlineMs() > clock.nowMs());
    }
}

} // namespace IdleGuard::Fuzz
