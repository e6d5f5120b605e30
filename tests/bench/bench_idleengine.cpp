// idleguard_bench: throughput and memory of the idle engine (docs/benchmarks.md).
//
//   idleguard_bench [--sizes 1000,10000,100000] [--rounds 3]
//
// For each size n it loads n tracked conversations, then measures (best of --rounds):
//   snapshot updates/s   updateConversation() with a full conversation snapshot
//   message updates/s    addMessage() on a random conversation (re-arms its deadline)
//   deadline queries/s   nextDeadlineMs()
//   due actions/s        takeDueActions() while the clock sweeps through the deadlines
//   bytes/conversation   heap growth (mallinfo2) per tracked conversation

#include "core/idleengine.h"
#include "core/manualclock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <cstdio>
#include <malloc.h>

using namespace IdleGuard;

namespace {

constexpr qint64 kStart = 1'750'000'000'000;
volatile qint64 g_sink = 0; // keeps results observable so nothing is optimised away

size_t heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd; // small blocks in use + large blocks mapped on their own
}

Conversation makeConversation(int i, QRandomGenerator &rng)
{
    Conversation c;
    c.id = QStringLiteral("0c4b7e21-9d3a-4f5b-8c6d-%1").arg(i, 12, 10, QLatin1Char('0'));
    c.queueId = QStringLiteral("9d2b7c1a-5e4f-4a3b-8c2d-00000000000%1").arg(i % 5);
    c.queueName = QStringLiteral("Queue %1").arg(i % 5);
    c.customerLanguage = QStringLiteral("en-GB");
    Participant customer;
    customer.id = c.id + QStringLiteral("-c");
    customer.purpose = ParticipantPurpose::Customer;
    customer.state = ParticipantState::Connected;
    customer.name = QStringLiteral("Customer %1").arg(i);
    customer.messages << MessageRef {c.id + QStringLiteral("-m1"), Party::Customer, kStart - 60000,
                                     false};
    Participant agent;
    agent.id = c.id + QStringLiteral("-a");
    agent.purpose = ParticipantPurpose::Agent;
    agent.state = ParticipantState::Connected;
    agent.name = QStringLiteral("Agent %1").arg(i % 300);
    agent.userId = QStringLiteral("user-%1").arg(i % 300);
    agent.connectedMs = kStart - 50000;
    agent.messages << MessageRef {c.id + QStringLiteral("-m2"), Party::Agent,
                                  kStart - qint64(rng.bounded(200000)), false};
    c.participants << customer << agent;
    return c;
}

struct Figures
{
    double snapshotsPerSec = 0;
    double messagesPerSec = 0;
    double queriesPerSec = 0;
    double actionsPerSec = 0;
    double bytesPerConversation = 0;
};

Figures measure(int n)
{
    QRandomGenerator rng(42);
    ManualClock clock(kStart);
    Figures f;

    // Snapshots are built one at a time and dropped after the update, with ids deep-copied, so
    // that the heap growth is what the engine itself keeps.
    QStringList ids;
    ids.reserve(n);
    malloc_trim(0);
    const size_t before = heapInUse();
    auto engine = std::make_unique<IdleEngine>(clock);
    qint64 loadNs = 0;
    QElapsedTimer timer;
    for (int i = 0; i < n; ++i) {
        const Conversation c = makeConversation(i, rng);
        timer.start();
        engine->updateConversation(c);
        loadNs += timer.nsecsElapsed();
        ids << QString(c.id.constData(), c.id.size());
    }
    const size_t after = heapInUse() - size_t(ids.size()) * (sizeof(QString) + sizeof(QChar) * 40);
    f.snapshotsPerSec = n / (double(loadNs) / 1e9);
    f.bytesPerConversation = double(after - before) / n;

    const int updates = std::max(n, 200000);
    QList<int> targets;
    targets.reserve(updates);
    for (int i = 0; i < updates; ++i)
        targets << int(rng.bounded(n));
    QStringList messageIds;
    for (int i = 0; i < updates; ++i)
        messageIds << QStringLiteral("msg-%1").arg(i);
    timer.restart();
    for (int i = 0; i < updates; ++i) {
        const Party who = (i & 1) ? Party::Customer : Party::Agent;
        engine->addMessage(ids[targets[i]], MessageRef {messageIds[i], who, kStart + i, false});
    }
    f.messagesPerSec = updates / (double(timer.nsecsElapsed()) / 1e9);

    const int queries = 5'000'000;
    timer.restart();
    qint64 acc = 0;
    for (int i = 0; i < queries; ++i)
        acc += engine->nextDeadlineMs();
    f.queriesPerSec = queries / (double(timer.nsecsElapsed()) / 1e9);
    g_sink = acc;

    // Sweep the clock through eight hours: every stage of every conversation comes due.
    qint64 actions = 0;
    timer.restart();
    for (qint64 t = kStart; t < kStart + 8 * 3600 * 1000; t += 1000) {
        clock.setNowMs(t);
        actions += engine->takeDueActions().size();
    }
    f.actionsPerSec = double(actions) / (double(timer.nsecsElapsed()) / 1e9);
    g_sink = actions;
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("idleguard.*=false"));
    QList<int> sizes {1000, 10000, 100000};
    int rounds = 3;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--sizes") {
            sizes.clear();
            for (const QString &s : args[i + 1].split(u','))
                sizes << s.toInt();
        } else if (args[i] == u"--rounds") {
            rounds = std::max(1, args[i + 1].toInt());
        }
    }

    std::printf("| conversations | snapshot updates/s | message updates/s | deadline queries/s | "
                "due actions/s | bytes/conversation |\n");
    std::printf("|---:|---:|---:|---:|---:|---:|\n");
    for (int n : sizes) {
        Figures best;
        for (int r = 0; r < rounds; ++r) {
            const Figures f = measure(n);
            best.snapshotsPerSec = std::max(best.snapshotsPerSec, f.snapshotsPerSec);
            best.messagesPerSec = std::max(best.messagesPerSec, f.messagesPerSec);
            best.queriesPerSec = std::max(best.queriesPerSec, f.queriesPerSec);
            best.actionsPerSec = std::max(best.actionsPerSec, f.actionsPerSec);
            best.bytesPerConversation = f.bytesPerConversation;
        }
        std::printf("| %d | %.0f | %.0f | %.0f | %.0f | %.0f |\n", n, best.snapshotsPerSec,
                    best.messagesPerSec, best.queriesPerSec, best.actionsPerSec,
                    best.bytesPerConversation);
        std::fflush(stdout);
    }
    return 0;
}
