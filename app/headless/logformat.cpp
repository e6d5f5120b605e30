#include "logformat.h"

#include <QByteArray>
#include <QList>

#include <atomic>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

namespace IdleGuard::Headless {

using namespace Qt::StringLiterals;

namespace {

std::atomic<LogFormat::Target> s_target {LogFormat::Target::Terminal};

// The sd-daemon(3) priority prefixes: <3> SD_ERR, <4> SD_WARNING, <6> SD_INFO, <7> SD_DEBUG.
QLatin1StringView priority(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "<7>"_L1;
    case QtInfoMsg:
        return "<6>"_L1;
    case QtWarningMsg:
        return "<4>"_L1;
    case QtCriticalMsg:
    case QtFatalMsg:
        break;
    }
    return "<3>"_L1;
}

QLatin1StringView levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug"_L1;
    case QtInfoMsg:
        return "info"_L1;
    case QtWarningMsg:
        return "warning"_L1;
    case QtCriticalMsg:
        return "critical"_L1;
    case QtFatalMsg:
        break;
    }
    return "fatal"_L1;
}

QString oneLine(const QString &message)
{
    QString text = message;
    while (text.endsWith(u'\n') || text.endsWith(u'\r'))
        text.chop(1);
    text.replace(u'\r', "\\r"_L1);
    text.replace(u'\n', "\\n"_L1);
    return text;
}

void writeMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QByteArray line = LogFormat::formatLine(s_target.load(), type, context.category, message,
                                            QDateTime::currentDateTimeUtc())
                          .toUtf8();
    line.append('\n');
    // One write per line: lines of different threads do not interleave.
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace

LogFormat::Target LogFormat::detect()
{
    const QByteArray stream = qgetenv("JOURNAL_STREAM");
    const QList<QByteArray> parts = stream.split(':');
    if (parts.size() != 2)
        return Target::Terminal;
    bool deviceOk = false;
    bool inodeOk = false;
    const qulonglong device = parts.at(0).toULongLong(&deviceOk);
    const qulonglong inode = parts.at(1).toULongLong(&inodeOk);
    struct stat status = {};
    if (!deviceOk || !inodeOk || ::fstat(STDERR_FILENO, &status) != 0)
        return Target::Terminal;
    return device == static_cast<qulonglong>(status.st_dev)
            && inode == static_cast<qulonglong>(status.st_ino)
        ? Target::Journald
        : Target::Terminal;
}

void LogFormat::install(Target target)
{
    s_target.store(target);
    qInstallMessageHandler(writeMessage);
}

QString LogFormat::formatLine(Target target, QtMsgType type, const char *category,
                              const QString &message, const QDateTime &utcNow)
{
    const QString categoryName = category ? QString::fromUtf8(category) : u"default"_s;
    if (target == Target::Journald)
        return priority(type) + categoryName + u": "_s + oneLine(message);
    return utcNow.toUTC().toString(Qt::ISODateWithMs) + u' ' + levelName(type) + u' ' + categoryName
        + u": "_s + oneLine(message);
}

} // namespace IdleGuard::Headless
