#include "ownerfiles.h"

#include "systemerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace IdleGuard {

using namespace Qt::StringLiterals;

bool OwnerFiles::createFile(const QString &path, QString *error)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST)
            return true;
        *error = tr("cannot create %1: %2").arg(path, systemErrorText(errno));
        return false;
    }
    // The umask may have taken bits away from 0600 (0200 leaves the owner unable to write):
    // set the mode itself rather than trusting open().
    const bool ok = ::fchmod(fd, 0600) == 0;
    const int savedErrno = errno;
    ::close(fd);
    if (!ok) {
        *error = tr("cannot make %1 private: %2").arg(path, systemErrorText(savedErrno));
        return false;
    }
    return true;
}

bool OwnerFiles::makePath(const QString &path, QString *error)
{
    const QString absolute = QDir::cleanPath(QDir::current().absoluteFilePath(path));
    QStringList missing;
    for (QString dir = absolute; !QFileInfo::exists(dir); dir = QFileInfo(dir).path()) {
        missing.prepend(dir);
        if (dir == QFileInfo(dir).path())
            break; // the root itself
    }
    for (const QString &dir : std::as_const(missing)) {
        const QByteArray name = QFile::encodeName(dir);
        if (::mkdir(name.constData(), 0700) != 0 && errno != EEXIST) {
            *error = tr("cannot create the folder %1: %2").arg(dir, systemErrorText(errno));
            return false;
        }
        ::chmod(name.constData(), 0700); // whatever the umask left of 0700
    }
    if (!QFileInfo(absolute).isDir()) {
        *error = tr("%1 is not a folder").arg(absolute);
        return false;
    }
    return true;
}

QString OwnerFiles::exposure(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    const mode_t exposed = info.st_mode & (S_IRGRP | S_IWGRP | S_IROTH | S_IWOTH);
    if (exposed == 0)
        return {};
    const QString mode = u"%1"_s.arg(uint(info.st_mode & 07777), 4, 8, QChar(u'0'));
    return tr("%1 holds a secret but other users may read or change it (mode %2): make it "
              "readable by its owner only, e.g. chmod 600 %1")
        .arg(path, mode);
}

} // namespace IdleGuard
