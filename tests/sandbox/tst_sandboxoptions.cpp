// Tests of the sandbox's configuration: SandboxOptions::fromCommandLine and FaultOptions::parse
// in process, and the idleguard-sandbox executable end to end (help, a bad flag, and a real
// start that serves /sandbox/state).

#include "../support/childprocess.h"
#include "sandbox/sandboxoptions.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace IdleGuard::Sandbox;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 30000;

struct Parsed
{
    std::optional<SandboxOptions> options;
    QString error;
    QString help;
};

Parsed parse(const QStringList &arguments)
{
    Parsed parsed;
    parsed.options = SandboxOptions::fromCommandLine(
        QStringList {u"idleguard-sandbox"_s} + arguments, &parsed.error, &parsed.help);
    return parsed;
}

QString binary()
{
    return QStringLiteral(IDLEGUARD_SANDBOX_BINARY);
}

} // namespace

namespace IdleGuard::Sandbox::Tests {

class TestSandboxOptions : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void everyOption();
    void equalsSyntax();
    void badValues_data();
    void badValues();
    void unknownOption();
    void positionalArgument();
    void help();
    void faultSpec_data();
    void faultSpec();
    void badFaultSpec_data();
    void badFaultSpec();
    void binaryHelp();
    void binaryBadFlag();
    void binaryServes();
};

void TestSandboxOptions::defaults()
{
    const Parsed parsed = parse({});
    QVERIFY2(parsed.options, qPrintable(parsed.error));
    QVERIFY(parsed.error.isEmpty());
    QVERIFY(parsed.help.isEmpty());
    const SandboxOptions &o = *parsed.options;
    QCOMPARE(o.port, quint16(8080));
    QCOMPARE(o.seed, quint64(1));
    QCOMPARE(o.queues, 3);
    QCOMPARE(o.agents, 25);
    QCOMPARE(o.conversations, 60);
    QVERIFY(o.arrivalsPerMinute < 0);
    QCOMPARE(o.speed, 1.0);
    QCOMPARE(o.stepped, false);
    QCOMPARE(o.simulate, true);
    QCOMPARE(o.rateLimitPerMinute, 300);
    QCOMPARE(o.tokenLifetimeSeconds, 0);
    QCOMPARE(o.heartbeatIntervalMs, 30000);
    QCOMPARE(o.channelLifetimeMs, 24LL * 60 * 60 * 1000);
    QCOMPARE(o.socketClosingGraceMs, 60000);
    QCOMPARE(o.topicsPerChannel, 1000);
    QCOMPARE(o.channelsPerUserAndClient, 20);
    QCOMPARE(o.faults.latencyMs, 0);
    QCOMPARE(o.faults.failCount, 0);
    QCOMPARE(o.faults.flakyFraction, 0.0);
    QCOMPARE(o.faults.noHeartbeats, false);
    QCOMPARE(o.faults.dropSocketsEverySeconds, 0);
    QCOMPARE(o.faults.socketClosingEverySeconds, 0);
    QVERIFY(!o.agentPermissions);
}

void TestSandboxOptions::everyOption()
{
    const Parsed parsed = parse(
        {u"--port"_s,          u"0"_s,  u"--seed"_s,           u"12345678901"_s,
         u"--queues"_s,        u"5"_s,  u"--agents"_s,         u"40"_s,
         u"--conversations"_s, u"7"_s,  u"--arrival-rate"_s,   u"2.5"_s,
         u"--speed"_s,         u"10"_s, u"--faults"_s,         u"latency=300,no-heartbeats"_s,
         u"--rate-limit"_s,    u"50"_s, u"--token-lifetime"_s, u"600"_s,
         u"--heartbeat"_s,     u"5"_s});
    QVERIFY2(parsed.options, qPrintable(parsed.error));
    const SandboxOptions &o = *parsed.options;
    QCOMPARE(o.port, quint16(0));
    QCOMPARE(o.seed, quint64(12345678901ULL));
    QCOMPARE(o.queues, 5);
    QCOMPARE(o.agents, 40);
    QCOMPARE(o.conversations, 7);
    QCOMPARE(o.arrivalsPerMinute, 2.5);
    QCOMPARE(o.speed, 10.0);
    QCOMPARE(o.faults.latencyMs, 300);
    QCOMPARE(o.faults.noHeartbeats, true);
    QCOMPARE(o.rateLimitPerMinute, 50);
    QCOMPARE(o.tokenLifetimeSeconds, 600);
    QCOMPARE(o.heartbeatIntervalMs, 5000);

    const Parsed role = parse(
        {u"--agent-permissions"_s, u"conversation:message:create, conversation:call:record"_s});
    QVERIFY2(role.options, qPrintable(role.error));
    QCOMPARE(role.options->agentPermissions,
             QStringList({u"conversation:message:create"_s, u"conversation:call:record"_s}));
}

