#include "enforcementharness.h"

#include "core/auditjournal.h"
#include "core/journalintent.h"
#include "core/manualclock.h"
#include "core/policyparser.h"
#include "genesys/environment.h"
#include "sandbox/conversationstore.h"
#include "sandbox/eventscheduler.h"
#include "sandbox/notificationhub.h"
#include "sandbox/organisation.h"
#include "sandbox/sandbox.h"
#include "sandbox/simconversation.h"
#include "sandbox/trafficsimulator.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>

using namespace IdleGuard;
using namespace IdleGuard::Enforcement;
using namespace IdleGuard::Genesys;
using namespace IdleGuard::Sandbox;
using namespace Qt::StringLiterals;

EnforcementHarness::EnforcementHarness(const SandboxOptions &options)
    : m_fixture(options)
{ }

EnforcementHarness::~EnforcementHarness()
{
    // Workers first: their callbacks reference the feeds' conversations.
    for (auto &instance : m_instances) {
        if (instance->worker)
            instance->worker->stop();
    }
    m_instances.clear();
}

bool EnforcementHarness::start()
{
    if (!m_dir.isValid() || !m_fixture.start())
        return false;
    // The tests script every message themselves: no simulated agent or customer joins in.
    sandbox().simulator().setPaused(true);
    const Organisation &org = sandbox().organisation();
    for (const SandboxQueue &queue : org.queues()) {
        if (!queue.wrapupCodeIds.isEmpty()) {
            m_queueId = queue.id;
            m_wrapupCode = queue.wrapupCodeIds.first();
            break;
        }
    }
    for (const SandboxUser *agent : org.agents()) {
        if (agent->queueIds.contains(m_queueId)) {
            m_agentUserId = agent->id;
            break;
        }
    }
    m_sentPerChannel.clear();
    QObject::connect(
        &sandbox().notifications(), &NotificationHub::frameSent, &m_context,
        [this](const QString &channelId, const QJsonObject &) { ++m_sentPerChannel[channelId]; });
    return !m_queueId.isEmpty() && !m_agentUserId.isEmpty();
}

qint64 EnforcementHarness::now()
{
    return sandbox().scheduler().nowMs();
}

QJsonObject EnforcementHarness::policyJson(int t1, int t2, int t3, const QString &mode)
{
    const QJsonObject customer {
        {u"warning1"_s,
         QJsonObject {{u"afterSeconds"_s, t1},
                      {u"message"_s, u"[W1] {customerName}, are you there?"_s}}},
        {u"warning2"_s,
         QJsonObject {{u"afterSeconds"_s, t2}, {u"message"_s, u"[W2] Closing soon."_s}}},
        {u"close"_s, QJsonObject {{u"afterSeconds"_s, t3}, {u"message"_s, u"[CLOSE] Goodbye."_s}}},
    };
    const QJsonObject policy {
        {u"name"_s, u"Test"_s},
        {u"mode"_s, mode},
        {u"requireAgentMessage"_s, true},
        {u"defaultLanguage"_s, u"en"_s},
        {u"customer"_s, customer},
        {u"agent"_s,
         QJsonObject {{u"flag"_s, QJsonObject {{u"afterSeconds"_s, 120}}},
                      {u"escalate"_s, QJsonObject {{u"afterSeconds"_s, 300}}}}},
        {u"closeScope"_s, u"agent"_s},
    };
    return QJsonObject {{u"version"_s, 1}, {u"default"_s, policy}};
}

PolicySet EnforcementHarness::policies(const QJsonObject &json)
{
    PolicyErrors errors;
    const auto set = PolicyParser::parse(QJsonDocument(json).toJson(), &errors);
    if (!set) {
        for (const auto &error : errors)
            qWarning() << "policy:" << error.field << error.message;
        qFatal("test policy refused");
    }
    return *set;
}

