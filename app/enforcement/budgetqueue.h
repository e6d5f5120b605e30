#pragma once

#include "core/idletypes.h"

#include <QtGlobal>

#include <functional>
#include <map>

namespace IdleGuard {
class Clock;
namespace Genesys {
class GenesysApi;
}
} // namespace IdleGuard

namespace IdleGuard::Enforcement {

// The stages whose first request waits for the rate budget: they go in deadline order as the
// budget allows, so the oldest debt is paid first instead of whichever wakes first. What a
// stage does when released (checking it again, its request) is the executor's.
class BudgetQueue final
{
public:
    using Wait = std::function<void(qint64 ms, std::function<void()> then)>;
    // Runs a released stage: false when it did not go after all (it took no room).
    using Release = std::function<bool()>;
    // How many stages wait, and the deadline of the oldest (kNoDeadline when none).
    struct Backlog
    {
        int count = 0;
        qint64 oldestDueAtMs = kNoDeadline;
    };

    BudgetQueue(Genesys::GenesysApi &api, const Clock &clock, Wait wait);

    // Whether a stage may go at once: none waits, and the budget has room now.
    bool mayGoNow() const;
    // Queues a stage due at `dueAtMs`, released as the budget allows.
    void enqueue(qint64 dueAtMs, Release release);
    Backlog backlog() const;

private:
    void pump();

    Genesys::GenesysApi &m_api;
    const Clock &m_clock;
    Wait m_wait;
    std::multimap<qint64, Release> m_queue; // by deadline
    qint64 m_pumpAtMs = kNoDeadline; // when the armed pump runs; kNoDeadline: none
};

} // namespace IdleGuard::Enforcement
