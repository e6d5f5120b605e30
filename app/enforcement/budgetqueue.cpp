#include "budgetqueue.h"

#include "core/clock.h"
#include "enforcementlogging.h"
#include "genesys/genesysapi.h"
#include "genesys/restclient.h"

#include <algorithm>

namespace IdleGuard::Enforcement {

BudgetQueue::BudgetQueue(Genesys::GenesysApi &api, const Clock &clock, Wait wait)
    : m_api(api)
    , m_clock(clock)
    , m_wait(std::move(wait))
{ }

bool BudgetQueue::mayGoNow() const
{
    return m_queue.empty()
        && m_api.client().budgetWaitMs(Genesys::RateBudget::Priority::Normal) <= 0;
}

void BudgetQueue::enqueue(qint64 dueAtMs, Release release)
{
    m_queue.emplace(dueAtMs, std::move(release));
    pump();
}

void BudgetQueue::pump()
{
    // Requests go out on the client's next turn of the event loop, so the budget does not see
    // them yet: release no more than the minute has room for.
    int room = std::max(1, m_api.client().budget().headroom());
    while (!m_queue.empty()) {
        const qint64 wait = m_api.client().budgetWaitMs(Genesys::RateBudget::Priority::Normal);
        if (wait > 0 || room <= 0) {
            const qint64 pause = std::max<qint64>(wait, 100);
            const qint64 at = m_clock.nowMs() + pause;
            if (m_pumpAtMs != kNoDeadline && m_pumpAtMs <= at)
                return; // an earlier pump is armed
            m_pumpAtMs = at;
            const Backlog waiting = backlog();
            qCInfo(lcEnforcement).noquote()
                << waiting.count << "stage(s) wait for the rate budget, the oldest"
                << std::max<qint64>(0, m_clock.nowMs() - waiting.oldestDueAtMs)
                << "ms past its deadline; next in" << pause << "ms";
            m_wait(pause, [this, at] {
                if (m_pumpAtMs != at)
                    return;
                m_pumpAtMs = kNoDeadline;
                pump();
            });
            return;
        }
        auto node = m_queue.extract(m_queue.begin());
        if (node.mapped()())
            --room;
    }
}

BudgetQueue::Backlog BudgetQueue::backlog() const
{
    Backlog waiting;
    waiting.count = int(m_queue.size());
    if (!m_queue.empty())
        waiting.oldestDueAtMs = m_queue.begin()->first;
    return waiting;
}

} // namespace IdleGuard::Enforcement
