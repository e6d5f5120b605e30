#include "overriderecord.h"

#include <QDateTime>

namespace IdleGuard {

const QString OverrideRecord::kExemptKey = QStringLiteral("idleGuard.exempt");
const QString OverrideRecord::kSnoozeUntilKey = QStringLiteral("idleGuard.snoozeUntil");
const QString OverrideRecord::kResetAtKey = QStringLiteral("idleGuard.resetAt");
const QString OverrideRecord::kSetAtKey = QStringLiteral("idleGuard.overrideAt");

namespace {

qint64 timeOf(const QHash<QString, QString> &attributes, const QString &key)
{
    const auto it = attributes.constFind(key);
    if (it == attributes.cend())
        return kNoTime;
    const QDateTime at = QDateTime::fromString(*it, Qt::ISODateWithMs);
    return at.isValid() ? at.toMSecsSinceEpoch() : kNoTime;
}

QString isoTime(qint64 ms)
{
    return ms == kNoTime ? QString()
                         : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

OverrideRecord OverrideRecord::fromAttributes(const QHash<QString, QString> &attributes)
{
    OverrideRecord record;
    const auto exempt = attributes.constFind(kExemptKey);
    if (exempt == attributes.cend() || (*exempt != u"true" && *exempt != u"false"))
        return record;
    const qint64 setAt = timeOf(attributes, kSetAtKey);
    if (setAt == kNoTime)
        return record;
    record.exempt = *exempt == u"true";
    record.snoozeUntilMs = timeOf(attributes, kSnoozeUntilKey);
    record.resetAtMs = timeOf(attributes, kResetAtKey);
    record.setAtMs = setAt;
    return record;
}

QHash<QString, QString> OverrideRecord::toAttributes() const
{
    return {{kExemptKey, exempt ? QStringLiteral("true") : QStringLiteral("false")},
            {kSnoozeUntilKey, isoTime(snoozeUntilMs)},
            {kResetAtKey, isoTime(resetAtMs)},
            {kSetAtKey, isoTime(setAtMs)}};
}

} // namespace IdleGuard
