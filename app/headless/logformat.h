#pragma once

#include <QDateTime>
#include <QString>
#include <QtGlobal>

namespace IdleGuard::Headless {

// How the headless enforcer's log lines look on stderr: for people at a terminal (UTC timestamp,
// level, category), or for the systemd journal (an sd-daemon priority prefix instead of the
// level, no timestamp since journald adds its own). Either way one message is one line, so that
// a multi-line message stays one journal entry. install() sets the Qt message handler that
// writes them; formatLine() is the pure formatting it uses.
class LogFormat final
{
public:
    enum class Target {
        Terminal, // 2026-11-21T10:00:00.123Z warning idleguard.enforcement: message
        Journald, // <4>idleguard.enforcement: message
    };

    LogFormat() = delete;

    // Journald when stderr is the stream systemd connected to the journal: the "device:inode" in
    // the JOURNAL_STREAM environment variable matches fstat(STDERR_FILENO) (systemd.exec(5)).
    // Terminal otherwise, including when stderr was redirected elsewhere by a child process.
    static Target detect();

    // Installs the message handler (process-wide; the previous handler is replaced). Safe to
    // call again to switch targets.
    static void install(Target target);

    // One line without the trailing newline. category may be null ("default"). Embedded line
    // breaks become the two characters \n (and \r), trailing ones are dropped.
    static QString formatLine(Target target, QtMsgType type, const char *category,
                              const QString &message, const QDateTime &utcNow);
};

} // namespace IdleGuard::Headless
