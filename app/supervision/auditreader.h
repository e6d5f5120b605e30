#pragma once

#include "core/auditjournal.h"

#include <QObject>
#include <QTimer>

namespace IdleGuard::Supervision {

// The window's own, read-only access to the audit journal the enforcer writes on its thread:
// an AuditJournal on the GUI thread, opened (OpenMode::MustExist: the enforcer creates the
// file) once the enforcer has started; WAL lets it read while the worker writes. It also turns
// "an action finished" into "the journal changed" at most once per refresh interval, so a burst
// of actions costs the audit view and the charts one re-read.
class AuditReader final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultRefreshMs = 2000;

    explicit AuditReader(const Clock &clock, QObject *parent = nullptr);

    // Opens (or reopens) the journal at path; opened() or openFailed() says how it went.
    bool open(const QString &path);
    void close();
    bool isOpen() const { return m_journal.isOpen(); }
    QString path() const { return m_journal.path(); }
    QString lastError() const { return m_lastError; }
    const AuditJournal &journal() const { return m_journal; }

    void setRefreshInterval(int ms) { m_throttle.setInterval(ms); }
    int refreshInterval() const { return m_throttle.interval(); }
    // A journalChanged() is on its way.
    bool isRefreshPending() const { return m_throttle.isActive(); }

public slots:
    // Something was journaled: journalChanged() follows within the refresh interval.
    void noteJournaled();

signals:
    void opened();
    void openFailed(const QString &error);
    void closed();
    void journalChanged();

private:
    AuditJournal m_journal;
    QTimer m_throttle;
    QString m_lastError;
};

} // namespace IdleGuard::Supervision
