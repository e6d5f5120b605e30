#include "dashboardpage.h"

#include "ui/conversationfiltermodel.h"
#include "ui/conversationtablemodel.h"
#include "ui/countdowndelegate.h"
#include "ui/summary/summarystrip.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace IdleGuard::Ui {

using namespace Qt::StringLiterals;

DashboardPage::DashboardPage(ConversationTableModel &model, ConversationFilterModel &filter,
                             QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(filter)
{
    setObjectName(u"dashboardPage"_s);
    m_banners = new QVBoxLayout;
    m_banners->setContentsMargins(0, 0, 0, 0);
    m_banners->setSpacing(0);
    m_strip = new SummaryStrip(this);
    buildTable();
    buildColumnsMenu();
    buildFilters();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(m_banners);
    layout->addWidget(m_strip);
    layout->addWidget(m_table, 1);
}

void DashboardPage::buildTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(u"conversationTable"_s);
    m_table->setModel(&m_filter);
    m_table->setAccessibleName(tr("Conversations"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegateForColumn(ConversationTableModel::NextStepColumn,
                                      new CountdownDelegate(m_table));
    m_table->sortByColumn(ConversationTableModel::NextStepColumn, Qt::AscendingOrder);
    // Widths a supervisor can read at once (a saved header state replaces them).
    const int em = fontMetrics().horizontalAdvance(u'M');
    // Never narrower than the header's words, which are longer in some languages.
    const auto headerWidth = [this, em](int column) {
        const QString title = m_table->model()->headerData(column, Qt::Horizontal).toString();
        return m_table->horizontalHeader()->fontMetrics().horizontalAdvance(title) + 2 * em;
    };
    const std::pair<int, int> widths[] = {
        {ConversationTableModel::QueueColumn, 10},    {ConversationTableModel::CustomerColumn, 10},
        {ConversationTableModel::AgentColumn, 9},     {ConversationTableModel::ChannelColumn, 11},
        {ConversationTableModel::OwesColumn, 8},      {ConversationTableModel::IdleColumn, 6},
        {ConversationTableModel::NextStepColumn, 14}, {ConversationTableModel::StageColumn, 10},
        {ConversationTableModel::AgeColumn, 5},       {ConversationTableModel::MessagesColumn, 7},
    };
    for (const auto &[column, ems] : widths)
        m_table->horizontalHeader()->resizeSection(column, std::max(ems * em, headerWidth(column)));
}

void DashboardPage::buildColumnsMenu()
{
    m_columns = new QMenu(tr("&Columns"), this);
    for (int column = 0; column < m_model.columnCount(); ++column) {
        QAction *a = m_columns->addAction(m_model.headerData(column, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(true);
        connect(a, &QAction::toggled, this,
                [this, column](bool on) { m_table->setColumnHidden(column, !on); });
    }
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &pos) {
                m_columns->popup(m_table->horizontalHeader()->mapToGlobal(pos));
            });
}

void DashboardPage::buildFilters()
{
    using State = ConversationFilterModel::StateFilter;
    m_stateFilter = new QComboBox(this);
    m_stateFilter->setAccessibleName(tr("Show"));
    m_stateFilter->addItem(tr("All conversations"), int(State::All));
    m_stateFilter->addItem(tr("Customer owes a reply"), int(State::CustomerOwes));
    m_stateFilter->addItem(tr("Agent owes a reply"), int(State::AgentOwes));
    m_stateFilter->addItem(tr("Waiting in queue"), int(State::Waiting));
    m_stateFilter->addItem(tr("Flagged"), int(State::Flagged));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search customer, agent, queue, id"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search conversations"));
    m_search->setMaximumWidth(280);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter.setStateFilter(State(m_stateFilter->currentData().toInt())); });
    connect(m_search, &QLineEdit::textChanged, &m_filter, &ConversationFilterModel::setTextFilter);
}

void DashboardPage::showState(ConversationFilterModel::StateFilter state)
{
    m_stateFilter->setCurrentIndex(m_stateFilter->findData(int(state)));
}

void DashboardPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

bool DashboardPage::selectConversation(const QString &conversationId)
{
    const int source = m_model.rowOf(conversationId);
    if (source < 0)
        return false;
    QModelIndex shown = m_filter.mapFromSource(m_model.index(source, 0));
    if (!shown.isValid()) { // hidden by the table's filters: show everything
        m_search->clear();
        showState(ConversationFilterModel::StateFilter::All);
        shown = m_filter.mapFromSource(m_model.index(source, 0));
    }
    if (!shown.isValid())
        return false;
    m_table->selectRow(shown.row());
    m_table->scrollTo(shown);
    return true;
}

QList<int> DashboardPage::visibleSourceRows() const
{
    const int first = m_table->rowAt(0);
    if (first < 0)
        return {};
    const int last = m_table->rowAt(m_table->viewport()->height() - 1);
    return m_filter.sourceRows(first, last < 0 ? m_filter.rowCount() - 1 : last);
}

void DashboardPage::addBanner(QWidget *banner)
{
    banner->setParent(this);
    m_banners->addWidget(banner);
}

QByteArray DashboardPage::saveHeaderState() const
{
    return m_table->horizontalHeader()->saveState();
}

void DashboardPage::restoreHeaderState(const QByteArray &state)
{
    m_table->horizontalHeader()->restoreState(state);
    for (int column = 0; column < m_model.columnCount(); ++column)
        m_columns->actions().at(column)->setChecked(!m_table->isColumnHidden(column));
}

} // namespace IdleGuard::Ui
