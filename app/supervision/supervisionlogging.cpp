#include "supervisionlogging.h"

Q_LOGGING_CATEGORY(lcSupervision, "idleguard.supervision", QtInfoMsg)
