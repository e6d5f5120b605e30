#include "genesyslogging.h"

Q_LOGGING_CATEGORY(lcGenesysRest, "idleguard.genesys.rest", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGenesysParse, "idleguard.genesys.parse", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGenesysAuth, "idleguard.genesys.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGenesysFeed, "idleguard.genesys.feed", QtInfoMsg)
