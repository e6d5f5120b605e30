#include "enforcer.h"

#include "genesys/notificationfeed.h"
#include "genesys/session.h"

#include <QCoreApplication>

namespace IdleGuard::Enforcement {

Enforcer::Enforcer(const Clock &clock, const EnforcementWorker::Settings &settings, QObject *parent)
    : QObject(parent)
    , m_worker(new EnforcementWorker(clock, settings))
{
    m_thread.setObjectName(QStringLiteral("idleguard-enforcement"));
    m_worker->moveToThread(&m_thread);
    relaySignals();
}

void Enforcer::relaySignals()
{
    // Signal to signal: emitted on the worker's thread, they reach this object's receivers
    // queued, in the order the worker sent them.
    const EnforcementWorker *w = m_worker;
    connect(w, &EnforcementWorker::started, this, &Enforcer::started);
    connect(w, &EnforcementWorker::reconciliationFinished, this, &Enforcer::reconciliationFinished);
    connect(w, &EnforcementWorker::actionFinished, this, &Enforcer::actionFinished);
    connect(w, &EnforcementWorker::policiesApplied, this, &Enforcer::policiesApplied);
    connect(w, &EnforcementWorker::policiesRejected, this, &Enforcer::policiesRejected);
    connect(w, &EnforcementWorker::observeOnlyChanged, this, &Enforcer::observeOnlyChanged);
    connect(w, &EnforcementWorker::overrideFinished, this, &Enforcer::overrideFinished);
    connect(w, &EnforcementWorker::summaryReady, this, &Enforcer::summaryReady);
    connect(w, &EnforcementWorker::unauthorized, this, &Enforcer::unauthorized);
    connect(w, &EnforcementWorker::statusesReady, this, &Enforcer::statusesReady);
    connect(w, &EnforcementWorker::statusesChanged, this, &Enforcer::statusesChanged);
}

Enforcer::~Enforcer()
{
    stop();
    delete m_worker;
}

template<typename F> void Enforcer::post(F &&call)
{
    QMetaObject::invokeMethod(m_worker, std::forward<F>(call), Qt::QueuedConnection);
}

void Enforcer::start()
{
    if (m_thread.isRunning())
        return;
    if (m_worker->thread() != &m_thread) // back from a stop()
        m_worker->moveToThread(&m_thread);
    m_thread.start();
    post([w = m_worker] { w->start(); });
}

void Enforcer::stop()
{
    if (!m_thread.isRunning())
        return;
    // The worker's objects (sockets, timers, the journal's connection) belong to its thread:
    // they are torn down there, then the worker comes home to be deleted with the Enforcer.
    QThread *home = thread();
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, home] {
            w->stop();
            w->moveToThread(home);
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void Enforcer::attachFeed(Genesys::NotificationFeed &feed)
{
    connect(&feed, &Genesys::NotificationFeed::conversationUpdated, m_worker,
            &EnforcementWorker::updateConversation);
    connect(&feed, &Genesys::NotificationFeed::conversationRemoved, m_worker,
            &EnforcementWorker::removeConversation);
    connect(&feed, &Genesys::NotificationFeed::liveChanged, m_worker,
            &EnforcementWorker::setFeedLive);
    post([w = m_worker, live = feed.state() == Genesys::NotificationFeed::State::Live] {
        w->setFeedLive(live);
    });
}

void Enforcer::attachSession(Genesys::Session &session)
{
    connect(&session, &Genesys::Session::accessTokenChanged, m_worker,
            &EnforcementWorker::setAccessToken);
}

void Enforcer::setAccessToken(const QString &token)
{
    post([w = m_worker, token] { w->setAccessToken(token); });
}

void Enforcer::setPolicies(const PolicySet &policies)
{
    post([w = m_worker, policies] { w->setPolicies(policies); });
}

void Enforcer::setObserveOnly(bool observeOnly)
{
    post([w = m_worker, observeOnly] { w->setObserveOnly(observeOnly); });
}

void Enforcer::snooze(const QString &conversationId, int minutes, const QString &actor)
{
    post([w = m_worker, conversationId, minutes, actor] {
        w->snooze(conversationId, minutes, actor);
    });
}

void Enforcer::setExempt(const QString &conversationId, bool exempt, const QString &actor)
{
    post([w = m_worker, conversationId, exempt, actor] {
        w->setExempt(conversationId, exempt, actor);
    });
}

void Enforcer::reset(const QString &conversationId, const QString &actor)
{
    post([w = m_worker, conversationId, actor] { w->reset(conversationId, actor); });
}

void Enforcer::warnNow(const QString &conversationId, const QString &actor)
{
    post([w = m_worker, conversationId, actor] { w->warnNow(conversationId, actor); });
}

void Enforcer::disconnectNow(const QString &conversationId, const QString &actor,
                             const QString &reason)
{
    post([w = m_worker, conversationId, actor, reason] {
        w->disconnectNow(conversationId, actor, reason);
    });
}

void Enforcer::wake()
{
    post([w = m_worker] { w->wake(); });
}

void Enforcer::requestSummary()
{
    post([w = m_worker] { w->requestSummary(); });
}

void Enforcer::requestStatuses()
{
    post([w = m_worker] { w->requestStatuses(); });
}

} // namespace IdleGuard::Enforcement
