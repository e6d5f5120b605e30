#include "connectionindicator.h"

#include <QHBoxLayout>
#include <QLabel>

namespace IdleGuard::Ui {

using namespace Qt::StringLiterals;
using Genesys::NotificationFeed;
using Genesys::Session;

namespace {

QLabel *separatedLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setContentsMargins(8, 0, 8, 0);
    return label;
}

} // namespace

ConnectionIndicator::ConnectionIndicator(QWidget *parent)
    : QWidget(parent)
{
    m_dot = new QLabel(this);
    m_dot->setFixedWidth(14);
    m_connection = separatedLabel(this);
    m_connection->setAccessibleName(tr("Connection"));
    m_heartbeat = separatedLabel(this);
    m_rate = separatedLabel(this);
    m_mode = separatedLabel(this);
    m_mode->setAccessibleName(tr("Enforcement mode"));
    m_summary = separatedLabel(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_dot);
    layout->addWidget(m_connection);
    layout->addWidget(m_heartbeat);
    layout->addWidget(m_rate);
    layout->addWidget(m_mode);
    layout->addWidget(m_summary, 1);
}

void ConnectionIndicator::showConnection(const Supervision::ConnectionStatus &status, qint64 nowMs)
{
    QString text;
    QString colour = u"#9e9e9e"_s;
    if (status.session == Session::State::SigningIn) {
        text = tr("Signing in…");
        colour = u"#f9a825"_s;
    } else if (status.session == Session::State::Failed) {
        text = tr("Offline: sign-in failed (%1)").arg(status.sessionMessage);
        colour = u"#d32f2f"_s;
    } else if (status.session != Session::State::SignedIn) {
        text = tr("Offline: sign-in needed");
    } else {
        switch (status.feed) {
        case NotificationFeed::State::Live:
            text = tr("Live");
            colour = u"#2e7d32"_s;
            break;
        case NotificationFeed::State::Connecting:
            text = tr("Connecting…");
            colour = u"#f9a825"_s;
            break;
        case NotificationFeed::State::Resyncing:
            text = tr("Resynchronising after a gap…");
            colour = u"#f9a825"_s;
            break;
        case NotificationFeed::State::Offline:
            text = status.feedReason.isEmpty() ? tr("Offline")
                                               : tr("Offline: %1").arg(status.feedReason);
            colour = u"#d32f2f"_s;
            break;
        }
    }
    m_dot->setText(u"<span style='color:%1; font-size:14px'>●</span>"_s.arg(colour));
    m_connection->setText(text);
    m_heartbeat->setText(
        status.lastHeartbeatMs > 0
            ? tr("heartbeat %1 s ago")
                  .arg(std::max<qint64>(0, (nowMs - status.lastHeartbeatMs) / 1000))
            : QString());
    m_rate->setText(status.rateLimitHeadroom >= 0
                        ? tr("%n request(s) left this minute", nullptr, status.rateLimitHeadroom)
                        : QString());
}

void ConnectionIndicator::showMode(bool observeOnly, const QString &instanceId, bool claiming)
{
    const QString mode = observeOnly ? tr("Observe-only") : tr("Enforcing");
    m_mode->setText(
        u"<b>%1</b> · %2"_s.arg(mode.toHtmlEscaped(),
                                (claiming ? tr("instance %1, claims stages").arg(instanceId)
                                          : tr("instance %1, single instance").arg(instanceId))
                                    .toHtmlEscaped()));
}

void ConnectionIndicator::showSummary(const Enforcement::WorkerSummary &s)
{
    // The strip above the table counts the tracked conversations; here the enforcer's own tally
    // since it started (a second "tracked" that counts a little differently would confuse).
    QString text = tr("%1 done · %2 failed since start").arg(s.succeeded).arg(s.failed);
    if (s.held > 0)
        text += tr(" · %1 held for a fresh read").arg(s.held);
    if (s.stale > 0)
        text += tr(" · %1 dropped as stale").arg(s.stale);
    // More falls due than the rate limit lets out: say so rather than drift late unseen.
    if (s.backlog > 0)
        text += tr(" · %1 waiting for the rate limit, the oldest %2 s late")
                    .arg(s.backlog)
                    .arg(s.backlogLatenessMs / 1000);
    m_summary->setText(text);
}

QString ConnectionIndicator::connectionText() const
{
    return m_connection->text();
}

} // namespace IdleGuard::Ui
