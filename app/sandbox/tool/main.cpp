// idleguard-sandbox: the sandbox organisation as a program of its own, for trying the dashboard
// against it by hand and for the official-SDK conformance test.

#include "sandbox/sandbox.h"
#include "sandbox/sandboxoptions.h"
#include "version.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("idleguard-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IDLEGUARD_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QString error;
    QString help;
    const auto options
        = IdleGuard::Sandbox::SandboxOptions::fromCommandLine(app.arguments(), &error, &help);
    if (!options) {
        if (!help.isEmpty()) {
            out << help;
            return 0;
        }
        err << "idleguard-sandbox: " << error << Qt::endl;
        return 2;
    }

    IdleGuard::Sandbox::Sandbox sandbox(*options);
    if (!sandbox.start(&error)) {
        err << "idleguard-sandbox: " << error << Qt::endl;
        return 1;
    }
    // Scripts wait for this exact line to learn the port.
    out << "idleguard-sandbox listening on " << sandbox.baseUrl().toString() << Qt::endl;
    out << "  sign in with client id idleguard-desktop (PKCE) or demo-client / demo-secret;"
        << " state at " << sandbox.baseUrl().toString() << "/sandbox/state" << Qt::endl;
    return QCoreApplication::exec();
}
