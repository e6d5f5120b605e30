#include "outcomedelegate.h"

#include "core/journaloutcome.h"
#include "supervision/audittablemodel.h"
#include "ui/summary/chartstyle.h"

namespace IdleGuard::Ui {

void OutcomeDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto outcome
        = JournalOutcome(index.data(Supervision::AuditTableModel::OutcomeRole).toInt());
    if (outcome == JournalOutcome::Failed) {
        option->font.setBold(true);
        // Selected rows keep the selection's text colour: red on the highlight is unreadable.
        if (!(option->state & QStyle::State_Selected))
            option->palette.setColor(QPalette::Text, ChartStyle::closes(option->palette));
    } else if (outcome == JournalOutcome::Skipped || outcome == JournalOutcome::Pending) {
        option->font.setItalic(true);
    }
}

} // namespace IdleGuard::Ui
