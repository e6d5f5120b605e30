#pragma once

#include <QLoggingCategory>

// Logging categories of the sandbox organisation, e.g.
// QT_LOGGING_RULES="idleguard.sandbox.*.debug=true". Tokens and codes are never logged.
Q_DECLARE_LOGGING_CATEGORY(lcSandboxHttp)
Q_DECLARE_LOGGING_CATEGORY(lcSandboxNotify)
Q_DECLARE_LOGGING_CATEGORY(lcSandboxSim)
