#include "commandline.h"

#include "democommand.h"
#include "headlesscommand.h"
#include "journalexportcommand.h"
#include "policycheckcommand.h"
#include "version.h"

#include <QCommandLineParser>

namespace IdleGuard {

namespace {
CommandLine::WindowRunner &windowRunner()
{
    static CommandLine::WindowRunner runner;
    return runner;
}
} // namespace

void CommandLine::setWindowRunner(WindowRunner runner)
{
    windowRunner() = std::move(runner);
}

bool CommandLine::wantsWindow(const QStringList &arguments)
{
    // Everything else is a command that prints and exits, or the headless service.
    for (const QString &a : arguments.mid(1)) {
        for (const char *flag : {"--headless", "--check-policy", "--export-journal", "--help", "-h",
                                 "--version", "-v"}) {
            if (a == QLatin1String(flag) || a.startsWith(QLatin1String(flag) + u'='))
                return false;
        }
    }
    return true;
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Idle Guard keeps Genesys Cloud message conversations moving: it warns customers who "
           "went silent, frees agents whose customer is gone and flags replies left waiting."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version."));
    const QCommandLineOption checkPolicy(
        QStringLiteral("check-policy"), tr("Validate the policy file FILE and print what it sets."),
        tr("FILE"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Run against the built-in sandbox organisation."));
    const QCommandLineOption exportJournal(QStringLiteral("export-journal"),
                                           tr("Export the audit journal as CSV to FILE."),
                                           tr("FILE"));
    const QCommandLineOption journal(QStringLiteral("journal"),
                                     tr("The audit journal database DB (default: %1).")
                                         .arg(JournalExportCommand::defaultDatabasePath()),
                                     tr("DB"));
    const QCommandLineOption headless(
        QStringLiteral("headless"),
        tr("Run the enforcer without a window (with --config FILE, or with --demo)."));
    const QCommandLineOption config(QStringLiteral("config"),
                                    tr("The headless enforcer's configuration FILE "
                                       "(docs/headless.md)."),
                                    tr("FILE"));
    const QCommandLineOption speed(QStringLiteral("speed"),
                                   tr("--demo: run the sandbox's clock FACTOR times faster."),
                                   tr("FACTOR"), QStringLiteral("1"));
    const QCommandLineOption runFor(QStringLiteral("run-for"),
                                    tr("--demo: stop after SECONDS (default: until Ctrl+C)."),
                                    tr("SECONDS"));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        tr("--demo: save pictures of the window in DIR after it has run a while, then quit (for "
           "the documentation)."),
        tr("DIR"));
    parser.addOptions({help, version, checkPolicy, demo, headless, config, speed, runFor,
                       exportJournal, journal, screenshots});

    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl << tr("Try --help.") << Qt::endl;
        return UsageError;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst())
            << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return Ok;
    }
    if (parser.isSet(version)) {
        out << IDLEGUARD_NAME " " IDLEGUARD_VERSION << Qt::endl;
        return Ok;
    }
    // --journal alone would silently do nothing; say what it belongs to.
    if (parser.isSet(journal) && !parser.isSet(exportJournal)) {
        err << tr("--journal only goes with --export-journal.") << Qt::endl
            << tr("Try --help.") << Qt::endl;
        return UsageError;
    }
    if ((parser.isSet(speed) || parser.isSet(runFor) || parser.isSet(screenshots))
        && !parser.isSet(demo)) {
        err << tr("--speed, --run-for and --screenshots only go with --demo.") << Qt::endl
            << tr("Try --help.") << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(config) && !parser.isSet(headless)) {
        err << tr("--config only goes with --headless.") << Qt::endl
            << tr("Try --help.") << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(screenshots) && parser.isSet(headless)) {
        err << tr("--screenshots needs the window; leave out --headless.") << Qt::endl
            << tr("Try --help.") << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(headless) && parser.isSet(demo)) {
        if (parser.isSet(config)) {
            err << tr("--demo brings its own configuration; leave out --config.") << Qt::endl
                << tr("Try --help.") << Qt::endl;
            return UsageError;
        }
        DemoCommand::Options options;
        if (!demoOptions(parser, speed, runFor, &options, err))
            return UsageError;
        return DemoCommand::runHeadless(options, out, err);
    }
    if (parser.isSet(headless)) {
        if (!parser.isSet(config)) {
            err << tr("--headless needs --config FILE (or --demo).") << Qt::endl
                << tr("Try --help.") << Qt::endl;
            return UsageError;
        }
        return HeadlessCommand::run(parser.value(config), out, err);
    }
    if (parser.isSet(checkPolicy))
        return PolicyCheckCommand::run(parser.value(checkPolicy), out, err);
    if (parser.isSet(exportJournal))
        return JournalExportCommand::run(parser.value(exportJournal), parser.value(journal), out,
                                         err);

    WindowOptions window;
    window.demo = parser.isSet(demo);
    if (window.demo) {
        DemoCommand::Options options;
        if (!demoOptions(parser, speed, runFor, &options, err))
            return UsageError;
        window.speed = options.speed;
        window.runForSeconds = options.runForSeconds;
        window.screenshotDir = parser.value(screenshots);
    }
    if (!windowRunner()) {
        err << tr("This build of Idle Guard has no window; use --headless.") << Qt::endl;
        return Failed;
    }
    return windowRunner()(window);
}

bool CommandLine::demoOptions(const QCommandLineParser &parser, const QCommandLineOption &speed,
                              const QCommandLineOption &runFor, DemoCommand::Options *options,
                              QTextStream &err)
{
    bool ok = true;
    options->speed = parser.value(speed).toDouble(&ok);
    if (!ok || options->speed < 0.1 || options->speed > 100) {
        err << tr("--speed takes a factor from 0.1 to 100.") << Qt::endl
            << tr("Try --help.") << Qt::endl;
        return false;
    }
    if (parser.isSet(runFor)) {
        options->runForSeconds = parser.value(runFor).toInt(&ok);
        if (!ok || options->runForSeconds < 1) {
            err << tr("--run-for takes a whole number of seconds, at least 1.") << Qt::endl
                << tr("Try --help.") << Qt::endl;
            return false;
        }
    }
    return true;
}

} // namespace IdleGuard
