#pragma once

#include "enforcement/actionexecutor.h"
#include "enforcement/enforcementworker.h"
#include "enforcement/enforcer.h"

namespace IdleGuard::Enforcement {

// The tests' way to what the enforcement library keeps to itself: the Enforcer's worker and the
// worker's engine, client and rearm() counters. Declared a friend in those classes; defined here
// only, so nothing outside the tests can reach them.
class EnforcerTestAccess
{
public:
    // Only on the worker's thread (a queued or blocking call), or while the Enforcer is stopped.
    static EnforcementWorker *worker(const Enforcer &enforcer) { return enforcer.worker(); }
    static IdleEngine &engine(EnforcementWorker &worker) { return worker.engine(); }
    static Genesys::RestClient *client(EnforcementWorker &worker) { return worker.m_client.get(); }
    static int maxRearmDepth(const EnforcementWorker &worker) { return worker.m_maxRearmDepth; }
    static quint64 rearms(const EnforcementWorker &worker) { return worker.m_rearms; }
    static int liveExecutorJobs() { return ActionExecutor::liveJobs(); }
};

} // namespace IdleGuard::Enforcement
