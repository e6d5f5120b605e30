#pragma once

#include "enforcementworker.h"

#include <QObject>
#include <QThread>

namespace IdleGuard::Genesys {
class NotificationFeed;
class Session;
} // namespace IdleGuard::Genesys

namespace IdleGuard::Enforcement {

// Runs an EnforcementWorker on its own QThread and is the one place the rest of the program
// (the dashboard, the headless runner) talks to it: every call below is queued to the worker's
// thread and returns at once; results come back through the worker's signals, which reach
// receivers on their own threads (queued). Only stop() waits, for a clean shutdown.
class Enforcer final : public QObject
{
    Q_OBJECT

public:
    Enforcer(const Clock &clock, const EnforcementWorker::Settings &settings,
             QObject *parent = nullptr);
    ~Enforcer() override;

    // Connect to its signals; never call it directly from another thread.
    EnforcementWorker *worker() const { return m_worker; }

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
    void disconnectNow(const QString &conversationId, const QString &actor);
    void wake();
    void requestSummary();

private:
    template<typename F> void post(F &&call);

    QThread m_thread;
    EnforcementWorker *m_worker = nullptr;
};

} // namespace IdleGuard::Enforcement
