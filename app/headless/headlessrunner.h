#pragma once

#include "enforcement/actionreport.h"
#include "enforcement/enforcementworker.h"
#include "headlessconfig.h"

#include <QObject>
#include <QPointer>
#include <QTextStream>
#include <QTimer>

#include <memory>

namespace IdleGuard {
class Clock;
namespace Genesys {
class MemoryTokenStore;
}
namespace Supervision {
class SupervisionController;
}
} // namespace IdleGuard

namespace IdleGuard::Headless {

// The enforcer without a window: through the SupervisionController (the composition root the
// window uses too) it signs in with the configuration's client credentials, follows its queues
// with a notification feed and hands every conversation to the Enforcer (the worker thread with
// the engine, the actions and the audit journal); it writes what happens to `out`:
// one line per action as it finishes and a one-line summary every summaryIntervalMs. Tokens live
// in memory only (a server has no keychain; the client credentials get a new one at any time).
// stop() shuts down in order (feed, then the worker, whose pending intents stay in the journal)
// and emits finished() with the exit code.
class HeadlessRunner final : public QObject
{
    Q_OBJECT

public:
    enum ExitCode { Ok = 0, Failed = 1 };

    HeadlessRunner(const HeadlessConfig &config, const QString &clientSecret, const Clock &clock,
                   QTextStream &out, QObject *parent = nullptr);
    ~HeadlessRunner() override;

    void setSummaryIntervalMs(int ms) { m_summaryIntervalMs = ms; }
    // A clock that runs faster than real time (the demo's sandbox): the worker's timer follows.
    void setClockSpeed(double speed) { m_clockSpeed = speed; }

    void start();
    void stop(int exitCode = Ok);
    // Starts, runs the event loop until SIGTERM, SIGINT or SIGHUP (or `runForMs`, when above 0)
    // stops it, and returns the exit code.
    int exec(int runForMs = 0);

    // One line per action; stages that fell due before enforcing began (startedAtMs) say so
    // instead of how late they were.
    static QString describe(const Enforcement::ActionReport &report, qint64 startedAtMs = kNoTime);
    static QString describe(const Enforcement::WorkerSummary &summary, const QString &feedState);

signals:
    void finished(int exitCode);

private:
    void onSignedIn();
    void onSummary(const Enforcement::WorkerSummary &summary);
    void logMirror() const;

    HeadlessConfig m_config;
    QString m_secret;
    const Clock &m_clock;
    QTextStream &m_out;
    int m_summaryIntervalMs = 60'000;
    double m_clockSpeed = 1.0;
    std::unique_ptr<Genesys::MemoryTokenStore> m_store;
    std::unique_ptr<Supervision::SupervisionController> m_controller;
    QTimer m_summaryTimer;
    bool m_enforcing = false;
    qint64 m_enforcingSinceMs = kNoTime;
    bool m_stopping = false;
};

} // namespace IdleGuard::Headless
