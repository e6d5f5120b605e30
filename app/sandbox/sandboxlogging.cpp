#include "sandboxlogging.h"

Q_LOGGING_CATEGORY(lcSandboxHttp, "idleguard.sandbox.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandboxNotify, "idleguard.sandbox.notify", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandboxSim, "idleguard.sandbox.sim", QtInfoMsg)
