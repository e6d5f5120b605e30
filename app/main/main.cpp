// Idle Guard: entry point of the idleguard executable.

#include "commandline.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
