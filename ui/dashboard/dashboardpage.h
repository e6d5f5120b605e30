#pragma once

#include "ui/conversationfiltermodel.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QMenu;
class QTableView;
class QVBoxLayout;

namespace IdleGuard::Ui {

class ConversationTableModel;
class SummaryStrip;

// The page the window shows once signed in: banners (alerts, notices) on top, the summary
// strip, and the live table of conversations (countdown bars, sortable and movable columns, a
// header menu to show or hide them), with its filter controls (which conversations, search) for
// the window's toolbar. The table stays the page's main part; everything above it takes only
// the height it needs.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    DashboardPage(ConversationTableModel &model, ConversationFilterModel &filter,
                  QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    SummaryStrip *strip() const { return m_strip; }
    // A check per column, to show or hide it (the View menu and the header's context menu).
    QMenu *columnsMenu() const { return m_columns; }
    // Adds a widget above the summary strip (e.g. an alert bar), in the order added.
    void addBanner(QWidget *banner);

    // The table's filters, created here and placed in the window's toolbar.
    QComboBox *stateFilter() const { return m_stateFilter; }
    QLineEdit *search() const { return m_search; }
    void showState(ConversationFilterModel::StateFilter state);
    void focusSearch();
    // Selects the conversation's row (clearing a filter that hides it) and scrolls to it;
    // false when the table has no such conversation.
    bool selectConversation(const QString &conversationId);
    // The source rows behind the rows on screen (what the 1 Hz tick repaints).
    QList<int> visibleSourceRows() const;

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

private:
    void buildTable();
    void buildColumnsMenu();
    void buildFilters();

    ConversationTableModel &m_model;
    ConversationFilterModel &m_filter;
    QVBoxLayout *m_banners = nullptr;
    SummaryStrip *m_strip = nullptr;
    QTableView *m_table = nullptr;
    QMenu *m_columns = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QLineEdit *m_search = nullptr;
};

} // namespace IdleGuard::Ui
