#include "settingsdialog.h"

#include "supervision/dashboardsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace IdleGuard::Ui {

using Supervision::Alert;
using Supervision::DashboardSettings;

SettingsDialog::SettingsDialog(DashboardSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_language = new QComboBox(this);
    for (const auto &language : DashboardSettings::languages())
        m_language->addItem(language.name, language.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    m_restart = new QLabel(tr("The new language is used from the next start of Idle Guard."), this);
    m_restart->setWordWrap(true);
    m_restart->setForegroundRole(QPalette::PlaceholderText);
    m_restart->setVisible(false);
    auto *general = new QGroupBox(tr("Interface"), this);
    auto *form = new QFormLayout(general);
    form->addRow(tr("Language:"), m_language);
    form->addRow(QString(), m_restart);

    auto *alerts = new QGroupBox(tr("Alerts"), this);
    m_agentOwes = new QCheckBox(tr("When an agent leaves a customer waiting past the policy's "
                                   "threshold"),
                                alerts);
    m_failures = new QCheckBox(tr("When an automatic action fails"), alerts);
    m_agentOwes->setChecked(!settings.isMuted(Alert::Kind::AgentOwes));
    m_failures->setChecked(!settings.isMuted(Alert::Kind::ActionFailed));
    auto *alertLayout = new QVBoxLayout(alerts);
    alertLayout->addWidget(new QLabel(tr("Notify me:"), alerts));
    alertLayout->addWidget(m_agentOwes);
    alertLayout->addWidget(m_failures);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(alerts);
    layout->addStretch();
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_restart->setVisible(m_language->currentData().toString() != m_settings.language());
    });
}

void SettingsDialog::accept()
{
    m_settings.setLanguage(m_language->currentData().toString());
    const bool changed = m_settings.isMuted(Alert::Kind::AgentOwes) == m_agentOwes->isChecked()
        || m_settings.isMuted(Alert::Kind::ActionFailed) == m_failures->isChecked();
    m_settings.setMuted(Alert::Kind::AgentOwes, !m_agentOwes->isChecked());
    m_settings.setMuted(Alert::Kind::ActionFailed, !m_failures->isChecked());
    if (changed)
        emit alertsChanged();
    QDialog::accept();
}

} // namespace IdleGuard::Ui
