#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace IdleGuard {

// `idleguard --export-journal FILE [--journal DB]`: writes the audit journal as CSV.
class JournalExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(JournalExportCommand)

public:
    enum ExitCode { Exported = 0, Failed = 1 };
    // databasePath empty: the default journal in the application data directory.
    static int run(const QString &outputPath, const QString &databasePath, QTextStream &out,
                   QTextStream &err);
    static QString defaultDatabasePath();
};

} // namespace IdleGuard
