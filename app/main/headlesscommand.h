#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace IdleGuard {

// `idleguard --headless --config FILE`: the 24/7 enforcer. Reads and checks the configuration
// and the client secret, logs in the form journald keeps (when stderr is the journal), runs a
// HeadlessRunner until SIGTERM, SIGINT or SIGHUP, and returns 0 after a clean shutdown, 1 when
// it could not run (sign-in refused, journal unusable), 2 for a bad configuration.
class HeadlessCommand
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessCommand)

public:
    static int run(const QString &configPath, QTextStream &out, QTextStream &err);
};

} // namespace IdleGuard
