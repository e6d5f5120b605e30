#include "commandline.h"

#include "journalexportcommand.h"
#include "policycheckcommand.h"
#include "version.h"

#include <QCommandLineParser>

namespace IdleGuard {

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
    parser.addOptions({help, version, checkPolicy, demo, exportJournal, journal});

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
    if (parser.isSet(checkPolicy))
        return PolicyCheckCommand::run(parser.value(checkPolicy), out, err);
    if (parser.isSet(exportJournal))
        return JournalExportCommand::run(parser.value(exportJournal), parser.value(journal), out,
                                         err);

    // The dashboard and the enforcer arrive in the next milestones; say so plainly.
    out << IDLEGUARD_NAME " " IDLEGUARD_VERSION << Qt::endl
        << tr("This build contains the idle policy engine and the policy checker "
              "(idleguard --check-policy FILE).")
        << Qt::endl
        << tr("The live dashboard%1 arrives with the Genesys Cloud connection; see README.md. "
              "The sandbox organisation already runs on its own: idleguard-sandbox --help.")
               .arg(parser.isSet(demo) ? tr(" on the sandbox organisation (--demo)") : QString())
        << Qt::endl;
    return Ok;
}

} // namespace IdleGuard
