// Tests of idleguard's command line: in process through CommandLine::run(), and end to end
// through the real binary.

#include "../support/childprocess.h"
#include "../support/specialfiles.h"
#include "core/auditjournal.h"
#include "core/configfile.h"
#include "core/manualclock.h"
#include "main/commandline.h"
#include "version.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace IdleGuard;

namespace {

const QString kQueueId = QStringLiteral("9d2b7c1a-5e4f-4a3b-8c2d-1e0f9a8b7c6d");

QString examplePolicy()
{
    return QStringLiteral(IDLEGUARD_SOURCE_DIR "/docs/examples/policy.json");
}

QString invalidPolicy()
{
    return QStringLiteral(IDLEGUARD_TEST_DATA "/policies/invalid-several.json");
}

// The field paths of every error in tests/data/policies/invalid-several.json.
QStringList invalidPolicyFields()
{
    const QString queue = QStringLiteral("queues.") + kQueueId;
    return {QStringLiteral("default.customer.warning1.afterSeconds"),
            QStringLiteral("default.customer.warning1.message.en"),
            QStringLiteral("default.customer.warning2.message"),
            QStringLiteral("default.customer.close.afterSeconds"),
            QStringLiteral("default.agent.escalate.afterSeconds"),
            queue + QStringLiteral(".customer.close.afterSeconds")};
}

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result runCommandLine(const QStringList &arguments)
{
    Result r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.exitCode = CommandLine::run(QStringList {QStringLiteral("idleguard")} + arguments, out, err);
    out.flush();
    err.flush();
    return r;
}

// Runs the real binary, by default in the C locale so that no translation changes its output.
Result runBinary(const QStringList &arguments, const QString &locale = QStringLiteral("C.UTF-8"))
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("LANG"), locale);
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(IDLEGUARD_BINARY), arguments);
    Result r;
    if (!process.waitForStarted(30000)) {
        r.err = process.errorString();
        return r;
    }
    if (!process.waitForFinished(60000)) {
        r.err = QStringLiteral("timed out");
        process.kill();
        process.waitForFinished(5000);
        return r;
    }
    if (process.exitStatus() != QProcess::NormalExit) {
        r.err = QStringLiteral("crashed: ") + process.errorString();
        return r;
    }
    r.exitCode = process.exitCode();
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

// A journal with one settled and one pending action, the second with an awkward error text.
bool writeJournal(const QString &path)
{
    ManualClock clock(1772359140000); // 2026-03-01T09:59:00Z
    AuditJournal journal(clock);
    if (!journal.open(path))
        return false;
    JournalIntent intent;
    intent.conversationId = QStringLiteral("conv-1");
    intent.queueId = kQueueId;
    intent.stage = IdleStage::Warning1;
    const qint64 id = journal.recordIntent(intent);
    if (id < 0
        || !journal.recordResult(
            id,
            {JournalOutcome::Failed, 409, QStringLiteral("busy, \"again\""), clock.nowMs(), {}}))
        return false;
    intent.conversationId = QStringLiteral("conv-2");
    return journal.recordIntent(intent) > 0;
}

QString dump(const Result &r)
{
    return QStringLiteral("exit %1\n--- out:\n%2--- err:\n%3").arg(r.exitCode).arg(r.out, r.err);
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void version_printsNameAndVersion_data();
    void version_printsNameAndVersion();
    void help_listsOptionsAndExitsZero_data();
    void help_listsOptionsAndExitsZero();
    void noArguments_printsVersionAndExitsZero();
    void unknownOption_isUsageError_data();
    void unknownOption_isUsageError();
    void positionalArgument_isUsageError();
    void checkPolicy_acceptsValidFile();
    void checkPolicy_reportsEveryErrorWithField();
    void checkPolicy_reportsUnreadableFile();

    void binary_checkPolicyAcceptsValidFile();
    void binary_checkPolicyRejectsInvalidFile();
    void binary_checkPolicyRejectsMissingFile();
    void binary_refusesWhatIsNotARegularFile_data();
    void binary_refusesWhatIsNotARegularFile();
    void binary_usageErrorExitsTwo();
    void binary_speaksGermanInAGermanLocale();
    void binary_exportJournalWritesCsv();
    void binary_exportJournalRejectsMissingDatabase();
    void binary_exportJournalSpeaksGerman();
};

