#include "applanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace IdleGuard {

QLocale AppLanguage::install(const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale() : QLocale(code);
    if (!code.isEmpty())
        QLocale::setDefault(locale);
    // Owned by the application: they must live as long as it does.
    auto *own = new QTranslator(QCoreApplication::instance());
    if (own->load(locale, QStringLiteral("idleguard"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("idleguard_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return locale;
}

} // namespace IdleGuard
