// idleguard_conversationmodel_bench: GUI-thread cost of the conversation table with many rows
// (docs/benchmarks.md).
//
//   idleguard_conversationmodel_bench [--rows 10000] [--rounds 50] [--batch 1000]
//                                     [--only sort|tick|batch]
//
// The table as the window builds it: ConversationTableModel -> ConversationFilterModel ->
// QTableView (CountdownDelegate on the next-step column, sorted by countdown, one row selected),
// shown on the offscreen platform unless QT_QPA_PLATFORM says otherwise. It measures:
//   load      setAll() of --rows rows, the first sort by countdown and the first paint
//   RSS       of the process before and after loading (and the heap growth per row)
//   sort      sorting by countdown from another sorted column (a header click)
//   tick      the 1 Hz tick: the visible rows' source rows, model tick(); then with the repaint
//   batch     applyBatch() of --batch changed rows (new deadlines, some new silences); then with
//             the layout and repaint; and the same with 1% of the rows ended and 1% new
// Each figure is the median (and the maximum) over --rounds, as CPU time of the GUI thread (what
// the work costs, even on a busy machine) and as wall time. Everything runs on that thread.

#include "core/manualclock.h"
#include "rowfactory.h"
#include "ui/conversationfiltermodel.h"
#include "ui/conversationtablemodel.h"
#include "ui/countdowndelegate.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QRandomGenerator>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <malloc.h>
#include <time.h>

using namespace IdleGuard;
using namespace IdleGuard::Ui;
using Enforcement::ConversationRow;

namespace {

struct Options
{
    int rows = 10000;
    int rounds = 50;
    int batch = 1000;
    QString only; // "sort", "tick" or "batch": that part alone, e.g. under a profiler
};

struct Stats
{
    double median = 0;
    double max = 0;
};

Stats stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms.isEmpty() ? 0 : ms.at(ms.size() / 2), ms.isEmpty() ? 0 : ms.constLast()};
}

// CPU time of the calling (GUI) thread: what the work costs, whatever else the machine runs.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Wall and GUI-thread CPU time from construction.
class Stopwatch
{
public:
    Stopwatch() { restart(); }
    void restart()
    {
        m_wall.start();
        m_cpu = threadCpuMs();
    }
    double wallMs() const { return double(m_wall.nsecsElapsed()) / 1e6; }
    double cpuMs() const { return threadCpuMs() - m_cpu; }

private:
    QElapsedTimer m_wall;
    double m_cpu = 0;
};

// Samples of one measurement, wall and CPU.
struct Samples
{
    QList<double> wall;
    QList<double> cpu;
    void add(const Stopwatch &watch)
    {
        cpu << watch.cpuMs();
        wall << watch.wallMs();
    }
};

// Resident set size of the process, from /proc/self/status.
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

size_t heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}

Options parse(const QStringList &args)
{
    Options options;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        const int value = std::max(1, args[i + 1].toInt());
        if (args[i] == u"--rows")
            options.rows = value;
        else if (args[i] == u"--rounds")
            options.rounds = value;
        else if (args[i] == u"--batch")
            options.batch = value;
        else if (args[i] == u"--only")
            options.only = args[i + 1];
    }
    options.batch = std::min(options.batch, options.rows);
    return options;
}

// The table as MainWindow sets it up.
class Table
{
public:
    explicit Table(const Clock &clock)
        : model(clock)
    {
        filter.setSourceModel(&model);
        view.setModel(&filter);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.setSortingEnabled(true);
        view.setAlternatingRowColors(true);
        view.setWordWrap(false);
        view.verticalHeader()->hide();
        view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 10);
        view.horizontalHeader()->setStretchLastSection(true);
        view.setItemDelegateForColumn(ConversationTableModel::NextStepColumn,
                                      new CountdownDelegate(&view));
        view.sortByColumn(ConversationTableModel::NextStepColumn, Qt::AscendingOrder);
        view.resize(1400, 900);
        view.show();
        QCoreApplication::processEvents();
    }

    QList<int> visibleSourceRows() const
    {
        const int first = view.rowAt(0);
        int last = view.rowAt(view.viewport()->height() - 1);
        if (last < 0)
            last = filter.rowCount() - 1;
        return filter.sourceRows(first, last);
    }

    ConversationTableModel model;
    ConversationFilterModel filter;
    QTableView view;
};

QList<ConversationRow> changedBatch(const Table &table, int count, qint64 nowMs,
                                    QRandomGenerator &rng)
{
    // Distinct rows spread over the whole table: new deadlines; every third a new silence.
    QList<ConversationRow> rows;
    rows.reserve(count);
    QSet<int> picked;
    while (rows.size() < count) {
        const int index = int(rng.bounded(table.model.rowCount()));
        if (picked.contains(index))
            continue;
        picked.insert(index);
        ConversationRow row = table.model.rowAt(index);
        if (row.nextStage == IdleStage::None)
            row.nextStage = IdleStage::Warning1;
        if (rows.size() % 3 == 0)
            row.idleSinceMs = row.countdownStartMs = nowMs;
        row.nextAtMs = nowMs + qint64(rng.bounded(600)) * 1000;
        row.messageCount += 1;
        rows << row;
    }
    return rows;
}

