// idleguard_auditmodel_bench: the audit view over a large journal (docs/benchmarks.md).
//
//   idleguard_auditmodel_bench [--rows 100000] [--rounds 20] [--page 200] [--span-days 30]
//                              [--journal-dir DIR] [--drop-view-indexes]
//
// Writes a synthetic journal (JournalFactory: --rows actions over --span-days, five queues, a
// few supervisors, the outcomes of a busy day), then measures what the window does with it, on
// the calling thread as the GUI thread does, with the journal's own read-only instance:
//   open       AuditJournal::open (MustExist) and the model's first view (newest id, count, page)
//   page       fetchMore() of one more page, near the top and 50 pages down
//   filters    setFilter() for each kind of criterion and a combination: count and first page
//   refresh    refresh() after 10 actions written by another connection (the worker's)
//   day        the chart of the last 24 hours and the strip's counts of the day
//   export     Export CSV of everything, and of one filter
// and prints SQLite's query plan for the reads, and how many rows the model holds. Each figure
// is the median (and maximum) over --rounds, as CPU time of the thread and as wall time.
// --drop-view-indexes removes the indexes schema 3 added, to compare.

#include "core/auditjournal.h"
#include "core/journalsql.h"
#include "core/manualclock.h"
#include "supervision/audittablemodel.h"
#include "supervision/dashboardcounts.h"
#include "supervision/hourlyactivity.h"
#include "support/journalfactory.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <time.h>

using namespace IdleGuard;
using Supervision::AuditTableModel;

namespace {

constexpr qint64 kHourMs = 3'600'000;
// 2026-03-01T10:00:00Z: the journal ends here, the clock stands here.
constexpr qint64 kNowMs = 1772359200000;

struct Options
{
    int rows = 100'000;
    int rounds = 20;
    int page = AuditTableModel::kDefaultPageSize;
    int spanDays = 30;
    QString journalDir;
    bool dropViewIndexes = false;
};

Options parse(const QStringList &args)
{
    Options o;
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const QString next = i + 1 < args.size() ? args.at(i + 1) : QString();
        if (a == u"--drop-view-indexes")
            o.dropViewIndexes = true;
        else if (a == u"--rows")
            o.rows = std::max(1, next.toInt()), ++i;
        else if (a == u"--rounds")
            o.rounds = std::max(1, next.toInt()), ++i;
        else if (a == u"--page")
            o.page = std::max(1, next.toInt()), ++i;
        else if (a == u"--span-days")
            o.spanDays = std::max(1, next.toInt()), ++i;
        else if (a == u"--journal-dir")
            o.journalDir = next, ++i;
    }
    return o;
}

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Samples
{
    QList<double> cpu;
    QList<double> wall;
};

// Runs `work` rounds times (after `prepare`, which is not measured).
Samples measure(int rounds, const std::function<void()> &work,
                const std::function<void()> &prepare = {})
{
    Samples s;
    for (int round = 0; round < rounds; ++round) {
        if (prepare)
            prepare();
        QElapsedTimer wall;
        const double cpu = threadCpuMs();
        wall.start();
        work();
        s.cpu << threadCpuMs() - cpu;
        s.wall << double(wall.nsecsElapsed()) / 1e6;
    }
    return s;
}

void printRow(const QString &label, Samples s, const QString &extra = {})
{
    std::sort(s.cpu.begin(), s.cpu.end());
    std::sort(s.wall.begin(), s.wall.end());
    std::printf("| %s | %.2f | %.2f | %.2f | %.2f | %s |\n", qPrintable(label),
                s.cpu.at(s.cpu.size() / 2), s.cpu.constLast(), s.wall.at(s.wall.size() / 2),
                s.wall.constLast(), qPrintable(extra));
}

double rssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return 0;
}

