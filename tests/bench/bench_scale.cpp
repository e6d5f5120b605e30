// idleguard_scale_bench: Idle Guard at the size of a large contact center (docs/benchmarks.md,
// "10,000 conversations"). An in-process sandbox on a stepped clock with N live message
// conversations across Q queues, and a headless-style instance (notification feed + enforcement
// worker sharing one token and its rate budget) watching every queue. It measures, on the
// sandbox clock (the rate limit sets the pace, not the CPU) and on the wall clock:
//   - cold start: from sign-in to a complete mirror (the feed live, every conversation tracked);
//   - a forced resync (every socket dropped without a close frame);
//   - `due` conversations whose agent says hello one after another over `window`: warning 1,
//     warning 2 and the close fall due for each; lateness of each stage (the message's sandbox
//     time minus its deadline) and the requests spent per stage;
//   - the requests of every phase, counted at the sandbox by endpoint; the process's RSS.
// Figures only: the exactly-once claim is the tests'; this exits non-zero if a stage went out
// twice, failed, or did not happen.

#include "agentroundrobin.h"
#include "core/conversationstatus.h"
#include "enforcementharness.h"
#include "enforcertestaccess.h"
#include "sandbox/conversationstore.h"
#include "sandbox/httppipeline.h"
#include "sandbox/organisation.h"
#include "sandbox/sandbox.h"
#include "sandbox/simconversation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <cmath>

using namespace IdleGuard;
using namespace IdleGuard::Enforcement;
using namespace IdleGuard::Sandbox;
using namespace Qt::StringLiterals;

