#include "journalfilter.h"

#include <QDateTime>

namespace IdleGuard {

bool JournalFilter::isValid(QString *error) const
{
    const auto refuse = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (fromMs != kNoTime && toMs != kNoTime && toMs <= fromMs) {
        const auto at
            = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODate); };
        return refuse(
            tr("The time range ends (%1) before it starts (%2).").arg(at(toMs), at(fromMs)));
    }
    if (!actorId.isEmpty() && actor != Actor::Supervisor)
        return refuse(tr("A supervisor was chosen, but not \"actions by a supervisor\"."));
    return true;
}

} // namespace IdleGuard