// SQLite's plan for the model's first page under `filter`: which index serves it.
QString plan(const QString &path, const JournalFilter &filter)
{
    QString text;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plan"));
        db.setDatabaseName(path);
        db.open();
        const JournalSql::Where where = JournalSql::where(filter);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM actions ") + where.clause
                  + QStringLiteral(" ORDER BY intent_ms DESC, id DESC LIMIT 200"));
        for (const QVariant &v : where.values)
            q.addBindValue(v);
        q.exec();
        QStringList steps;
        while (q.next())
            steps << q.value(3).toString();
        text = steps.join(QStringLiteral("; "));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plan"));
    return text;
}

void dropViewIndexes(const QString &path)
{
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("drop"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        for (const char *name :
             {"actions_by_queue_time", "actions_by_actor_time", "actions_by_result_time"})
            q.exec(QStringLiteral("DROP INDEX IF EXISTS ") + QLatin1String(name));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("drop"));
}

struct Filter
{
    QString label;
    JournalFilter filter;
};

QList<Filter> filters()
{
    QList<Filter> all;
    JournalFilter f;
    f.queueId = JournalFactory::queueId(3);
    all.append({QStringLiteral("queue (1 of 5)"), f});
    f = {};
    f.conversationId = JournalFactory::conversationId(123).left(8);
    all.append({QStringLiteral("conversation (id start)"), f});
    f = {};
    f.actor = JournalFilter::Actor::Supervisor;
    f.actorId = JournalFactory::supervisorId(2);
    all.append({QStringLiteral("one supervisor"), f});
    f = {};
    f.actor = JournalFilter::Actor::Automatic;
    all.append({QStringLiteral("the policy"), f});
    f = {};
    f.outcomes = {JournalOutcome::Failed};
    all.append({QStringLiteral("outcome failed"), f});
    f = {};
    f.kinds = {IdleAction::Kind::Disconnect};
    all.append({QStringLiteral("disconnects"), f});
    f = {};
    f.fromMs = kNowMs - 24 * kHourMs;
    all.append({QStringLiteral("last 24 hours"), f});
    f = {};
    f.fromMs = kNowMs - 7 * 24 * kHourMs;
    f.toMs = kNowMs - 6 * 24 * kHourMs;
    all.append({QStringLiteral("one day a week ago"), f});
    f = {};
    f.queueId = JournalFactory::queueId(3);
    f.outcomes = {JournalOutcome::Failed, JournalOutcome::Skipped};
    f.fromMs = kNowMs - 7 * 24 * kHourMs;
    all.append({QStringLiteral("queue, failed or skipped, 7 days"), f});
    return all;
}

// Writes the journal; false when it cannot.
bool writeJournal(const QString &path, const Options &o)
{
    QElapsedTimer writing;
    writing.start();
    JournalFactory::Options factory;
    factory.rows = o.rows;
    factory.endMs = kNowMs;
    factory.spanMs = qint64(o.spanDays) * 24 * kHourMs;
    QString error;
    if (!JournalFactory::write(path, factory, &error)) {
        std::fprintf(stderr, "cannot write the journal: %s\n", qPrintable(error));
        return false;
    }
    if (o.dropViewIndexes)
        dropViewIndexes(path);
    std::printf("journal: %d rows over %d days, %.1f MiB, written in %lld ms%s\n", o.rows,
                o.spanDays, double(QFileInfo(path).size()) / 1048576.0, qint64(writing.elapsed()),
                o.dropViewIndexes ? " (view indexes dropped)" : "");
    return true;
}

// Opening, the first view and paging; the RSS once the first view is read.
double measureOpening(AuditJournal &journal, AuditTableModel &model, const QString &path,
                      int rounds)
{
    printRow(QStringLiteral("open the journal (MustExist)"), measure(rounds, [&] {
                 journal.open(path, nullptr, AuditJournal::OpenMode::MustExist);
             }));
    // Measured before printed: the rows column reads the model afterwards.
    Samples s = measure(rounds, [&] { model.setFilter({}); });
    printRow(QStringLiteral("first view: newest id, count, first page"), s,
             QStringLiteral("%1 held of %2").arg(model.rowCount()).arg(model.totalCount()));
    const double rss = rssMiB();
    s = measure(
        rounds, [&] { model.fetchMore({}); }, [&] { model.setFilter({}); });
    printRow(QStringLiteral("next page (fetchMore)"), s);
    s = measure(
        rounds, [&] { model.fetchMore({}); },
        [&] {
            model.setFilter({});
            for (int p = 0; p < 49; ++p)
                model.fetchMore({});
        });
    printRow(QStringLiteral("a page 50 pages down"), s,
             QStringLiteral("%1 held").arg(model.rowCount()));
    for (const Filter &f : filters()) {
        s = measure(rounds, [&] { model.setFilter(f.filter); });
        printRow(QStringLiteral("filter: ") + f.label, s,
                 QStringLiteral("%1 of %2 held").arg(model.rowCount()).arg(model.totalCount()));
    }
    return rss;
}

