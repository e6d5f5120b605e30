#include "headlesscommand.h"

#include "commandline.h"
#include "core/ownerfiles.h"
#include "core/scaledclock.h"
#include "core/systemclock.h"
#include "headless/headlessconfig.h"
#include "headless/headlessrunner.h"
#include "headless/logformat.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <memory>

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
    SystemClock systemClock;
    // A soak against a sped-up sandbox (loopback only, checked by the configuration): the
    // enforcer's clock and the worker's timer follow the sandbox's clock.
    std::unique_ptr<ScaledClock> sandboxClock;
    if (config->sandboxClock)
        sandboxClock = std::make_unique<ScaledClock>(config->sandboxClock->nowMs,
                                                     config->sandboxClock->atWallMs,
                                                     config->sandboxClock->speed);
    const Clock &clock = sandboxClock ? static_cast<const Clock &>(*sandboxClock) : systemClock;
    Headless::HeadlessRunner runner(*config, secret, clock, out);
    if (sandboxClock) {
        runner.setClockSpeed(sandboxClock->speed());
        runner.setSummaryIntervalMs(std::max(1000, int(60'000 / sandboxClock->speed())));
    }
    return runner.exec();
}

} // namespace IdleGuard
