#pragma once

#include "enforcement/enforcementworker.h"
#include "supervision/supervisioncontroller.h"

#include <QWidget>

class QLabel;

namespace IdleGuard::Ui {

// The status bar's account of the connection and the enforcer: live / resynchronising /
// offline with its reason (sign-in needed, …), the last heartbeat, the rate-limit headroom,
// enforce or observe-only, this instance and whether it claims stages, and the enforcer's counts.
class ConnectionIndicator final : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionIndicator(QWidget *parent = nullptr);

    void showConnection(const IdleGuard::Supervision::ConnectionStatus &status, qint64 nowMs);
    void showMode(bool observeOnly, const QString &instanceId, bool claiming);
    void showSummary(const IdleGuard::Enforcement::WorkerSummary &summary);
    // The connection line as text (tests, accessibility).
    QString connectionText() const;

private:
    QLabel *m_dot = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_heartbeat = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_mode = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace IdleGuard::Ui