void TestSandboxOptions::equalsSyntax()
{
    const Parsed parsed = parse({u"--port=9090"_s, u"--arrival-rate=0"_s, u"--speed=0.5"_s});
    QVERIFY2(parsed.options, qPrintable(parsed.error));
    QCOMPARE(parsed.options->port, quint16(9090));
    QCOMPARE(parsed.options->arrivalsPerMinute, 0.0);
    QCOMPARE(parsed.options->speed, 0.5);

    // An empty list is a role without any permission, not the default role.
    const Parsed none = parse({u"--agent-permissions="_s});
    QVERIFY2(none.options, qPrintable(none.error));
    QCOMPARE(none.options->agentPermissions, QStringList());
}

void TestSandboxOptions::badValues_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    const QList<std::pair<const char *, const char *>> rows {
        {"port", "abc"},         {"port", "65536"},
        {"port", "-1"},          {"seed", "x"},
        {"seed", "-3"},          {"queues", "0"},
        {"queues", "51"},        {"queues", "two"},
        {"agents", "0"},         {"agents", "1.5"},
        {"conversations", "-1"}, {"conversations", "many"},
        {"arrival-rate", "-1"},  {"arrival-rate", "fast"},
        {"speed", "0"},          {"speed", "-2"},
        {"speed", "1001"},       {"speed", "quick"},
        {"rate-limit", "0"},     {"rate-limit", "lots"},
        {"token-lifetime", "0"}, {"token-lifetime", "172801"},
        {"heartbeat", "0"},      {"heartbeat", "often"},
    };
    for (const auto &[option, value] : rows) {
        QTest::addRow("--%s %s", option, value)
            << QString::fromLatin1(option) << QString::fromLatin1(value);
    }
    // Permissions are domain:entity:action.
    for (const char *bad : {"conversation:message", "conversation:*:create"})
        QTest::addRow("--agent-permissions %s", bad)
            << u"agent-permissions"_s << QString::fromLatin1(bad);
}

void TestSandboxOptions::badValues()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    const Parsed parsed = parse({u"--%1=%2"_s.arg(option, value)});
    QVERIFY(!parsed.options);
    QVERIFY(parsed.help.isEmpty());
    QVERIFY2(parsed.error.contains(u"--"_s + option), qPrintable(parsed.error));
    QVERIFY2(parsed.error.contains(value), qPrintable(parsed.error));
}

void TestSandboxOptions::unknownOption()
{
    const Parsed parsed = parse({u"--bogus"_s});
    QVERIFY(!parsed.options);
    QVERIFY2(parsed.error.contains(u"bogus"_s), qPrintable(parsed.error));

    const Parsed missingValue = parse({u"--port"_s});
    QVERIFY(!missingValue.options);
    QVERIFY2(missingValue.error.contains(u"port"_s), qPrintable(missingValue.error));
}

void TestSandboxOptions::positionalArgument()
{
    const Parsed parsed = parse({u"extra"_s});
    QVERIFY(!parsed.options);
    QVERIFY2(parsed.error.contains(u"extra"_s), qPrintable(parsed.error));
}

void TestSandboxOptions::help()
{
    for (const QString &flag : {u"--help"_s, u"-h"_s}) {
        const Parsed parsed = parse({flag});
        QVERIFY(!parsed.options);
        QVERIFY(parsed.error.isEmpty());
        for (const QString &option :
             {u"--port"_s, u"--seed"_s, u"--queues"_s, u"--agents"_s, u"--conversations"_s,
              u"--arrival-rate"_s, u"--speed"_s, u"--faults"_s, u"--rate-limit"_s,
              u"--token-lifetime"_s, u"--heartbeat"_s, u"--agent-permissions"_s})
            QVERIFY2(parsed.help.contains(option), qPrintable(option));
    }
}

