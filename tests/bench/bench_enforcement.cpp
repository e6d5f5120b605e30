// idleguard_enforcement_bench: how close to its deadline the enforcer issues an action while it
// tracks many conversations (docs/benchmarks.md). Runs the scenario of tst_enforcementtiming
// (tests/enforcement/timingscenario.h) in real time at the sizes given and prints, per size, the
// lateness distribution, where it comes from, and the worker's CPU time. Figures only; the
// pass/fail claim is the test's.

#include "timingscenario.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

QList<int> parseSizes(const QString &text)
{
    QList<int> sizes;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = part.trimmed().toInt(&ok);
        if (ok && n > 0)
            sizes.append(n);
    }
    return sizes;
}

QString ms(qint64 us)
{
    return us < 0 ? u"-"_s : QString::number(double(us) / 1000.0, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Deadline precision of the enforcer with many tracked conversations (real time)."_s);
    parser.addHelpOption();
    const QCommandLineOption conversations(
        u"conversations"_s, u"Tracked conversations per run, comma-separated (1000)."_s, u"n"_s,
        u"1000"_s);
    const QCommandLineOption due(u"due"_s, u"Of them, fall due for warning 1 in the window (60)."_s,
                                 u"n"_s, u"60"_s);
    const QCommandLineOption window(u"window"_s,
                                    u"Seconds the deadlines spread over (30); keep due/window "
                                    u"under about 1 per 0.5 s for the 300/min rate limit."_s,
                                    u"s"_s, u"30"_s);
    const QCommandLineOption threshold(u"warning1"_s, u"Warning 1 threshold in seconds (15)."_s,
                                       u"s"_s, u"15"_s);
    const QCommandLineOption journalDir(
        u"journal-dir"_s, u"Directory for the audit journal (the system's temporary one)."_s,
        u"dir"_s);
    const QCommandLineOption latency(
        u"latency"_s, u"The sandbox answers each API request this many ms later (0)."_s, u"ms"_s,
        u"0"_s);
    parser.addOptions({conversations, due, window, threshold, journalDir, latency});
    parser.process(app);

    const QList<int> sizes = parseSizes(parser.value(conversations));
    if (sizes.isEmpty())
        parser.showHelp(2);
    QTextStream out(stdout);
    out << "| conversations | due | lateness min | p50 | p90 | p99 | max (ms) | timer p50 / max "
           "| preparing p50 / max | request p50 / max | worker CPU: load / run (ms) | run "
           "(ms) | peak RSS (MiB) |"
        << Qt::endl
        << "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|" << Qt::endl;
    int status = 0;
    for (const int n : sizes) {
        TimingScenario::Settings settings;
        settings.conversations = n;
        settings.due = std::min(n, parser.value(due).toInt());
        settings.windowMs = qint64(parser.value(window).toDouble() * 1000.0);
        settings.warning1Seconds = parser.value(threshold).toInt();
        settings.journalDir = parser.value(journalDir);
        settings.latencyMs = parser.value(latency).toInt();
        TimingScenario scenario(settings);
        QString error;
        const int timeoutMs
            = int(settings.leadInMs + settings.windowMs) + settings.warning1Seconds * 1000 + 30'000;
        if (!scenario.setUp(&error) || !scenario.run(timeoutMs, &error)) {
            qCritical().noquote() << n << "conversations:" << error;
            status = 1;
            continue;
        }
        scenario.stop();
        QList<qint64> lateness;
        QList<qint64> firing;
        QList<qint64> preparing;
        QList<qint64> wire;
        int wrong = 0;
        for (const TimingScenario::Sample &s : scenario.samples()) {
            lateness.append(s.latenessMs());
            firing.append(s.firedMs - s.deadlineMs);
            preparing.append(s.requestMs - s.firedMs);
            wire.append(s.sentMs - s.requestMs);
            if (s.copies != 1)
                ++wrong;
        }
        if (wrong > 0 || scenario.strayWarnings() > 0 || !scenario.failedReports().isEmpty()) {
            qCritical().noquote() << n << "conversations:" << wrong << "warned not exactly once,"
                                  << scenario.strayWarnings() << "stray,"
                                  << scenario.failedReports().size() << "failed";
            status = 1;
        }
        const auto d = TimingScenario::Distribution::of(lateness);
        const auto f = TimingScenario::Distribution::of(firing);
        const auto p = TimingScenario::Distribution::of(preparing);
        const auto w = TimingScenario::Distribution::of(wire);
        const qint64 rss = TimingScenario::peakRssKb();
        out << u"| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 / %9 | %10 / %11 | %12 / %13 | %14 / %15 "
               u"| %16 | %17 |"_s.arg(n)
                   .arg(d.count)
                   .arg(d.min)
                   .arg(d.p50)
                   .arg(d.p90)
                   .arg(d.p99)
                   .arg(d.max)
                   .arg(f.p50)
                   .arg(f.max)
                   .arg(p.p50)
                   .arg(p.max)
                   .arg(w.p50)
                   .arg(w.max)
                   .arg(ms(scenario.setUpUsage().workerCpuUs), ms(scenario.runUsage().workerCpuUs))
                   .arg(scenario.runUsage().wallMs)
                   .arg(rss < 0 ? u"-"_s : QString::number(double(rss) / 1024.0, 'f', 0))
            << Qt::endl;
    }
    return status;
}
