#include "policycheckcommand.h"

#include "core/durationformat.h"
#include "core/policyparser.h"

namespace IdleGuard {

namespace {

QString describeStage(const StageSpec &stage)
{
    return stage.enabled ? DurationFormat::seconds(stage.afterSeconds) : QStringLiteral("-");
}

QString describe(const Policy &p)
{
    return PolicyCheckCommand::tr("%1; warn %2, warn again %3, close %4 (%5 scope); flag agent %6, "
                                  "escalate %7")
        .arg(stableName(p.mode), describeStage(p.warning1), describeStage(p.warning2),
             describeStage(p.close), stableName(p.closeScope), describeStage(p.agentFlag),
             describeStage(p.agentEscalate));
}

} // namespace

int PolicyCheckCommand::run(const QString &path, QTextStream &out, QTextStream &err)
{
    PolicyErrors errors;
    const std::optional<PolicySet> set = PolicyParser::load(path, &errors);
    if (!set) {
        err << tr("%1: invalid policy, %n error(s):", nullptr, int(errors.size())).arg(path)
            << Qt::endl;
        for (const PolicyError &e : errors)
            err << "  " << e.toString() << Qt::endl;
        return Invalid;
    }
    out << tr("%1: valid policy (format version %2)").arg(path).arg(PolicySet::kFormatVersion)
        << Qt::endl;
    out << "  default: " << describe(set->defaultPolicy) << Qt::endl;
    for (auto it = set->queuePolicies.cbegin(); it != set->queuePolicies.cend(); ++it)
        out << "  queue " << it.key() << ": " << describe(*it) << Qt::endl;
    return Valid;
}

} // namespace IdleGuard