void TestCommandLine::initTestCase()
{
    QVERIFY2(QFileInfo::exists(examplePolicy()), qPrintable(examplePolicy()));
    QVERIFY2(QFileInfo::exists(invalidPolicy()), qPrintable(invalidPolicy()));
}

void TestCommandLine::version_printsNameAndVersion_data()
{
    QTest::addColumn<QString>("option");
    QTest::addRow("--version") << QStringLiteral("--version");
    QTest::addRow("-v") << QStringLiteral("-v");
}

void TestCommandLine::version_printsNameAndVersion()
{
    QFETCH(QString, option);
    const Result r = runCommandLine({option});
    QCOMPARE(r.exitCode, int(CommandLine::Ok));
    QCOMPARE(r.out, QStringLiteral("Idle Guard ") + QString::fromUtf8(IDLEGUARD_VERSION) + u'\n');
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    // The version is the project's, a dotted number.
    QVERIFY2(QString::fromUtf8(IDLEGUARD_VERSION).contains(u'.'), IDLEGUARD_VERSION);
}

void TestCommandLine::help_listsOptionsAndExitsZero_data()
{
    QTest::addColumn<QString>("option");
    QTest::addRow("--help") << QStringLiteral("--help");
    QTest::addRow("-h") << QStringLiteral("-h");
}

void TestCommandLine::help_listsOptionsAndExitsZero()
{
    QFETCH(QString, option);
    const Result r = runCommandLine({option});
    QCOMPARE(r.exitCode, int(CommandLine::Ok));
    QVERIFY2(r.out.contains(QStringLiteral("--check-policy")), qPrintable(dump(r)));
    QVERIFY2(r.out.contains(QStringLiteral("--version")), qPrintable(dump(r)));
    QVERIFY2(r.out.contains(QStringLiteral("--help")), qPrintable(dump(r)));
    QVERIFY2(r.err.isEmpty(), qPrintable(dump(r)));
}

void TestCommandLine::noArguments_printsVersionAndExitsZero()
{
    // Without arguments (or with --demo alone) the window opens: the runner main() hands in.
    QList<CommandLine::WindowOptions> opened;
    CommandLine::setWindowRunner([&opened](const CommandLine::WindowOptions &options) {
        opened.append(options);
        return 7;
    });
    Result r = runCommandLine({});
    QCOMPARE(r.exitCode, 7);
    QCOMPARE(opened.size(), 1);
    QVERIFY(!opened[0].demo);
    r = runCommandLine({QStringLiteral("--demo"), QStringLiteral("--speed"), QStringLiteral("4"),
                        QStringLiteral("--screenshots"), QStringLiteral("/tmp/shots")});
    QCOMPARE(r.exitCode, 7);
    QCOMPARE(opened.size(), 2);
    QVERIFY(opened[1].demo);
    QCOMPARE(opened[1].speed, 4.0);
    QCOMPARE(opened[1].screenshotDir, QStringLiteral("/tmp/shots"));
    QVERIFY(CommandLine::wantsWindow({QStringLiteral("idleguard"), QStringLiteral("--demo")}));
    QVERIFY(!CommandLine::wantsWindow(
        {QStringLiteral("idleguard"), QStringLiteral("--demo"), QStringLiteral("--headless")}));
    QVERIFY(!CommandLine::wantsWindow({QStringLiteral("idleguard"), QStringLiteral("--version")}));
    // A build without the window says so instead of doing nothing.
    CommandLine::setWindowRunner({});
    r = runCommandLine({});
    QCOMPARE(r.exitCode, int(CommandLine::Failed));
    QVERIFY2(r.err.contains(QStringLiteral("--headless")), qPrintable(dump(r)));
}

