#pragma once

#include <QList>
#include <QString>

namespace IdleGuard {

// One reason a policy was refused: the field it concerns (a dotted path as in the policy file,
// e.g. "queues.<id>.customer.warning2.afterSeconds") and a message for a person.
struct PolicyError
{
    QString field;
    QString message;

    QString toString() const
    {
        return field.isEmpty() ? message : field + QStringLiteral(": ") + message;
    }
    friend bool operator==(const PolicyError &, const PolicyError &) = default;
};

using PolicyErrors = QList<PolicyError>;

} // namespace IdleGuard
