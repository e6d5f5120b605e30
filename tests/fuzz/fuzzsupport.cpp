#include "fuzzsupport.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace IdleGuard::Fuzz {

namespace {

void quiet(QtMsgType, const QMessageLogContext &, const QString &) { }

} // namespace

void initialise()
{
    static QCoreApplication *application = [] {
        // IDLEGUARD_FUZZ_VERBOSE=1 keeps Qt's messages, to see why an input is refused.
        if (!qEnvironmentVariableIsSet("IDLEGUARD_FUZZ_VERBOSE"))
            qInstallMessageHandler(quiet);
        static int argc = 1;
        static char name[] = "idleguard-fuzz";
        static char *argv[] = {name, nullptr};
        return new QCoreApplication(argc, argv); // lives as long as the process
    }();
    Q_UNUSED(application);
}

void checkFailed(const char *condition, const char *file, int line)
{
    std::fprintf(stderr, "FUZZ_CHECK failed: %s (%s:%d)\n", condition, file, line);
    std::fflush(stderr);
    std::abort();
}

} // namespace IdleGuard::Fuzz
