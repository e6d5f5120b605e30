#include "auditreader.h"

#include "supervisionlogging.h"

namespace IdleGuard::Supervision {

AuditReader::AuditReader(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_journal(clock)
{
    m_throttle.setSingleShot(true);
    m_throttle.setInterval(kDefaultRefreshMs);
    connect(&m_throttle, &QTimer::timeout, this, [this] {
        if (m_journal.isOpen())
            emit journalChanged();
    });
}

bool AuditReader::open(const QString &path)
{
    QString error;
    if (!m_journal.open(path, &error, AuditJournal::OpenMode::MustExist)) {
        m_lastError = tr("The audit journal cannot be read: %1").arg(error);
        qCWarning(lcSupervision).noquote() << m_lastError;
        emit openFailed(m_lastError);
        return false;
    }
    m_lastError.clear();
    qCDebug(lcSupervision).noquote() << "reading the audit journal" << path;
    emit opened();
    return true;
}

void AuditReader::close()
{
    m_throttle.stop();
    if (!m_journal.isOpen())
        return;
    m_journal.close();
    emit closed();
}

void AuditReader::noteJournaled()
{
    // The first note starts the interval; later ones ride along.
    if (!m_throttle.isActive())
        m_throttle.start();
}

} // namespace IdleGuard::Supervision
