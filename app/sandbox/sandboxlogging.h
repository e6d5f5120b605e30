#pragma once

#include <QLoggingCategory>

// Logging categories of the sandbox organisation, e.g.
// QT_LOGGING_RULES="idleguard.sandbox.*.debug=true". Tokens and codes are never logged.
Q_DECLARE_LOGGING_CATEGORY(lcSandboxHttp)
Q_DECLARE_LOGGING_CATEGORY(lcSandboxNotify)
Q_DECLARE_LOGGING_CATEGORY(lcSandboxSim)

namespace IdleGuard::Sandbox {

// Qt 6.4's QHttpServer logs each request with all its headers (qt.httpserver, debug): the
// bearer tokens and the OAuth client's Basic credentials among them. Keeps the qt.httpserver
// categories' debug output off whatever the logging rules say; every other category follows the
// rules. Idempotent; the sandbox calls it before it serves anything.
void keepHeadersOutOfTheLog();

} // namespace IdleGuard::Sandbox
