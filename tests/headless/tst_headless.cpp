// The headless enforcer's building blocks: its configuration file (strict reading, relative
// paths, the client secret from the environment and never in an error), the termination signals
// (SIGTERM, SIGINT, SIGHUP as a Qt signal, previous handlers restored), and the log line format
// for a terminal and for journald.

#include "../support/specialfiles.h"
#include "core/configfile.h"
#include "core/policyparser.h"
#include "core/scaledclock.h"
#include "headless/headlessconfig.h"
#include "headless/logformat.h"
#include "headless/terminationsignals.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace IdleGuard;
using namespace IdleGuard::Headless;
using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHeadlessTest, "idleguard.headlesstest")

namespace {

const QString kSecret = u"s3cr3t-Value-never-shown"_s;

QByteArray readSourceFile(const QString &relativePath)
{
    QFile file(QStringLiteral(IDLEGUARD_SOURCE_DIR) + u'/' + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

QJsonObject examplePolicies()
{
    return QJsonDocument::fromJson(readSourceFile(u"docs/examples/policy.json"_s)).object();
}

// Every field given, policies inline.
QJsonObject fullConfig()
{
    return QJsonObject {
        {u"environment"_s, u"http://127.0.0.1:8080"_s},
        {u"clientId"_s, u"demo-client"_s},
        {u"clientSecretEnv"_s, u"IDLEGUARD_TEST_SECRET"_s},
        {u"queues"_s, QJsonArray {u"q-1"_s, u"q-2"_s}},
        {u"policies"_s, examplePolicies()},
        {u"journal"_s, u"data/journal.sqlite"_s},
        {u"observeOnly"_s, true},
        {u"instanceId"_s, u"enforcer-a.example_1"_s},
        {u"claimLeadSeconds"_s, 5},
        {u"workerToken"_s, u"shared"_s},
    };
}

// Only the required fields.
QJsonObject minimalConfig()
{
    return QJsonObject {
        {u"environment"_s, u"eu_west_1"_s},
        {u"clientId"_s, u"demo-client"_s},
        {u"queues"_s, QJsonArray {u"q-1"_s}},
        {u"policies"_s, examplePolicies()},
    };
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

std::optional<HeadlessConfig> parse(const QJsonObject &object, QStringList *errors,
                                    const QString &baseDir = u"/etc/idleguard"_s)
{
    return HeadlessConfig::parse(toJson(object), baseDir, errors);
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

struct sigaction currentAction(int signalNumber)
{
    struct sigaction action = {};
    ::sigaction(signalNumber, nullptr, &action);
    return action;
}

volatile std::sig_atomic_t s_testHandlerCalls = 0;
void testHandler(int)
{
    s_testHandlerCalls = s_testHandlerCalls + 1;
}

QByteArray stderrDeviceAndInode()
{
    struct stat status = {};
    if (::fstat(STDERR_FILENO, &status) != 0)
        qFatal("fstat(stderr) failed");
    return QByteArray::number(static_cast<qulonglong>(status.st_dev)) + ':'
        + QByteArray::number(static_cast<qulonglong>(status.st_ino));
}

} // namespace

class TestHeadless : public QObject
{
    Q_OBJECT

private slots:
    // --- configuration ---------------------------------------------------------------------

    void config_readsEveryField()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"idleguard.json"_s);
        QVERIFY(writeFile(path, toJson(fullConfig())));

        QStringList errors {u"stale"_s};
        const std::optional<HeadlessConfig> config = HeadlessConfig::load(path, &errors);
        QVERIFY2(config, qPrintable(errors.join(u'\n')));
        QVERIFY(errors.isEmpty());
        QCOMPARE(config->environment,
                 Genesys::Environment::custom(QUrl(u"http://127.0.0.1:8080"_s)));
        QCOMPARE(config->clientId, u"demo-client"_s);
        QCOMPARE(config->clientSecretEnv, u"IDLEGUARD_TEST_SECRET"_s);
        QVERIFY(config->clientSecret.isEmpty());
        QCOMPARE(config->queues, (QStringList {u"q-1"_s, u"q-2"_s}));
        PolicyErrors policyErrors;
        QCOMPARE(
            config->policies,
            *PolicyParser::parse(readSourceFile(u"docs/examples/policy.json"_s), &policyErrors));
        QVERIFY(config->policyFile.isEmpty());
        QCOMPARE(config->journalPath, QDir(dir.path()).filePath(u"data/journal.sqlite"_s));
        QCOMPARE(config->observeOnly, true);
        QCOMPARE(config->instanceId, u"enforcer-a.example_1"_s);
        QCOMPARE(config->claimLeadSeconds, 5);
        QCOMPARE(config->ownWorkerToken, false);
    }

    void config_optionalFieldsHaveDefaults()
    {
        QStringList errors;
        const std::optional<HeadlessConfig> config = parse(minimalConfig(), &errors);
        QVERIFY2(config, qPrintable(errors.join(u'\n')));
        QCOMPARE(config->environment, Genesys::Environment::region(u"eu_west_1"_s));
        QCOMPARE(config->clientSecretEnv, u"IDLEGUARD_CLIENT_SECRET"_s);
        QCOMPARE(config->journalPath, HeadlessConfig::defaultJournalPath());
        QVERIFY(config->journalPath.endsWith(u"/journal.sqlite"_s));
        QCOMPARE(config->observeOnly, false);
        QCOMPARE(config->instanceId, HeadlessConfig::defaultInstanceId());
        QVERIFY(HeadlessConfig::isValidInstanceId(config->instanceId));
        QCOMPARE(config->claimLeadSeconds, 2);
        QCOMPARE(config->ownWorkerToken, true);
    }

    void config_acceptsRegionDomain()
    {
        QJsonObject object = minimalConfig();
        object.insert(u"environment"_s, u"mypurecloud.ie"_s);
        QStringList errors;
        const std::optional<HeadlessConfig> config = parse(object, &errors);
        QVERIFY2(config, qPrintable(errors.join(u'\n')));
        QCOMPARE(config->environment, Genesys::Environment::region(u"eu_west_1"_s));
    }

    void config_requiredFieldMissing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("environment") << u"environment"_s << u"environment: is missing"_s;
        QTest::newRow("clientId") << u"clientId"_s << u"clientId: is missing"_s;
        QTest::newRow("queues") << u"queues"_s << u"queues: is missing"_s;
        QTest::newRow("policies") << u"policies"_s
                                  << u"policies: is missing: give the policies inline or name a "
                                     "policyFile"_s;
    }

    void config_requiredFieldMissing()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QJsonObject object = minimalConfig();
        object.remove(field);
        QStringList errors;
        QVERIFY(!parse(object, &errors));
        QCOMPARE(errors, QStringList {expected});
    }

