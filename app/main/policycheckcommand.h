#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace IdleGuard {

// `idleguard --check-policy FILE`: validates a policy file and prints either a summary of the
// policies it sets or every error with the field it concerns.
class PolicyCheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(PolicyCheckCommand)

public:
    enum ExitCode { Valid = 0, Invalid = 1 };
    static int run(const QString &path, QTextStream &out, QTextStream &err);
};

} // namespace IdleGuard
