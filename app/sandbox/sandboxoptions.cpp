#include "sandboxoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace IdleGuard::Sandbox {

using namespace Qt::StringLiterals;

namespace {

std::optional<int> parseInt(const QString &text, int minimum, int maximum)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

// "a:b:c,d:e:f": Genesys permissions are domain:entity:action; "" is a role without any.
std::optional<QStringList> parsePermissions(const QString &list, QString *error)
{
    static const QRegularExpression permission(u"^[A-Za-z]+:[A-Za-z]+:[A-Za-z]+$"_s);
    QStringList permissions;
    for (const QString &item : list.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = item.trimmed();
        if (!permission.match(trimmed).hasMatch()) {
            *error = u"--agent-permissions: \"%1\" is not a permission (domain:entity:action, "
                     "e.g. conversation:message:create)"_s.arg(trimmed);
            return std::nullopt;
        }
        permissions.append(trimmed);
    }
    return permissions;
}

} // namespace

std::optional<FaultOptions> FaultOptions::parse(const QString &spec, QString *error)
{
    FaultOptions faults;
    const QStringList items = spec.split(u',', Qt::SkipEmptyParts);
    for (const QString &rawItem : items) {
        const QString item = rawItem.trimmed();
        const QString key = item.section(u'=', 0, 0).trimmed();
        const QString value = item.section(u'=', 1).trimmed();
        auto bad = [&](const QString &expected) {
            *error = u"--faults: \"%1\" is not valid; expected %2"_s.arg(item, expected);
            return std::nullopt;
        };
        if (key == "latency"_L1) {
            const auto ms = parseInt(value, 0, 60'000);
            if (!ms)
                return bad(u"latency=MILLISECONDS (0-60000)"_s);
            faults.latencyMs = *ms;
        } else if (key == "fail"_L1) {
            const QString status = value.section(u'x', 0, 0);
            const QString count = value.contains(u'x') ? value.section(u'x', 1) : u"1"_s;
            const auto s = parseInt(status, 400, 599);
            const auto c = parseInt(count, 1, 1'000'000);
            if (!s || !c)
                return bad(u"fail=STATUS[xCOUNT], e.g. fail=503x5"_s);
            faults.failStatus = *s;
            faults.failCount = *c;
        } else if (key == "flaky"_L1) {
            QString percent = value.section(u':', 0, 0);
            if (percent.endsWith(u'%'))
                percent.chop(1);
            const auto p = parseInt(percent, 0, 100);
            const auto s = value.contains(u':') ? parseInt(value.section(u':', 1), 400, 599)
                                                : std::optional<int>(503);
            if (!p || !s)
                return bad(u"flaky=PERCENT[:STATUS], e.g. flaky=10%:503"_s);
            faults.flakyFraction = *p / 100.0;
            faults.flakyStatus = *s;
        } else if (key == "no-heartbeats"_L1 && value.isEmpty()) {
            faults.noHeartbeats = true;
        } else if (key == "drop-sockets"_L1) {
            const auto s = parseInt(value, 1, 86'400);
            if (!s)
                return bad(u"drop-sockets=SECONDS (every so many seconds)"_s);
            faults.dropSocketsEverySeconds = *s;
        } else if (key == "socket-closing"_L1) {
            const auto s = parseInt(value, 1, 86'400);
            if (!s)
                return bad(u"socket-closing=SECONDS (every so many seconds)"_s);
            faults.socketClosingEverySeconds = *s;
        } else {
            *error
                = u"--faults: unknown fault \"%1\"; known: latency=MS, fail=STATUSxN, "
                  "flaky=PERCENT[:STATUS], no-heartbeats, drop-sockets=S, socket-closing=S"_s.arg(
                      item);
            return std::nullopt;
        }
    }
    return faults;
}

std::optional<SandboxOptions> SandboxOptions::fromCommandLine(const QStringList &arguments,
                                                              QString *error, QString *helpText)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The Idle Guard sandbox organisation: an emulated Genesys Cloud (OAuth, REST API and "
        "notification WebSocket) on 127.0.0.1, with simulated customers and agents."_s);
    parser.addHelpOption();
    const QCommandLineOption port(u"port"_s,
                                  u"Port to listen on, 127.0.0.1 only (0: any free port)."_s,
                                  u"port"_s, u"8080"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the simulated organisation and traffic."_s,
                                  u"n"_s, u"1"_s);
    const QCommandLineOption queues(u"queues"_s, u"Number of queues."_s, u"n"_s, u"3"_s);
    const QCommandLineOption agents(u"agents"_s, u"Number of agents."_s, u"n"_s, u"25"_s);
    const QCommandLineOption conversations(u"conversations"_s,
                                           u"Conversations under way at start."_s, u"n"_s, u"60"_s);
    const QCommandLineOption arrival(
        u"arrival-rate"_s, u"New customers per minute (default: enough to keep the start level)."_s,
        u"per-minute"_s);
    const QCommandLineOption speed(
        u"speed"_s, u"Clock speed: 1 is real time, 10 is ten times faster."_s, u"factor"_s, u"1"_s);
    const QCommandLineOption faults(
        u"faults"_s,
        u"Faults from the start, e.g. latency=300,fail=503x5,flaky=10%,no-heartbeats,drop-sockets=120,socket-closing=300."_s,
        u"spec"_s);
    const QCommandLineOption rate(u"rate-limit"_s, u"Requests per token per minute."_s, u"n"_s,
                                  u"300"_s);
    const QCommandLineOption lifetime(
        u"token-lifetime"_s, u"Access token lifetime in seconds (default: 86400)."_s, u"seconds"_s);
    const QCommandLineOption heartbeat(
        u"heartbeat"_s, u"WebSocket heartbeat interval in seconds."_s, u"seconds"_s, u"30"_s);
    const QCommandLineOption agentRole(
        u"agent-permissions"_s,
        u"The agent role's permissions, comma-separated (\"\": none), e.g. conversation:message:create."_s,
        u"list"_s);
    parser.addOptions({port, seed, queues, agents, conversations, arrival, speed, faults, rate,
                       lifetime, heartbeat, agentRole});

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(u"help"_s)) {
        *helpText = parser.helpText();
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = u"unexpected argument \"%1\""_s.arg(parser.positionalArguments().constFirst());
        return std::nullopt;
    }

    SandboxOptions options;
    auto integer = [&](const QCommandLineOption &option, int minimum, int maximum, int *out) {
        const auto value = parseInt(parser.value(option), minimum, maximum);
        if (!value) {
            *error = u"--%1 must be a whole number from %2 to %3, not \"%4\""_s
                         .arg(option.names().constFirst())
                         .arg(minimum)
                         .arg(maximum)
                         .arg(parser.value(option));
            return false;
        }
        *out = *value;
        return true;
    };
    int portValue = 0;
    if (!integer(port, 0, 65535, &portValue) || !integer(queues, 1, 50, &options.queues)
        || !integer(agents, 1, 5000, &options.agents)
        || !integer(conversations, 0, 100000, &options.conversations)
        || !integer(rate, 1, 1'000'000, &options.rateLimitPerMinute))
        return std::nullopt;
    options.port = static_cast<quint16>(portValue);
    bool ok = false;
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        *error
            = u"--seed must be a non-negative whole number, not \"%1\""_s.arg(parser.value(seed));
        return std::nullopt;
    }
    options.speed = parser.value(speed).toDouble(&ok);
    if (!ok || options.speed <= 0 || options.speed > 1000) {
        *error = u"--speed must be a number above 0 and at most 1000, not \"%1\""_s.arg(
            parser.value(speed));
        return std::nullopt;
    }
    if (parser.isSet(arrival)) {
        options.arrivalsPerMinute = parser.value(arrival).toDouble(&ok);
        if (!ok || options.arrivalsPerMinute < 0 || options.arrivalsPerMinute > 10000) {
            *error = u"--arrival-rate must be a number from 0 to 10000, not \"%1\""_s.arg(
                parser.value(arrival));
            return std::nullopt;
        }
    }
    if (parser.isSet(lifetime) && !integer(lifetime, 1, 172800, &options.tokenLifetimeSeconds))
        return std::nullopt;
    int heartbeatSeconds = 30;
    if (!integer(heartbeat, 1, 3600, &heartbeatSeconds))
        return std::nullopt;
    options.heartbeatIntervalMs = heartbeatSeconds * 1000LL;
    if (parser.isSet(faults)) {
        const auto parsed = FaultOptions::parse(parser.value(faults), error);
        if (!parsed)
            return std::nullopt;
        options.faults = *parsed;
    }
    if (parser.isSet(agentRole)) {
        options.agentPermissions = parsePermissions(parser.value(agentRole), error);
        if (!options.agentPermissions)
            return std::nullopt;
    }
    return options;
}

} // namespace IdleGuard::Sandbox
