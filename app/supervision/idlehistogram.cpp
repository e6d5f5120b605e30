#include "idlehistogram.h"

#include <algorithm>

namespace IdleGuard::Supervision {

namespace {

constexpr qint64 kMinute = 60'000;

} // namespace

IdleHistogram::IdleHistogram(qint64 nowMs)
    : m_nowMs(nowMs)
    , m_customer(binCount(), 0)
    , m_agent(binCount(), 0)
{ }

const QList<qint64> &IdleHistogram::edgesMs()
{
    // Few enough bands that each keeps a readable label in a short chart.
    static const QList<qint64> edges
        = {0, kMinute, 2 * kMinute, 5 * kMinute, 10 * kMinute, 30 * kMinute};
    return edges;
}

int IdleHistogram::binOf(qint64 idleMs)
{
    const QList<qint64> &edges = edgesMs();
    const auto above = std::upper_bound(edges.cbegin(), edges.cend(), std::max<qint64>(0, idleMs));
    return int(above - edges.cbegin()) - 1;
}

QString IdleHistogram::binLabel(int bin)
{
    switch (bin) {
    case 0:
        return tr("0–1 min"); // not "<": chart labels are rich text
    case 1:
        return tr("1–2 min");
    case 2:
        return tr("2–5 min");
    case 3:
        return tr("5–10 min");
    case 4:
        return tr("10–30 min");
    case 5:
        return tr("≥ 30 min");
    }
    return {};
}

void IdleHistogram::add(const Enforcement::ConversationRow &row)
{
    if (row.state != TrackingState::Tracked || row.idleSinceMs == kNoTime)
        return;
    const int bin = binOf(m_nowMs - row.idleSinceMs);
    if (row.owes == Party::Agent)
        ++m_agent[bin];
    else
        ++m_customer[bin];
    ++m_total;
}

} // namespace IdleGuard::Supervision
