#include "enforcementlogging.h"

Q_LOGGING_CATEGORY(lcEnforcement, "idleguard.enforcement", QtInfoMsg)
