#pragma once

#include "journalentry.h"
#include "journalfilter.h"

#include <QString>
#include <QVariantList>

QT_BEGIN_NAMESPACE
class QSqlQuery;
QT_END_NAMESPACE

namespace IdleGuard {

// The SQL side of reading the audit journal: the column list every read selects, how a result
// row becomes a JournalEntry, and how a JournalFilter becomes a WHERE clause. Values are always
// bound, never pasted into the statement, so whatever a supervisor types stays data.
class JournalSql
{
public:
    struct Where
    {
        QString clause; // "" or "WHERE ..." with one '?' per value
        QVariantList values;
    };

    // Every column of the actions table, in the order entryFrom() reads them.
    static QString columns();
    static JournalEntry entryFrom(const QSqlQuery &query);
    // The filter's conditions, plus `extra` (already SQL, with `extraValues`) when given.
    static Where where(const JournalFilter &filter, const QString &extra = {},
                       const QVariantList &extraValues = {});

    // NULL for kNoTime, and back.
    static QVariant timeValue(qint64 ms);
    static qint64 timeFrom(const QVariant &value);
    // The actor column names who acted; "automatic" is not a valid Genesys user id.
    static QString actorName(const QString &actor);
};

} // namespace IdleGuard
