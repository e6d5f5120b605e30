#pragma once

#include "policyset.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace IdleGuard {

// Reads and writes the policy file format (docs/policy.md). Reading is strict: a wrong type, an
// unknown field or an invalid value refuses the whole file with errors that name each field,
// so that a typo never silently becomes a different policy.
class PolicyParser
{
    Q_DECLARE_TR_FUNCTIONS(PolicyParser)

public:
    // nullopt when the document is refused; *errors then says why (never empty).
    static std::optional<PolicySet> parse(const QByteArray &json, PolicyErrors *errors);
    static std::optional<PolicySet> load(const QString &path, PolicyErrors *errors);

    static QByteArray serialize(const PolicySet &policies);
    static QJsonObject toJson(const Policy &policy);
};

} // namespace IdleGuard
