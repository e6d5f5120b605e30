// The headless enforcer as a contact center runs it: the real idleguard binary, as a process,
// with --headless --config FILE against an in-process sandbox organisation, and its demo form
// (--demo --headless) with its own sandbox. Exit codes, signals, secrets and the journal.

#include "core/auditjournal.h"
#include "core/manualclock.h"
#include "sandbox/authservice.h"
#include "sandbox/conversationstore.h"
#include "sandbox/eventscheduler.h"
#include "sandbox/faultinjector.h"
#include "sandbox/httppipeline.h"
#include "sandbox/notificationhub.h"
#include "sandbox/organisation.h"
#include "sandbox/sandbox.h"
#include "sandbox/simconversation.h"
#include "sandbox/trafficsimulator.h"
#include "sandboxfixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace IdleGuard;
using namespace IdleGuard::Sandbox;
using namespace Qt::StringLiterals;

namespace {

QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.remove(u"LANGUAGE"_s);
    env.remove(u"QT_LOGGING_RULES"_s);
    env.remove(u"JOURNAL_STREAM"_s);
    env.remove(u"IDLEGUARD_CLIENT_SECRET"_s);
    return env;
}

// A process whose output is collected while the test's event loop keeps running (the sandbox
// it talks to lives in this process).
struct Enforcer
{
    QProcess process;
    QString out;
    QString err;

    void start(const QStringList &arguments, const QProcessEnvironment &env)
    {
        process.setProcessEnvironment(env);
        QObject::connect(&process, &QProcess::readyReadStandardOutput, &process,
                         [this] { out += QString::fromUtf8(process.readAllStandardOutput()); });
        QObject::connect(&process, &QProcess::readyReadStandardError, &process,
                         [this] { err += QString::fromUtf8(process.readAllStandardError()); });
        process.start(QStringLiteral(IDLEGUARD_BINARY), arguments);
    }
    bool finish(int timeoutMs = 30'000)
    {
        return QTest::qWaitFor([this] { return process.state() == QProcess::NotRunning; },
                               timeoutMs);
    }
    QString dump() const { return u"stdout:\n"_s + out + u"\nstderr:\n"_s + err; }
};

} // namespace

class TestHeadlessEnforcer : public QObject
{
    Q_OBJECT

private slots:
    void configModeEnforcesAndStopsOnSigterm_data();
    void configModeEnforcesAndStopsOnSigterm();
    void killedMidSendRestartsWithoutDuplicate();
    void firstSignInRefusedForNowIsTriedAgain_data();
    void firstSignInRefusedForNowIsTriedAgain();
    void wrongSecretExitsOneWithoutTheSecret();
    void missingSecretIsAConfigurationError();
    void invalidConfigurationNamesTheField();
    void secretFileWithEveryCategoryLogged();
    void demoRunsReportsAndKeepsItsJournal();
    void demoStopsCleanlyOnSigint();

private:
    QJsonObject configFor(IdleGuard::Sandbox::Sandbox &sandbox, const QString &journal);
    // Writes configFor() to `name` in the test's folder and returns its path.
    QString writeConfig(IdleGuard::Sandbox::Sandbox &sandbox, const QString &name,
                        const QString &journal);
    // A conversation in the first queue whose agent says hello now; the customer stays silent.
    static QString startSilentConversation(IdleGuard::Sandbox::Sandbox &sandbox);
    static SandboxOptions realTimeOptions();
    QTemporaryDir m_dir;
};

QJsonObject TestHeadlessEnforcer::configFor(IdleGuard::Sandbox::Sandbox &sandbox,
                                            const QString &journal)
{
    const QJsonObject customer {
        {u"warning1"_s,
         QJsonObject {{u"afterSeconds"_s, 10}, {u"message"_s, u"[W1] Still there?"_s}}},
        {u"warning2"_s, QJsonObject {{u"afterSeconds"_s, 600}, {u"message"_s, u"[W2]"_s}}},
        {u"close"_s, QJsonObject {{u"afterSeconds"_s, 900}}},
    };
    const QJsonObject policies {
        {u"version"_s, 1},
        {u"default"_s, QJsonObject {{u"mode"_s, u"turn-aware"_s}, {u"customer"_s, customer}}},
    };
    return QJsonObject {
        {u"environment"_s, sandbox.baseUrl().toString()},
        {u"clientId"_s, u"demo-client"_s},
        {u"queues"_s, QJsonArray {sandbox.organisation().queues().constFirst().id}},
        {u"policies"_s, policies},
        {u"journal"_s, journal},
        {u"instanceId"_s, u"test-enforcer"_s},
        {u"claimLeadSeconds"_s, 0},
    };
}

