#pragma once

#include <QLoggingCategory>

// Logging category of the composition root both front ends share (sign-in, what is enforced on
// which queues), e.g. QT_LOGGING_RULES="idleguard.supervision.debug=true". No token or code.
Q_DECLARE_LOGGING_CATEGORY(lcSupervision)