// What the window does while actions finish: refresh, the chart's and the strip's reads.
void measureLive(const AuditJournal &journal, AuditTableModel &model, AuditJournal &writer,
                 int rounds)
{
    const auto tenNew = [&] {
        for (int i = 0; i < 10; ++i) {
            JournalIntent intent;
            intent.conversationId = QStringLiteral("new-%1").arg(i);
            intent.queueId = JournalFactory::queueId(3);
            writer.recordResult(writer.recordIntent(intent), {});
        }
    };
    model.setFilter({});
    printRow(QStringLiteral("refresh after 10 new actions"),
             measure(
                 rounds, [&] { model.refresh(); }, tenNew));
    printRow(QStringLiteral("refresh, nothing new"), measure(rounds, [&] { model.refresh(); }));
    const QTimeZone zone(0);
    printRow(QStringLiteral("chart: warnings and closes per hour, 24 h"),
             measure(rounds, [&] { Supervision::HourlyActivity::read(journal, kNowMs, zone); }));
    printRow(QStringLiteral("strip: counts of the day"), measure(rounds, [&] {
                 Supervision::DashboardCounts counts;
                 counts.readDay(journal, kNowMs, zone);
             }));
}

void measureExport(const AuditJournal &journal, int rounds)
{
    const auto exportOf = [&](const QString &label, const JournalFilter &filter, int times) {
        qint64 exported = 0;
        const Samples s = measure(times, [&] {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            exported = journal.exportCsv(buffer, filter);
        });
        printRow(label, s, QStringLiteral("%1 rows").arg(exported));
    };
    exportOf(QStringLiteral("export CSV, everything"), {}, std::min(rounds, 3));
    JournalFilter failed;
    failed.outcomes = {JournalOutcome::Failed};
    exportOf(QStringLiteral("export CSV, outcome failed"), failed, rounds);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options o = parse(app.arguments());
    QTemporaryDir tmp(o.journalDir.isEmpty()
                          ? QDir::tempPath() + QStringLiteral("/auditbench-XXXXXX")
                          : o.journalDir + QStringLiteral("/auditbench-XXXXXX"));
    const QString path = tmp.filePath(QStringLiteral("journal.sqlite"));
    if (!writeJournal(path, o))
        return 1;

    ManualClock clock(kNowMs);
    const double rssBefore = rssMiB();
    AuditJournal journal(clock);
    AuditTableModel model(journal, clock);
    model.setPageSize(o.page);
    std::printf("| measurement | CPU median (ms) | CPU max | wall median (ms) | wall max | "
                "rows |\n|---|---:|---:|---:|---:|---|\n");
    const double rssOpen = measureOpening(journal, model, path, o.rounds);
    AuditJournal writer(clock);
    writer.open(path);
    measureLive(journal, model, writer, o.rounds);
    measureExport(journal, o.rounds);

    std::printf("\nRSS %.1f MiB before opening, %.1f MiB with the model's first view\n", rssBefore,
                rssOpen);
    std::printf("\nquery plans of the first page:\n");
    for (const Filter &f : filters())
        std::printf("- %s: %s\n", qPrintable(f.label), qPrintable(plan(path, f.filter)));
    std::printf("- everything: %s\n", qPrintable(plan(path, {})));
    std::fflush(stdout);
    return 0;
}
