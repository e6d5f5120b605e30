// The alerts in the window and the settings that govern them: the alert bar (newest first, the
// older ones in a menu, "show" selects the conversation, dismiss hides), the notifier falling
// back to the bar without a tray (offscreen has none), and the settings dialog storing the
// language and the mute switches.

#include "supervision/dashboardsettings.h"
#include "ui/alerts/alertbar.h"
#include "ui/alerts/alertnotifier.h"
#include "ui/settings/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace IdleGuard;
using namespace IdleGuard::Supervision;
using namespace Qt::StringLiterals;

namespace {

Alert alert(const QString &id, const QString &text, Alert::Kind kind = Alert::Kind::AgentOwes)
{
    return {kind, id, u"A customer is waiting for a reply"_s, text, 0};
}

} // namespace

class TestAlerts : public QObject
{
    Q_OBJECT

private slots:
    void barShowsTheNewestAndSelectsItsConversation()
    {
        QWidget window;
        Ui::AlertBar bar(&window);
        window.show();
        QVERIFY(!bar.isVisible()); // nothing to say yet
        bar.addAlert(alert(u"c1"_s, u"Alex has waited 3:00"_s));
        bar.addAlert(alert(u"c2"_s, u"Bea has waited 3:10"_s));
        QVERIFY(bar.isVisible());
        QVERIFY(bar.textLabel()->text().contains(u"Bea"_s));
        QSignalSpy requested(&bar, &Ui::AlertBar::conversationRequested);
        bar.showButton()->click();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), u"c2"_s);
        // The older one is in the menu, and selects its own conversation.
        QMenu *more = nullptr;
        for (auto *button : bar.findChildren<QToolButton *>()) {
            if (button->menu())
                more = button->menu();
        }
        QVERIFY(more);
        QCOMPARE(more->actions().size(), 1);
        more->actions().constFirst()->trigger();
        QCOMPARE(requested.at(1).at(0).toString(), u"c1"_s);
        bar.dismiss();
        QVERIFY(!bar.isVisible());
    }

    void barKeepsABoundedList()
    {
        Ui::AlertBar bar;
        for (int i = 0; i < Ui::AlertBar::kKept + 5; ++i)
            bar.addAlert(alert(QString::number(i), u"text"_s));
        QCOMPARE(bar.alerts().size(), Ui::AlertBar::kKept);
        QCOMPARE(bar.alerts().constFirst().conversationId,
                 QString::number(Ui::AlertBar::kKept + 4));
    }

    void withoutATrayTheWindowShowsTheAlerts()
    {
        QMainWindow window;
        Ui::AlertBar bar(&window);
        Ui::AlertNotifier notifier(window, bar);
        window.show();
        QVERIFY(!notifier.usesTray()); // the offscreen platform has no tray
        QSignalSpy requested(&notifier, &Ui::AlertNotifier::conversationRequested);
        notifier.show(alert(u"c9"_s, u"Sending failed"_s, Alert::Kind::ActionFailed));
        QVERIFY(bar.isVisible());
        QVERIFY(bar.textLabel()->text().contains(u"Sending failed"_s));
        bar.showButton()->click();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), u"c9"_s);
    }

    void settingsStoreLanguageAndMutes()
    {
        QTemporaryDir dir;
        QSettings store(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        DashboardSettings settings(store);
        QCOMPARE(settings.language(), QString()); // follows the system at first
        QVERIFY(!settings.isMuted(Alert::Kind::AgentOwes));

        Ui::SettingsDialog dialog(settings);
        QVERIFY(dialog.agentOwesBox()->isChecked());
        QVERIFY(!dialog.restartNote()->isVisibleTo(&dialog));
        dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(u"de"_s));
        QVERIFY(dialog.restartNote()->isVisibleTo(&dialog)); // said before it is stored
        dialog.agentOwesBox()->setChecked(false);
        QSignalSpy changed(&dialog, &Ui::SettingsDialog::alertsChanged);
        dialog.accept();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(settings.language(), u"de"_s);
        QVERIFY(settings.isMuted(Alert::Kind::AgentOwes));
        QVERIFY(!settings.isMuted(Alert::Kind::ActionFailed));

        Ui::SettingsDialog again(settings); // shows what is stored
        QCOMPARE(again.languageCombo()->currentData().toString(), u"de"_s);
        QVERIFY(!again.agentOwesBox()->isChecked());
        QSignalSpy unchanged(&again, &Ui::SettingsDialog::alertsChanged);
        again.reject(); // Cancel stores nothing
        QCOMPARE(unchanged.count(), 0);
    }

    void anUnknownLanguageFollowsTheSystem()
    {
        QTemporaryDir dir;
        QSettings store(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        store.setValue(u"ui/language"_s, u"klingon"_s);
        QCOMPARE(DashboardSettings(store).language(), QString());
        const auto languages = DashboardSettings::languages();
        QCOMPARE(languages.size(), 4); // the system's, English, German, Spanish
    }
};

QTEST_MAIN(TestAlerts)

#include "tst_alerts.moc"
