#include "windowcommand.h"

#include "core/ownerfiles.h"
#include "core/policyparser.h"
#include "core/systemclock.h"
#include "democommand.h"
#include "genesys/browserlauncher.h"
#include "genesys/keychaintokenstore.h"
#include "genesys/memorytokenstore.h"
#include "journalexportcommand.h"
#include "sandbox/eventscheduler.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxbrowser.h"
#include "screenshooter.h"
#include "supervision/supervisioncontroller.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

namespace IdleGuard {

using namespace Qt::StringLiterals;

namespace {

// A person's desktop session, where the system browser can be opened.
bool hasDesktopSession()
{
    return !qEnvironmentVariableIsEmpty("XDG_CURRENT_DESKTOP")
        || !qEnvironmentVariableIsEmpty("DESKTOP_SESSION");
}

// Where a workstation keeps the policies the supervisor applied last.
QString workstationPolicyFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/policy.json"_s;
}

// The policies a workstation starts with: its policy file when there is one, else the built-in
// default. An invalid file is said, not silently replaced.
PolicySet workstationPolicies(QString *problem)
{
    const QString path
        = QStandardPaths::locate(QStandardPaths::AppConfigLocation, u"policy.json"_s);
    if (path.isEmpty())
        return PolicySet();
    // Through PolicyParser::load: only a regular file of sane size is read (ConfigFile).
    PolicyErrors errors;
    const auto set = PolicyParser::load(path, &errors);
    if (!set) {
        QStringList lines;
        for (const PolicyError &e : std::as_const(errors))
            lines << e.toString();
        *problem = WindowCommand::tr("%1 is not a valid policy file; the built-in policy is in "
                                     "force.\n%2")
                       .arg(path, lines.join(u'\n'));
        return PolicySet();
    }
    return *set;
}

QString hostInstanceId()
{
    QString id = QHostInfo::localHostName();
    for (QChar &c : id) {
        if (!c.isLetterOrNumber() && c != u'.' && c != u'_' && c != u'-')
            c = u'-';
    }
    return id.isEmpty() ? u"idleguard"_s : id.left(64);
}

} // namespace

int WindowCommand::run(const CommandLine::WindowOptions &options)
{
    if (options.demo && qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"idleguard.sandbox.*.info=false"_s);
    std::unique_ptr<Sandbox::Sandbox> sandbox;
    std::unique_ptr<Genesys::TokenStore> tokens;
    SystemClock systemClock;
    const Clock *clock = &systemClock;
    PolicySet policies;
    QString journalPath = JournalExportCommand::defaultDatabasePath();
    QString problem;
    if (options.demo) {
        DemoCommand::Options demo;
        demo.speed = options.speed;
        sandbox = DemoCommand::startSandbox(demo, &problem);
        const auto set = sandbox ? DemoCommand::sandboxPolicies(*sandbox) : std::nullopt;
        journalPath = sandbox ? DemoCommand::newJournalPath(&problem) : QString();
        if (!sandbox || !set || journalPath.isEmpty()) {
            QMessageBox::critical(nullptr, tr("Idle Guard demo"),
                                  problem.isEmpty() ? tr("The demo could not start.") : problem);
            return CommandLine::Failed;
        }
        policies = *set;
        clock = &sandbox->scheduler().clock();
        tokens = std::make_unique<Genesys::MemoryTokenStore>(); // sandbox tokens stay in memory
    } else {
        policies = workstationPolicies(&problem);
        QString ignored; // opening the journal reports a missing folder
        OwnerFiles::makePath(QFileInfo(journalPath).absolutePath(), &ignored);
        tokens = std::make_unique<Genesys::KeychainTokenStore>();
    }

    Supervision::SupervisionController controller(*clock, *tokens);
    Ui::MainWindow window(controller, *clock);
    window.setPolicies(policies);
    window.setJournalPath(journalPath);
    if (!options.demo) // the demo's policies are the sandbox's, not the supervisor's
        window.setPolicyFile(workstationPolicyFile());
    window.setClockSpeed(options.speed);

    Genesys::BrowserLauncher system([](const QUrl &url) { return QDesktopServices::openUrl(url); });
    Sandbox::SandboxBrowser sandboxBrowser;
    if (options.demo) {
        window.setInstanceId(u"demo"_s);
        window.setClaimLeadMs(0); // the demo's only instance
        window.setWatchAllByDefault(true);
        const bool browserChosen
            = !system.command().isEmpty() || !qEnvironmentVariableIsEmpty("BROWSER");
        const bool useSystem = browserChosen || hasDesktopSession();
        window.setDemo(Genesys::Environment::custom(sandbox->baseUrl()).key(),
                       QString::fromLatin1(Genesys::PkceSignIn::defaultClientId),
                       useSystem ? tr("The demo signs in to the sandbox organisation on this "
                                      "computer; your browser shows its sign-in page.")
                                 : tr("No browser can be opened here, so the demo completes the "
                                      "sandbox's sign-in page itself, as Sam Supervisor."));
        controller.setBrowserLauncher(
            [&system, &sandboxBrowser, &window, useSystem](const QUrl &url) {
                if (useSystem && system.open(url))
                    return true;
                window.statusBar()->showMessage(
                    tr("No browser could be opened: the demo signed in on the sandbox's page by "
                       "itself."),
                    15'000);
                return sandboxBrowser.open(url);
            });
    } else {
        window.setInstanceId(hostInstanceId());
        controller.setBrowserLauncher(system.launcher());
    }

    window.resize(1500, 860);
    window.show();
    if (!problem.isEmpty())
        QMessageBox::warning(&window, tr("Idle Guard"), problem);
    if (options.demo)
        window.signIn();

    std::unique_ptr<ScreenShooter> shooter;
    if (!options.screenshotDir.isEmpty())
        shooter = std::make_unique<ScreenShooter>(window, *clock, options.screenshotDir);
    if (options.runForSeconds > 0)
        QTimer::singleShot(options.runForSeconds * 1000, &window, &QWidget::close);
    const int code = QApplication::exec();
    controller.stop();
    return code;
}

} // namespace IdleGuard
