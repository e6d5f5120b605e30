#include "journalexporter.h"

#include "core/auditjournal.h"
#include "core/manualclock.h"
#include "supervisionlogging.h"

#include <QSaveFile>
#include <QThread>

namespace IdleGuard::Supervision {

namespace {

// On the export's thread: the number of rows written, or -1 with *error.
qint64 exportTo(const QString &journalPath, const JournalFilter &filter, const QString &csvPath,
                QString *error)
{
    const ManualClock unused; // a reader never writes, so its clock is never asked
    AuditJournal journal(unused);
    if (!journal.open(journalPath, error, AuditJournal::OpenMode::MustExist))
        return -1;
    QSaveFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = JournalExporter::tr("%1 cannot be written: %2").arg(csvPath, file.errorString());
        return -1;
    }
    const qint64 rows = journal.exportCsv(file, filter, error);
    if (rows < 0) {
        file.cancelWriting();
        return -1;
    }
    if (!file.commit()) {
        *error = JournalExporter::tr("%1 cannot be written: %2").arg(csvPath, file.errorString());
        return -1;
    }
    return rows;
}

} // namespace

JournalExporter::JournalExporter(QObject *parent)
    : QObject(parent)
{ }

JournalExporter::~JournalExporter()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool JournalExporter::start(const QString &journalPath, const JournalFilter &filter,
                            const QString &csvPath)
{
    if (m_thread)
        return false;
    m_thread = QThread::create([this, journalPath, filter, csvPath] {
        QString error;
        const qint64 rows = exportTo(journalPath, filter, csvPath, &error);
        // Back on this object's thread; the destructor waits for the thread, so `this` lives.
        QMetaObject::invokeMethod(
            this,
            [this, rows, error] {
                m_thread->wait();
                delete m_thread;
                m_thread = nullptr;
                if (rows < 0)
                    qCWarning(lcSupervision).noquote() << "journal export failed:" << error;
                emit finished(rows >= 0, qMax<qint64>(0, rows), error);
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("journal-export"));
    m_thread->start(QThread::LowPriority);
    return true;
}

} // namespace IdleGuard::Supervision
