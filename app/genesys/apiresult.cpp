#include "apiresult.h"

namespace IdleGuard::Genesys {

using namespace Qt::StringLiterals;

QString ApiResult::describe() const
{
    if (ok())
        return u"HTTP %1"_s.arg(status);
    QString text = status > 0 ? u"HTTP %1 %2: %3"_s.arg(status).arg(errorCode, message)
                              : u"%1: %2"_s.arg(errorCode, message);
    if (!correlationId.isEmpty())
        text += u" (correlation id %1)"_s.arg(correlationId);
    return text;
}

} // namespace IdleGuard::Genesys
