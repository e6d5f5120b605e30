#pragma once

#include <QLoggingCategory>

// Logging category of the enforcement layer (worker, actions, reconciliation). Enable with
// QT_LOGGING_RULES="idleguard.enforcement.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcEnforcement)
