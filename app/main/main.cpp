// Idle Guard: entry point of the idleguard executable.

#include "applanguage.h"
#include "commandline.h"
#include "supervision/dashboardsettings.h"
#include "windowcommand.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // The headless service and the printing commands must run without a display: only the
    // window gets a QApplication.
    std::unique_ptr<QCoreApplication> app;
    if (IdleGuard::CommandLine::wantsWindow(arguments)) {
        app = std::make_unique<QApplication>(argc, argv);
        QGuiApplication::setDesktopFileName(QStringLiteral("io.github.idleguard.IdleGuard"));
        IdleGuard::CommandLine::setWindowRunner(&IdleGuard::WindowCommand::run);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("IdleGuard"));
    QCoreApplication::setApplicationName(QStringLiteral("idleguard"));

    // The language chosen in the window's settings, else the system's (the headless service
    // and the printing commands follow the system).
    QString language;
    if (IdleGuard::CommandLine::wantsWindow(arguments)) {
        QSettings settings;
        language = IdleGuard::Supervision::DashboardSettings(settings).language();
    }
    IdleGuard::AppLanguage::install(language);

    QTextStream out(stdout);
    QTextStream err(stderr);
    return IdleGuard::CommandLine::run(QCoreApplication::arguments(), out, err);
}
