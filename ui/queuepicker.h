#pragma once

#include "core/queue.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace IdleGuard::Ui {

// The organisation's queues, searchable, each with a check box: the ones ticked are the ones
// watched (the notification subscriptions follow the choice). Keyboard: type to search, arrows
// to move, Space to tick.
class QueuePicker final : public QWidget
{
    Q_OBJECT

public:
    explicit QueuePicker(QWidget *parent = nullptr);

    void setQueues(const QList<IdleGuard::Queue> &queues);
    const QList<IdleGuard::Queue> &queues() const { return m_queues; }
    void setChecked(const QStringList &queueIds);
    QStringList checked() const;
    QHash<QString, QString> names() const;
    void showMessage(const QString &message);

signals:
    // The supervisor changed which queues are watched.
    void checkedChanged(const QStringList &queueIds);

private:
    void setAll(bool checked);
    void updateCount();

    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_count = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    bool m_updating = false;
    QList<IdleGuard::Queue> m_queues;
};

} // namespace IdleGuard::Ui
