#include "alertbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QStyle>
#include <QToolButton>

namespace IdleGuard::Ui {

using Supervision::Alert;

AlertBar::AlertBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("alertBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_show = new QToolButton(this);
    m_show->setText(tr("Show conversation"));
    m_more = new QToolButton(this);
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setMenu(new QMenu(m_more));
    m_close = new QToolButton(this);
    m_close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_close->setToolTip(tr("Dismiss the alerts"));
    m_close->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_show);
    layout->addWidget(m_more);
    layout->addWidget(m_close);
    connect(m_show, &QToolButton::clicked, this, [this] {
        if (!m_alerts.isEmpty() && !m_alerts.constFirst().conversationId.isEmpty())
            emit conversationRequested(m_alerts.constFirst().conversationId);
    });
    connect(m_close, &QToolButton::clicked, this, &AlertBar::dismiss);
    setVisible(false);
}

void AlertBar::addAlert(const Alert &alert)
{
    m_alerts.prepend(alert);
    if (m_alerts.size() > kKept)
        m_alerts.removeLast();
    refresh();
}

void AlertBar::dismiss()
{
    m_alerts.clear();
    refresh();
}

void AlertBar::refresh()
{
    setVisible(!m_alerts.isEmpty());
    if (m_alerts.isEmpty())
        return;
    const Alert &newest = m_alerts.constFirst();
    const auto icon = newest.kind == Alert::Kind::ActionFailed ? QStyle::SP_MessageBoxCritical
                                                               : QStyle::SP_MessageBoxWarning;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_text->setText(newest.title + QStringLiteral(": ") + newest.text);
    m_show->setEnabled(!newest.conversationId.isEmpty());
    QMenu *menu = m_more->menu();
    menu->clear();
    for (qsizetype i = 1; i < m_alerts.size(); ++i) {
        const Alert &older = m_alerts.at(i);
        menu->addAction(older.text, this, [this, id = older.conversationId] {
            if (!id.isEmpty())
                emit conversationRequested(id);
        });
    }
    const int more = int(m_alerts.size() - 1);
    m_more->setVisible(more > 0);
    m_more->setText(tr("%n more", nullptr, more));
}

} // namespace IdleGuard::Ui
