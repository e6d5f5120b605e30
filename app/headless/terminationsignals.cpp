#include "terminationsignals.h"

#include "headlesslogging.h"

#include <QList>
#include <QPointer>
#include <QSocketNotifier>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

namespace IdleGuard::Headless {

namespace {

// What the POSIX handler may touch: a lock-free atomic is async-signal-safe, a QObject is not.
std::atomic<int> s_writeFd {-1};
static_assert(std::atomic<int>::is_always_lock_free);
TerminationSignals *s_instance = nullptr;

const char *signalName(int signalNumber)
{
    switch (signalNumber) {
    case SIGTERM:
        return "SIGTERM";
    case SIGINT:
        return "SIGINT";
    case SIGHUP:
        return "SIGHUP";
    default:
        return "signal";
    }
}

} // namespace

TerminationSignals::TerminationSignals(QObject *parent)
    : QObject(parent)
{
    Q_ASSERT_X(!s_instance, "TerminationSignals", "only one instance may exist at a time");
    s_instance = this;

    int fds[2] = {-1, -1};
    // Non-blocking on both ends: the handler must never block, and the reader drains until empty.
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, fds) != 0) {
        qCWarning(lcHeadless) << "cannot create the signal socket pair:" << std::strerror(errno);
        return;
    }
    m_writeFd = fds[0];
    m_readFd = fds[1];
    s_writeFd.store(m_writeFd);
    m_notifier = new QSocketNotifier(m_readFd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationSignals::onReadable);

    for (std::size_t i = 0; i < std::size(kSignals); ++i) {
        struct sigaction action = {};
        action.sa_handler = &TerminationSignals::handle;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        if (::sigaction(kSignals[i], &action, &m_previous[i]) == 0)
            m_installed[i] = true;
        else
            qCWarning(lcHeadless) << "cannot handle" << signalName(kSignals[i]) << ":"
                                  << std::strerror(errno);
    }
}

TerminationSignals::~TerminationSignals()
{
    // Handlers first, so that nothing writes to the socket pair once it is closed.
    for (std::size_t i = 0; i < std::size(kSignals); ++i) {
        if (m_installed[i])
            ::sigaction(kSignals[i], &m_previous[i], nullptr);
    }
    s_writeFd.store(-1);
    delete m_notifier; // before its descriptor goes
    m_notifier = nullptr;
    if (m_readFd >= 0)
        ::close(m_readFd);
    if (m_writeFd >= 0)
        ::close(m_writeFd);
    s_instance = nullptr;
}

void TerminationSignals::handle(int signalNumber)
{
    // Only async-signal-safe calls here (signal-safety(7)): write(2), and errno kept intact.
    const int savedErrno = errno;
    const int fd = s_writeFd.load();
    if (fd >= 0) {
        const auto byte = static_cast<unsigned char>(signalNumber);
        [[maybe_unused]] const ssize_t written = ::write(fd, &byte, 1);
    }
    errno = savedErrno;
}

void TerminationSignals::onReadable()
{
    // Drain first, then emit: a receiver may well delete this object.
    QList<int> received;
    unsigned char buffer[16];
    for (;;) {
        const ssize_t count = ::read(m_readFd, buffer, sizeof buffer);
        if (count < 0 && errno == EINTR)
            continue;
        if (count <= 0)
            break; // EAGAIN: drained
        for (ssize_t i = 0; i < count; ++i)
            received.append(buffer[i]);
    }
    const QPointer<TerminationSignals> self(this);
    for (int signalNumber : std::as_const(received)) {
        qCInfo(lcHeadless) << "received" << signalName(signalNumber);
        emit terminationRequested(signalNumber);
        if (!self)
            return;
    }
}

} // namespace IdleGuard::Headless