void TestSandboxOptions::faultSpec_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("latencyMs");
    QTest::addColumn<int>("failCount");
    QTest::addColumn<int>("failStatus");
    QTest::addColumn<double>("flakyFraction");
    QTest::addColumn<int>("flakyStatus");
    QTest::addColumn<bool>("noHeartbeats");
    QTest::addColumn<int>("dropSockets");
    QTest::addColumn<int>("socketClosing");

    QTest::newRow("empty") << u""_s << 0 << 0 << 503 << 0.0 << 503 << false << 0 << 0;
    QTest::newRow("latency") << u"latency=300"_s << 300 << 0 << 503 << 0.0 << 503 << false << 0
                             << 0;
    QTest::newRow("latency 0") << u"latency=0"_s << 0 << 0 << 503 << 0.0 << 503 << false << 0 << 0;
    QTest::newRow("fail with count")
        << u"fail=503x5"_s << 0 << 5 << 503 << 0.0 << 503 << false << 0 << 0;
    QTest::newRow("fail once") << u"fail=500"_s << 0 << 1 << 500 << 0.0 << 503 << false << 0 << 0;
    QTest::newRow("fail 429") << u"fail=429x2"_s << 0 << 2 << 429 << 0.0 << 503 << false << 0 << 0;
    QTest::newRow("flaky percent")
        << u"flaky=10%"_s << 0 << 0 << 503 << 0.1 << 503 << false << 0 << 0;
    QTest::newRow("flaky status") << u"flaky=25%:502"_s << 0 << 0 << 503 << 0.25 << 502 << false
                                  << 0 << 0;
    QTest::newRow("flaky bare") << u"flaky=100"_s << 0 << 0 << 503 << 1.0 << 503 << false << 0 << 0;
    QTest::newRow("no heartbeats")
        << u"no-heartbeats"_s << 0 << 0 << 503 << 0.0 << 503 << true << 0 << 0;
    QTest::newRow("drop sockets") << u"drop-sockets=120"_s << 0 << 0 << 503 << 0.0 << 503 << false
                                  << 120 << 0;
    QTest::newRow("socket closing")
        << u"socket-closing=300"_s << 0 << 0 << 503 << 0.0 << 503 << false << 0 << 300;
    QTest::newRow("all")
        << u"latency=300,fail=503x5,flaky=10%:429,no-heartbeats,drop-sockets=120,socket-closing=300"_s
        << 300 << 5 << 503 << 0.1 << 429 << true << 120 << 300;
    QTest::newRow("spaces and empty items")
        << u" latency = 50 ,, no-heartbeats "_s << 50 << 0 << 503 << 0.0 << 503 << true << 0 << 0;
}

void TestSandboxOptions::faultSpec()
{
    QFETCH(QString, spec);
    QString error;
    const auto faults = FaultOptions::parse(spec, &error);
    QVERIFY2(faults, qPrintable(error));
    QVERIFY(error.isEmpty());
    QTEST(faults->latencyMs, "latencyMs");
    QTEST(faults->failCount, "failCount");
    QTEST(faults->failStatus, "failStatus");
    QTEST(faults->flakyFraction, "flakyFraction");
    QTEST(faults->flakyStatus, "flakyStatus");
    QTEST(faults->noHeartbeats, "noHeartbeats");
    QTEST(faults->dropSocketsEverySeconds, "dropSockets");
    QTEST(faults->socketClosingEverySeconds, "socketClosing");
}

void TestSandboxOptions::badFaultSpec_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("expected"); // part of the error message

    QTest::newRow("latency text") << u"latency=slow"_s << u"latency=slow"_s;
    QTest::newRow("latency negative") << u"latency=-1"_s << u"latency=-1"_s;
    QTest::newRow("latency too long") << u"latency=60001"_s << u"latency=60001"_s;
    QTest::newRow("latency empty") << u"latency"_s << u"latency"_s;
    QTest::newRow("fail not an error") << u"fail=200x5"_s << u"fail=200x5"_s;
    QTest::newRow("fail zero times") << u"fail=503x0"_s << u"fail=503x0"_s;
    QTest::newRow("fail text") << u"fail=often"_s << u"fail=often"_s;
    QTest::newRow("flaky over 100") << u"flaky=150%"_s << u"flaky=150%"_s;
    QTest::newRow("flaky bad status") << u"flaky=10%:700"_s << u"flaky=10%:700"_s;
    QTest::newRow("flaky text") << u"flaky=some"_s << u"flaky=some"_s;
    QTest::newRow("drop sockets zero") << u"drop-sockets=0"_s << u"drop-sockets=0"_s;
    QTest::newRow("drop sockets text") << u"drop-sockets=often"_s << u"drop-sockets=often"_s;
    QTest::newRow("socket closing zero") << u"socket-closing=0"_s << u"socket-closing=0"_s;
    QTest::newRow("socket closing too rare")
        << u"socket-closing=86401"_s << u"socket-closing=86401"_s;
    QTest::newRow("no heartbeats with value") << u"no-heartbeats=1"_s << u"no-heartbeats=1"_s;
    QTest::newRow("unknown fault") << u"explode"_s << u"unknown fault"_s;
    QTest::newRow("unknown among good ones") << u"latency=10,meltdown=5"_s << u"meltdown=5"_s;
}

