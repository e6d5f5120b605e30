#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace IdleGuard {

// Reading a file an administrator names (a policy file, the headless configuration): only a
// regular file (after following symbolic links) of sane size is read. A FIFO would block the
// start for ever, /dev/zero or a device would be read until memory runs out, and a directory
// reads as nothing: they are refused before they are opened for reading, with an error that
// names the path and what it is.
class ConfigFile
{
    Q_DECLARE_TR_FUNCTIONS(ConfigFile)

public:
    static constexpr qint64 kMaxBytes = 1024 * 1024; // 1 MiB

    // The whole content of `path`; std::nullopt with *error set (naming the path) when it is not
    // a regular file, is larger than maxBytes or cannot be read.
    static std::optional<QByteArray> read(const QString &path, QString *error,
                                          qint64 maxBytes = kMaxBytes);
};

} // namespace IdleGuard
