#include "headlesslogging.h"

Q_LOGGING_CATEGORY(lcHeadless, "idleguard.headless", QtInfoMsg)
