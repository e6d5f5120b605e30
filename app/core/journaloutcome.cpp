#include "journaloutcome.h"

namespace IdleGuard {

QString stableName(JournalOutcome outcome)
{
    switch (outcome) {
    case JournalOutcome::Pending:
        return QStringLiteral("pending");
    case JournalOutcome::Succeeded:
        return QStringLiteral("succeeded");
    case JournalOutcome::Skipped:
        return QStringLiteral("skipped");
    case JournalOutcome::Failed:
        return QStringLiteral("failed");
    case JournalOutcome::Observed:
        return QStringLiteral("observed");
    }
    return {};
}

bool parseJournalOutcome(const QString &text, JournalOutcome *outcome)
{
    for (const JournalOutcome candidate :
         {JournalOutcome::Pending, JournalOutcome::Succeeded, JournalOutcome::Skipped,
          JournalOutcome::Failed, JournalOutcome::Observed}) {
        if (stableName(candidate) == text) {
            *outcome = candidate;
            return true;
        }
    }
    return false;
}

} // namespace IdleGuard
