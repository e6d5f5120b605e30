#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace IdleGuard {

// How durations read in the UI and on the command line: "m:ss" below an hour, "h:mm h" above.
class DurationFormat
{
    Q_DECLARE_TR_FUNCTIONS(DurationFormat)

public:
    static QString compact(qint64 ms);
    static QString seconds(int seconds) { return compact(qint64(seconds) * 1000); }

    // What a person types for a threshold: "90", "90 s", "2 min", "1.5 m", "1 h 30 min",
    // "2:30" (m:ss), "1:05:00" (h:mm:ss) or "1:30 h" (h:mm, as compact() shows it). A bare
    // number is seconds. nullopt with *error (a sentence for a person) when it is none of them.
    static std::optional<int> parseSeconds(const QString &text, QString *error = nullptr);
};

} // namespace IdleGuard
