#pragma once

#include "commandline.h"

#include <QCoreApplication>

namespace IdleGuard {

// `idleguard` and `idleguard --demo`: the dashboard window. On a workstation it signs in to the
// region and client the supervisor enters (PKCE in the system browser, the token in the
// keychain). With --demo it first starts the sandbox organisation in this process with its demo
// traffic and short policies, and signs in to it through the same browser flow; where no browser
// can be launched (no desktop session, BROWSER unset or failing) it completes the sandbox's
// sign-in page itself and says so in the window. --screenshots saves pictures of the running
// window for the documentation and quits.
class WindowCommand
{
    Q_DECLARE_TR_FUNCTIONS(WindowCommand)

public:
    static int run(const CommandLine::WindowOptions &options);
};

} // namespace IdleGuard
