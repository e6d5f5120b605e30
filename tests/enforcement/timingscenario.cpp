#include "timingscenario.h"

#include "agentroundrobin.h"
#include "enforcementharness.h"
#include "enforcertestaccess.h"
#include "genesys/conversationparser.h"
#include "genesys/environment.h"
#include "sandbox/conversationjson.h"
#include "sandbox/conversationstore.h"
#include "sandbox/eventscheduler.h"
#include "sandbox/organisation.h"
#include "sandbox/sandbox.h"
#include "sandbox/simconversation.h"
#include "sandbox/trafficsimulator.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <memory>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

using namespace IdleGuard;
using namespace IdleGuard::Enforcement;
using namespace IdleGuard::Sandbox;
using namespace Qt::StringLiterals;

namespace {

constexpr auto kWarningPrefix = "[W1]";

// Long thresholds for the conversations that must not fall due during a run.
constexpr int kFarWarning1Seconds = 3600;

qint64 cpuMicroseconds([[maybe_unused]] int who)
{
#ifdef Q_OS_LINUX
    rusage usage {};
    if (getrusage(who, &usage) != 0)
        return -1;
    return (qint64(usage.ru_utime.tv_sec) + qint64(usage.ru_stime.tv_sec)) * 1'000'000
        + qint64(usage.ru_utime.tv_usec) + qint64(usage.ru_stime.tv_usec);
#else
    return -1;
#endif
}

qint64 threadCpuMicroseconds()
{
#ifdef Q_OS_LINUX
    return cpuMicroseconds(RUSAGE_THREAD);
#else
    return -1;
#endif
}

qint64 processCpuMicroseconds()
{
#ifdef Q_OS_LINUX
    return cpuMicroseconds(RUSAGE_SELF);
#else
    return -1;
#endif
}

// Nearest-rank percentile of sorted values.
qint64 percentile(const QList<qint64> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const auto rank = static_cast<qsizetype>(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

} // namespace

TimingScenario::Distribution TimingScenario::Distribution::of(QList<qint64> values)
{
    Distribution d;
    d.count = int(values.size());
    if (values.isEmpty())
        return d;
    std::sort(values.begin(), values.end());
    d.min = values.constFirst();
    d.max = values.constLast();
    d.p50 = percentile(values, 50);
    d.p90 = percentile(values, 90);
    d.p99 = percentile(values, 99);
    double sum = 0;
    for (qint64 v : std::as_const(values))
        sum += double(v);
    d.mean = sum / double(values.size());
    return d;
}

QString TimingScenario::Distribution::describe() const
{
    return u"n=%1 min=%2 p50=%3 p90=%4 p99=%5 max=%6 mean=%7 ms"_s.arg(count)
        .arg(min)
        .arg(p50)
        .arg(p90)
        .arg(p99)
        .arg(max)
        .arg(mean, 0, 'f', 1);
}

TimingScenario::TimingScenario(const Settings &settings)
    : m_settings(settings)
{
    // One queue for the due conversations, three for the others. Agents take two or three
    // conversations each (Organisation::generate) and serve one or two queues: about 0.6 agents
    // per conversation leaves every queue room to spare.
    m_queueCount = 4;
    m_agentCount = std::max(8, m_settings.conversations * 3 / 5 + 10);
    SandboxOptions options = SandboxFixture::quietOptions();
    options.stepped = false; // the clock runs in real time ...
    options.speed = 1.0; // ... at its pace
    options.queues = m_queueCount;
    options.agents = m_agentCount;
    options.faults.latencyMs = m_settings.latencyMs;
    m_fixture = std::make_unique<SandboxFixture>(options);
    m_dir = m_settings.journalDir.isEmpty()
        ? std::make_unique<QTemporaryDir>()
        : std::make_unique<QTemporaryDir>(m_settings.journalDir + u"/idleguard-timing-XXXXXX"_s);
}

TimingScenario::~TimingScenario()
{
    stop();
}

void TimingScenario::stop()
{
    if (m_enforcer)
        m_enforcer->stop();
}

bool TimingScenario::setUp(QString *error)
{
    const QElapsedTimer wall = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    if (!m_dir->isValid() || !m_fixture->start()) {
        *error = u"the sandbox did not start"_s;
        return false;
    }
    IdleGuard::Sandbox::Sandbox &sandbox = m_fixture->sandbox();
    sandbox.simulator().setPaused(true);
    const Organisation &org = sandbox.organisation();
    ConversationStore &store = sandbox.store();

    // Policies: an hour for every queue, warning 1 after warning1Seconds on the due queue.
    m_dueQueueId = org.queues().constFirst().id;
    QJsonObject json = EnforcementHarness::policyJson(kFarWarning1Seconds, 2 * kFarWarning1Seconds,
                                                      3 * kFarWarning1Seconds);
    const QJsonObject duePolicy
        = EnforcementHarness::policyJson(m_settings.warning1Seconds, 600, 1200)
              .value("default"_L1)
              .toObject();
    json.insert("queues"_L1, QJsonObject {{m_dueQueueId, duePolicy}});

    EnforcementWorker::Settings settings;
    settings.environment = Genesys::Environment::custom(sandbox.baseUrl());
    settings.journalPath = m_dir->filePath(u"journal.sqlite"_s);
    settings.instanceId = u"timing"_s;
    settings.wallTimer = true;
    settings.clockSpeed = 1.0;
    settings.claimLeadMs = m_settings.claimLeadMs;
    m_enforcer = std::make_unique<Enforcer>(sandbox.scheduler().clock(), settings);
    // The worker itself only for what the test reads on its thread (the engine's counts).
    EnforcementWorker *worker = EnforcerTestAccess::worker(*m_enforcer);
    bool started = false;
    QString startError;
    const QMetaObject::Connection onStarted
        = QObject::connect(m_enforcer.get(), &Enforcer::started, &m_context,
                           [&started, &startError](bool ok, const QString &why) {
                               started = true;
                               startError = ok ? QString() : why;
                           });
    QObject::connect(m_enforcer.get(), &Enforcer::actionFinished, &m_context,
                     [this](const ActionReport &report) { onActionFinished(report); });
    QObject::connect(&store, &ConversationStore::agentMessageAdded, &m_context,
                     [this](const QString &conversationId, const QString &messageId,
                            const QString &) { onAgentMessage(conversationId, messageId); });
    m_enforcer->setAccessToken(m_fixture->serviceToken());
    m_enforcer->setPolicies(EnforcementHarness::policies(json));
    m_enforcer->start();
    const bool up = QTest::qWaitFor([&started] { return started; }, 10'000);
    QObject::disconnect(onStarted);
    if (!up || !startError.isEmpty()) {
        *error = u"the enforcer did not start: %1"_s.arg(startError);
        return false;
    }

    // The conversations, each answered by an agent of its queue who has a free slot.
    AgentRoundRobin agents(org);
    const int due = std::clamp(m_settings.due, 0, m_settings.conversations);
    QStringList ids;
    for (int i = 0; i < m_settings.conversations; ++i) {
        const bool isDue = i < due;
        const QString queueId
            = isDue ? m_dueQueueId : org.queues().at(1 + (i - due) % (m_queueCount - 1)).id;
        const SandboxUser *agent = agents.next(queueId);
        if (!agent) {
            *error = u"no agent with a free slot left for conversation %1 of %2 (capacity of %3 "
                     u"agents used up: raise SandboxOptions::agents)"_s.arg(i + 1)
                         .arg(m_settings.conversations)
                         .arg(org.agents().size());
            return false;
        }
        const QString id = store.startConversation(queueId, u"Customer %1"_s.arg(i + 1),
                                                   u"Hello, I need help"_s);
        store.offerToAgent(id, agent->id);
        store.answer(id);
        if (isDue) {
            m_dueIndex.insert(id, m_due.size());
            m_due.append({id, -1});
        } else {
            // The agent answers now: the customer owes the next message, an hour from now.
            ConversationStore::Outcome outcome {};
            store.addAgentMessage(id, store.conversation(id)->agent()->id, u"Hi, how can I help?"_s,
                                  agent->id, &outcome);
        }
        ids.append(id);
    }
    // Let the delivery receipts of those hellos land, so the snapshots below are final.
    if (!QTest::qWaitFor([&sandbox] { return sandbox.scheduler().pendingCount() == 0; }, 10'000)) {
        *error = u"the sandbox's delivery receipts did not settle"_s;
        return false;
    }

    const UsagePoint before = usageNow();
    m_forwarding = true;
    QObject::connect(&store, &ConversationStore::conversationChanged, &m_context,
                     [this](const QString &conversationId) { forward(conversationId); });
    for (const QString &id : std::as_const(ids))
        forward(id);
    // Queued behind the snapshots: answers once the worker has taken all of them in.
    auto tracked = std::make_shared<std::atomic<int>>(-1);
    QMetaObject::invokeMethod(worker, [worker, tracked] {
        tracked->store(EnforcerTestAccess::engine(*worker).conversationCount());
    });
    const bool loaded = QTest::qWaitFor([tracked] { return tracked->load() >= 0; }, 30'000);
    m_setUpUsage = between(before, usageNow());
    if (!loaded || tracked->load() != m_settings.conversations) {
        *error = u"the worker tracks %1 of %2 conversations"_s.arg(tracked->load())
                     .arg(m_settings.conversations);
        return false;
    }
    qInfo().noquote() << u"set up %1 conversations (%2 due) on %3 agents in %4 ms"_s
                             .arg(m_settings.conversations)
                             .arg(due)
                             .arg(org.agents().size())
                             .arg(wall.elapsed());
    return true;
}

void TimingScenario::forward(const QString &conversationId)
{
    if (!m_forwarding || !m_enforcer)
        return;
    IdleGuard::Sandbox::Sandbox &sandbox = m_fixture->sandbox();
    const SimConversation *c = sandbox.store().conversation(conversationId);
    if (!c)
        return;
    const Conversation conversation = Genesys::ConversationParser::parse(
        ConversationJson::topicEventBody(*c, sandbox.organisation()));
    EnforcementWorker *worker = EnforcerTestAccess::worker(*m_enforcer);
    QMetaObject::invokeMethod(worker,
                              [worker, conversation] { worker->updateConversation(conversation); });
}

void TimingScenario::onAgentMessage(const QString &conversationId, const QString &messageId)
{
    const SimConversation *c = m_fixture->sandbox().store().conversation(conversationId);
    if (!c)
        return;
    for (const SimParticipant &p : c->participants) {
        if (p.purpose != "agent"_L1)
            continue;
        for (const SimMessage &m : p.messages) {
            if (m.id != messageId || !m.text.startsWith(QLatin1String(kWarningPrefix)))
                continue;
            m_warnings[conversationId].append(m.timeMs);
            if (!m_dueIndex.contains(conversationId))
                ++m_strayWarnings;
            if (m_progress)
                m_progress();
            return;
        }
    }
}

void TimingScenario::onActionFinished(const ActionReport &report)
{
    if (report.outcome != IdleGuard::JournalOutcome::Succeeded) {
        m_failed.append(report);
    } else if (report.action.stage == IdleGuard::IdleStage::Warning1) {
        ++m_finishedWarnings;
        m_reports.insert(report.action.conversationId, report);
    }
    if (m_progress)
        m_progress();
}

bool TimingScenario::run(int timeoutMs, QString *error)
{
    ConversationStore &store = m_fixture->sandbox().store();
    const qsizetype due = m_due.size();
    const UsagePoint before = usageNow();
    // The due conversations' agents say hello one after another over the window: each hello
    // starts a countdown, so their warnings fall due at the same spacing.
    for (qsizetype i = 0; i < due; ++i) {
        const qint64 at = m_settings.leadInMs + (due > 1 ? m_settings.windowMs * i / (due - 1) : 0);
        QTimer::singleShot(int(at), Qt::PreciseTimer, &m_context, [this, &store, i] {
            Due &d = m_due[i];
            const SimConversation *c = store.conversation(d.conversationId);
            const SimParticipant *agent = c ? c->agent() : nullptr;
            if (!agent)
                return;
            ConversationStore::Outcome outcome {};
            const QString messageId = store.addAgentMessage(
                d.conversationId, agent->id, u"Hi, how can I help?"_s, agent->userId, &outcome);
            for (const SimMessage &m : store.conversation(d.conversationId)->agent()->messages) {
                if (m.id == messageId)
                    d.agentMessageMs = m.timeMs;
            }
        });
    }
    // Waits in an event loop woken by the results themselves. Not QTest::qWaitFor: between its
    // rounds of event processing it sleeps 10 ms, and the sandbox lives on this thread, so every
    // request of the worker would wait for that nap and the measurement with it.
    auto finished = [this, due] {
        return m_finishedWarnings + m_failed.size() >= due && m_warnings.size() >= due;
    };
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    m_progress = [&loop, &finished] {
        if (finished())
            loop.quit();
    };
    timeout.start(timeoutMs);
    if (!finished())
        loop.exec();
    m_progress = nullptr;
    const bool done = finished();
    m_runUsage = between(before, usageNow());
    // What the engine holds for them now (queued behind every update forwarded so far).
    QStringList ids;
    for (const Due &d : std::as_const(m_due))
        ids.append(d.conversationId);
    QHash<QString, ConversationStatus> statuses;
    EnforcementWorker *worker = EnforcerTestAccess::worker(*m_enforcer);
    QMetaObject::invokeMethod(
        worker,
        [worker, &ids, &statuses] {
            for (const QString &id : std::as_const(ids)) {
                if (const auto status = EnforcerTestAccess::engine(*worker).status(id))
                    statuses.insert(id, *status);
            }
        },
        Qt::BlockingQueuedConnection);
    m_statuses = statuses;
    if (!done) {
        *error = u"after %1 ms: %2 of %3 warnings sent, %4 finished, %5 failed"_s.arg(timeoutMs)
                     .arg(m_warnings.size())
                     .arg(due)
                     .arg(m_finishedWarnings)
                     .arg(m_failed.size());
        return false;
    }
    return true;
}

QList<TimingScenario::Sample> TimingScenario::samples() const
{
    QList<Sample> list;
    const qint64 threshold = qint64(m_settings.warning1Seconds) * 1000;
    for (const Due &d : m_due) {
        Sample s;
        s.conversationId = d.conversationId;
        if (d.agentMessageMs >= 0)
            s.deadlineMs = d.agentMessageMs + threshold;
        const QList<qint64> sent = m_warnings.value(d.conversationId);
        s.copies = int(sent.size());
        if (!sent.isEmpty())
            s.sentMs = sent.constFirst();
        if (const auto it = m_statuses.constFind(d.conversationId); it != m_statuses.cend()) {
            s.stage = it->stage;
            s.nextStage = it->nextStage;
        }
        if (const auto it = m_reports.constFind(d.conversationId); it != m_reports.cend()) {
            s.firedMs = it->action.issuedAtMs;
            s.requestMs = it->issuedAtMs;
        }
        list.append(s);
    }
    return list;
}

TimingScenario::UsagePoint TimingScenario::usageNow()
{
    UsagePoint point;
    static QElapsedTimer epoch = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    point.wallMs = epoch.elapsed();
    point.processCpuUs = processCpuMicroseconds();
    if (m_enforcer && m_enforcer->isRunning()) {
        qint64 cpu = -1;
        // Queued behind everything already sent to the worker, so this also waits for it.
        QMetaObject::invokeMethod(
            EnforcerTestAccess::worker(*m_enforcer), [&cpu] { cpu = threadCpuMicroseconds(); },
            Qt::BlockingQueuedConnection);
        point.workerCpuUs = cpu;
    }
    return point;
}

TimingScenario::Usage TimingScenario::between(const UsagePoint &from, const UsagePoint &to)
{
    Usage usage;
    usage.wallMs = to.wallMs - from.wallMs;
    if (from.workerCpuUs >= 0 && to.workerCpuUs >= 0)
        usage.workerCpuUs = to.workerCpuUs - from.workerCpuUs;
    if (from.processCpuUs >= 0 && to.processCpuUs >= 0)
        usage.processCpuUs = to.processCpuUs - from.processCpuUs;
    return usage;
}

qint64 TimingScenario::peakRssKb()
{
#ifdef Q_OS_LINUX
    rusage usage {};
    if (getrusage(RUSAGE_SELF, &usage) == 0)
        return qint64(usage.ru_maxrss);
#endif
    return -1;
}
