#include "journalexportcommand.h"

#include "core/auditjournal.h"
#include "core/systemclock.h"

#include <QSaveFile>
#include <QStandardPaths>

namespace IdleGuard {

QString JournalExportCommand::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/journal.sqlite");
}

int JournalExportCommand::run(const QString &outputPath, const QString &databasePath,
                              QTextStream &out, QTextStream &err)
{
    const QString path = databasePath.isEmpty() ? defaultDatabasePath() : databasePath;
    SystemClock clock;
    AuditJournal journal(clock);
    QString error;
    // MustExist: exporting must never leave an empty new journal behind a mistyped path.
    if (!journal.open(path, &error, AuditJournal::OpenMode::MustExist)) {
        err << tr("Cannot export the journal: %1").arg(error) << Qt::endl;
        return Failed;
    }
    // QSaveFile: a failed export never leaves a truncated CSV in place of an older one.
    QSaveFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly)) {
        err << tr("Cannot write %1: %2").arg(outputPath, file.errorString()) << Qt::endl;
        return Failed;
    }
    const qint64 rows = journal.exportCsv(file, &error);
    if (rows < 0) {
        file.cancelWriting();
        err << tr("Cannot export the journal: %1").arg(error) << Qt::endl;
        return Failed;
    }
    if (!file.commit()) {
        err << tr("Cannot write %1: %2").arg(outputPath, file.errorString()) << Qt::endl;
        return Failed;
    }
    out << tr("Exported %1 journal rows from %2 to %3.").arg(rows).arg(path, outputPath)
        << Qt::endl;
    return Exported;
}

} // namespace IdleGuard