Samples measureSort(Table &table, int rounds)
{
    Samples samples;
    for (int round = 0; round < rounds; ++round) {
        table.filter.sort(ConversationTableModel::CustomerColumn);
        const Stopwatch watch;
        table.filter.sort(ConversationTableModel::NextStepColumn, Qt::AscendingOrder);
        samples.add(watch);
    }
    QCoreApplication::processEvents();
    return samples;
}

// The window's 1 Hz tick: which source rows the view shows, the model's tick, then the repaint.
int measureTick(Table &table, ManualClock &clock, int rounds, Samples *tick, Samples *painted)
{
    int visible = 0;
    for (int round = 0; round < rounds; ++round) {
        clock.advanceMs(1000);
        const Stopwatch watch;
        const QList<int> rows = table.visibleSourceRows();
        table.model.tick(rows);
        tick->add(watch);
        QCoreApplication::processEvents();
        painted->add(watch);
        visible = int(rows.size());
    }
    return visible;
}

void measureBatches(Table &table, ManualClock &clock, const Options &options, Samples *batch,
                    Samples *painted, Samples *mixed)
{
    QRandomGenerator rng(42);
    quint64 revision = 1;
    const int churn = std::max(1, options.rows / 100);
    for (int round = 0; round < options.rounds; ++round) {
        const QList<ConversationRow> changed
            = changedBatch(table, options.batch, clock.nowMs(), rng);
        Stopwatch watch;
        table.model.applyBatch(changed, {}, ++revision);
        batch->add(watch);
        QCoreApplication::processEvents();
        painted->add(watch);

        // The same with 1% of the rows ended and as many new ones.
        QList<ConversationRow> next = changedBatch(table, options.batch, clock.nowMs(), rng);
        QStringList removed;
        for (int k = 0; k < churn; ++k) {
            removed << next.at(k).conversationId;
            next << RowFactory::row(options.rows + round * churn + k, clock.nowMs());
        }
        next.remove(0, churn);
        watch.restart();
        table.model.applyBatch(next, removed, ++revision);
        QCoreApplication::processEvents();
        mixed->add(watch);
    }
}

void printRow(const QString &label, const Samples &samples)
{
    const Stats cpu = stats(samples.cpu);
    const Stats wall = stats(samples.wall);
    std::printf("| %s | %.2f | %.2f | %.2f | %.2f |\n", qPrintable(label), cpu.median, cpu.max,
                wall.median, wall.max);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const Options options = parse(app.arguments());
    ManualClock clock(RowFactory::kNowMs);

    Table table(clock);
    malloc_trim(0);
    const double rssBefore = rssMiB();
    const size_t heapBefore = heapInUse();
    Samples load;
    {
        // The full list as it arrives, then dropped: what stays is the model's.
        const QList<ConversationRow> rows = RowFactory::rows(options.rows);
        const Stopwatch watch;
        table.model.setAll(rows, 1);
        QCoreApplication::processEvents();
        load.add(watch);
    }
    table.view.selectRow(5);
    QCoreApplication::processEvents();
    malloc_trim(0);
    const double rssAfter = rssMiB();
    const double bytesPerRow = double(heapInUse() - heapBefore) / options.rows;

    const auto wanted = [&options](const char *part) {
        return options.only.isEmpty() || options.only == QLatin1String(part);
    };
    Samples sort, tick, tickPainted, batch, batchPainted, mixed;
    int visible = 0;
    if (wanted("sort"))
        sort = measureSort(table, options.rounds);
    if (wanted("tick"))
        visible = measureTick(table, clock, options.rounds, &tick, &tickPainted);
    if (wanted("batch"))
        measureBatches(table, clock, options, &batch, &batchPainted, &mixed);

    std::printf("rows %d, batch %d, rounds %d, visible rows %d\n", options.rows, options.batch,
                options.rounds, visible);
    std::printf("RSS %.1f MiB before loading, %.1f MiB after; heap %.0f bytes/row\n", rssBefore,
                rssAfter, bytesPerRow);
    std::printf("| measurement | CPU median (ms) | CPU max | wall median (ms) | wall max |\n"
                "|---|---:|---:|---:|---:|\n");
    printRow(QStringLiteral("load: setAll, first sort and paint"), load);
    printRow(QStringLiteral("sort by countdown (from the customer column)"), sort);
    printRow(QStringLiteral("tick: visible rows and model tick"), tick);
    printRow(QStringLiteral("tick with repaint"), tickPainted);
    printRow(QStringLiteral("batch of %1 changed rows").arg(options.batch), batch);
    printRow(QStringLiteral("batch of %1 changed rows, with layout and repaint").arg(options.batch),
             batchPainted);
    printRow(QStringLiteral("batch of %1 changed, %2 ended, %2 new, with repaint")
                 .arg(options.batch)
                 .arg(std::max(1, options.rows / 100)),
             mixed);
    std::fflush(stdout);
    return 0;
}
