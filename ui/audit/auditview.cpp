#include "auditview.h"

#include "auditfilterbar.h"
#include "core/clock.h"
#include "outcomedelegate.h"
#include "supervision/auditreader.h"
#include "supervision/audittablemodel.h"
#include "supervision/journalexporter.h"
#include "ui/summary/chartstyle.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace IdleGuard::Ui {

using namespace Qt::StringLiterals;
using Supervision::AuditTableModel;

AuditView::AuditView(AuditTableModel &model, const Supervision::AuditReader &reader,
                     const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_reader(reader)
    , m_clock(clock)
{
    setObjectName(u"auditView"_s);
    m_filters = new AuditFilterBar(clock, this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"auditTable"_s);
    m_table->setAccessibleName(tr("Audit journal"));
    m_table->setModel(&m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setItemDelegateForColumn(AuditTableModel::OutcomeColumn, new OutcomeDelegate(m_table));
    const int em = fontMetrics().horizontalAdvance(u'M');
    // Never narrower than the header's words, which are longer in some languages.
    const auto headerWidth = [this, em](int column) {
        const QString title = m_table->model()->headerData(column, Qt::Horizontal).toString();
        return m_table->horizontalHeader()->fontMetrics().horizontalAdvance(title) + 2 * em;
    };
    // Room for "Closing message", a customer's name with the id's start, a queue's name; the
    // message (last) takes the rest.
    const std::pair<int, int> widths[] = {
        {AuditTableModel::TimeColumn, 9},  {AuditTableModel::ConversationColumn, 22},
        {AuditTableModel::QueueColumn, 9}, {AuditTableModel::ActionColumn, 13},
        {AuditTableModel::ActorColumn, 9}, {AuditTableModel::OutcomeColumn, 7},
        {AuditTableModel::HttpColumn, 4},  {AuditTableModel::ErrorColumn, 9},
    };
    for (const auto &[column, ems] : widths)
        m_table->horizontalHeader()->resizeSection(column, std::max(ems * em, headerWidth(column)));

    m_status = new QLabel(this);
    m_status->setObjectName(u"auditStatus"_s);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"auditProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filters);
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_filters, &AuditFilterBar::changed, this, &AuditView::applyFilter);
    connect(m_filters, &AuditFilterBar::exportRequested, this, &AuditView::chooseExportFile);
    m_exporter = new Supervision::JournalExporter(this);
    connect(m_exporter, &Supervision::JournalExporter::finished, this,
            &AuditView::onExportFinished);
    connect(&m_model, &AuditTableModel::totalCountChanged, this, &AuditView::updateStatus);
    connect(&m_model, &AuditTableModel::rowsInserted, this, &AuditView::updateStatus);
    connect(&m_model, &AuditTableModel::readFailed, this, &AuditView::showProblem);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_note.clear();
                updateStatus();
                if (current.isValid())
                    emit conversationSelected(
                        current.data(AuditTableModel::ConversationIdRole).toString());
            });
    updateStatus();
}

void AuditView::applyFilter()
{
    QString error;
    const auto filter = m_filters->filter(&error);
    if (!filter) {
        showProblem(error);
        return;
    }
    if (m_model.setFilter(*filter)) {
        m_problem->hide();
        m_problem->clear();
    }
    updateStatus();
}

void AuditView::showProblem(const QString &text)
{
    m_problem->setText(text);
    QPalette p = m_problem->palette();
    p.setColor(QPalette::WindowText, ChartStyle::closes(palette()));
    m_problem->setPalette(p);
    m_problem->show();
}

QString AuditView::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void AuditView::showNote(const QString &text)
{
    m_note = text;
    updateStatus();
}

void AuditView::updateStatus()
{
    QString text;
    const QLocale locale;
    if (!m_reader.isOpen()) {
        text = m_reader.lastError().isEmpty()
            ? tr("The audit journal opens once the enforcer has started.")
            : m_reader.lastError();
    } else if (m_model.rowCount() < m_model.totalCount()) {
        // Worded without a plural noun: right for any count, in any language, with no plural
        // forms to keep.
        text = tr("Actions: %1 of %2 read, newest first; scroll for more.")
                   .arg(locale.toString(m_model.rowCount()), locale.toString(m_model.totalCount()));
    } else {
        text = tr("Actions: %1, newest first.").arg(locale.toString(m_model.totalCount()));
    }
    if (!m_note.isEmpty())
        text += u"  "_s + m_note;
    m_status->setText(text);
}

QString AuditView::statusText() const
{
    return m_status->text();
}

void AuditView::chooseExportFile()
{
    const QString stamp
        = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).toString(u"yyyyMMdd-HHmm"_s);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the audit journal"), folder + u"/idleguard-audit-"_s + stamp + u".csv"_s,
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        showProblem(error);
}

bool AuditView::exportCsv(const QString &path, QString *error)
{
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!m_reader.isOpen())
        return refuse(tr("The audit journal is not open yet."));
    if (!m_exporter->start(m_reader.path(), m_model.filter(), path))
        return refuse(tr("An export is under way; wait for it to finish."));
    m_exportPath = path;
    m_filters->exportButton()->setEnabled(false);
    showNote(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool AuditView::isExporting() const
{
    return m_exporter->isRunning();
}

void AuditView::onExportFinished(bool ok, qint64 rows, const QString &error)
{
    m_filters->exportButton()->setEnabled(true);
    const QString message = ok
        ? tr("Exported to %1 (actions: %2).")
              .arg(QDir::toNativeSeparators(m_exportPath), QLocale().toString(rows))
        : tr("The export failed: %1").arg(error);
    if (ok)
        showNote(message);
    else {
        showNote({});
        showProblem(message);
    }
    emit exportFinished(ok, message);
}

} // namespace IdleGuard::Ui
