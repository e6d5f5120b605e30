#include "faultinjector.h"

#include <QJsonArray>

namespace IdleGuard::Sandbox {

using namespace Qt::StringLiterals;

FaultInjector::FaultInjector(quint64 seed)
    : m_random(seed ^ 0xF4017F4017ULL)
{ }

void FaultInjector::failNext(int count, int status, const QString &pathContains,
                             int retryAfterSeconds)
{
    if (count > 0 && status >= 400 && status <= 599)
        m_rules.append({count, status, pathContains, qMax(0, retryAfterSeconds)});
}

void FaultInjector::dropResponseNext(int count, const QString &pathContains)
{
    if (count > 0)
        m_dropRules.append({count, pathContains});
}

void FaultInjector::setFlaky(double fraction, int status)
{
    m_flakyFraction = qBound(0.0, fraction, 1.0);
    m_flakyStatus = status;
}

void FaultInjector::clear()
{
    m_rules.clear();
    m_dropRules.clear();
    m_flakyFraction = 0.0;
    m_latencyMs = 0;
}

std::optional<FaultInjector::Failure> FaultInjector::failureFor(const QString &path)
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        FailRule &rule = m_rules[i];
        if (!rule.pathContains.isEmpty() && !path.contains(rule.pathContains))
            continue;
        const Failure failure {rule.status, rule.retryAfterSeconds};
        if (--rule.remaining <= 0)
            m_rules.removeAt(i);
        return failure;
    }
    if (m_flakyFraction > 0.0 && m_random.chance(m_flakyFraction))
        return Failure {m_flakyStatus};
    return std::nullopt;
}

bool FaultInjector::dropResponseFor(const QString &path)
{
    for (qsizetype i = 0; i < m_dropRules.size(); ++i) {
        DropRule &rule = m_dropRules[i];
        if (!rule.pathContains.isEmpty() && !path.contains(rule.pathContains))
            continue;
        if (--rule.remaining <= 0)
            m_dropRules.removeAt(i);
        return true;
    }
    return false;
}

QJsonObject FaultInjector::toJson() const
{
    QJsonArray rules;
    for (const auto &rule : m_rules) {
        rules.append(QJsonObject {{u"remaining"_s, rule.remaining},
                                  {u"status"_s, rule.status},
                                  {u"pathContains"_s, rule.pathContains}});
    }
    QJsonArray drops;
    for (const auto &rule : m_dropRules) {
        drops.append(
            QJsonObject {{u"remaining"_s, rule.remaining}, {u"pathContains"_s, rule.pathContains}});
    }
    return {{u"failNext"_s, rules},
            {u"dropResponseNext"_s, drops},
            {u"flakyFraction"_s, m_flakyFraction},
            {u"flakyStatus"_s, m_flakyStatus},
            {u"latencyMs"_s, m_latencyMs}};
}

} // namespace IdleGuard::Sandbox