QString TestHeadlessEnforcer::writeConfig(IdleGuard::Sandbox::Sandbox &sandbox, const QString &name,
                                          const QString &journal)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(QJsonDocument(configFor(sandbox, journal)).toJson());
    return path;
}

QString TestHeadlessEnforcer::startSilentConversation(IdleGuard::Sandbox::Sandbox &sandbox)
{
    ConversationStore &store = sandbox.store();
    const SandboxQueue &queue = sandbox.organisation().queues().constFirst();
    QString agentId;
    for (const SandboxUser *agent : sandbox.organisation().agents()) {
        if (agentId.isEmpty() && agent->queueIds.contains(queue.id))
            agentId = agent->id;
    }
    const QString id = store.startConversation(queue.id, u"Alex"_s, u"Hi"_s);
    store.offerToAgent(id, agentId);
    store.answer(id);
    ConversationStore::Outcome outcome {};
    store.addAgentMessage(id, store.conversation(id)->agent()->id, u"Hello"_s, agentId, &outcome);
    return id;
}

SandboxOptions TestHeadlessEnforcer::realTimeOptions()
{
    SandboxOptions options = SandboxFixture::quietOptions();
    options.stepped = false; // real time: the enforcer is another process with its own clock
    return options;
}

void TestHeadlessEnforcer::configModeEnforcesAndStopsOnSigterm_data()
{
    QTest::addColumn<QString>("workerToken"); // the configuration's "workerToken"; empty: absent
    QTest::newRow("the worker's own token (default)") << QString();
    QTest::newRow("one shared token") << u"shared"_s;
}

