#include "configfile.h"

#include "systemerror.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace IdleGuard {

using namespace Qt::StringLiterals;

namespace {

// What a file of this mode is, for people; empty for a regular file.
QString kindOf(mode_t mode)
{
    if (S_ISREG(mode))
        return {};
    if (S_ISDIR(mode))
        return ConfigFile::tr("a directory");
    if (S_ISFIFO(mode))
        return ConfigFile::tr("a named pipe (FIFO)");
    if (S_ISCHR(mode))
        return ConfigFile::tr("a character device");
    if (S_ISBLK(mode))
        return ConfigFile::tr("a block device");
    if (S_ISSOCK(mode))
        return ConfigFile::tr("a socket");
    return ConfigFile::tr("a special file");
}

QString sizeText(qint64 bytes)
{
    if (bytes % (1024 * 1024) == 0)
        return u"%1 MiB"_s.arg(bytes / (1024 * 1024));
    if (bytes % 1024 == 0)
        return u"%1 KiB"_s.arg(bytes / 1024);
    return u"%1 bytes"_s.arg(bytes);
}

QString notRegularError(const QString &path, const QString &kind)
{
    return ConfigFile::tr("cannot read %1: it is %2, not a regular file").arg(path, kind);
}

QString tooLargeError(const QString &path, qint64 maxBytes)
{
    return ConfigFile::tr("cannot read %1: it is larger than %2, the most read from such a file")
        .arg(path, sizeText(maxBytes));
}

} // namespace

std::optional<QByteArray> ConfigFile::read(const QString &path, QString *error, qint64 maxBytes)
{
    // stat() follows symbolic links: what counts is the file the link leads to. Checked before
    // opening, since opening a FIFO for reading waits for a writer.
    const QByteArray name = QFile::encodeName(path);
    struct stat info = {};
    if (::stat(name.constData(), &info) != 0) {
        *error = tr("cannot read %1: %2").arg(path, systemErrorText(errno));
        return std::nullopt;
    }
    if (const QString kind = kindOf(info.st_mode); !kind.isEmpty()) {
        *error = notRegularError(path, kind);
        return std::nullopt;
    }
    if (info.st_size > maxBytes) {
        *error = tooLargeError(path, maxBytes);
        return std::nullopt;
    }
    // The path may have been replaced in between: open without waiting (O_NONBLOCK: a FIFO
    // opens at once) and look at what was opened.
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        *error = tr("cannot read %1: %2").arg(path, systemErrorText(errno));
        return std::nullopt;
    }
    struct stat opened = {};
    if (::fstat(fd, &opened) != 0 || !S_ISREG(opened.st_mode)) {
        const int savedErrno = errno;
        ::close(fd);
        *error = S_ISREG(opened.st_mode) || opened.st_mode == 0
            ? tr("cannot read %1: %2").arg(path, systemErrorText(savedErrno))
            : notRegularError(path, kindOf(opened.st_mode));
        return std::nullopt;
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    // At most one byte more than allowed: a file that grew since stat() is refused too, and a
    // file whose size stat() does not know (some in /proc) cannot make us read without end.
    QByteArray content = file.read(maxBytes + 1);
    if (content.size() > maxBytes) {
        *error = tooLargeError(path, maxBytes);
        return std::nullopt;
    }
    if (file.error() != QFileDevice::NoError) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    error->clear();
    return content;
}

} // namespace IdleGuard
