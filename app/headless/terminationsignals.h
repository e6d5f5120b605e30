#pragma once

#include <QObject>

#include <csignal>
#include <iterator>

class QSocketNotifier;

namespace IdleGuard::Headless {

// Turns SIGTERM, SIGINT and SIGHUP into a Qt signal, so that the headless enforcer shuts down
// cleanly (finishes what it is doing, closes the journal) when systemd stops it, on Ctrl+C, or
// when its terminal goes away. The POSIX handler does only what is async-signal-safe: it writes
// the signal number to one end of a socket pair; a QSocketNotifier on the other end emits
// terminationRequested() in the thread that created the object. The constructor installs the
// handlers, the destructor restores the ones that were there before. Only one instance may exist
// at a time.
class TerminationSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminationSignals)

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    // The signals handled, in the order they are installed.
    static constexpr int kSignals[] = {SIGTERM, SIGINT, SIGHUP};

    // False when the socket pair or a handler could not be set up (then logged as a warning):
    // the process still runs, it just dies the default way on these signals.
    bool isActive() const { return m_notifier != nullptr; }

signals:
    void terminationRequested(int signalNumber);

private:
    static void handle(int signalNumber);
    void onReadable();

    int m_readFd = -1;
    int m_writeFd = -1;
    QSocketNotifier *m_notifier = nullptr;
    struct sigaction m_previous[std::size(kSignals)] = {};
    bool m_installed[std::size(kSignals)] = {};
};

} // namespace IdleGuard::Headless
