#pragma once

#include "supervision/alert.h"

#include <QFrame>
#include <QList>

class QLabel;
class QToolButton;

namespace IdleGuard::Ui {

// The alerts inside the window, for desktops without a tray (and while the tray is not used):
// a strip above the table with the newest alert, a button that selects its conversation, the
// older ones in a menu, and a button that dismisses them all. Hidden while there is none.
class AlertBar final : public QFrame
{
    Q_OBJECT

public:
    static constexpr int kKept = 20; // older alerts drop off the menu

    explicit AlertBar(QWidget *parent = nullptr);

    void addAlert(const Supervision::Alert &alert);
    void dismiss();
    const QList<Supervision::Alert> &alerts() const { return m_alerts; }

    // For tests.
    QLabel *textLabel() const { return m_text; }
    QToolButton *showButton() const { return m_show; }

signals:
    void conversationRequested(const QString &conversationId);

private:
    void refresh();

    QList<Supervision::Alert> m_alerts; // newest first
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_show = nullptr;
    QToolButton *m_more = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace IdleGuard::Ui