    void config_refusesUnknownField()
    {
        QJsonObject object = minimalConfig();
        object.insert(u"queue"_s, QJsonArray {u"q-9"_s});
        QStringList errors;
        QVERIFY(!parse(object, &errors));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(
            errors.first().startsWith(u"queue: unknown field (expected one of: environment, "_s),
            qPrintable(errors.first()));
    }

    void config_refusesWrongType_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("environment")
            << u"environment"_s << QJsonValue(5) << u"environment: must be a string"_s;
        QTest::newRow("clientId") << u"clientId"_s << QJsonValue(true)
                                  << u"clientId: must be a string"_s;
        QTest::newRow("clientId empty")
            << u"clientId"_s << QJsonValue(u" "_s) << u"clientId: must not be empty"_s;
        QTest::newRow("clientSecretEnv")
            << u"clientSecretEnv"_s << QJsonValue(3) << u"clientSecretEnv: must be a string"_s;
        QTest::newRow("clientSecret")
            << u"clientSecret"_s << QJsonValue(42) << u"clientSecret: must be a string"_s;
        QTest::newRow("queues string")
            << u"queues"_s << QJsonValue(u"q-1"_s) << u"queues: must be an array of queue ids"_s;
        QTest::newRow("queues element") << u"queues"_s << QJsonValue(QJsonArray {u"q-1"_s, 7})
                                        << u"queues[1]: must be a string"_s;
        QTest::newRow("queues empty") << u"queues"_s << QJsonValue(QJsonArray {})
                                      << u"queues: must name at least one queue"_s;
        QTest::newRow("queues duplicate")
            << u"queues"_s << QJsonValue(QJsonArray {u"q-1"_s, u"q-2"_s, u"q-1"_s})
            << u"queues[2]: duplicate queue id \"q-1\""_s;
        QTest::newRow("policies") << u"policies"_s << QJsonValue(QJsonArray {})
                                  << u"policies: must be an object in the policy file format "
                                     "(docs/policy.md)"_s;
        QTest::newRow("journal") << u"journal"_s << QJsonValue(false)
                                 << u"journal: must be a string"_s;
        QTest::newRow("observeOnly")
            << u"observeOnly"_s << QJsonValue(u"yes"_s) << u"observeOnly: must be true or false"_s;
        QTest::newRow("instanceId")
            << u"instanceId"_s << QJsonValue(7) << u"instanceId: must be a string"_s;
        QTest::newRow("claimLeadSeconds")
            << u"claimLeadSeconds"_s << QJsonValue(u"2"_s)
            << u"claimLeadSeconds: must be a whole number of seconds from 0 to 30"_s;
        QTest::newRow("workerToken") << u"workerToken"_s << QJsonValue(true)
                                     << u"workerToken: must be \"own\" or \"shared\""_s;
        QTest::newRow("workerToken, unknown word")
            << u"workerToken"_s << QJsonValue(u"second"_s)
            << u"workerToken: must be \"own\" or \"shared\""_s;
    }

    void config_refusesWrongType()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject object = minimalConfig();
        object.insert(field, value);
        QStringList errors;
        QVERIFY(!parse(object, &errors));
        QCOMPARE(errors, QStringList {expected});
    }

    void config_reportsEveryError()
    {
        QJsonObject object = minimalConfig();
        object.remove(u"clientId"_s);
        object.insert(u"observeOnly"_s, 1);
        object.insert(u"extra"_s, 1);
        QStringList errors;
        QVERIFY(!parse(object, &errors));
        QCOMPARE(errors.size(), 3);
    }

    void config_refusesMalformedJson()
    {
        QStringList errors;
        QVERIFY(!HeadlessConfig::parse("{\n  \"clientId\": \"x\",\n}", u"/"_s, &errors));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().startsWith(u"malformed JSON at line 3"_s),
                 qPrintable(errors.first()));
        QVERIFY(!HeadlessConfig::parse("[1]", u"/"_s, &errors));
        QCOMPARE(errors, QStringList {u"the document must be a JSON object"_s});
    }

    void config_refusesPoliciesAndPolicyFileTogether()
    {
        QJsonObject object = minimalConfig();
        object.insert(u"policyFile"_s, u"policy.json"_s);
        QStringList errors;
        QVERIFY(!parse(object, &errors));
        QCOMPARE(errors,
                 QStringList {u"policyFile: cannot be combined with policies: give exactly one "
                              "of them"_s});
    }

    void config_resolvesPolicyFileRelativeToConfigFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(u"etc/policies"_s));
        QVERIFY(writeFile(dir.filePath(u"etc/policies/main.json"_s),
                          readSourceFile(u"docs/examples/policy.json"_s)));
        QJsonObject object = minimalConfig();
        object.remove(u"policies"_s);
        object.insert(u"policyFile"_s, u"policies/main.json"_s);
        const QString path = dir.filePath(u"etc/idleguard.json"_s);
        QVERIFY(writeFile(path, toJson(object)));

        // Loaded from another working directory: the path follows the file, not the cwd.
        QStringList errors;
        const std::optional<HeadlessConfig> config = HeadlessConfig::load(path, &errors);
        QVERIFY2(config, qPrintable(errors.join(u'\n')));
        QCOMPARE(config->policyFile, dir.filePath(u"etc/policies/main.json"_s));
        PolicyErrors policyErrors;
        QCOMPARE(
            config->policies,
            *PolicyParser::parse(readSourceFile(u"docs/examples/policy.json"_s), &policyErrors));

        // An absolute path stays as it is.
        object.insert(u"policyFile"_s, dir.filePath(u"etc/policies/main.json"_s));
        const std::optional<HeadlessConfig> absolute = parse(object, &errors, u"/nonexistent"_s);
        QVERIFY2(absolute, qPrintable(errors.join(u'\n')));
        QCOMPARE(absolute->policyFile, dir.filePath(u"etc/policies/main.json"_s));
    }

    void config_reportsUnreadablePolicyFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QJsonObject object = minimalConfig();
        object.remove(u"policies"_s);
        object.insert(u"policyFile"_s, u"missing.json"_s);
        QStringList errors;
        QVERIFY(!parse(object, &errors, dir.path()));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().startsWith(u"policyFile: cannot read "_s
                                           + dir.filePath(u"missing.json"_s)),
                 qPrintable(errors.first()));
    }

    void config_passesPolicyErrorsThroughWithFieldNames()
    {
        QJsonObject policies = examplePolicies();
        QJsonObject defaults = policies.value(u"default"_s).toObject();
        defaults.insert(u"mode"_s, u"sometimes"_s);
        defaults.insert(u"colour"_s, u"red"_s);
        policies.insert(u"default"_s, defaults);

        QJsonObject object = minimalConfig();
        object.insert(u"policies"_s, policies);
        QStringList errors;
        QVERIFY(!parse(object, &errors));
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors.contains(u"policies: default.mode: unknown value \"sometimes\" (expected "
                                 "turn-aware, any-activity or customer-only)"_s),
                 qPrintable(errors.join(u'\n')));
        QVERIFY2(errors.filter(u"policies: default.colour: unknown field"_s).size() == 1,
                 qPrintable(errors.join(u'\n')));

        // The same policies from a file.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(u"policy.json"_s), toJson(policies)));
        object.remove(u"policies"_s);
        object.insert(u"policyFile"_s, u"policy.json"_s);
        QVERIFY(!parse(object, &errors, dir.path()));
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors.contains(u"policyFile: default.mode: unknown value \"sometimes\" "
                                 "(expected turn-aware, any-activity or customer-only)"_s),
                 qPrintable(errors.join(u'\n')));
    }

    void config_environment_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("errorStart"); // empty: accepted
        QTest::newRow("loopback http") << u"http://127.0.0.1:8080"_s << QString();
        QTest::newRow("localhost http") << u"http://localhost:8080"_s << QString();
        QTest::newRow("https") << u"https://genesys.example.com"_s << QString();
        QTest::newRow("remote http") << u"http://genesys.example.com:8080"_s
                                     << u"environment: refusing unencrypted http to "
                                        "genesys.example.com"_s;
        QTest::newRow("lan http") << u"http://192.168.1.20"_s
                                  << u"environment: refusing unencrypted http to 192.168.1.20"_s;
        QTest::newRow("ftp") << u"ftp://127.0.0.1"_s
                             << u"environment: unsupported scheme \"ftp\""_s;
        QTest::newRow("unknown region")
            << u"mars_north_1"_s << u"environment: unknown region or URL \"mars_north_1\""_s;
        QTest::newRow("empty") << u""_s << u"environment: must not be empty"_s;
    }

    void config_environment()
    {
        QFETCH(QString, environment);
        QFETCH(QString, errorStart);
        QJsonObject object = minimalConfig();
        object.insert(u"environment"_s, environment);
        QStringList errors;
        const std::optional<HeadlessConfig> config = parse(object, &errors);
        if (errorStart.isEmpty()) {
            QVERIFY2(config, qPrintable(errors.join(u'\n')));
            QCOMPARE(config->environment, Genesys::Environment::fromString(environment));
        } else {
            QVERIFY(!config);
            QCOMPARE(errors.size(), 1);
            QVERIFY2(errors.first().startsWith(errorStart), qPrintable(errors.first()));
        }
    }

    void config_refusesBadInstanceId_data()
    {
        QTest::addColumn<QString>("instanceId");
        QTest::newRow("empty") << QString();
        QTest::newRow("space") << u"enforcer a"_s;
        QTest::newRow("slash") << u"a/b"_s;
        QTest::newRow("umlaut") << u"f\u00fcnf"_s;
        QTest::newRow("65 chars") << QString(65, u'x');
    }

    void config_refusesBadInstanceId()
    {
        QFETCH(QString, instanceId);
        QJsonObject object = minimalConfig();
        object.insert(u"instanceId"_s, instanceId);
        QStringList errors;
        QVERIFY(!parse(object, &errors));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().startsWith(u"instanceId: "_s), qPrintable(errors.first()));
    }

    void config_acceptsLongestInstanceId()
    {
        QJsonObject object = minimalConfig();
        object.insert(u"instanceId"_s, QString(64, u'x'));
        QStringList errors;
        QVERIFY2(parse(object, &errors), qPrintable(errors.join(u'\n')));
    }

    void config_claimLeadSeconds_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("0") << 0.0 << true;
        QTest::newRow("30") << 30.0 << true;
        QTest::newRow("-1") << -1.0 << false;
        QTest::newRow("31") << 31.0 << false;
        QTest::newRow("2.5") << 2.5 << false;
    }

    void config_claimLeadSeconds()
    {
        QFETCH(double, seconds);
        QFETCH(bool, accepted);
        QJsonObject object = minimalConfig();
        object.insert(u"claimLeadSeconds"_s, seconds);
        QStringList errors;
        const std::optional<HeadlessConfig> config = parse(object, &errors);
        if (accepted) {
            QVERIFY2(config, qPrintable(errors.join(u'\n')));
            QCOMPARE(config->claimLeadSeconds, static_cast<int>(seconds));
        } else {
            QCOMPARE(errors,
                     QStringList {u"claimLeadSeconds: must be a whole number of seconds from 0 "
                                  "to 30"_s});
        }
    }

    // The soak's seam: a fast clock only against a sandbox on loopback; production configs
    // (a region, or any non-loopback URL) cannot have it.
    void config_sandboxClock_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QJsonValue>("clock");
        QTest::addColumn<bool>("accepted");
        const QJsonObject good {{u"speed"_s, 60},
                                {u"nowMs"_s, 1'700'000'000'000.0},
                                {u"atWallMs"_s, 1'700'000'100'000.0}};
        QTest::newRow("loopback") << u"http://127.0.0.1:8080"_s << QJsonValue(good) << true;
        QTest::newRow("localhost") << u"http://localhost:9"_s << QJsonValue(good) << true;
        QTest::newRow("region") << u"eu_west_1"_s << QJsonValue(good) << false;
        QTest::newRow("https host") << u"https://api.example.com"_s << QJsonValue(good) << false;
        QJsonObject slow = good;
        slow.insert(u"speed"_s, 0.5);
        QTest::newRow("speed below 1") << u"http://127.0.0.1:8080"_s << QJsonValue(slow) << false;
        QJsonObject fast = good;
        fast.insert(u"speed"_s, 1001);
        QTest::newRow("speed over 1000") << u"http://127.0.0.1:8080"_s << QJsonValue(fast) << false;
        QJsonObject missing = good;
        missing.remove(u"atWallMs"_s);
        QTest::newRow("no atWallMs") << u"http://127.0.0.1:8080"_s << QJsonValue(missing) << false;
        QJsonObject extra = good;
        extra.insert(u"offset"_s, 1);
        QTest::newRow("unknown key") << u"http://127.0.0.1:8080"_s << QJsonValue(extra) << false;
        QJsonObject fraction = good;
        fraction.insert(u"nowMs"_s, 1.5);
        QTest::newRow("fraction of a ms")
            << u"http://127.0.0.1:8080"_s << QJsonValue(fraction) << false;
        QTest::newRow("not an object") << u"http://127.0.0.1:8080"_s << QJsonValue(60) << false;
    }

    void config_sandboxClock()
    {
        QFETCH(QString, environment);
        QFETCH(QJsonValue, clock);
        QFETCH(bool, accepted);
        QJsonObject object = minimalConfig();
        object.insert(u"environment"_s, environment);
        object.insert(u"sandboxClock"_s, clock);
        QStringList errors;
        const std::optional<HeadlessConfig> config = parse(object, &errors);
        if (accepted) {
            QVERIFY2(config, qPrintable(errors.join(u'\n')));
            QVERIFY(config->sandboxClock);
            QCOMPARE(config->sandboxClock->speed, 60.0);
            QCOMPARE(config->sandboxClock->nowMs, 1'700'000'000'000LL);
            QCOMPARE(config->sandboxClock->atWallMs, 1'700'000'100'000LL);
        } else {
            QVERIFY(!config);
            QCOMPARE(errors.size(), 1);
            QVERIFY2(errors.first().startsWith(u"sandboxClock: "_s), qPrintable(errors.first()));
        }
    }

    void config_noSandboxClockByDefault()
    {
        QStringList errors;
        const std::optional<HeadlessConfig> config = parse(fullConfig(), &errors);
        QVERIFY2(config, qPrintable(errors.join(u'\n')));
        QVERIFY(!config->sandboxClock);
    }

    void scaledClock_followsTheAnchorAtItsSpeed()
    {
        qint64 wall = 5'000;
        const ScaledClock clock(1'000'000, 4'000, 60.0, [&wall] { return wall; });
        QCOMPARE(clock.nowMs(), 1'000'000 + 60'000); // one wall second after the anchor
        wall += 500;
        QCOMPARE(clock.nowMs(), 1'000'000 + 90'000);
        wall = 4'000;
        QCOMPARE(clock.nowMs(), 1'000'000);
        QCOMPARE(clock.speed(), 60.0);
    }

    void scaledClock_defaultWallClockRuns()
    {
        // The default wall clock: anchored now, it reads the anchor and then runs ahead.
        const qint64 wallNow = QDateTime::currentMSecsSinceEpoch();
        const ScaledClock clock(42'000'000, wallNow, 1000.0);
        const qint64 first = clock.nowMs();
        QVERIFY2(first >= 42'000'000 && first < 42'000'000 + 600'000,
                 qPrintable(QString::number(first)));
        QTRY_VERIFY(clock.nowMs() >= first + 1000); // one wall ms at x1000
    }

    void config_refusesBadSecretVariableName()
    {
        QJsonObject object = minimalConfig();
        object.insert(u"clientSecretEnv"_s, u"1SECRET"_s);
        QStringList errors;
        QVERIFY(!parse(object, &errors));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().startsWith(u"clientSecretEnv: \"1SECRET\" is not"_s),
                 qPrintable(errors.first()));
    }

    void secret_fromEnvironmentVariable()
    {
        QJsonObject object = minimalConfig();
        object.insert(u"clientSecretEnv"_s, u"IDLEGUARD_TEST_SECRET_SET"_s);
        QStringList errors;
        const std::optional<HeadlessConfig> config = parse(object, &errors);
        QVERIFY2(config, qPrintable(errors.join(u'\n')));
        QVERIFY(config->clientSecret.isEmpty());

        QVERIFY(qputenv("IDLEGUARD_TEST_SECRET_SET", kSecret.toUtf8()));
        QString error = u"stale"_s;
        QCOMPARE(config->resolveSecret(&error), kSecret);
        QVERIFY(error.isEmpty());
        QVERIFY(qunsetenv("IDLEGUARD_TEST_SECRET_SET"));
    }

    void secret_defaultVariable()
    {
        QStringList errors;
        const std::optional<HeadlessConfig> config = parse(minimalConfig(), &errors);
        QVERIFY(config);
        const QByteArray saved = qgetenv("IDLEGUARD_CLIENT_SECRET");
        QVERIFY(qputenv("IDLEGUARD_CLIENT_SECRET", kSecret.toUtf8()));
        QString error;
        QCOMPARE(config->resolveSecret(&error), kSecret);
        if (saved.isNull())
            qunsetenv("IDLEGUARD_CLIENT_SECRET");
        else
            qputenv("IDLEGUARD_CLIENT_SECRET", saved);
    }

    void secret_missingVariableErrorNamesItButNoSecret()
    {
        // The secret sits in the environment under another name than the configured one.
        QVERIFY(qputenv("IDLEGUARD_TEST_SECRET_OTHER", kSecret.toUtf8()));
        QJsonObject object = minimalConfig();
        object.insert(u"clientSecretEnv"_s, u"IDLEGUARD_TEST_SECRET_UNSET"_s);
        QStringList errors;
        const std::optional<HeadlessConfig> config = parse(object, &errors);
        QVERIFY(config);
        QString error;
        QVERIFY(config->resolveSecret(&error).isEmpty());
        QVERIFY(error.contains(u"IDLEGUARD_TEST_SECRET_UNSET"_s));
        QVERIFY(!error.contains(kSecret));

        // Set but empty is just as missing.
        QVERIFY(qputenv("IDLEGUARD_TEST_SECRET_UNSET", QByteArray()));
        QVERIFY(config->resolveSecret(&error).isEmpty());
        QVERIFY(error.contains(u"IDLEGUARD_TEST_SECRET_UNSET"_s));
        QVERIFY(qunsetenv("IDLEGUARD_TEST_SECRET_UNSET"));
        QVERIFY(qunsetenv("IDLEGUARD_TEST_SECRET_OTHER"));
    }

    void secret_inlineIsUsedButNeverInErrors()
    {
        QJsonObject object = minimalConfig();
        object.insert(u"clientSecret"_s, kSecret);
        QStringList errors;
        const std::optional<HeadlessConfig> config = parse(object, &errors);
        QVERIFY2(config, qPrintable(errors.join(u'\n')));
        QString error;
        QCOMPARE(config->resolveSecret(&error), kSecret);

        // Both ways at once are refused, and no error repeats the secret.
        object.insert(u"clientSecretEnv"_s, u"IDLEGUARD_CLIENT_SECRET"_s);
        object.insert(u"clientSecrett"_s, kSecret); // a typo of the field name
        object.insert(u"clientId"_s, 1);
        QVERIFY(!parse(object, &errors));
        QCOMPARE(errors.size(), 3);
        QVERIFY(errors.filter(u"clientSecret: cannot be combined with clientSecretEnv"_s).size()
                == 1);
        for (const QString &line : std::as_const(errors))
            QVERIFY2(!line.contains(kSecret), qPrintable(line));
    }

    void config_exampleFileParses()
    {
        QStringList errors;
        const std::optional<HeadlessConfig> config = HeadlessConfig::load(
            QStringLiteral(IDLEGUARD_SOURCE_DIR) + u"/docs/examples/headless.json"_s, &errors);
        QVERIFY2(config, qPrintable(errors.join(u'\n')));
        QCOMPARE(config->clientId, u"demo-client"_s);
        QCOMPARE(config->environment,
                 Genesys::Environment::custom(QUrl(u"http://127.0.0.1:8080"_s)));
        QVERIFY(!config->queues.isEmpty());
        QVERIFY(config->clientSecret.isEmpty()); // the example shows the recommended way
    }

    void config_reportsUnreadableFile()
    {
        QStringList errors;
        QVERIFY(!HeadlessConfig::load(u"/nonexistent/idleguard.json"_s, &errors));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().startsWith(u"cannot read /nonexistent/idleguard.json"_s));
    }

    // A FIFO, a device, a directory or a file over 1 MiB as the configuration, its policy file
    // or its secret file: refused at once, naming the path and what it is (ConfigFile).
    void config_refusesWhatIsNotARegularFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fifo") << u"fifo"_s << u"it is a named pipe (FIFO), not a regular file"_s;
        QTest::newRow("link to a fifo")
            << u"linkToFifo"_s << u"it is a named pipe (FIFO), not a regular file"_s;
        QTest::newRow("/dev/zero")
            << u"/dev/zero"_s << u"it is a character device, not a regular file"_s;
        QTest::newRow("directory") << u"directory"_s << u"it is a directory, not a regular file"_s;
        QTest::newRow("oversized")
            << u"oversized"_s << u"it is larger than 1 MiB, the most read from such a file"_s;
    }

    void config_refusesWhatIsNotARegularFile()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const SpecialFiles files(dir, ConfigFile::kMaxBytes);
        QVERIFY(files.ok);
        const QMap<QString, QString> paths {{u"fifo"_s, files.fifo},
                                            {u"linkToFifo"_s, files.linkToFifo},
                                            {u"directory"_s, files.directory},
                                            {u"oversized"_s, files.oversized}};
        const QString path = paths.value(kind, kind);

        // As the configuration file.
        QStringList errors;
        std::optional<HeadlessConfig> config;
        QVERIFY2(returnsWithin([&] { config = HeadlessConfig::load(path, &errors); }, files.fifo),
                 "HeadlessConfig::load blocked");
        QVERIFY(!config);
        QCOMPARE(errors, QStringList {u"cannot read %1: %2"_s.arg(path, expected)});

        // As the policy file it names.
        QJsonObject object = minimalConfig();
        object.remove(u"policies"_s);
        object.insert(u"policyFile"_s, path);
        errors.clear();
        QVERIFY2(returnsWithin([&] { config = parse(object, &errors, dir.path()); }, files.fifo),
                 "the policy file blocked");
        QVERIFY(!config);
        QCOMPARE(errors, QStringList {u"policyFile: cannot read %1: %2"_s.arg(path, expected)});
    }

    void secret_fileThatIsAFifoIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const SpecialFiles files(dir, ConfigFile::kMaxBytes);
        QVERIFY(files.ok);
        QJsonObject object = minimalConfig();
        object.insert(u"clientSecretFile"_s, files.fifo);
        QStringList errors;
        const std::optional<HeadlessConfig> config = parse(object, &errors);
        QVERIFY2(config, qPrintable(errors.join(u'\n')));
        QString error;
        QString secret;
        QVERIFY2(returnsWithin([&] { secret = config->resolveSecret(&error); }, files.fifo),
                 "the secret file blocked");
        QVERIFY(secret.isEmpty());
        QCOMPARE(
            error,
            u"no client secret: cannot read %1: it is a named pipe (FIFO), not a regular file"_s
                .arg(files.fifo));
    }

    // --- termination signals -----------------------------------------------------------------

    void signals_sigtermArrives()
    {
        TerminationSignals termination;
        QVERIFY(termination.isActive());
        QSignalSpy spy(&termination, &TerminationSignals::terminationRequested);
        QCOMPARE(::raise(SIGTERM), 0);
        QTRY_COMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), SIGTERM);
    }

    void signals_sigintArrives()
    {
        TerminationSignals termination;
        QSignalSpy spy(&termination, &TerminationSignals::terminationRequested);
        QCOMPARE(::kill(::getpid(), SIGINT), 0);
        QVERIFY(spy.wait());
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), SIGINT);
    }

    void signals_severalArriveInOrder()
    {
        TerminationSignals termination;
        QSignalSpy spy(&termination, &TerminationSignals::terminationRequested);
        QCOMPARE(::raise(SIGHUP), 0);
        QCOMPARE(::raise(SIGTERM), 0);
        QTRY_COMPARE(spy.size(), 2);
        QCOMPARE(spy.at(0).at(0).toInt(), SIGHUP);
        QCOMPARE(spy.at(1).at(0).toInt(), SIGTERM);
    }

    void signals_previousHandlersAreRestored()
    {
        // SIGHUP gets a handler of the test's own, so it can be raised afterwards.
        struct sigaction own = {};
        own.sa_handler = testHandler;
        sigemptyset(&own.sa_mask);
        struct sigaction saved = {};
        QCOMPARE(::sigaction(SIGHUP, &own, &saved), 0);

        struct sigaction before[std::size(TerminationSignals::kSignals)];
        for (std::size_t i = 0; i < std::size(TerminationSignals::kSignals); ++i)
            before[i] = currentAction(TerminationSignals::kSignals[i]);
        {
            auto termination = std::make_unique<TerminationSignals>();
            for (std::size_t i = 0; i < std::size(TerminationSignals::kSignals); ++i)
                QVERIFY(currentAction(TerminationSignals::kSignals[i]).sa_handler
                        != before[i].sa_handler);
            QSignalSpy spy(termination.get(), &TerminationSignals::terminationRequested);
            QCOMPARE(::raise(SIGHUP), 0);
            QTRY_COMPARE(spy.size(), 1);
            QCOMPARE(static_cast<int>(s_testHandlerCalls), 0);
        }
        for (std::size_t i = 0; i < std::size(TerminationSignals::kSignals); ++i) {
            const struct sigaction after = currentAction(TerminationSignals::kSignals[i]);
            QVERIFY(after.sa_handler == before[i].sa_handler);
            QCOMPARE(after.sa_flags, before[i].sa_flags);
        }
        QCOMPARE(::raise(SIGHUP), 0);
        QCOMPARE(static_cast<int>(s_testHandlerCalls), 1);
        QCOMPARE(::sigaction(SIGHUP, &saved, nullptr), 0);

        // A second instance after the first one is gone works as the first did.
        TerminationSignals again;
        QSignalSpy spy(&again, &TerminationSignals::terminationRequested);
        QCOMPARE(::raise(SIGTERM), 0);
        QVERIFY(spy.wait());
        QCOMPARE(spy.at(0).at(0).toInt(), SIGTERM);
    }

    // --- log format ----------------------------------------------------------------------------

    void log_journaldPriority_data()
    {
        QTest::addColumn<QtMsgType>("type");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fatal") << QtFatalMsg << u"<3>idleguard.enforcement: boom"_s;
        QTest::newRow("critical") << QtCriticalMsg << u"<3>idleguard.enforcement: boom"_s;
        QTest::newRow("warning") << QtWarningMsg << u"<4>idleguard.enforcement: boom"_s;
        QTest::newRow("info") << QtInfoMsg << u"<6>idleguard.enforcement: boom"_s;
        QTest::newRow("debug") << QtDebugMsg << u"<7>idleguard.enforcement: boom"_s;
    }

    void log_journaldPriority()
    {
        QFETCH(QtMsgType, type);
        QFETCH(QString, expected);
        QCOMPARE(LogFormat::formatLine(LogFormat::Target::Journald, type, "idleguard.enforcement",
                                       u"boom"_s, QDateTime::currentDateTimeUtc()),
                 expected);
    }

    void log_terminalForm_data()
    {
        QTest::addColumn<QtMsgType>("type");
        QTest::addColumn<QString>("level");
        QTest::newRow("fatal") << QtFatalMsg << u"fatal"_s;
        QTest::newRow("critical") << QtCriticalMsg << u"critical"_s;
        QTest::newRow("warning") << QtWarningMsg << u"warning"_s;
        QTest::newRow("info") << QtInfoMsg << u"info"_s;
        QTest::newRow("debug") << QtDebugMsg << u"debug"_s;
    }

    void log_terminalForm()
    {
        QFETCH(QtMsgType, type);
        QFETCH(QString, level);
        const QDateTime now(QDate(2026, 11, 21), QTime(10, 0, 0, 123), Qt::UTC);
        QCOMPARE(LogFormat::formatLine(LogFormat::Target::Terminal, type, "idleguard.enforcement",
                                       u"message"_s, now),
                 u"2026-11-21T10:00:00.123Z "_s + level + u" idleguard.enforcement: message"_s);
        // A time in another zone is written as UTC all the same.
        QCOMPARE(LogFormat::formatLine(LogFormat::Target::Terminal, type, "x", u"m"_s,
                                       now.toOffsetFromUtc(3600)),
                 u"2026-11-21T10:00:00.123Z "_s + level + u" x: m"_s);
    }

    void log_multiLineMessageStaysOneLine_data()
    {
        QTest::addColumn<LogFormat::Target>("target");
        QTest::addColumn<QString>("expected");
        QTest::newRow("journald") << LogFormat::Target::Journald
                                  << u"<4>idleguard.headless: first\\nsecond\\r\\nthird"_s;
        QTest::newRow("terminal") << LogFormat::Target::Terminal
                                  << u"2026-11-21T10:00:00.000Z warning idleguard.headless: "
                                     "first\\nsecond\\r\\nthird"_s;
    }

    void log_multiLineMessageStaysOneLine()
    {
        QFETCH(LogFormat::Target, target);
        QFETCH(QString, expected);
        const QDateTime now(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC);
        const QString line = LogFormat::formatLine(target, QtWarningMsg, "idleguard.headless",
                                                   u"first\nsecond\r\nthird\n"_s, now);
        QCOMPARE(line, expected);
        QVERIFY(!line.contains(u'\n'));
        QVERIFY(!line.contains(u'\r'));
    }

    void log_withoutCategorySaysDefault()
    {
        QCOMPARE(LogFormat::formatLine(LogFormat::Target::Journald, QtInfoMsg, nullptr, u"hi"_s,
                                       QDateTime::currentDateTimeUtc()),
                 u"<6>default: hi"_s);
    }

    void log_installWritesOneLinePerMessageToStderr()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        const QtMessageHandler previous = qInstallMessageHandler(nullptr);
        std::fflush(stderr);
        const int savedStderr = ::dup(STDERR_FILENO);
        QVERIFY(savedStderr >= 0);
        QVERIFY(::dup2(file.handle(), STDERR_FILENO) >= 0);

        LogFormat::install(LogFormat::Target::Journald);
        qCWarning(lcHeadlessTest, "two\nlines");
        qCInfo(lcHeadlessTest, "then one");

        std::fflush(stderr);
        ::dup2(savedStderr, STDERR_FILENO);
        ::close(savedStderr);
        qInstallMessageHandler(previous);

        file.seek(0);
        QCOMPARE(file.readAll(),
                 QByteArray("<4>idleguard.headlesstest: two\\nlines\n"
                            "<6>idleguard.headlesstest: then one\n"));
    }

    void log_detect()
    {
        const QByteArray saved = qgetenv("JOURNAL_STREAM");
        const bool wasSet = qEnvironmentVariableIsSet("JOURNAL_STREAM");

        QVERIFY(qunsetenv("JOURNAL_STREAM"));
        QCOMPARE(LogFormat::detect(), LogFormat::Target::Terminal);

        const QByteArray real = stderrDeviceAndInode();
        QVERIFY(qputenv("JOURNAL_STREAM", real));
        QCOMPARE(LogFormat::detect(), LogFormat::Target::Journald);

        // Inherited from a parent whose stderr went to the journal, but ours goes elsewhere.
        const QList<QByteArray> parts = real.split(':');
        const QByteArray otherInode
            = parts.at(0) + ':' + QByteArray::number(parts.at(1).toULongLong() + 1);
        QVERIFY(qputenv("JOURNAL_STREAM", otherInode));
        QCOMPARE(LogFormat::detect(), LogFormat::Target::Terminal);
        const QByteArray otherDevice
            = QByteArray::number(parts.at(0).toULongLong() + 1) + ':' + parts.at(1);
        QVERIFY(qputenv("JOURNAL_STREAM", otherDevice));
        QCOMPARE(LogFormat::detect(), LogFormat::Target::Terminal);
        QVERIFY(qputenv("JOURNAL_STREAM", "garbage"));
        QCOMPARE(LogFormat::detect(), LogFormat::Target::Terminal);

        if (wasSet)
            qputenv("JOURNAL_STREAM", saved);
        else
            qunsetenv("JOURNAL_STREAM");
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
