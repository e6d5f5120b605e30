#pragma once

#include <QCoreApplication>
#include <QString>

namespace IdleGuard {

// Files and folders that only their owner may read or write (the audit journal, a file that
// holds the client secret): created with mode 0600 / 0700 whatever the process's umask, and a
// check that says, in words an administrator can act on, when an existing one is exposed.
class OwnerFiles
{
    Q_DECLARE_TR_FUNCTIONS(OwnerFiles)

public:
    // Creates `path` empty with mode 0600 unless it exists (then it is left as it is). False
    // with *error set when it cannot be made.
    static bool createFile(const QString &path, QString *error);
    // Creates the folder `path` and any missing parents with mode 0700; existing ones are left
    // as they are. False with *error set when one cannot be made.
    static bool makePath(const QString &path, QString *error);
    // Empty when only the owner may read and write `path` (a missing file too); otherwise the
    // problem and its fix (chmod 600), naming the file.
    static QString exposure(const QString &path);
};

} // namespace IdleGuard
