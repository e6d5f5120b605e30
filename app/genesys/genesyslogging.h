#pragma once

#include <QLoggingCategory>

// Logging categories of the Genesys Cloud layer, e.g.
// QT_LOGGING_RULES="idleguard.genesys.*.debug=true". Tokens, codes and verifiers never appear.
Q_DECLARE_LOGGING_CATEGORY(lcGenesysRest)
Q_DECLARE_LOGGING_CATEGORY(lcGenesysParse)
Q_DECLARE_LOGGING_CATEGORY(lcGenesysAuth)
Q_DECLARE_LOGGING_CATEGORY(lcGenesysFeed)
