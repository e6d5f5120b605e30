#pragma once

#include <QString>
#include <QtGlobal>

namespace IdleGuard {

// Writes synthetic audit journals for the audit view's tests and benchmark: the schema through
// AuditJournal (so it is the real one, indexes included), the rows in one transaction of a
// separate connection (the journal's own API syncs every result to disk, which for 100,000
// rows would take minutes). Rows run oldest to newest over [endMs - spanMs, endMs): each
// conversation gets a few actions in a row (warnings, a closing message and a disconnect, agent
// flags, a supervisor's override now and then), with the outcomes a day brings: mostly done,
// some skipped, a few failed, a handful still pending.
class JournalFactory
{
public:
    struct Options
    {
        int rows = 1000;
        qint64 endMs = 0;
        qint64 spanMs = 30LL * 24 * 3600 * 1000;
        int queues = 5;
        quint32 seed = 1;
    };

    static bool write(const QString &path, const Options &options, QString *error = nullptr);
    // The queue and supervisor ids it writes.
    static QString queueId(int queue) { return QStringLiteral("queue-%1").arg(queue); }
    static QString supervisorId(int n) { return QStringLiteral("user-%1").arg(n); }
    // The id of the n-th conversation (UUID-shaped, as the platform's).
    static QString conversationId(int n);
};

} // namespace IdleGuard
