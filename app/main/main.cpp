// Idle Guard: entry point of the idleguard executable.

#include "commandline.h"
#include "windowcommand.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

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

    QTranslator translator;
    // The user's language, else English: the English file holds the plural forms ("1 queue",
    // "3 queues"), which the C locale would otherwise show as "queue(s)".
    if (translator.load(QLocale(), QStringLiteral("idleguard"), QStringLiteral("_"),
                        QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral("idleguard_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    return IdleGuard::CommandLine::run(QCoreApplication::arguments(), out, err);
}
