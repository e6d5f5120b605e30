#include "logging.h"

Q_LOGGING_CATEGORY(lcEngine, "idleguard.core.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPolicy, "idleguard.core.policy", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJournal, "idleguard.core.journal", QtInfoMsg)