void TestHeadlessEnforcer::configModeEnforcesAndStopsOnSigterm()
{
    QFETCH(QString, workerToken);
    SandboxFixture fixture(realTimeOptions());
    QVERIFY(fixture.start());
    IdleGuard::Sandbox::Sandbox &sandbox = fixture.sandbox();
    sandbox.simulator().setPaused(true);
    const QString journal = m_dir.filePath(u"config-mode-%1.sqlite"_s.arg(workerToken));
    const QString configPath = m_dir.filePath(u"enforcer-%1.json"_s.arg(workerToken));
    {
        QJsonObject config = configFor(sandbox, journal);
        if (!workerToken.isEmpty())
            config.insert(u"workerToken"_s, workerToken);
        QFile file(configPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(config).toJson());
    }

    QProcessEnvironment env = cleanEnvironment();
    env.insert(u"IDLEGUARD_CLIENT_SECRET"_s, u"demo-secret"_s);
    Enforcer enforcer;
    enforcer.start({u"--headless"_s, u"--config"_s, configPath}, env);
    QVERIFY2(
        QTest::qWaitFor([&] { return enforcer.err.contains(u"Signed in; enforcing"_s); }, 20'000),
        qPrintable(enforcer.dump()));

    ConversationStore &store = sandbox.store();
    const QString id = startSilentConversation(sandbox);
    const qint64 helloMs = sandbox.scheduler().nowMs();

    const auto warnings = [&] {
        int n = 0;
        for (const SimMessage &m : store.conversation(id)->agent()->messages)
            n += m.text.startsWith(u"[W1]") ? 1 : 0;
        return n;
    };
    QVERIFY2(QTest::qWaitFor([&] { return warnings() == 1; }, 30'000), qPrintable(enforcer.dump()));
    const SimMessage &w1 = store.conversation(id)->agent()->messages.constLast();
    QVERIFY(w1.timeMs - (helloMs + 10'000) >= 0);
    QVERIFY2(w1.timeMs - (helloMs + 10'000) <= 1'000,
             qPrintable(QString::number(w1.timeMs - helloMs)));
    QVERIFY2(
        QTest::qWaitFor([&] { return enforcer.out.contains(u"sendWarning warning1"_s); }, 5'000),
        qPrintable(enforcer.dump()));

    // Which token did what: the warning and its record on the worker's, the notification
    // channel on the feed's; one token for both where it is shared.
    QString sender;
    QString listener;
    const auto byToken = sandbox.pipeline().apiRequestsByToken();
    for (auto it = byToken.cbegin(); it != byToken.cend(); ++it) {
        for (auto e = it->cbegin(); e != it->cend(); ++e) {
            if (e.key().startsWith(u"POST /api/v2/conversations/messages/"_s))
                sender = it.key();
            if (e.key() == u"POST /api/v2/notifications/channels"_s)
                listener = it.key();
        }
    }
    QVERIFY(!sender.isEmpty() && !listener.isEmpty());
    if (workerToken == u"shared"_s)
        QCOMPARE(sender, listener);
    else
        QVERIFY(sender != listener);

    enforcer.process.terminate(); // SIGTERM
    QVERIFY(enforcer.finish());
    QCOMPARE(enforcer.process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(enforcer.process.exitCode(), 0);
    QVERIFY2(enforcer.err.contains(u"Stopped."_s), qPrintable(enforcer.dump()));
    QVERIFY(!enforcer.err.contains(u"demo-secret"_s));
    QCOMPARE(warnings(), 1);

    ManualClock clock;
    AuditJournal audit(clock);
    QVERIFY(audit.open(journal, nullptr, AuditJournal::OpenMode::MustExist));
    const auto rows = audit.forConversation(id);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].result.outcome, JournalOutcome::Succeeded);
    QCOMPARE(rows[0].result.messageId, w1.id);
}

void TestHeadlessEnforcer::killedMidSendRestartsWithoutDuplicate()
{
    SandboxFixture fixture(realTimeOptions());
    QVERIFY(fixture.start());
    IdleGuard::Sandbox::Sandbox &sandbox = fixture.sandbox();
    sandbox.simulator().setPaused(true);
    const QString journal = m_dir.filePath(u"killed.sqlite"_s);
    const QString configPath = writeConfig(sandbox, u"killed.json"_s, journal);
    QProcessEnvironment env = cleanEnvironment();
    env.insert(u"IDLEGUARD_CLIENT_SECRET"_s, u"demo-secret"_s);

    Enforcer first;
    first.start({u"--headless"_s, u"--config"_s, configPath}, env);
    QVERIFY2(QTest::qWaitFor([&] { return first.err.contains(u"Signed in; enforcing"_s); }, 20'000),
             qPrintable(first.dump()));

    ConversationStore &store = sandbox.store();
    const QString id = startSilentConversation(sandbox);

    // The platform takes the warning; its answer is held back, and the process is killed
    // (SIGKILL: no clean-up at all) while it waits for it.
    bool killed = false;
    QObject guard;
    connect(&store, &ConversationStore::agentMessageAdded, &guard, [&](const QString &cid) {
        if (cid != id || killed)
            return;
        killed = true;
        sandbox.faults().setLatencyMs(5'000);
        QMetaObject::invokeMethod(
            &guard,
            [&] {
                sandbox.faults().setLatencyMs(0);
                first.process.kill();
            },
            Qt::QueuedConnection);
    });
    QVERIFY2(QTest::qWaitFor([&] { return killed; }, 30'000), qPrintable(first.dump()));
    QVERIFY(first.finish());
    QCOMPARE(first.process.exitStatus(), QProcess::CrashExit);
    {
        ManualClock clock;
        AuditJournal audit(clock);
        QVERIFY(audit.open(journal, nullptr, AuditJournal::OpenMode::MustExist));
        const auto pending = audit.pendingIntents();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending[0].intent.conversationId, id);
    }

    // Restarted on the same journal: the warning is found, not sent again.
    Enforcer second;
    second.start({u"--headless"_s, u"--config"_s, configPath}, env);
    QVERIFY2(QTest::qWaitFor(
                 [&] { return second.out.contains(u"sendWarning warning1  observed"_s); }, 20'000),
             qPrintable(second.dump()));
    // What keeps the restarted process (and any other instance) from sending it again later:
    // the stage and the message are recorded on the conversation.
    const SimParticipant *agent = store.conversation(id)->agent();
    QVERIFY2(
        QTest::qWaitFor(
            [&] { return agent->attributes.value(u"idleGuard.stage"_s) == u"warning1"; }, 10'000),
        qPrintable(second.dump()));
    second.process.terminate();
    QVERIFY(second.finish());
    QCOMPARE(second.process.exitCode(), 0);
    QString w1Id;
    for (const SimMessage &m : agent->messages) {
        if (m.text.startsWith(u"[W1]"))
            w1Id = m.id;
    }
    QVERIFY(agent->attributes.value(u"idleGuard.messageIds"_s).split(u' ').contains(w1Id));
    int warnings = 0;
    for (const SimMessage &m : store.conversation(id)->agent()->messages)
        warnings += m.text.startsWith(u"[W1]") ? 1 : 0;
    QCOMPARE(warnings, 1);
    ManualClock clock;
    AuditJournal audit(clock);
    QVERIFY(audit.open(journal, nullptr, AuditJournal::OpenMode::MustExist));
    QVERIFY(audit.pendingIntents().isEmpty());
    const auto rows = audit.forConversation(id);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].result.outcome, JournalOutcome::Observed);
    QVERIFY(!rows[0].result.messageId.isEmpty());
}

void TestHeadlessEnforcer::firstSignInRefusedForNowIsTriedAgain_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("retryAfterSeconds");
    QTest::newRow("503") << 503 << -1;
    QTest::newRow("429 with Retry-After") << 429 << 1;
}

// The login host refuses the very first sign-in for now: the enforcer does not exit but tries
// again (after Retry-After when given), signs in and enforces.
void TestHeadlessEnforcer::firstSignInRefusedForNowIsTriedAgain()
{
    QFETCH(int, status);
    QFETCH(int, retryAfterSeconds);
    SandboxFixture fixture(realTimeOptions());
    QVERIFY(fixture.start());
    IdleGuard::Sandbox::Sandbox &sandbox = fixture.sandbox();
    sandbox.simulator().setPaused(true);
    sandbox.faults().failNext(1, status, u"/oauth/token"_s, retryAfterSeconds);
    const QString name = u"refused-%1"_s.arg(status);
    const QString configPath
        = writeConfig(sandbox, name + u".json"_s, m_dir.filePath(name + u".sqlite"_s));
    QProcessEnvironment env = cleanEnvironment();
    env.insert(u"IDLEGUARD_CLIENT_SECRET"_s, u"demo-secret"_s);

    Enforcer enforcer;
    QElapsedTimer sinceStart;
    sinceStart.start();
    enforcer.start({u"--headless"_s, u"--config"_s, configPath}, env);
    QVERIFY2(
        QTest::qWaitFor([&] { return enforcer.err.contains(u"Signed in; enforcing"_s); }, 20'000),
        qPrintable(enforcer.dump()));
    const qint64 signedInAfterMs = sinceStart.elapsed();
    QCOMPARE(enforcer.process.state(), QProcess::Running);
    const QRegularExpression retryLine(u"refused the sign-in for now \\(HTTP %1: .*\\): "
                                       "trying again in (\\d+) ms"_s.arg(status));
    const QRegularExpressionMatch retry = retryLine.match(enforcer.err);
    QVERIFY2(retry.hasMatch(), qPrintable(enforcer.dump()));
    QVERIFY(!enforcer.err.contains(u"Sign-in failed"_s));
    if (retryAfterSeconds > 0) {
        QCOMPARE(retry.captured(1).toLongLong(), retryAfterSeconds * 1000);
        QVERIFY2(enforcer.err.contains(u"as its Retry-After asks"_s), qPrintable(enforcer.dump()));
        QVERIFY2(signedInAfterMs >= retryAfterSeconds * 1000,
                 qPrintable(QString::number(signedInAfterMs)));
    }

    // It acts: the silent customer is warned.
    const QString id = startSilentConversation(sandbox);
    QVERIFY2(
        QTest::qWaitFor([&] { return enforcer.out.contains(u"sendWarning warning1  succeeded"_s); },
                        30'000),
        qPrintable(enforcer.dump()));
    int warnings = 0;
    for (const SimMessage &m : sandbox.store().conversation(id)->agent()->messages)
        warnings += m.text.startsWith(u"[W1]") ? 1 : 0;
    QCOMPARE(warnings, 1);
    enforcer.process.terminate();
    QVERIFY(enforcer.finish());
    QCOMPARE(enforcer.process.exitCode(), 0);
}

void TestHeadlessEnforcer::wrongSecretExitsOneWithoutTheSecret()
{
    SandboxFixture fixture(realTimeOptions());
    QVERIFY(fixture.start());
    const QString configPath
        = writeConfig(fixture.sandbox(), u"wrong-secret.json"_s, m_dir.filePath(u"wrong.sqlite"_s));
    QProcessEnvironment env = cleanEnvironment();
    env.insert(u"IDLEGUARD_CLIENT_SECRET"_s, u"not-the-secret-4711"_s);
    Enforcer enforcer;
    enforcer.start({u"--headless"_s, u"--config"_s, configPath}, env);
    QVERIFY(enforcer.finish());
    QCOMPARE(enforcer.process.exitCode(), 1);
    QVERIFY2(enforcer.err.contains(u"Sign-in failed"_s), qPrintable(enforcer.dump()));
    QVERIFY2(!enforcer.err.contains(u"trying again"_s), qPrintable(enforcer.dump())); // final
    QVERIFY(!enforcer.out.contains(u"not-the-secret-4711"_s));
    QVERIFY(!enforcer.err.contains(u"not-the-secret-4711"_s));
}

void TestHeadlessEnforcer::missingSecretIsAConfigurationError()
{
    SandboxFixture fixture; // never contacted
    QVERIFY(fixture.start());
    const QString configPath
        = writeConfig(fixture.sandbox(), u"no-secret.json"_s, m_dir.filePath(u"none.sqlite"_s));
    Enforcer enforcer;
    enforcer.start({u"--headless"_s, u"--config"_s, configPath}, cleanEnvironment());
    QVERIFY(enforcer.finish());
    QCOMPARE(enforcer.process.exitCode(), 2);
    QVERIFY2(enforcer.err.contains(u"IDLEGUARD_CLIENT_SECRET"_s), qPrintable(enforcer.dump()));
    QVERIFY(!QFile::exists(m_dir.filePath(u"none.sqlite"_s)));
}

void TestHeadlessEnforcer::invalidConfigurationNamesTheField()
{
    const QString configPath = m_dir.filePath(u"bad.json"_s);
    QFile file(configPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"environment": "http://example.com", "clientId": "x", "queues": [],
                  "policies": {"version": 1}})");
    file.close();
    Enforcer enforcer;
    enforcer.start({u"--headless"_s, u"--config"_s, configPath}, cleanEnvironment());
    QVERIFY(enforcer.finish());
    QCOMPARE(enforcer.process.exitCode(), 2);
    QVERIFY2(enforcer.err.contains(u"environment:"_s), qPrintable(enforcer.dump()));
    QVERIFY2(enforcer.err.contains(u"queues:"_s), qPrintable(enforcer.dump()));
}

// The secret from a file of its own, refused while others may read it; then, owner-only, a
// sign-in and a live feed with every log category on (QT_LOGGING_RULES="*.debug=true", Qt's own
// included): neither the secret nor a token the sandbox issued is in any line.
void TestHeadlessEnforcer::secretFileWithEveryCategoryLogged()
{
    SandboxFixture fixture(realTimeOptions());
    QVERIFY(fixture.start());
    IdleGuard::Sandbox::Sandbox &sandbox = fixture.sandbox();
    sandbox.simulator().setPaused(true);
    const QString secretPath = m_dir.filePath(u"client-secret"_s);
    QFile secretFile(secretPath);
    QVERIFY(secretFile.open(QIODevice::WriteOnly));
    secretFile.write("demo-secret\n");
    secretFile.close();
    QVERIFY(secretFile.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
    QJsonObject config = configFor(sandbox, m_dir.filePath(u"secret-file.sqlite"_s));
    config.insert(u"clientSecretFile"_s, secretPath);
    const QString configPath = m_dir.filePath(u"secret-file.json"_s);
    QFile configFile(configPath);
    QVERIFY(configFile.open(QIODevice::WriteOnly));
    configFile.write(QJsonDocument(config).toJson());
    configFile.close();
    QProcessEnvironment env = cleanEnvironment();
    env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);

    Enforcer exposed;
    exposed.start({u"--headless"_s, u"--config"_s, configPath}, env);
    QVERIFY(exposed.finish());
    QCOMPARE(exposed.process.exitCode(), 2);
    QVERIFY2(exposed.err.contains(secretPath) && exposed.err.contains(u"chmod 600"_s),
             qPrintable(exposed.dump()));

    QVERIFY(secretFile.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    Enforcer enforcer;
    enforcer.start({u"--headless"_s, u"--config"_s, configPath}, env);
    QVERIFY2(QTest::qWaitFor([&] { return enforcer.err.contains(u"socket open on"_s); }, 20'000),
             qPrintable(enforcer.dump()));
    enforcer.process.terminate();
    QVERIFY(enforcer.finish());
    QCOMPARE(enforcer.process.exitCode(), 0);
    const QString everything = enforcer.out + enforcer.err;
    QVERIFY2(everything.contains(u"idleguard.genesys.rest"_s), qPrintable(enforcer.dump()));
    const QJsonArray tokens = sandbox.auth().issuedTokens(u"demo-client"_s);
    QVERIFY(!tokens.isEmpty());
    QStringList channelIds; // each opens its WebSocket with no other credential
    for (const QJsonValue &token : tokens) {
        const QString value = token.toObject().value("accessToken"_L1).toString();
        QVERIFY(!value.isEmpty());
        QVERIFY2(!everything.contains(value), qPrintable(enforcer.dump()));
        if (const auto *record = sandbox.auth().record(value)) {
            for (const auto *channel : sandbox.notifications().channelsOf(*record, true))
                channelIds.append(channel->id);
        }
    }
    QVERIFY(!channelIds.isEmpty());
    for (const QString &id : std::as_const(channelIds))
        QVERIFY2(!everything.contains(id), qPrintable(id));
    QVERIFY(!everything.contains(u"demo-secret"_s));
    QVERIFY(!everything.contains(QString::fromLatin1("demo-client:demo-secret"_ba.toBase64())));
    QVERIFY(!everything.contains(u"Authorization"_s, Qt::CaseInsensitive));
}

void TestHeadlessEnforcer::demoRunsReportsAndKeepsItsJournal()
{
    Enforcer demo;
    // Twenty times real time: eight seconds show a few minutes of the demo organisation.
    demo.start({u"--demo"_s, u"--headless"_s, u"--speed"_s, u"20"_s, u"--run-for"_s, u"8"_s},
               cleanEnvironment());
    QVERIFY(demo.finish(60'000));
    QCOMPARE(demo.process.exitCode(), 0);
    QVERIFY2(demo.out.contains(u"summary: "_s), qPrintable(demo.dump()));
    // Plural forms even in the C locale (the English translation is the fallback).
    QVERIFY2(demo.out.contains(u"(3 queues, simulated"_s), qPrintable(demo.dump()));
    static const QRegularExpression action(
        uR"(^\S+Z  [0-9a-f-]{36}  sendWarning warning1  succeeded \(HTTP 200\))"_s,
        QRegularExpression::MultilineOption);
    QVERIFY2(action.match(demo.out).hasMatch(), qPrintable(demo.dump()));
    static const QRegularExpression journalLine(u"Journal of this demo: (\\S+)"_s);
    const auto match = journalLine.match(demo.out);
    QVERIFY2(match.hasMatch(), qPrintable(demo.dump()));
    const QString journal = match.captured(1);
    ManualClock clock;
    AuditJournal audit(clock);
    QVERIFY(audit.open(journal, nullptr, AuditJournal::OpenMode::MustExist));
    const auto rows = audit.recent(1000);
    QVERIFY(!rows.isEmpty());
    int warnings = 0;
    for (const JournalEntry &row : rows) {
        warnings += row.intent.kind == IdleAction::Kind::SendWarning ? 1 : 0;
        QVERIFY2(row.result.outcome != JournalOutcome::Failed, qPrintable(row.result.error));
    }
    QVERIFY(warnings > 0);
    audit.close();
    QDir(QFileInfo(journal).absolutePath()).removeRecursively();
}

void TestHeadlessEnforcer::demoStopsCleanlyOnSigint()
{
    Enforcer demo;
    demo.start({u"--demo"_s, u"--headless"_s}, cleanEnvironment());
    QVERIFY2(QTest::qWaitFor([&] { return demo.err.contains(u"Signed in; enforcing"_s); }, 20'000),
             qPrintable(demo.dump()));
    ::kill(pid_t(demo.process.processId()), SIGINT); // Ctrl+C
    QVERIFY(demo.finish());
    QCOMPARE(demo.process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(demo.process.exitCode(), 0);
    QVERIFY2(demo.out.contains(u"Journal of this demo: "_s), qPrintable(demo.dump()));
    static const QRegularExpression journalLine(u"Journal of this demo: (\\S+)"_s);
    QDir(QFileInfo(journalLine.match(demo.out).captured(1)).absolutePath()).removeRecursively();
}

QTEST_GUILESS_MAIN(TestHeadlessEnforcer)
#include "tst_headlessenforcer.moc"