EnforcementHarness::Instance &
EnforcementHarness::addInstance(const QString &id, const PolicySet &policies,
                                const QString &journalPath,
                                std::function<void(EnforcementWorker::Settings &)> adjust)
{
    Instance &in = createInstance(id, policies, journalPath, std::move(adjust), {m_queueId}, false);
    if (!QTest::qWaitFor([&in] { return in.feed->state() == NotificationFeed::State::Live; },
                         10'000))
        qWarning() << "feed of" << id << "not live:" << in.feed->offlineReason();
    settle();
    return in;
}

EnforcementHarness::Instance &
EnforcementHarness::addScaleInstance(const QString &id, const PolicySet &policies,
                                     const QStringList &queueIds,
                                     std::function<void(EnforcementWorker::Settings &)> adjust)
{
    return createInstance(id, policies, {}, std::move(adjust), queueIds, true);
}

EnforcementHarness::Instance &
EnforcementHarness::createInstance(const QString &id, const PolicySet &policies,
                                   const QString &journalPath,
                                   std::function<void(EnforcementWorker::Settings &)> adjust,
                                   const QStringList &queueIds, bool shareBudget)
{
    auto instance = std::make_unique<Instance>();
    Instance &in = *instance;
    in.id = id;
    in.journalPath = journalPath.isEmpty() ? m_dir.filePath(id + u".sqlite"_s) : journalPath;
    const Clock &clock = sandbox().scheduler().clock();
    const QString token = m_fixture.serviceToken();

    in.client = std::make_unique<RestClient>(Environment::custom(sandbox().baseUrl()), clock);
    in.client->setAccessToken(token);
    in.client->setDelay([this, id](qint64 ms, std::function<void()> then) {
        m_timers.append({now() + ms, m_order++, std::move(then), id});
    });
    in.api = std::make_unique<GenesysApi>(*in.client);
    in.feed = std::make_unique<NotificationFeed>(*in.api, clock);
    NotificationFeed::Settings feedSettings;
    feedSettings.heartbeatIntervalMs = sandbox().options().heartbeatIntervalMs;
    in.feed->setSettings(feedSettings);
    in.feed->setScheduler([this, id](qint64 ms, std::function<void()> then) {
        m_timers.append({now() + ms, m_order++, std::move(then), id});
    });

    EnforcementWorker::Settings settings;
    settings.environment = Environment::custom(sandbox().baseUrl());
    settings.journalPath = in.journalPath;
    settings.instanceId = id;
    settings.wallTimer = false;
    if (shareBudget)
        settings.rateBudget = in.client->sharedBudget();
    if (adjust)
        adjust(settings);
    in.worker = std::make_unique<EnforcementWorker>(clock, settings);
    in.worker->setAccessToken(token);
    in.worker->setPolicies(policies);
    QObject::connect(in.feed.get(), &NotificationFeed::conversationUpdated, in.worker.get(),
                     &EnforcementWorker::updateConversation);
    QObject::connect(in.feed.get(), &NotificationFeed::conversationRemoved, in.worker.get(),
                     &EnforcementWorker::removeConversation);
    QObject::connect(in.feed.get(), &NotificationFeed::liveChanged, in.worker.get(),
                     &EnforcementWorker::setFeedLive);
    in.worker->setFeedLive(false); // until the feed says it is live
    QObject::connect(in.worker.get(), &EnforcementWorker::actionFinished, &in.context,
                     [&in](const ActionReport &report) { in.reports.append(report); });
    // What the session does after a 401: a new client-credentials token for everyone.
    const auto renew = [this, &in] {
        const QString fresh = m_fixture.serviceToken();
        ++in.renewals;
        in.client->setAccessToken(fresh);
        in.feed->setAccessToken(fresh);
        in.worker->setAccessToken(fresh);
    };
    // Like a real sign-in, the new token comes later, not inside the 401's own call stack.
    QObject::connect(in.worker.get(), &EnforcementWorker::unauthorized, &in.context, renew,
                     Qt::QueuedConnection);
    QObject::connect(in.feed.get(), &NotificationFeed::signInNeeded, &in.context, renew,
                     Qt::QueuedConnection);
    in.worker->start();
    in.feed->setQueues(queueIds);
    in.feed->start();
    m_instances.push_back(std::move(instance));
    return in;
}

void EnforcementHarness::kill(const QString &id)
{
    const auto it = std::find_if(m_instances.begin(), m_instances.end(),
                                 [&id](const auto &i) { return i->id == id; });
    if (it == m_instances.end())
        return;
    // No stop(): a killed process writes nothing more. Destruction order as in a crash is
    // irrelevant; what matters is that no callback of the old instance runs again.
    (*it)->worker.reset();
    (*it)->feed.reset();
    (*it)->api.reset();
    (*it)->client.reset();
    m_timers.erase(std::remove_if(m_timers.begin(), m_timers.end(),
                                  [&id](const Timer &t) { return t.owner == id; }),
                   m_timers.end());
    m_instances.erase(it);
}

void EnforcementHarness::cutFeed(const QString &id)
{
    instance(id).feed->stop();
}

void EnforcementHarness::restoreFeed(const QString &id)
{
    instance(id).feed->start();
}

QList<SimMessage> EnforcementHarness::allMessages(const QString &conversationId,
                                                  QStringList *senders)
{
    QList<std::pair<SimMessage, QString>> all;
    if (const SimConversation *c = conversation(conversationId)) {
        for (const SimParticipant &p : c->participants) {
            for (const SimMessage &m : p.messages)
                all.append({m, p.purpose});
        }
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const auto &x, const auto &y) { return x.first.timeMs < y.first.timeMs; });
    QList<SimMessage> out;
    for (const auto &[message, purpose] : std::as_const(all)) {
        out.append(message);
        if (senders)
            senders->append(purpose);
    }
    return out;
}

EnforcementHarness::Instance &EnforcementHarness::instance(const QString &id)
{
    for (auto &i : m_instances) {
        if (i->id == id)
            return *i;
    }
    qFatal("no such instance");
}

QString EnforcementHarness::startTracked(bool agentSpeaks)
{
    ConversationStore &store = sandbox().store();
    const QString id = store.startConversation(m_queueId, u"Alex"_s, u"Hello, I need help"_s);
    store.offerToAgent(id, m_agentUserId);
    store.answer(id);
    if (agentSpeaks)
        agentSays(id, u"Hi Alex, how can I help?"_s);
    settle();
    return id;
}

void EnforcementHarness::customerSays(const QString &conversationId, const QString &text)
{
    sandbox().store().addCustomerMessage(conversationId, text);
    settle();
}

void EnforcementHarness::agentSays(const QString &conversationId, const QString &text)
{
    ConversationStore::Outcome outcome {};
    sandbox().store().addAgentMessage(conversationId, agentParticipantId(conversationId), text,
                                      m_agentUserId, &outcome);
    settle();
}

QString EnforcementHarness::agentParticipantId(const QString &conversationId)
{
    const SimConversation *c = sandbox().store().conversation(conversationId);
    const SimParticipant *agent = c ? c->agent() : nullptr;
    return agent ? agent->id : QString();
}

const SimConversation *EnforcementHarness::conversation(const QString &conversationId)
{
    return sandbox().store().conversation(conversationId);
}

QList<SimMessage> EnforcementHarness::messagesStartingWith(const QString &conversationId,
                                                           const QString &prefix)
{
    QList<SimMessage> found;
    const SimConversation *c = conversation(conversationId);
    if (!c)
        return found;
    for (const SimParticipant &p : c->participants) {
        if (p.purpose != u"agent")
            continue;
        for (const SimMessage &m : p.messages) {
            if (m.text.startsWith(prefix))
                found.append(m);
        }
    }
    return found;
}

IdleAction EnforcementHarness::warning1(const QString &conversationId, const QString &text,
                                        qint64 dueAtMs, qint64 idleSinceMs)
{
    IdleAction a;
    a.kind = IdleAction::Kind::SendWarning;
    a.stage = IdleStage::Warning1;
    a.conversationId = conversationId;
    a.queueId = m_queueId;
    a.agentParticipantId = agentParticipantId(conversationId);
    a.text = text;
    a.dueAtMs = dueAtMs;
    a.issuedAtMs = dueAtMs;
    a.idleSinceMs = idleSinceMs;
    return a;
}

QList<JournalEntry> EnforcementHarness::journalOf(const QString &path,
                                                  const QString &conversationId)
{
    static ManualClock clock;
    AuditJournal journal(clock);
    QString error;
    if (!journal.open(path, &error, AuditJournal::OpenMode::MustExist))
        qFatal("journal: %s", qPrintable(error));
    return journal.forConversation(conversationId);
}

bool EnforcementHarness::journalPendingIntent(const QString &path, const IdleAction &action)
{
    AuditJournal journal(sandbox().scheduler().clock());
    return journal.open(path) && journal.recordIntent(JournalIntent::fromAction(action)) > 0;
}

void EnforcementHarness::runDueTimers()
{
    for (;;) {
        auto next = std::min_element(
            m_timers.begin(), m_timers.end(), [](const Timer &a, const Timer &b) {
                return std::pair(a.dueMs, a.order) < std::pair(b.dueMs, b.order);
            });
        if (next == m_timers.end() || next->dueMs > now())
            return;
        const Timer timer = *next;
        m_timers.erase(next);
        timer.run();
    }
}

bool EnforcementHarness::settle(int timeoutMs)
{
    const auto quiet = [this] {
        runDueTimers();
        for (const auto &i : m_instances) {
            qint64 sent = 0;
            for (const QString &channel : i->feed->channelIds())
                sent += m_sentPerChannel.value(channel);
            if (i->feed->framesReceived() < sent || !i->worker->isSettled()
                || i->client->requestsOnTheWire() > 0)
                return false;
            // A feed on its way back (a socket opening, a resync) is not waiting for time:
            // the clock must not jump past it.
            if (i->feed->awaitingNetwork())
                return false;
        }
        return true;
    };
    // Quiet, and still quiet once the events already posted (a queued new token, say) ran.
    QDeadlineTimer deadline(timeoutMs);
    bool ok = false;
    while (!ok && !deadline.hasExpired()) {
        if (!QTest::qWaitFor(quiet, int(std::max<qint64>(1, deadline.remainingTime()))))
            break;
        QCoreApplication::processEvents();
        ok = quiet();
    }
    if (!ok)
        qWarning() << "harness did not settle at" << now();
    return ok;
}

bool EnforcementHarness::advanceTo(qint64 targetMs)
{
    for (int guard = 0; guard < 100'000; ++guard) {
        if (!settle())
            return false;
        const qint64 current = now();
        qint64 next = targetMs;
        for (const auto &i : m_instances) {
            const qint64 wake = i->worker->nextWakeMs();
            if (wake > current)
                next = std::min(next, wake);
        }
        for (const Timer &t : std::as_const(m_timers))
            next = std::min(next, std::max(t.dueMs, current));
        if (next > current)
            sandbox().step(next - current);
        runDueTimers();
        for (const auto &i : m_instances)
            i->worker->wake();
        if (!settle())
            return false;
        if (now() >= targetMs)
            return true;
    }
    qWarning() << "advanceTo gave up";
    return false;
}
