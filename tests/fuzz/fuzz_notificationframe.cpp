// Fuzz target: notification frames as they come from the channel's WebSocket
// (NotificationFeed::handleFrame): the envelope, the metadata and system topics, and conversation
// events into the mirror. The input is one frame per line, so that a sequence of events for the
// same conversation (freshness, tombstones) can be reached too. The feed is started on two queues
// and never given an event loop: its REST calls (the channel) never leave, and no time passes.

#include "core/manualclock.h"
#include "fuzzsupport.h"
#include "genesys/environment.h"
#include "genesys/genesysapi.h"
#include "genesys/notificationfeed.h"
#include "genesys/restclient.h"

#include <QUrl>

using namespace IdleGuard;
using namespace IdleGuard::Genesys;

namespace {

// The queues of the seed corpus (reference 7.4).
const QStringList kQueues {QStringLiteral("9d2b7c1a-5e4f-4a3b-8c2d-1e0f9a8b7c6d"),
                           QStringLiteral("0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b")};

struct Feed
{
    ManualClock clock {1'741'082'400'000};
    // Port 9 (discard) on loopback: nothing is sent anyway without an event loop.
    RestClient client {Environment::custom(QUrl(QStringLiteral("http://127.0.0.1:9"))), clock};
    GenesysApi api {client};
    NotificationFeed feed {api, clock};

    Feed()
    {
        feed.setScheduler([](qint64, std::function<void()>) {});
        feed.setQueues(kQueues);
        feed.start();
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::initialise();
    static Feed *feed = new Feed; // lives as long as the process
    const QList<QByteArray> frames = Fuzz::bytes(data, size).split('\n');
    for (const QByteArray &frame : frames)
        feed->feed.handleFrame(QString::fromUtf8(frame));
    // Only conversations of the watched queues are kept (or of no queue yet: their topic was a
    // watched queue's).
    for (const Conversation &conversation : feed->feed.mirror().conversations())
        FUZZ_CHECK(conversation.queueId.isEmpty() || kQueues.contains(conversation.queueId));
    // Each input starts from an empty mirror: what one input left must not decide the next.
    feed->feed.mirror().clear();
    return 0;
}
