#pragma once

#include "alert.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QSettings;

namespace IdleGuard::Supervision {

// The window's own preferences, kept in QSettings: the language of the interface (applied at the
// next start) and which alerts are muted. One place for the keys, so the settings dialog, the
// window and main() read the same values.
class DashboardSettings
{
    Q_DECLARE_TR_FUNCTIONS(DashboardSettings)

public:
    struct Language
    {
        QString code; // "" follows the system
        QString name; // in that language, as people look for it
    };
    // The languages the interface is translated into, "follow the system" first.
    static QList<Language> languages();

    explicit DashboardSettings(QSettings &settings);

    QString language() const; // "" follows the system
    void setLanguage(const QString &code);
    bool isMuted(Alert::Kind kind) const;
    void setMuted(Alert::Kind kind, bool muted);

private:
    QSettings &m_settings;
};

} // namespace IdleGuard::Supervision
