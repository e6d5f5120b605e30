#include "durationformat.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace IdleGuard {

QString DurationFormat::compact(qint64 ms)
{
    const bool negative = ms < 0;
    const qint64 totalSeconds = (negative ? -ms : ms) / 1000;
    const QString sign = negative ? QStringLiteral("-") : QString();
    if (totalSeconds < 3600) {
        return sign
            + QStringLiteral("%1:%2")
                  .arg(totalSeconds / 60)
                  .arg(totalSeconds % 60, 2, 10, QLatin1Char('0'));
    }
    const qint64 minutes = totalSeconds / 60;
    return sign + tr("%1:%2 h").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

namespace {

constexpr qint64 kLimitSeconds = 365LL * 24 * 3600; // far above any threshold; stops overflow

// Seconds per unit word, in the languages the window speaks; nullopt for an unknown word.
std::optional<double> unitSeconds(const QString &unit)
{
    static const QHash<QString, double> units {
        {QStringLiteral("s"), 1},          {QStringLiteral("sec"), 1},
        {QStringLiteral("secs"), 1},       {QStringLiteral("second"), 1},
        {QStringLiteral("seconds"), 1},    {QStringLiteral("sek"), 1},
        {QStringLiteral("sekunde"), 1},    {QStringLiteral("sekunden"), 1},
        {QStringLiteral("seg"), 1},        {QStringLiteral("segundo"), 1},
        {QStringLiteral("segundos"), 1},   {QStringLiteral("m"), 60},
        {QStringLiteral("min"), 60},       {QStringLiteral("mins"), 60},
        {QStringLiteral("minute"), 60},    {QStringLiteral("minutes"), 60},
        {QStringLiteral("minuten"), 60},   {QStringLiteral("minuto"), 60},
        {QStringLiteral("minutos"), 60},   {QStringLiteral("h"), 3600},
        {QStringLiteral("hr"), 3600},      {QStringLiteral("hrs"), 3600},
        {QStringLiteral("hour"), 3600},    {QStringLiteral("hours"), 3600},
        {QStringLiteral("std"), 3600},     {QStringLiteral("stunde"), 3600},
        {QStringLiteral("stunden"), 3600}, {QStringLiteral("hora"), 3600},
        {QStringLiteral("horas"), 3600},
    };
    const auto it = units.constFind(unit.toLower());
    return it == units.cend() ? std::nullopt : std::optional<double>(*it);
}

// "2:30" (m:ss), "1:05:00" (h:mm:ss) and, with an hour unit, "1:30 h" (h:mm).
std::optional<qint64> clockSeconds(const QString &clock, bool hoursFirst)
{
    const QStringList parts = clock.split(u':');
    if (parts.size() > 3 || (hoursFirst && parts.size() != 2))
        return std::nullopt;
    qint64 total = 0;
    for (int i = 0; i < parts.size(); ++i) {
        bool ok = false;
        const int value = parts.at(i).toInt(&ok);
        if (!ok || value < 0 || (i > 0 && (parts.at(i).size() != 2 || value >= 60)))
            return std::nullopt;
        total = total * 60 + value;
    }
    return hoursFirst ? total * 60 : total;
}

} // namespace

std::optional<int> DurationFormat::parseSeconds(const QString &text, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<int> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString input = text.trimmed();
    if (input.isEmpty())
        return fail(tr("Enter a time, for example \"45 s\", \"2 min\" or \"1:30\"."));
    const QString unknown
        = tr("\"%1\" is not a time; write for example \"45 s\", \"2 min\", \"1 h 30 min\" or "
             "\"2:30\".")
              .arg(input);

    static const QRegularExpression clockForm(
        QStringLiteral("^(\\d{1,4}(?::\\d{2}){1,2})\\s*(h|hr|hrs|std|hora|horas)?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression part(
        QStringLiteral("\\G\\s*(\\d+(?:[.,]\\d+)?)\\s*([[:alpha:]]*)\\s*"),
        QRegularExpression::UseUnicodePropertiesOption);

    qint64 total = 0;
    if (const auto clock = clockForm.match(input); clock.hasMatch()) {
        const auto seconds = clockSeconds(clock.captured(1), !clock.captured(2).isEmpty());
        if (!seconds)
            return fail(unknown);
        total = *seconds;
    } else {
        qsizetype at = 0;
        double sum = 0;
        int count = 0;
        for (auto m = part.match(input); m.hasMatch() && m.capturedStart() == at;
             m = part.match(input, at)) {
            const double number = m.captured(1).replace(u',', u'.').toDouble();
            const auto unit
                = m.captured(2).isEmpty() ? std::optional<double>(1) : unitSeconds(m.captured(2));
            if (!unit || (m.captured(2).isEmpty() && count > 0))
                return fail(unknown);
            sum += number * *unit;
            ++count;
            at = m.capturedEnd();
            if (at >= input.size() || m.capturedLength() == 0)
                break;
        }
        if (count == 0 || at < input.size())
            return fail(unknown);
        if (sum != std::floor(sum))
            return fail(tr("\"%1\" is not a whole number of seconds.").arg(input));
        total = qint64(std::min(sum, double(kLimitSeconds)));
    }
    return int(std::min(total, kLimitSeconds));
}

} // namespace IdleGuard
