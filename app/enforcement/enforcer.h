#pragma once

#include "enforcementworker.h"

#include <QObject>
#include <QThread>

namespace IdleGuard::Genesys {
class NotificationFeed;
class Session;
} // namespace IdleGuard::Genesys

namespace IdleGuard::Enforcement {

class EnforcerTestAccess; // defined by the tests only

// Runs an EnforcementWorker on its own QThread and is the one place the rest of the program
// (the dashboard, the headless runner) talks to it: every call below is queued to the worker's
// thread and returns at once; results come back as this object's signals (the worker's,
// re-emitted), queued to this object's thread. The worker itself is out of reach, so nothing
// outside reads the engine across threads. Only stop() waits, for a clean shutdown.
class Enforcer final : public QObject
{
    Q_OBJECT

public:
    Enforcer(const Clock &clock, const EnforcementWorker::Settings &settings,
             QObject *parent = nullptr);
    ~Enforcer() override;

    void start();
    // Stops the worker (requests in flight stay pending in the journal) and joins the thread.
    void stop();
    bool isRunning() const { return m_thread.isRunning(); }

    // The feed's conversations and the session's tokens flow to the worker from now on.
    void attachFeed(Genesys::NotificationFeed &feed);
    void attachSession(Genesys::Session &session);

    void setAccessToken(const QString &token);
    void setPolicies(const PolicySet &policies);
    void setObserveOnly(bool observeOnly);
    void snooze(const QString &conversationId, int minutes, const QString &actor);
    void setExempt(const QString &conversationId, bool exempt, const QString &actor);
    void reset(const QString &conversationId, const QString &actor);
    void warnNow(const QString &conversationId, const QString &actor);
    // `reason`: the supervisor's words, journaled with the disconnect (may be empty).
    void disconnectNow(const QString &conversationId, const QString &actor,
                       const QString &reason = {});
    void wake();
    void requestSummary();
    // Answered by statusesReady() with every row.
    void requestStatuses();

signals:
    // The worker's signals; see EnforcementWorker.
    void started(bool ok, const QString &error);
    void reconciliationFinished(int intents);
    void actionFinished(const IdleGuard::Enforcement::ActionReport &report);
    void policiesApplied(int revision);
    void policiesRejected(const IdleGuard::PolicyErrors &errors);
    void observeOnlyChanged(bool observeOnly);
    void overrideFinished(const QString &conversationId, const IdleGuard::OverrideOutcome &outcome);
    void summaryReady(const IdleGuard::Enforcement::WorkerSummary &summary);
    void unauthorized();
    void statusesReady(const QList<IdleGuard::Enforcement::ConversationRow> &rows,
                       quint64 revision);
    void statusesChanged(const QList<IdleGuard::Enforcement::ConversationRow> &changed,
                         const QStringList &removed, quint64 revision);

private:
    friend class EnforcerTestAccess;
    EnforcementWorker *worker() const { return m_worker; }

    template<typename F> void post(F &&call);
    void relaySignals();

    QThread m_thread;
    EnforcementWorker *m_worker = nullptr;
};

} // namespace IdleGuard::Enforcement