void TestSandboxOptions::badFaultSpec()
{
    QFETCH(QString, spec);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!FaultOptions::parse(spec, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.contains(u"--faults"_s), qPrintable(error));

    // The same through the command line.
    const Parsed parsed = parse({u"--faults"_s, spec});
    QVERIFY(!parsed.options);
    QVERIFY2(parsed.error.contains(expected), qPrintable(parsed.error));
}

void TestSandboxOptions::binaryHelp()
{
    IDLEGUARD_SKIP_CHILD_PROCESS_UNDER_TSAN();
    QProcess process;
    process.start(binary(), {u"--help"_s});
    QVERIFY2(process.waitForFinished(kTimeoutMs), qPrintable(process.errorString()));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromLocal8Bit(process.readAllStandardOutput());
    for (const QString &option :
         {u"--port"_s, u"--seed"_s, u"--queues"_s, u"--agents"_s, u"--conversations"_s,
          u"--arrival-rate"_s, u"--speed"_s, u"--faults"_s})
        QVERIFY2(out.contains(option), qPrintable(option));
}

void TestSandboxOptions::binaryBadFlag()
{
    IDLEGUARD_SKIP_CHILD_PROCESS_UNDER_TSAN();
    for (const QStringList &arguments :
         {QStringList {u"--bogus"_s}, QStringList {u"--port"_s, u"lots"_s},
          QStringList {u"--faults"_s, u"explode"_s}}) {
        QProcess process;
        process.start(binary(), arguments);
        QVERIFY2(process.waitForFinished(kTimeoutMs), qPrintable(process.errorString()));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 2);
        const QString err = QString::fromLocal8Bit(process.readAllStandardError());
        QVERIFY2(err.startsWith(u"idleguard-sandbox: "_s), qPrintable(err));
        QVERIFY(err.trimmed().size() > u"idleguard-sandbox:"_s.size());
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }
}

void TestSandboxOptions::binaryServes()
{
    IDLEGUARD_SKIP_CHILD_PROCESS_UNDER_TSAN();
    QProcess process;
    QString out;
    connect(&process, &QProcess::readyReadStandardOutput, this,
            [&] { out += QString::fromLocal8Bit(process.readAllStandardOutput()); });
    process.start(binary(), {u"--port"_s, u"0"_s, u"--conversations"_s, u"5"_s});
    QVERIFY2(process.waitForStarted(kTimeoutMs), qPrintable(process.errorString()));
    auto cleanup = qScopeGuard([&] {
        process.kill();
        process.waitForFinished(kTimeoutMs);
    });

    static const QRegularExpression listening(
        u"^idleguard-sandbox listening on (http://127\\.0\\.0\\.1:(\\d+))$"_s,
        QRegularExpression::MultilineOption);
    QTRY_VERIFY_WITH_TIMEOUT(
        listening.match(out).hasMatch() || process.state() == QProcess::NotRunning, kTimeoutMs);
    const auto match = listening.match(out);
    QVERIFY2(match.hasMatch(),
             qPrintable(out + QString::fromLocal8Bit(process.readAllStandardError())));
    QVERIFY(match.captured(2).toInt() > 0);
    const QUrl base(match.captured(1));

    QNetworkAccessManager manager;
    std::unique_ptr<QNetworkReply> reply(
        manager.get(QNetworkRequest(base.resolved(QUrl(u"/sandbox/state"_s)))));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(reply->isFinished() || finished.wait(kTimeoutMs));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QJsonObject state = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(state.value("clock"_L1).toString(), u"running"_s);
    QVERIFY(state.contains("conversations"_L1));
    QVERIFY(state.contains("nowMs"_L1));
    QCOMPARE(process.state(), QProcess::Running);
}

} // namespace IdleGuard::Sandbox::Tests

QTEST_GUILESS_MAIN(IdleGuard::Sandbox::Tests::TestSandboxOptions)
#include "tst_sandboxoptions.moc"