void TestCommandLine::unknownOption_isUsageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("messagePart");

    QTest::addRow("unknown long option") << QStringList {QStringLiteral("--frobnicate")}
                                         << QStringLiteral("Unknown option 'frobnicate'");
    QTest::addRow("unknown short option")
        << QStringList {QStringLiteral("-x")} << QStringLiteral("Unknown option 'x'");
    QTest::addRow("unknown option after a valid one")
        << QStringList {QStringLiteral("--check-policy"), examplePolicy(),
                        QStringLiteral("--bogus")}
        << QStringLiteral("Unknown option 'bogus'");
    QTest::addRow("journal without export-journal")
        << QStringList {QStringLiteral("--journal"), QStringLiteral("j.sqlite")}
        << QStringLiteral("--journal only goes with --export-journal");
    QTest::addRow("export-journal without a file")
        << QStringList {QStringLiteral("--export-journal")}
        << QStringLiteral("Missing value after '--export-journal'");
    QTest::addRow("headless without a configuration")
        << QStringList {QStringLiteral("--headless")}
        << QStringLiteral("--headless needs --config FILE (or --demo)");
    QTest::addRow("config without headless")
        << QStringList {QStringLiteral("--config"), QStringLiteral("enforcer.json")}
        << QStringLiteral("--config only goes with --headless");
    QTest::addRow("demo with a configuration")
        << QStringList {QStringLiteral("--demo"), QStringLiteral("--headless"),
                        QStringLiteral("--config"), QStringLiteral("enforcer.json")}
        << QStringLiteral("leave out --config");
    QTest::addRow("speed without demo")
        << QStringList {QStringLiteral("--speed"), QStringLiteral("5")}
        << QStringLiteral("--speed, --run-for and --screenshots only go with --demo");
    QTest::addRow("speed out of range")
        << QStringList {QStringLiteral("--demo"), QStringLiteral("--headless"),
                        QStringLiteral("--speed"), QStringLiteral("1000")}
        << QStringLiteral("--speed takes a factor from 0.1 to 100");
    QTest::addRow("run-for not a number")
        << QStringList {QStringLiteral("--demo"), QStringLiteral("--headless"),
                        QStringLiteral("--run-for"), QStringLiteral("soon")}
        << QStringLiteral("--run-for takes a whole number of seconds");
    QTest::addRow("check-policy without a file")
        << QStringList {QStringLiteral("--check-policy")}
        << QStringLiteral("Missing value after '--check-policy'");
}

void TestCommandLine::unknownOption_isUsageError()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, messagePart);
    const Result r = runCommandLine(arguments);
    QCOMPARE(r.exitCode, int(CommandLine::UsageError));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(messagePart), qPrintable(dump(r)));
    QVERIFY2(r.err.contains(QStringLiteral("--help")), qPrintable(dump(r)));
    QVERIFY2(r.out.isEmpty(), qPrintable(dump(r)));
}

void TestCommandLine::positionalArgument_isUsageError()
{
    const Result r = runCommandLine({QStringLiteral("policy.json")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("Unexpected argument: policy.json")),
             qPrintable(dump(r)));
    QVERIFY2(r.out.isEmpty(), qPrintable(dump(r)));

    // Also after a complete --check-policy: the extra file is not silently ignored.
    const Result r2 = runCommandLine(
        {QStringLiteral("--check-policy"), examplePolicy(), QStringLiteral("extra")});
    QCOMPARE(r2.exitCode, 2);
    QVERIFY2(r2.err.contains(QStringLiteral("extra")), qPrintable(dump(r2)));
}

void TestCommandLine::checkPolicy_acceptsValidFile()
{
    const Result r = runCommandLine({QStringLiteral("--check-policy"), examplePolicy()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("valid policy")), qPrintable(dump(r)));
    QVERIFY2(!r.out.contains(QStringLiteral("invalid")), qPrintable(dump(r)));
    QVERIFY2(r.err.isEmpty(), qPrintable(dump(r)));
    // The summary shows each policy with its times as m:ss.
    QVERIFY2(r.out.contains(
                 QStringLiteral("default: turn-aware; warn 5:00, warn again 10:00, close 15:00 "
                                "(agent scope); flag agent 3:00, escalate 10:00")),
             qPrintable(dump(r)));
    QVERIFY2(
        r.out.contains(QStringLiteral("queue ") + kQueueId + QStringLiteral(": any-activity;")),
        qPrintable(dump(r)));
    QVERIFY2(r.out.contains(QStringLiteral("(conversation scope)")), qPrintable(dump(r)));
}

