#include "queuepicker.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace IdleGuard::Ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

QueuePicker::QueuePicker(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search queues"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search queues"));
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_list = new QListView(this);
    m_list->setModel(m_filter);
    m_list->setAccessibleName(tr("Queues to watch"));
    m_list->setUniformItemSizes(true);
    m_count = new QLabel(this);
    auto *all = new QPushButton(tr("&All"), this);
    auto *none = new QPushButton(tr("&None"), this);
    all->setToolTip(tr("Watch every queue shown"));
    none->setToolTip(tr("Watch none of the queues shown"));

    m_count->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(all);
    buttons->addWidget(none);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(all, &QPushButton::clicked, this, [this] { setAll(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAll(false); });
    connect(m_model, &QStandardItemModel::itemChanged, this, [this] {
        if (m_updating)
            return;
        updateCount();
        emit checkedChanged(checked());
    });
    updateCount();
}

void QueuePicker::setQueues(const QList<IdleGuard::Queue> &queues)
{
    const QStringList wasChecked = checked();
    m_queues = queues;
    m_updating = true;
    m_model->clear();
    for (const IdleGuard::Queue &queue : queues) {
        auto *item = new QStandardItem(queue.name.isEmpty() ? queue.id : queue.name);
        item->setData(queue.id, kIdRole);
        item->setToolTip(queue.id);
        item->setCheckable(true);
        item->setEditable(false);
        item->setCheckState(wasChecked.contains(queue.id) ? Qt::Checked : Qt::Unchecked);
        m_model->appendRow(item);
    }
    m_filter->sort(0);
    m_updating = false;
    updateCount();
}

void QueuePicker::setChecked(const QStringList &queueIds)
{
    m_updating = true;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *item = m_model->item(row);
        item->setCheckState(queueIds.contains(item->data(kIdRole).toString()) ? Qt::Checked
                                                                              : Qt::Unchecked);
    }
    m_updating = false;
    updateCount();
}

QStringList QueuePicker::checked() const
{
    QStringList ids;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStandardItem *item = m_model->item(row);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(kIdRole).toString());
    }
    return ids;
}

QHash<QString, QString> QueuePicker::names() const
{
    QHash<QString, QString> names;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStandardItem *item = m_model->item(row);
        names.insert(item->data(kIdRole).toString(), item->text());
    }
    return names;
}

void QueuePicker::showMessage(const QString &message)
{
    m_count->setText(message);
}

void QueuePicker::setAll(bool checkedState)
{
    // Only the queues the search shows: "all" means all of what the supervisor sees.
    m_updating = true;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        QStandardItem *item
            = m_model->itemFromIndex(m_filter->mapToSource(m_filter->index(row, 0)));
        item->setCheckState(checkedState ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
    updateCount();
    emit checkedChanged(checked());
}

void QueuePicker::updateCount()
{
    m_count->setText(
        tr("%1 of %n queue(s) watched", nullptr, m_model->rowCount()).arg(checked().size()));
}

} // namespace IdleGuard::Ui
