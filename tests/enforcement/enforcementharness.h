#pragma once

#include "core/journalentry.h"
#include "core/policyset.h"
#include "enforcement/actionreport.h"
#include "enforcement/enforcementworker.h"
#include "genesys/genesysapi.h"
#include "genesys/notificationfeed.h"
#include "genesys/restclient.h"
#include "sandboxfixture.h"

#include <QHash>
#include <QJsonObject>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <vector>

namespace IdleGuard::Sandbox {
struct SimMessage;
struct SimConversation;
} // namespace IdleGuard::Sandbox

// An in-process sandbox organisation on a stepped clock with one or more Idle Guard instances,
// each with its own notification feed, enforcement worker and audit journal, all on the test's
// thread. advanceTo() moves time to every moment something is due on the way (the workers'
// wake-ups, the feeds' timers, the sandbox's own events) and lets everything settle in between,
// so actions happen at exactly the clock time they are due.
class EnforcementHarness
{
public:
    struct Instance
    {
        QString id;
        std::unique_ptr<IdleGuard::Genesys::RestClient> client;
        std::unique_ptr<IdleGuard::Genesys::GenesysApi> api;
        std::unique_ptr<IdleGuard::Genesys::NotificationFeed> feed;
        std::unique_ptr<IdleGuard::Enforcement::EnforcementWorker> worker;
        QList<IdleGuard::Enforcement::ActionReport> reports;
        QString journalPath;
        int renewals = 0; // new tokens handed out after a 401
        QObject context;
    };

    explicit EnforcementHarness(const IdleGuard::Sandbox::SandboxOptions &options
                                = IdleGuard::Sandbox::SandboxFixture::quietOptions());
    ~EnforcementHarness();

    bool start();
    IdleGuard::Sandbox::Sandbox &sandbox() { return m_fixture.sandbox(); }
    IdleGuard::Sandbox::SandboxFixture &fixture() { return m_fixture; }
    qint64 now();

    QString queueId() const { return m_queueId; }
    QString wrapupCode() const { return m_wrapupCode; }
    QString agentUserId() const { return m_agentUserId; }

    // A policy document for the harness's queue (see docs/policy.md), to adjust and parse.
    static QJsonObject policyJson(int t1, int t2, int t3,
                                  const QString &mode = QStringLiteral("turn-aware"));
    static IdleGuard::PolicySet policies(const QJsonObject &json);

    // A new instance watching the harness's queue; its worker is started (journal opened,
    // reconciliation done) and its feed live when this returns. `journalPath` empty: a new one.
    Instance &addInstance(
        const QString &id, const IdleGuard::PolicySet &policies, const QString &journalPath = {},
        std::function<void(IdleGuard::Enforcement::EnforcementWorker::Settings &)> adjust = {});
    // A new instance watching `queueIds` whose worker shares its feed's rate budget, as the
    // headless enforcer's does (Enforcer::attachFeed). Returns at once: a large organisation's
    // snapshot takes minutes of the stepped clock, so the caller advances it until the feed is
    // live.
    Instance &addScaleInstance(
        const QString &id, const IdleGuard::PolicySet &policies, const QStringList &queueIds,
        std::function<void(IdleGuard::Enforcement::EnforcementWorker::Settings &)> adjust = {});
    // Cuts one instance's feed (it hears nothing until restoreFeed), while its worker and REST
    // client keep going: a dropped socket whose reconnection keeps failing, on one instance only.
    void cutFeed(const QString &id);
    void restoreFeed(const QString &id);
    // The messages of a conversation, every leg, in time order (Idle Guard's among the agent's).
    QList<IdleGuard::Sandbox::SimMessage> allMessages(const QString &conversationId,
                                                      QStringList *senders = nullptr);
    // Simulates a kill: the worker, feed and client go away at once; what was in flight is lost.
    void kill(const QString &id);
    Instance &instance(const QString &id);

    // A conversation in the queue, answered by an agent who said hello at now(). Returns its id.
    QString startTracked(bool agentSpeaks = true);
    void customerSays(const QString &conversationId, const QString &text);
    void agentSays(const QString &conversationId, const QString &text);
    QString agentParticipantId(const QString &conversationId);
    const IdleGuard::Sandbox::SimConversation *conversation(const QString &conversationId);
    // The messages on the agent leg(s) whose text starts with `prefix`.
    QList<IdleGuard::Sandbox::SimMessage> messagesStartingWith(const QString &conversationId,
                                                               const QString &prefix);

    // A warning-1 action for a conversation of the harness's queue, as the engine hands it out.
    IdleGuard::IdleAction warning1(const QString &conversationId, const QString &text,
                                   qint64 dueAtMs, qint64 idleSinceMs);
    // The rows of one conversation in the journal at `path` (which must exist).
    static QList<IdleGuard::JournalEntry> journalOf(const QString &path,
                                                    const QString &conversationId);
    // Writes `action`'s intent into the journal at `path`, as a process that dies right after
    // syncing it would leave it.
    bool journalPendingIntent(const QString &path, const IdleGuard::IdleAction &action);

    // Moves time to `targetMs`, stopping at every moment something is due and settling there.
    bool advanceTo(qint64 targetMs);
    bool advanceBy(qint64 ms) { return advanceTo(now() + ms); }
    // Waits until every frame sent reached its feed and every worker is settled.
    bool settle(int timeoutMs = 15'000);

private:
    Instance &createInstance(
        const QString &id, const IdleGuard::PolicySet &policies, const QString &journalPath,
        std::function<void(IdleGuard::Enforcement::EnforcementWorker::Settings &)> adjust,
        const QStringList &queueIds, bool shareBudget);

    struct Timer
    {
        qint64 dueMs;
        quint64 order;
        std::function<void()> run;
        QString owner;
    };

    void runDueTimers();

    IdleGuard::Sandbox::SandboxFixture m_fixture;
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<Instance>> m_instances;
    QList<Timer> m_timers;
    quint64 m_order = 0;
    QHash<QString, qint64> m_sentPerChannel; // frames the sandbox sent, per channel
    QString m_queueId;
    QString m_wrapupCode;
    QString m_agentUserId;
    QObject m_context;
};
