#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace IdleGuard {
class Clock;
namespace Supervision {
class AuditReader;
class AuditTableModel;
class JournalExporter;
} // namespace Supervision
} // namespace IdleGuard

namespace IdleGuard::Ui {

class AuditFilterBar;

// The audit journal as a supervisor reads it: the filter row, the table of actions (newest
// first, more pages as it scrolls), and a line that says how many actions the filter finds or
// what went wrong. Selecting a row asks for its conversation in the main table; Export CSV…
// writes what the filter shows, in the background. It routes between the filter bar, the model
// and the exporter; the reading is the model's (Supervision::AuditTableModel), the writing the
// exporter's (Supervision::JournalExporter), the file format the journal's.
class AuditView final : public QWidget
{
    Q_OBJECT

public:
    AuditView(Supervision::AuditTableModel &model, const Supervision::AuditReader &reader,
              const Clock &clock, QWidget *parent = nullptr);

    AuditFilterBar *filterBar() const { return m_filters; }
    QTableView *table() const { return m_table; }
    QString statusText() const;
    QString problemText() const;

    // Starts writing the actions the filter shows as CSV (all of them, not only the loaded
    // pages), off the GUI thread; exportFinished() says how it went, and so does the status
    // line. False, with *error, when it cannot start (no journal yet, an export under way).
    bool exportCsv(const QString &path, QString *error = nullptr);
    bool isExporting() const;
    // Says something about the selected row (e.g. that its conversation has ended).
    void showNote(const QString &text);

public slots:
    // Reads the filter bar and shows what it selects; a contradiction shows as a problem and
    // the rows stay as they were.
    void applyFilter();

signals:
    void conversationSelected(const QString &conversationId);
    void exportFinished(bool ok, const QString &message);

private:
    void chooseExportFile();
    void updateStatus();
    void showProblem(const QString &text);
    void onExportFinished(bool ok, qint64 rows, const QString &error);

    Supervision::AuditTableModel &m_model;
    const Supervision::AuditReader &m_reader;
    const Clock &m_clock;
    AuditFilterBar *m_filters = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_problem = nullptr;
    Supervision::JournalExporter *m_exporter = nullptr;
    QString m_exportPath;
    QString m_note;
};

} // namespace IdleGuard::Ui
