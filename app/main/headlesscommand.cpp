#include "headlesscommand.h"

#include "commandline.h"
#include "core/ownerfiles.h"
#include "core/systemclock.h"
#include "headless/headlessconfig.h"
#include "headless/headlessrunner.h"
#include "headless/logformat.h"

#include <QDir>
#include <QFileInfo>

namespace IdleGuard {

int HeadlessCommand::run(const QString &configPath, QTextStream &out, QTextStream &err)
{
    QStringList errors;
    const auto config = Headless::HeadlessConfig::load(configPath, &errors);
    if (!config) {
        err << tr("%1 is not a usable configuration:").arg(configPath) << Qt::endl;
        for (const QString &error : std::as_const(errors))
            err << u"  "_qs << error << Qt::endl;
        return CommandLine::UsageError;
    }
    QString secretError;
    const QString secret = config->resolveSecret(&secretError);
    if (secret.isEmpty()) {
        err << secretError << Qt::endl;
        return CommandLine::UsageError;
    }
    // A folder made here for the journal is the owner's only (0700), like the journal itself.
    QString folderError;
    if (!OwnerFiles::makePath(QFileInfo(config->journalPath).absolutePath(), &folderError)) {
        err << tr("Cannot create the folder of the journal %1.").arg(config->journalPath) << u' '
            << folderError << Qt::endl;
        return CommandLine::Failed;
    }

    Headless::LogFormat::install(Headless::LogFormat::detect());
    SystemClock clock;
    Headless::HeadlessRunner runner(*config, secret, clock, out);
    return runner.exec();
}

} // namespace IdleGuard
