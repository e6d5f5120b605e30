#pragma once

// The deadline-precision scenario shared by tst_enforcementtiming and idleguard_enforcement_bench:
// an in-process sandbox whose clock runs in real time, an Enforcer on its own thread with its wall
// timer, and many tracked conversations of which a few fall due for warning 1 one after another.

#include "core/conversationstatus.h"
#include "enforcement/actionreport.h"
#include "enforcement/enforcer.h"
#include "sandboxfixture.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

// Drives one run of the timing scenario and measures, for every warning 1, how late it reached
// the sandbox: the sent message's sandbox time minus its deadline (the agent's last message plus
// warning 1's threshold).
//
// Conversations are created directly in the sandbox store and reach the worker the way the feed
// would deliver them (the topic event body, parsed by ConversationParser, queued to the worker),
// without the feed's REST start-up snapshot, which the sandbox's rate limit would stretch over
// minutes. After the initial load every change the store makes (agent messages, delivery
// receipts, the worker's own claims, messages and stage records) is forwarded the same way.
//
// Two kinds of conversation: `due` ones in their own queue, whose agent says hello at staggered
// moments during the window so that warning 1 falls due one after another; the others in further
// queues whose policy waits an hour, so the engine tracks them with deadlines far beyond the run.
class TimingScenario
{
public:
    struct Settings
    {
        int conversations = 1000;
        int due = 50; // of them, fall due for warning 1 during the window
        int warning1Seconds = 15; // threshold of the due queue (>= Policy::kMinSeconds)
        qint64 leadInMs = 500; // from run() to the first agent message
        qint64 windowMs = 30'000; // the agent messages (and so the deadlines) spread over this
        qint64 claimLeadMs = 2'000; // the worker's claim lead (its default)
        QString journalDir; // where the audit journal goes (empty: the system's temporary dir)
        int latencyMs = 0; // the sandbox answers every API request this much later (a fault)
    };

    // One warning 1.
    struct Sample
    {
        QString conversationId;
        qint64 deadlineMs = -1; // agent message time + threshold (sandbox clock)
        qint64 sentMs = -1; // the warning's time in the sandbox (SimMessage::timeMs)
        qint64 firedMs = -1; // the engine's "now" when it handed the action out
        qint64 requestMs = -1; // when the executor sent the message request
        int copies = 0; // warning 1 messages the conversation received
        // The engine's view once the run is over: warning 1 done, warning 2 next (an echo of
        // the warning mistaken for the agent's activity would show warning 1 due again).
        IdleGuard::IdleStage stage = IdleGuard::IdleStage::None;
        IdleGuard::IdleStage nextStage = IdleGuard::IdleStage::None;

        qint64 latenessMs() const { return sentMs - deadlineMs; }
    };

    struct Distribution
    {
        int count = 0;
        qint64 min = 0;
        qint64 p50 = 0;
        qint64 p90 = 0;
        qint64 p99 = 0;
        qint64 max = 0;
        double mean = 0;

        static Distribution of(QList<qint64> values);
        QString describe() const; // "n=50 min=1 p50=2 p90=4 p99=9 max=9 mean=2.3 ms"
    };

    struct Usage
    {
        qint64 workerCpuUs = -1; // CPU time of the worker thread (-1: not measured)
        qint64 processCpuUs = -1; // the whole process, sandbox included
        qint64 wallMs = 0;
    };

    explicit TimingScenario(const Settings &settings);
    ~TimingScenario();
    Q_DISABLE_COPY_MOVE(TimingScenario)

    // Starts the sandbox and the enforcer, creates the conversations and hands them to the
    // worker; returns when the worker tracks all of them. false with *error set on failure.
    bool setUp(QString *error);
    // Says hello on the due conversations at their moments and waits until every warning 1 went
    // out and its action finished (or timeoutMs passed). false with *error set on a timeout.
    bool run(int timeoutMs, QString *error);
    // Stops the enforcer (joins its thread).
    void stop();

    const Settings &settings() const { return m_settings; }
    // One per due conversation, in the order of their deadlines.
    QList<Sample> samples() const;
    // Warning 1 messages on conversations that were not due (must stay 0).
    int strayWarnings() const { return m_strayWarnings; }
    // Finished actions that did not succeed.
    QList<IdleGuard::Enforcement::ActionReport> failedReports() const { return m_failed; }
    int queueCount() const { return m_queueCount; }
    int agentCount() const { return m_agentCount; }
    // Setup: loading the conversations into the worker. Run: the window.
    Usage setUpUsage() const { return m_setUpUsage; }
    Usage runUsage() const { return m_runUsage; }
    // Peak resident set of the process (KiB), sandbox included; -1 when unknown.
    static qint64 peakRssKb();

private:
    struct Due
    {
        QString conversationId;
        qint64 agentMessageMs = -1;
    };
    struct UsagePoint
    {
        qint64 workerCpuUs = -1;
        qint64 processCpuUs = -1;
        qint64 wallMs = 0;
    };

    void forward(const QString &conversationId);
    void onAgentMessage(const QString &conversationId, const QString &messageId);
    void onActionFinished(const IdleGuard::Enforcement::ActionReport &report);
    UsagePoint usageNow();
    static Usage between(const UsagePoint &from, const UsagePoint &to);

    Settings m_settings;
    int m_queueCount = 0;
    int m_agentCount = 0;
    std::unique_ptr<IdleGuard::Sandbox::SandboxFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<IdleGuard::Enforcement::Enforcer> m_enforcer;
    QObject m_context; // the store's and the worker's signals reach this test's thread through it
    QString m_dueQueueId;
    QList<Due> m_due;
    QHash<QString, qsizetype> m_dueIndex; // conversation id -> index in m_due
    QHash<QString, QList<qint64>> m_warnings; // conversation id -> times of its warning-1 messages
    QHash<QString, IdleGuard::Enforcement::ActionReport> m_reports; // warning 1, by conversation
    QHash<QString, IdleGuard::ConversationStatus> m_statuses; // of the due ones, after the run
    QList<IdleGuard::Enforcement::ActionReport> m_failed;
    int m_strayWarnings = 0;
    int m_finishedWarnings = 0;
    bool m_forwarding = false;
    std::function<void()> m_progress; // while run() waits: checks whether it is over
    Usage m_setUpUsage;
    Usage m_runUsage;
};