void TestCommandLine::checkPolicy_reportsEveryErrorWithField()
{
    const Result r = runCommandLine({QStringLiteral("--check-policy"), invalidPolicy()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.isEmpty(), qPrintable(dump(r)));
    QVERIFY2(r.err.contains(QStringLiteral("invalid policy")), qPrintable(dump(r)));
    QVERIFY2(r.err.contains(invalidPolicy()), qPrintable(dump(r)));
    const QStringList fields = invalidPolicyFields();
    QVERIFY2(r.err.contains(QStringLiteral("invalid policy, %1 error").arg(fields.size())),
             qPrintable(dump(r)));
    for (const QString &field : fields)
        QVERIFY2(r.err.contains(QStringLiteral("  ") + field + QStringLiteral(": ")),
                 qPrintable(field + u'\n' + dump(r)));
    QVERIFY2(r.err.contains(QStringLiteral("unknown placeholder {customer}")), qPrintable(dump(r)));
}

void TestCommandLine::checkPolicy_reportsUnreadableFile()
{
    const QString missing
        = QDir(QStringLiteral(IDLEGUARD_TEST_DATA)).filePath(QStringLiteral("no-such-policy.json"));
    const Result r = runCommandLine({QStringLiteral("--check-policy"), missing});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("cannot read ") + missing), qPrintable(dump(r)));
    QVERIFY2(r.out.isEmpty(), qPrintable(dump(r)));
}

void TestCommandLine::binary_checkPolicyAcceptsValidFile()
{
    IDLEGUARD_SKIP_CHILD_PROCESS_UNDER_TSAN();
    const Result r = runBinary({QStringLiteral("--check-policy"), examplePolicy()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("valid policy")), qPrintable(dump(r)));
    QVERIFY2(r.out.contains(kQueueId), qPrintable(dump(r)));
    QVERIFY2(r.err.isEmpty(), qPrintable(dump(r)));
}

void TestCommandLine::binary_checkPolicyRejectsInvalidFile()
{
    IDLEGUARD_SKIP_CHILD_PROCESS_UNDER_TSAN();
    const Result r = runBinary({QStringLiteral("--check-policy"), invalidPolicy()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.isEmpty(), qPrintable(dump(r)));
    QVERIFY2(r.err.contains(QStringLiteral("invalid policy")), qPrintable(dump(r)));
    for (const QString &field : invalidPolicyFields())
        QVERIFY2(r.err.contains(field + QStringLiteral(": ")), qPrintable(field + u'\n' + dump(r)));
}

void TestCommandLine::binary_checkPolicyRejectsMissingFile()
{
    IDLEGUARD_SKIP_CHILD_PROCESS_UNDER_TSAN();
    const QString missing
        = QDir(QStringLiteral(IDLEGUARD_TEST_DATA)).filePath(QStringLiteral("no-such-policy.json"));
    const Result r = runBinary({QStringLiteral("--check-policy"), missing});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("cannot read")), qPrintable(dump(r)));
}

// --check-policy and --headless --config on a FIFO (which would block for ever) or /dev/zero
// (read until memory runs out): the binary says what the path is and exits at once.
void TestCommandLine::binary_refusesWhatIsNotARegularFile_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    const QString fifo = QStringLiteral("it is a named pipe (FIFO), not a regular file");
    const QString device = QStringLiteral("it is a character device, not a regular file");
    QTest::newRow("check-policy fifo")
        << QStringLiteral("--check-policy") << QStringLiteral("fifo") << 1 << fifo;
    QTest::newRow("check-policy /dev/zero")
        << QStringLiteral("--check-policy") << QStringLiteral("/dev/zero") << 1 << device;
    QTest::newRow("headless config fifo")
        << QStringLiteral("--config") << QStringLiteral("fifo") << 2 << fifo;
    QTest::newRow("headless config /dev/zero")
        << QStringLiteral("--config") << QStringLiteral("/dev/zero") << 2 << device;
}

void TestCommandLine::binary_refusesWhatIsNotARegularFile()
{
    IDLEGUARD_SKIP_CHILD_PROCESS_UNDER_TSAN();
    QFETCH(QString, option);
    QFETCH(QString, kind);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const SpecialFiles files(dir, ConfigFile::kMaxBytes);
    QVERIFY(files.ok);
    const QString path = kind == QStringLiteral("fifo") ? files.fifo : kind;
    QStringList arguments {option, path};
    if (option == QStringLiteral("--config"))
        arguments.prepend(QStringLiteral("--headless"));
    QElapsedTimer timer;
    timer.start();
    const Result r = runBinary(arguments);
    QVERIFY2(timer.elapsed() < 30'000, qPrintable(dump(r))); // it did not wait for a writer
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(QStringLiteral("cannot read %1: %2").arg(path, expected)),
             qPrintable(dump(r)));
}

