#pragma once

#include "idleaction.h"
#include "idletypes.h"
#include "journaloutcome.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace IdleGuard {

// Which rows of the audit journal the audit view shows, counts, charts and exports. A criterion
// left at its default lets every row through; the rows shown meet every criterion set. Times
// are intent times (when Idle Guard decided to act), ms since the epoch.
struct JournalFilter
{
    Q_DECLARE_TR_FUNCTIONS(JournalFilter)

public:
    enum class Actor : quint8 {
        Anyone,
        Automatic, // the policy acted
        Supervisor, // a person (or an instance without a user) acted; actorId narrows it
    };

    qint64 fromMs = kNoTime; // intent time >= fromMs; kNoTime: no lower bound
    qint64 toMs = kNoTime; // intent time < toMs; kNoTime: no upper bound
    QString queueId; // empty: every queue
    QString conversationId; // the id or how it starts (people paste or type the start)
    Actor actor = Actor::Anyone;
    QString actorId; // with Actor::Supervisor: that user id only; empty: any supervisor
    QList<JournalOutcome> outcomes; // empty: any; Pending matches rows without a result
    QList<IdleAction::Kind> kinds; // empty: any action
    // Ids in (afterId, upToId]: what was written between two looks at the journal, so that a
    // count and its pages agree while the enforcer keeps writing. -1: no bound.
    qint64 afterId = -1;
    qint64 upToId = -1;

    bool hasTimeRange() const { return fromMs != kNoTime && toMs != kNoTime; }
    // False, with a sentence for a person in *error, for a filter that contradicts itself: a
    // time range that ends before it starts, or a supervisor id without Actor::Supervisor.
    bool isValid(QString *error = nullptr) const;

    friend bool operator==(const JournalFilter &, const JournalFilter &) = default;
};

} // namespace IdleGuard
