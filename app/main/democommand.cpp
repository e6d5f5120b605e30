#include "democommand.h"

#include "commandline.h"
#include "core/policyparser.h"
#include "genesys/environment.h"
#include "headless/headlessconfig.h"
#include "headless/headlessrunner.h"
#include "headless/logformat.h"
#include "sandbox/eventscheduler.h"
#include "sandbox/organisation.h"
#include "sandbox/sandbox.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace IdleGuard {

using namespace Qt::StringLiterals;

QByteArray DemoCommand::demoPolicies()
{
    const QJsonObject customer {
        {u"warning1"_s,
         QJsonObject {{u"afterSeconds"_s, 45},
                      {u"message"_s, u"Hi {customerName}, are you still there?"_s}}},
        {u"warning2"_s,
         QJsonObject {{u"afterSeconds"_s, 90},
                      {u"message"_s,
                       u"{agentName} will close this conversation in "
                       u"{closeInMinutes} minutes unless we hear from you."_s}}},
        {u"close"_s,
         QJsonObject {{u"afterSeconds"_s, 120},
                      {u"message"_s,
                       u"We have closed this conversation. Write to us any time "
                       u"to start a new one."_s}}},
    };
    const QJsonObject policy {
        {u"name"_s, u"Demo (short timers)"_s},
        {u"mode"_s, u"turn-aware"_s},
        {u"requireAgentMessage"_s, true},
        {u"defaultLanguage"_s, u"en"_s},
        {u"customer"_s, customer},
        {u"agent"_s,
         QJsonObject {{u"flag"_s, QJsonObject {{u"afterSeconds"_s, 60}}},
                      {u"escalate"_s, QJsonObject {{u"afterSeconds"_s, 180}}}}},
        {u"closeScope"_s, u"agent"_s},
    };
    return QJsonDocument(QJsonObject {{u"version"_s, 1}, {u"default"_s, policy}}).toJson();
}

int DemoCommand::runHeadless(const Options &options, QTextStream &out, QTextStream &err)
{
    // The demo's output is its action lines; the layers' chatter stays out unless asked for.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"idleguard.sandbox.*.info=false\n"
                                         u"idleguard.genesys.*.info=false\n"
                                         u"idleguard.core.*.info=false"_s);
    Headless::LogFormat::install(Headless::LogFormat::detect());

    QString error;
    const auto sandbox = startSandbox(options, &error);
    if (!sandbox) {
        err << error << Qt::endl;
        return CommandLine::Failed;
    }
    const auto policies = sandboxPolicies(*sandbox);
    if (!policies) {
        err << tr("The demo policies are invalid.") << Qt::endl;
        return CommandLine::Failed;
    }
    Headless::HeadlessConfig config;
    for (const Sandbox::SandboxQueue &queue : sandbox->organisation().queues())
        config.queues << queue.id;
    config.journalPath = newJournalPath(&error);
    if (config.journalPath.isEmpty()) {
        err << error << Qt::endl;
        return CommandLine::Failed;
    }
    config.environment = Genesys::Environment::custom(sandbox->baseUrl());
    config.clientId = u"demo-client"_s;
    config.policies = *policies;
    config.instanceId = u"demo"_s;
    // One instance: no claims, which saves a request per stage against the rate limit.
    config.claimLeadSeconds = 0;

    out << tr("Idle Guard demo: the enforcer against the sandbox organisation at %1 "
              "(%n queue(s), simulated customers and agents%2).",
              nullptr, int(config.queues.size()))
               .arg(sandbox->baseUrl().toString(),
                    options.speed == 1.0 ? QString() : tr(", time x%1").arg(options.speed))
        << Qt::endl
        << tr("Demo policy: first warning after 45 s of customer silence, second after 90 s, "
              "closing message and disconnect after 120 s; an agent who leaves a customer "
              "waiting is flagged after 60 s.")
        << Qt::endl
        << tr("Each action is printed as it happens (+ms: how long after its deadline); Ctrl+C "
              "stops.")
        << Qt::endl;

    Headless::HeadlessRunner runner(config, u"demo-secret"_s, sandbox->scheduler().clock(), out);
    runner.setClockSpeed(options.speed);
    runner.setSummaryIntervalMs(options.summarySeconds * 1000);
    const int exitCode = runner.exec(options.runForSeconds * 1000);
    out << tr("Journal of this demo: %1").arg(config.journalPath) << Qt::endl
        << tr("Export it: idleguard --export-journal actions.csv --journal %1")
               .arg(config.journalPath)
        << Qt::endl;
    return exitCode;
}

std::unique_ptr<Sandbox::Sandbox> DemoCommand::startSandbox(const Options &options, QString *error)
{
    Sandbox::SandboxOptions sandboxOptions;
    sandboxOptions.port = options.port;
    sandboxOptions.speed = options.speed;
    // Enforced conversations end sooner: twice the arrivals keep about as many going, and a
    // short warm-up leaves few of them long overdue when enforcing begins.
    sandboxOptions.arrivalsPerMinute = 9;
    sandboxOptions.warmupMs = 3 * 60 * 1000;
    auto sandbox = std::make_unique<Sandbox::Sandbox>(sandboxOptions);
    QString why;
    if (!sandbox->start(&why)) {
        *error = tr("The sandbox organisation did not start: %1").arg(why);
        return nullptr;
    }
    return sandbox;
}

std::optional<PolicySet> DemoCommand::sandboxPolicies(const Sandbox::Sandbox &sandbox)
{
    // Every queue of the sandbox, each closing with its own first wrap-up code.
    QJsonObject document = QJsonDocument::fromJson(demoPolicies()).object();
    QJsonObject perQueue;
    for (const Sandbox::SandboxQueue &queue : sandbox.organisation().queues()) {
        if (!queue.wrapupCodeIds.isEmpty())
            perQueue.insert(queue.id, QJsonObject {{u"wrapUpCode"_s, queue.wrapupCodeIds.first()}});
    }
    document.insert("queues"_L1, perQueue);
    PolicyErrors errors;
    return PolicyParser::parse(QJsonDocument(document).toJson(), &errors);
}

QString DemoCommand::newJournalPath(QString *error)
{
    QTemporaryDir journalDir(QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                                 .filePath(u"idleguard-demo-XXXXXX"_s));
    journalDir.setAutoRemove(false); // the journal outlives the demo, to look at and export
    if (!journalDir.isValid()) {
        *error
            = tr("Cannot create a folder for the demo's journal: %1").arg(journalDir.errorString());
        return {};
    }
    return journalDir.filePath(u"journal.sqlite"_s);
}

} // namespace IdleGuard