void TestCommandLine::binary_usageErrorExitsTwo()
{
    IDLEGUARD_SKIP_CHILD_PROCESS_UNDER_TSAN();
    const Result r = runBinary({QStringLiteral("--frobnicate")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("frobnicate")), qPrintable(dump(r)));
    QVERIFY2(r.out.isEmpty(), qPrintable(dump(r)));
}

void TestCommandLine::binary_speaksGermanInAGermanLocale()
{
    IDLEGUARD_SKIP_CHILD_PROCESS_UNDER_TSAN();
    // The embedded German catalogue is picked by the locale; field paths stay as in the file.
    const Result r
        = runBinary({QStringLiteral("--check-policy"),
                     QStringLiteral(IDLEGUARD_TEST_DATA "/policies/invalid-several.json")},
                    QStringLiteral("de_DE.UTF-8"));
    QVERIFY2(r.exitCode == 1, qPrintable(dump(r)));
    QVERIFY2(r.err.contains(QStringLiteral("ungültige Richtlinie, 6 Fehler")), qPrintable(dump(r)));
    QVERIFY2(r.err.contains(
                 QStringLiteral("default.customer.warning1.afterSeconds: muss mindestens 10 s")),
             qPrintable(dump(r)));
}

void TestCommandLine::binary_exportJournalWritesCsv()
{
    IDLEGUARD_SKIP_CHILD_PROCESS_UNDER_TSAN();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("journal.sqlite"));
    const QString csv = dir.filePath(QStringLiteral("journal.csv"));
    QVERIFY(writeJournal(db));
    const Result r
        = runBinary({QStringLiteral("--export-journal"), csv, QStringLiteral("--journal"), db});
    QVERIFY2(r.exitCode == 0, qPrintable(dump(r)));
    QVERIFY2(r.err.isEmpty(), qPrintable(dump(r)));
    QVERIFY2(r.out.contains(csv), qPrintable(dump(r)));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], AuditJournal::csvHeader().join(u','));
    QVERIFY2(lines[1].startsWith(QStringLiteral("1,conv-1,,") + kQueueId), qPrintable(text));
    QVERIFY2(lines[1].contains(QStringLiteral(",\"busy, \"\"again\"\"\",")), qPrintable(text));
    QVERIFY2(lines[1].contains(QStringLiteral("2026-03-01T09:59:00.000Z")), qPrintable(text));
    QVERIFY2(lines[2].contains(QStringLiteral(",pending,")), qPrintable(text));
}

void TestCommandLine::binary_exportJournalRejectsMissingDatabase()
{
    IDLEGUARD_SKIP_CHILD_PROCESS_UNDER_TSAN();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("missing.sqlite"));
    const QString csv = dir.filePath(QStringLiteral("journal.csv"));
    const Result r
        = runBinary({QStringLiteral("--export-journal"), csv, QStringLiteral("--journal"), db});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Cannot export the journal")), qPrintable(dump(r)));
    QVERIFY2(r.err.contains(db), qPrintable(dump(r)));
    QVERIFY2(r.out.isEmpty(), qPrintable(dump(r)));
    QVERIFY(!QFileInfo::exists(db)); // no empty journal left behind
    QVERIFY(!QFileInfo::exists(csv));

    // In process too, and with a garbage file in place of the database.
    QFile garbage(db);
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(4096, 'x'));
    garbage.close();
    const Result r2 = runCommandLine(
        {QStringLiteral("--export-journal"), csv, QStringLiteral("--journal"), db});
    QCOMPARE(r2.exitCode, int(CommandLine::Failed));
    QVERIFY2(r2.err.contains(QStringLiteral("not a database")), qPrintable(dump(r2)));
}

void TestCommandLine::binary_exportJournalSpeaksGerman()
{
    IDLEGUARD_SKIP_CHILD_PROCESS_UNDER_TSAN();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("missing.sqlite"));
    const Result r
        = runBinary({QStringLiteral("--export-journal"), dir.filePath(QStringLiteral("out.csv")),
                     QStringLiteral("--journal"), db},
                    QStringLiteral("de_DE.UTF-8"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Das Protokoll kann nicht exportiert werden")),
             qPrintable(dump(r)));
    QVERIFY2(r.err.contains(QStringLiteral("existiert nicht")), qPrintable(dump(r)));
}

QTEST_GUILESS_MAIN(TestCommandLine)

#include "tst_commandline.moc"
