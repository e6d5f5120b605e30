#pragma once

#include <QLoggingCategory>

// Logging category of the headless enforcer's building blocks (configuration, signals, log
// format), e.g. QT_LOGGING_RULES="idleguard.headless.debug=true". The client secret never appears.
Q_DECLARE_LOGGING_CATEGORY(lcHeadless)
