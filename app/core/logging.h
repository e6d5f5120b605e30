#pragma once

#include <QLoggingCategory>

// Logging categories of the core layer. Enable with QT_LOGGING_RULES, e.g.
// QT_LOGGING_RULES="idleguard.core.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcEngine)
Q_DECLARE_LOGGING_CATEGORY(lcPolicy)
Q_DECLARE_LOGGING_CATEGORY(lcJournal)
