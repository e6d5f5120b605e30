#pragma once

#include <QLocale>
#include <QString>

namespace IdleGuard {

// Loads the interface's translations: Idle Guard's own (embedded under :/i18n) and Qt's (the
// standard buttons and dialogs), for the language the supervisor chose in the settings, else
// the system's. English is the fallback, as its file holds the plural forms.
class AppLanguage
{
public:
    // `code`: "de", "es", "en", or empty to follow the system. Returns the locale in use (also
    // made the default, so that times and numbers follow it).
    static QLocale install(const QString &code);
};

} // namespace IdleGuard
