// idleguard_window_bench: the dashboard window against a sandbox organisation with many live
// conversations (docs/benchmarks.md): time from sign-in to a filled table (cold start), the
// requests it took, and the process's peak RSS with the window and every row. The window runs
// on the offscreen platform; the sandbox is in process on its own stepped clock (nothing falls
// due while measuring). Figures only: nothing here passes or fails.

#include "core/policyset.h"
#include "core/systemclock.h"
#include "genesys/memorytokenstore.h"
#include "sandbox/conversationstore.h"
#include "sandbox/eventscheduler.h"
#include "sandbox/organisation.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxbrowser.h"
#include "sandbox/simconversation.h"
#include "sandbox/trafficsimulator.h"
#include "supervision/supervisioncontroller.h"
#include "ui/conversationtablemodel.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

using namespace IdleGuard;
using namespace Qt::StringLiterals;

namespace {

// VmRSS now, from /proc (peak RSS would include what the sandbox's start-up freed again).
qint64 currentRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

struct Result
{
    int conversations = 0; // live ones the table should show
    qint64 firstRowMs = -1;
    qint64 filledMs = -1;
    qint64 rssKb = -1;
    qint64 sandboxRssKb = -1; // before the window: the in-process sandbox and Qt
    int rows = 0;
};

// Shows the window on `base`, signs in and waits for the table to hold `expected` rows; fills
// the timings of `result`.
void signInAndFill(Ui::MainWindow &window, Supervision::SupervisionController &controller,
                   int expected, int timeoutS, Result *result)
{
    window.setPolicies(PolicySet());
    window.setClaimLeadMs(0);
    window.setWatchAllByDefault(true);
    window.resize(1500, 860);
    window.show();
    QElapsedTimer timer;
    QObject::connect(&controller, &Supervision::SupervisionController::signedIn, &window,
                     [&timer] { timer.start(); });
    window.signIn();
    // Driven by the model's own signals: the moment the rows arrive is what is measured.
    auto *model = window.model();
    QEventLoop loop;
    const auto check = [&] {
        if (!timer.isValid())
            return;
        if (result->firstRowMs < 0 && model->rowCount() > 0)
            result->firstRowMs = timer.elapsed();
        if (model->rowCount() >= expected) {
            result->filledMs = timer.elapsed();
            loop.quit();
        }
    };
    QObject::connect(model, &QAbstractItemModel::rowsInserted, &loop, check);
    QObject::connect(model, &QAbstractItemModel::modelReset, &loop, check);
    QTimer::singleShot(timeoutS * 1000, &loop, &QEventLoop::quit);
    loop.exec();
}

Result run(int conversations, int rateLimit, int timeoutS)
{
    Sandbox::SandboxOptions options;
    options.port = 0;
    options.stepped = true;
    options.seed = 7;
    options.queues = 10;
    options.agents = std::max(25, conversations / 3);
    options.conversations = conversations;
    options.rateLimitPerMinute = rateLimit;
    Sandbox::Sandbox sandbox(options);
    QString error;
    if (!sandbox.start(&error))
        qFatal("sandbox: %s", qPrintable(error));
    sandbox.simulator().setPaused(true);
    Result result;
    for (const auto *c : sandbox.store().conversations())
        result.conversations += c->isEnded() ? 0 : 1;

    result.sandboxRssKb = currentRssKb();
    QTemporaryDir dir;
    Genesys::MemoryTokenStore tokens;
    const Clock &clock = sandbox.scheduler().clock();
    Supervision::SupervisionController controller(clock, tokens);
    Sandbox::SandboxBrowser browser;
    controller.setBrowserLauncher(browser.launcher());
    Ui::MainWindow window(controller, clock);
    window.setDemo(Genesys::Environment::custom(sandbox.baseUrl()).key(),
                   QString::fromLatin1(Genesys::PkceSignIn::defaultClientId), {});
    window.setJournalPath(dir.filePath(u"journal.sqlite"_s));
    signInAndFill(window, controller, result.conversations, timeoutS, &result);
    auto *model = window.model();
    result.rows = model->rowCount();
    result.rssKb = currentRssKb();
    controller.stop();
    return result;
}

// The same against `idleguard-sandbox` in its own process (real time): this process then holds
// only Idle Guard, as on a supervisor's workstation.
Result runExternal(const QString &binary, int conversations, int rateLimit, int timeoutS)
{
    QProcess sandbox;
    const int port = 18000 + int(QCoreApplication::applicationPid() % 1000);
    sandbox.start(binary,
                  {u"--port"_s, QString::number(port), u"--seed"_s, u"7"_s, u"--queues"_s, u"10"_s,
                   u"--agents"_s, QString::number(std::max(25, conversations / 3)),
                   u"--conversations"_s, QString::number(conversations), u"--rate-limit"_s,
                   QString::number(rateLimit)});
    const QUrl base(u"http://127.0.0.1:%1"_s.arg(port));
    // Wait until it answers. Its full state is not read: for 10,000 conversations that JSON
    // alone would leave this process's RSS far above what Idle Guard needs.
    QNetworkAccessManager network;
    for (int i = 0; i < 600; ++i) {
        QTest::qWait(100);
        QNetworkReply *reply
            = network.get(QNetworkRequest(base.resolved(QUrl(u"/api/v2/health"_s))));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        if (reply->error() != QNetworkReply::ConnectionRefusedError)
            break;
    }
    Result result;
    result.conversations = conversations; // the sandbox keeps about this many going
    QTemporaryDir dir;
    Genesys::MemoryTokenStore tokens;
    SystemClock clock;
    Supervision::SupervisionController controller(clock, tokens);
    Sandbox::SandboxBrowser browser;
    controller.setBrowserLauncher(browser.launcher());
    Ui::MainWindow window(controller, clock);
    window.setDemo(Genesys::Environment::custom(base).key(),
                   QString::fromLatin1(Genesys::PkceSignIn::defaultClientId), {});
    window.setJournalPath(dir.filePath(u"journal.sqlite"_s));
    result.sandboxRssKb = currentRssKb();
    // Conversations keep arriving and ending in real time: filled means 95 % of the number the
    // sandbox keeps going are in.
    signInAndFill(window, controller, result.conversations * 95 / 100, timeoutS, &result);
    auto *model = window.model();
    result.rows = model->rowCount();
    result.rssKb = currentRssKb();
    controller.stop();
    sandbox.terminate();
    sandbox.waitForFinished(5000);
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Cold start of the dashboard window: sign-in to a filled table, and memory."_s);
    parser.addHelpOption();
    const QCommandLineOption sizes(u"conversations"_s,
                                   u"Conversations in the sandbox, comma-separated (1000)."_s,
                                   u"n"_s, u"1000"_s);
    const QCommandLineOption rate(u"rate-limit"_s,
                                  u"The sandbox's requests per minute and token (300, the "
                                  u"platform's documented limit)."_s,
                                  u"n"_s, u"300"_s);
    const QCommandLineOption timeout(u"timeout"_s, u"Give up after this many seconds (600)."_s,
                                     u"s"_s, u"600"_s);
    const QCommandLineOption external(
        u"external"_s,
        u"Run the sandbox as its own process (this idleguard-sandbox binary), so that the RSS "
        u"is Idle Guard's alone."_s,
        u"binary"_s);
    parser.addOptions({sizes, rate, timeout, external});
    parser.process(app);
    QLoggingCategory::setFilterRules(u"idleguard.*.info=false\nidleguard.*.warning=false"_s);

    QTextStream out(stdout);
    out << "| conversations | rate limit / min | first row (ms) | table filled (ms) | rows | RSS "
           "before the window (MiB) | RSS with the window (MiB) |\n|---|---|---|---|---|---|---|\n";
    for (const QString &size : parser.value(sizes).split(u',', Qt::SkipEmptyParts)) {
        const Result r = parser.isSet(external)
            ? runExternal(parser.value(external), size.toInt(), parser.value(rate).toInt(),
                          parser.value(timeout).toInt())
            : run(size.toInt(), parser.value(rate).toInt(), parser.value(timeout).toInt());
        out << "| " << r.conversations << " | " << parser.value(rate) << " | " << r.firstRowMs
            << " | " << (r.filledMs < 0 ? u"not within the timeout"_s : QString::number(r.filledMs))
            << " | " << r.rows << " | " << QString::number(double(r.sandboxRssKb) / 1024.0, 'f', 0)
            << " | " << QString::number(double(r.rssKb) / 1024.0, 'f', 0) << " |" << Qt::endl;
    }
    return 0;
}
