#pragma once

#include <QStyledItemDelegate>

namespace IdleGuard::Ui {

// The audit view's outcome cells: failures in bold and in the red of the table's bars, skipped
// actions dimmed, so problems stand out in a long list, in a light and a dark palette alike.
class OutcomeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace IdleGuard::Ui
