#include "dashboardsettings.h"

#include <QSettings>

namespace IdleGuard::Supervision {

namespace {

QString muteKey(Alert::Kind kind)
{
    return kind == Alert::Kind::AgentOwes ? QStringLiteral("alerts/muteAgentOwes")
                                          : QStringLiteral("alerts/muteActionFailed");
}

} // namespace

QList<DashboardSettings::Language> DashboardSettings::languages()
{
    // Each language's own name: someone who cannot read the current one still finds theirs.
    return {{QString(), tr("System language")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("es"), QStringLiteral("Español")}};
}

DashboardSettings::DashboardSettings(QSettings &settings)
    : m_settings(settings)
{ }

QString DashboardSettings::language() const
{
    const QString code = m_settings.value(QStringLiteral("ui/language")).toString();
    for (const Language &language : languages()) {
        if (language.code == code)
            return code;
    }
    return {}; // an unknown value follows the system
}

void DashboardSettings::setLanguage(const QString &code)
{
    m_settings.setValue(QStringLiteral("ui/language"), code);
}

bool DashboardSettings::isMuted(Alert::Kind kind) const
{
    return m_settings.value(muteKey(kind), false).toBool();
}

void DashboardSettings::setMuted(Alert::Kind kind, bool muted)
{
    m_settings.setValue(muteKey(kind), muted);
}

} // namespace IdleGuard::Supervision
