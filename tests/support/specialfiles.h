#pragma once

// What a policy or configuration path may name besides a regular file, for the tests that it is
// refused (ConfigFile): made in a QTemporaryDir, and a way to call a reader without the test
// hanging when the reader blocks.

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <chrono>
#include <condition_variable>
#include <fcntl.h>
#include <future>
#include <mutex>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

struct SpecialFiles
{
    // A FIFO with no writer (opening it for reading waits for one), a directory, a regular file
    // one byte over `maxBytes`, and a symbolic link to the FIFO.
    SpecialFiles(const QTemporaryDir &dir, qint64 maxBytes)
        : fifo(dir.filePath(QStringLiteral("fifo.json")))
        , directory(dir.filePath(QStringLiteral("directory.json")))
        , oversized(dir.filePath(QStringLiteral("oversized.json")))
        , linkToFifo(dir.filePath(QStringLiteral("link-to-fifo.json")))
    {
        ok = ::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0 && QDir().mkpath(directory)
            && ::symlink(QFile::encodeName(fifo).constData(),
                         QFile::encodeName(linkToFifo).constData())
                == 0;
        QFile big(oversized);
        // Spaces: valid JSON whitespace, so only the size can be the reason for a refusal.
        ok = ok && big.open(QIODevice::WriteOnly)
            && big.write(QByteArray(maxBytes + 1, ' ')) == maxBytes + 1;
    }

    QString fifo;
    QString directory;
    QString oversized;
    QString linkToFifo;
    bool ok = false;
};

// Runs `read` on another thread and waits up to `ms` for it to return. When it does not, a FIFO
// it may be blocked on gets a writer (and loses it at once) so that the thread can end; the
// result is false then.
template<typename Read> bool returnsWithin(Read read, const QString &fifo = {}, int ms = 10'000)
{
    auto done = std::async(std::launch::async, std::move(read));
    if (done.wait_for(std::chrono::milliseconds(ms)) == std::future_status::ready)
        return true;
    if (!fifo.isEmpty()) {
        const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
        if (fd >= 0)
            ::close(fd);
    }
    done.wait();
    return false;
}

// For a reader that must run on this thread (a dialog): when it is still blocked on `fifo` after
// `ms`, a writer comes and goes so that it returns. disarm() says whether that was not needed.
class FifoWatchdog
{
public:
    explicit FifoWatchdog(const QString &fifo, int ms = 10'000)
        : m_thread([this, name = QFile::encodeName(fifo), ms] {
            std::unique_lock lock(m_mutex);
            if (m_changed.wait_for(lock, std::chrono::milliseconds(ms),
                                   [this] { return m_disarmed; }))
                return;
            m_fired = true;
            const int fd = ::open(name.constData(), O_WRONLY | O_NONBLOCK);
            if (fd >= 0)
                ::close(fd);
        })
    { }
    ~FifoWatchdog() { disarm(); }

    // True when the reader returned on its own.
    bool disarm()
    {
        {
            std::lock_guard lock(m_mutex);
            m_disarmed = true;
        }
        m_changed.notify_all();
        if (m_thread.joinable())
            m_thread.join();
        return !m_fired;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_disarmed = false;
    bool m_fired = false;
    std::thread m_thread;
};
