#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace IdleGuard {

// Parses idleguard's command line and runs what it asks for. Kept out of main() so the tests
// can drive every option without starting a process.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode { Ok = 0, Failed = 1, UsageError = 2 };
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace IdleGuard