namespace {

using Counts = QHash<QString, qint64>;

struct Options
{
    int conversations = 10'000;
    int queues = 50;
    int due = 1'000;
    qint64 windowMs = 600'000;
    int warning1 = 60;
    int warning2 = 1'800;
    int close = 3'600;
    qint64 claimLeadMs = 2'000;
    bool resync = true;
};

struct Phase
{
    QString name;
    qint64 sandboxMs = 0;
    qint64 wallMs = 0;
    Counts requests;
    int stages = 0;
};

// /proc/self/status field in KiB (VmRSS, VmHWM); -1 when unknown.
qint64 procStatusKb(const char *field)
{
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QString mib(qint64 kb)
{
    return kb < 0 ? u"-"_s : QString::number(double(kb) / 1024.0, 'f', 0);
}

Counts minus(const Counts &after, const Counts &before)
{
    Counts out;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (const qint64 n = it.value() - before.value(it.key()); n > 0)
            out.insert(it.key(), n);
    }
    return out;
}

qint64 total(const Counts &counts)
{
    qint64 n = 0;
    for (const qint64 v : counts)
        n += v;
    return n;
}

qint64 percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<qsizetype>(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

QJsonObject policyWithoutAgentTrack(int t1, int t2, int t3, const QString &wrapUpCode = {})
{
    QJsonObject policy = EnforcementHarness::policyJson(t1, t2, t3).value("default"_L1).toObject();
    policy.remove("agent"_L1); // agent flags are local notifications: no requests, not measured
    if (!wrapUpCode.isEmpty())
        policy.insert("wrapUpCode"_L1, wrapUpCode);
    return policy;
}

class ScaleBench
{
public:
    explicit ScaleBench(const Options &options)
        : m_options(options)
        , m_harness(sandboxOptions(options))
    { }

    int run(QTextStream &out);

private:
    static SandboxOptions sandboxOptions(const Options &o)
    {
        SandboxOptions options = SandboxFixture::quietOptions();
        options.queues = o.queues;
        // Agents take two or three conversations each and serve one or two queues.
        options.agents = std::max(8, o.conversations * 3 / 5 + 10);
        return options;
    }

    IdleGuard::Sandbox::Sandbox &sandbox() { return m_harness.sandbox(); }
    Counts counts() { return sandbox().pipeline().apiRequestsByEndpoint(); }
    bool populate(QString *error);
    PolicySet policies() const;
    // Advances the clock in steps until `done` (or `boundMs` of sandbox time passed).
    bool advanceUntil(const std::function<bool()> &done, qint64 boundMs);
    int finished(IdleStage stage, IdleAction::Kind kind) const;
    bool forcedResync(const std::function<bool()> &complete, QTextStream &out);
    bool runStage(IdleStage stage, IdleAction::Kind lastKind, const QString &prefix,
                  int thresholdSeconds, QTextStream &out);
    // Requests and time from the first hello (warning 1 falls due while the hellos go on).
    Counts m_windowCounts;
    qint64 m_windowStartMs = 0;
    void printPhase(const Phase &phase, QTextStream &out) const;

    Options m_options;
    EnforcementHarness m_harness;
    EnforcementHarness::Instance *m_instance = nullptr;
    QStringList m_dueQueues;
    QStringList m_dueIds;
    QHash<QString, qint64> m_helloMs; // due conversation -> when its agent said hello
    QList<Phase> m_phases;
    int m_problems = 0;
};

bool ScaleBench::populate(QString *error)
{
    const Organisation &org = sandbox().organisation();
    ConversationStore &store = sandbox().store();
    const QList<SandboxQueue> queues = org.queues();
    // The due conversations fill the first queues (about N/Q conversations each).
    const int perQueue = std::max(1, m_options.conversations / m_options.queues);
    const int dueQueueCount = std::max(1, (m_options.due + perQueue - 1) / perQueue);
    AgentRoundRobin agents(org);
    for (int q = 0; q < dueQueueCount && q < queues.size(); ++q)
        m_dueQueues.append(queues.at(q).id);
    int due = 0;
    for (int i = 0; i < m_options.conversations; ++i) {
        const bool isDue = due < m_options.due;
        // The others in the remaining queues (all of them when there is only one).
        const int others = int(queues.size()) - int(m_dueQueues.size());
        const QString queueId = isDue ? m_dueQueues.at(due / perQueue % m_dueQueues.size())
            : others > 0              ? queues.at(int(m_dueQueues.size()) + i % others).id
                                      : queues.at(i % queues.size()).id;
        const SandboxUser *agent = agents.next(queueId);
        if (!agent)
            continue; // that queue's agents are full: put it in the next one
        const QString id = store.startConversation(queueId, u"Customer %1"_s.arg(i + 1),
                                                   u"Hello, I need help"_s);
        store.offerToAgent(id, agent->id);
        store.answer(id);
        if (isDue) {
            ++due;
            m_dueIds.append(id);
        } else {
            ConversationStore::Outcome outcome {};
            store.addAgentMessage(id, store.conversation(id)->agent()->id, u"Hi, how can I help?"_s,
                                  agent->id, &outcome);
        }
    }
    if (store.conversations().size() < m_options.conversations * 95 / 100) {
        *error = u"only %1 conversations fit on %2 agents"_s.arg(store.conversations().size())
                     .arg(org.agents().size());
        return false;
    }
    sandbox().step(2'000); // the delivery receipts of the hellos land
    return true;
}

PolicySet ScaleBench::policies() const
{
    // Everything else waits for hours: tracked, but nothing falls due during the run.
    QJsonObject json = EnforcementHarness::policyJson(6 * 3600, 7 * 3600, 8 * 3600);
    json.insert("default"_L1, policyWithoutAgentTrack(6 * 3600, 7 * 3600, 8 * 3600));
    QJsonObject perQueue;
    const Organisation &org = const_cast<ScaleBench *>(this)->sandbox().organisation();
    for (const QString &queueId : m_dueQueues) {
        QString wrapUp;
        for (const SandboxQueue &q : org.queues()) {
            if (q.id == queueId && !q.wrapupCodeIds.isEmpty())
                wrapUp = q.wrapupCodeIds.first();
        }
        perQueue.insert(queueId,
                        policyWithoutAgentTrack(m_options.warning1, m_options.warning2,
                                                m_options.close, wrapUp));
    }
    json.insert("queues"_L1, perQueue);
    return EnforcementHarness::policies(json);
}

bool ScaleBench::advanceUntil(const std::function<bool()> &done, qint64 boundMs)
{
    const qint64 until = m_harness.now() + boundMs;
    int stuck = 0; // rounds in a row that did not settle (a slow analytics page, say)
    while (!done()) {
        if (m_harness.now() >= until || stuck > 20)
            return false;
        stuck = m_harness.advanceBy(5'000) ? 0 : stuck + 1;
    }
    return true;
}

int ScaleBench::finished(IdleStage stage, IdleAction::Kind kind) const
{
    // Conversations where the stage's last action went out (a stage handed back to be decided
    // again on a fresh read is reported skipped first, then carried out).
    QSet<QString> done;
    for (const ActionReport &r : std::as_const(m_instance->reports)) {
        if (r.action.stage == stage && r.action.kind == kind
            && (r.outcome == JournalOutcome::Succeeded || r.outcome == JournalOutcome::Observed))
            done.insert(r.action.conversationId);
    }
    return int(done.size());
}

void ScaleBench::printPhase(const Phase &phase, QTextStream &out) const
{
    out << "## " << phase.name << ": " << phase.sandboxMs / 1000 << " s sandbox, " << phase.wallMs
        << " ms wall, " << total(phase.requests) << " requests";
    if (phase.stages > 0)
        out << ", " << phase.stages << " stages, "
            << QString::number(double(total(phase.requests)) / phase.stages, 'f', 2)
            << " requests/stage";
    out << Qt::endl;
    QMap<QString, qint64> sorted;
    for (auto it = phase.requests.cbegin(); it != phase.requests.cend(); ++it)
        sorted.insert(it.key(), it.value());
    for (auto it = sorted.cbegin(); it != sorted.cend(); ++it) {
        out << "    " << it.value();
        if (phase.stages > 0)
            out << " (" << QString::number(double(it.value()) / phase.stages, 'f', 2) << "/stage)";
        out << "  " << it.key() << Qt::endl;
    }
}

bool ScaleBench::runStage(IdleStage stage, IdleAction::Kind lastKind, const QString &prefix,
                          int thresholdSeconds, QTextStream &out)
{
    const int dueCount = int(m_dueIds.size());
    Phase phase;
    phase.name = stableName(stage);
    const qint64 start = m_harness.now();
    QElapsedTimer wall;
    wall.start();
    // From the first deadline of this stage until every conversation had it.
    qint64 firstDeadline = kNoDeadline;
    for (const qint64 hello : std::as_const(m_helloMs))
        firstDeadline = std::min(firstDeadline, hello + thresholdSeconds * 1000LL);
    // A stage that fell due while the hellos went on (warning 1) counts from the first hello.
    const bool started = firstDeadline <= start + 10'000;
    if (!started)
        m_harness.advanceTo(firstDeadline - 10'000);
    const Counts from = started ? m_windowCounts : counts();
    const qint64 phaseStart = started ? m_windowStartMs : m_harness.now();
    wall.restart();
    const bool ok = advanceUntil([&] { return finished(stage, lastKind) >= dueCount; },
                                 m_options.windowMs + 4 * 3600'000LL);
    phase.sandboxMs = m_harness.now() - phaseStart;
    phase.wallMs = wall.elapsed();
    phase.requests = minus(counts(), from);
    phase.stages = finished(stage, lastKind);
    if (!ok) {
        qCritical().noquote() << phase.name << ": only" << phase.stages << "of" << dueCount;
        ++m_problems;
    }
    QList<qint64> lateness;
    for (const QString &id : std::as_const(m_dueIds)) {
        const QList<SimMessage> sent = m_harness.messagesStartingWith(id, prefix);
        if (sent.size() != 1) {
            ++m_problems;
            qCritical().noquote() << id << "received" << sent.size() << prefix << "messages";
            continue;
        }
        lateness.append(sent.constFirst().timeMs - m_helloMs.value(id) - thresholdSeconds * 1000LL);
    }
    printPhase(phase, out);
    out << "    lateness (ms) p50 " << percentile(lateness, 50) << ", p99 "
        << percentile(lateness, 99) << ", max " << percentile(lateness, 100) << Qt::endl;
    m_phases.append(phase);
    return ok;
}

bool ScaleBench::forcedResync(const std::function<bool()> &complete, QTextStream &out)
{
    Phase resync;
    resync.name = u"forced resync"_s;
    const int resyncsBefore = m_instance->feed->counters().resyncs;
    const Counts from = counts();
    const qint64 start = m_harness.now();
    QElapsedTimer wall;
    wall.start();
    m_harness.fixture().control(u"/sandbox/faults/drop-sockets"_s, "{}");
    const bool ok = advanceUntil(
        [&] { return m_instance->feed->counters().resyncs > resyncsBefore && complete(); },
        4 * 3600'000LL);
    resync.sandboxMs = m_harness.now() - start;
    resync.wallMs = wall.elapsed();
    resync.requests = minus(counts(), from);
    printPhase(resync, out);
    if (!ok)
        qCritical() << "the resync did not complete";
    return ok;
}

int ScaleBench::run(QTextStream &out)
{
    QElapsedTimer wall;
    wall.start();
    QString error;
    if (!m_harness.start() || !populate(&error)) {
        qCritical().noquote() << "set-up failed:" << error;
        return 1;
    }
    const qint64 sandboxRssKb = procStatusKb("VmRSS");
    out << "# " << sandbox().store().conversations().size() << " conversations, "
        << m_options.queues << " queues, " << sandbox().organisation().agents().size()
        << " agents, " << m_dueIds.size() << " due over " << m_options.windowMs / 1000
        << " s, claim lead " << m_options.claimLeadMs << " ms; set up in " << wall.elapsed()
        << " ms; RSS with the sandbox alone " << mib(sandboxRssKb) << " MiB" << Qt::endl;

    // Cold start: sign-in (the token is there) to a complete mirror.
    QStringList queueIds;
    for (const SandboxQueue &q : sandbox().organisation().queues())
        queueIds.append(q.id);
    const int expected = int(sandbox().store().conversations().size());
    Phase cold;
    cold.name = u"cold start"_s;
    Counts from = counts();
    qint64 start = m_harness.now();
    wall.restart();
    m_instance = &m_harness.addScaleInstance(
        u"scale"_s, policies(), queueIds,
        [this](EnforcementWorker::Settings &s) { s.claimLeadMs = m_options.claimLeadMs; });
    EnforcementWorker &worker = *m_instance->worker;
    auto complete = [&] {
        return m_instance->feed->state() == Genesys::NotificationFeed::State::Live
            && m_instance->feed->mirror().size() == expected
            && EnforcerTestAccess::engine(worker).conversationCount() == expected;
    };
    bool ok = advanceUntil(complete, 4 * 3600'000LL);
    cold.sandboxMs = m_harness.now() - start;
    cold.wallMs = wall.elapsed();
    cold.requests = minus(counts(), from);
    printPhase(cold, out);
    out << "    RSS " << mib(procStatusKb("VmRSS")) << " MiB (Idle Guard's share about "
        << mib(procStatusKb("VmRSS") - sandboxRssKb) << " MiB)" << Qt::endl;
    if (!ok) {
        qCritical() << "the mirror did not complete:" << m_instance->feed->mirror().size();
        return 1;
    }

    // A forced resync: every socket dropped without a close frame.
    if (m_options.resync && !forcedResync(complete, out))
        return 1;

    // The due conversations: their agent says hello one after another over the window.
    ConversationStore &store = sandbox().store();
    const qint64 windowStart = m_harness.now() + 1'000;
    const qint64 spacing = m_dueIds.isEmpty() ? 0 : m_options.windowMs / m_dueIds.size();
    m_harness.advanceTo(windowStart);
    m_windowCounts = counts();
    m_windowStartMs = m_harness.now();
    for (qsizetype i = 0; i < m_dueIds.size(); ++i) {
        m_harness.advanceTo(windowStart + i * spacing);
        const QString &id = m_dueIds.at(i);
        const SimParticipant *agent = store.conversation(id)->agent();
        ConversationStore::Outcome outcome {};
        store.addAgentMessage(id, agent->id, u"Hi, how can I help?"_s, agent->userId, &outcome);
        m_helloMs.insert(id, m_harness.now());
    }
    using Kind = IdleAction::Kind;
    runStage(IdleStage::Warning1, Kind::SendWarning, u"[W1]"_s, m_options.warning1, out);
    runStage(IdleStage::Warning2, Kind::SendWarning, u"[W2]"_s, m_options.warning2, out);
    runStage(IdleStage::Close, Kind::Disconnect, u"[CLOSE]"_s, m_options.close, out);
    QHash<QString, int> skipped;
    for (const ActionReport &r : std::as_const(m_instance->reports)) {
        if (r.outcome == JournalOutcome::Failed) {
            ++m_problems;
            qCritical().noquote() << stableName(r.action.stage) << r.action.conversationId
                                  << stableName(r.outcome) << r.error;
        } else if (r.outcome == JournalOutcome::Skipped) {
            ++skipped[r.error];
        }
    }
    for (auto it = skipped.cbegin(); it != skipped.cend(); ++it)
        out << "# skipped " << it.value() << "x: " << it.key() << Qt::endl;
    out << "# peak RSS " << mib(procStatusKb("VmHWM")) << " MiB, now " << mib(procStatusKb("VmRSS"))
        << " MiB; " << m_problems << " problem(s)" << Qt::endl;
    return m_problems == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Idle Guard against a sandbox organisation of contact-center size (stepped clock)."_s);
    parser.addHelpOption();
    const QCommandLineOption conversations(u"conversations"_s, u"Live conversations (10000)."_s,
                                           u"n"_s, u"10000"_s);
    const QCommandLineOption queues(u"queues"_s, u"Queues (50)."_s, u"n"_s, u"50"_s);
    const QCommandLineOption due(u"due"_s, u"Conversations that fall due (1000)."_s, u"n"_s,
                                 u"1000"_s);
    const QCommandLineOption window(u"window"_s, u"Seconds their deadlines spread over (600)."_s,
                                    u"s"_s, u"600"_s);
    const QCommandLineOption noResync(u"no-resync"_s, u"Skip the forced resync."_s);
    const QCommandLineOption claimLead(u"claim-lead"_s,
                                       u"The worker's claim lead in ms (2000; 0: no claims)."_s,
                                       u"ms"_s, u"2000"_s);
    parser.addOptions({conversations, queues, due, window, claimLead, noResync});
    parser.process(app);

    Options options;
    options.conversations = parser.value(conversations).toInt();
    options.queues = std::max(1, parser.value(queues).toInt());
    options.due = std::clamp(parser.value(due).toInt(), 1, options.conversations);
    options.windowMs = qint64(parser.value(window).toDouble() * 1000.0);
    options.claimLeadMs = parser.value(claimLead).toLongLong();
    options.resync = !parser.isSet(noResync);
    QTextStream out(stdout);
    ScaleBench bench(options);
    return bench.run(out);
}
