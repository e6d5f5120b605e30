#pragma once

#include "journalentry.h"

#include <QStringList>

namespace IdleGuard {

// How journal rows read as CSV (RFC 4180: quoted where needed, CRLF line ends; UTF-8 is the
// writer's job): the header, one row's fields, and a line. Times are ISO 8601 UTC with ms.
class JournalCsv
{
public:
    static QStringList header();
    static QStringList fields(const JournalEntry &entry);
    static QString line(const QStringList &fields);
    static QString isoTime(qint64 ms); // empty for kNoTime
};

} // namespace IdleGuard
