#include "overriderecord.h"

#include <QDateTime>

namespace IdleGuard {

const QString OverrideRecord::kExemptKey = QStringLiteral("idleGuard.exempt");
const QString OverrideRecord::kSnoozeUntilKey = QStringLiteral("idleGuard.snoozeUntil");
const QString OverrideRecord::kResetAtKey = QStringLiteral("idleGuard.resetAt");

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
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

OverrideRecord OverrideRecord::fromAttributes(const QHash<QString, QString> &attributes)
{
    OverrideRecord record;
    const auto exempt = attributes.constFind(kExemptKey);
    if (exempt != attributes.cend() && (*exempt == u"true" || *exempt == u"false"))
        record.exempt = *exempt == u"true";
    record.snoozeUntilMs = timeOf(attributes, kSnoozeUntilKey);
    record.resetAtMs = timeOf(attributes, kResetAtKey);
    return record;
}

QHash<QString, QString> OverrideRecord::toAttributes() const
{
    QHash<QString, QString> attributes;
    if (exempt)
        attributes.insert(kExemptKey, *exempt ? QStringLiteral("true") : QStringLiteral("false"));
    if (snoozeUntilMs != kNoTime)
        attributes.insert(kSnoozeUntilKey, isoTime(snoozeUntilMs));
    if (resetAtMs != kNoTime)
        attributes.insert(kResetAtKey, isoTime(resetAtMs));
    return attributes;
}

} // namespace IdleGuard
