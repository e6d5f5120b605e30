#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace IdleGuard {
class Clock;
namespace Supervision {
class AuditReader;
class AuditTableModel;
} // namespace Supervision
} // namespace IdleGuard

namespace IdleGuard::Ui {

class AuditFilterBar;

// The audit journal as a supervisor reads it: the filter row, the table of actions (newest
// first, more pages as it scrolls), and a line that says how many actions the filter finds or
// what went wrong. Selecting a row asks for its conversation in the main table; Export CSV…
// writes what the filter shows. It routes between the filter bar and the model; the reading is
// the model's (Supervision::AuditTableModel), the file format the journal's.
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

    // Writes the actions the filter shows as CSV (all of them, not only the loaded pages).
    // False, with *error, when the journal or the file cannot be used; the old file then stays.
    bool exportCsv(const QString &path, QString *error = nullptr);
    // Says something about the selected row (e.g. that its conversation has ended).
    void showNote(const QString &text);

public slots:
    // Reads the filter bar and shows what it selects; a contradiction shows as a problem and
    // the rows stay as they were.
    void applyFilter();

signals:
    void conversationSelected(const QString &conversationId);

private:
    void chooseExportFile();
    void updateStatus();
    void showProblem(const QString &text);

    Supervision::AuditTableModel &m_model;
    const Supervision::AuditReader &m_reader;
    const Clock &m_clock;
    AuditFilterBar *m_filters = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_problem = nullptr;
    QString m_note;
};

} // namespace IdleGuard::Ui
