// idleguard_sandbox_bench: how fast the sandbox organisation simulates, answers and fans out
// events (docs/benchmarks.md). Figures only; nothing here passes or fails on time.

#include "sandbox/authservice.h"
#include "sandbox/conversationstore.h"
#include "sandbox/notificationhub.h"
#include "sandbox/organisation.h"
#include "sandbox/sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>
#include <QWebSocket>

using namespace IdleGuard::Sandbox;
using namespace Qt::StringLiterals;

namespace {

struct Profile
{
    int queues;
    int agents;
    int conversations;
};

QByteArray waitFor(QNetworkReply *reply)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    reply->deleteLater();
    return reply->readAll();
}

SandboxOptions optionsFor(const Profile &profile)
{
    SandboxOptions options;
    options.port = 0;
    options.stepped = true;
    options.seed = 42;
    options.queues = profile.queues;
    options.agents = profile.agents;
    options.conversations = profile.conversations;
    options.rateLimitPerMinute = 1'000'000;
    return options;
}

// Simulated sandbox time per wall second, with a WebSocket subscribed to every queue.
void simulationRate(QTextStream &out, const Profile &profile, int minutes)
{
    Sandbox sandbox(optionsFor(profile));
    QString error;
    QElapsedTimer startup;
    startup.start();
    if (!sandbox.start(&error))
        qFatal("%s", qPrintable(error));
    const qint64 startupMs = startup.elapsed();

    const TokenRecord *record = nullptr;
    const QString token = sandbox.auth().issueToken(u"demo-client"_s, {}, u"client_credentials"_s);
    record = sandbox.auth().record(token);
    const auto &channel
        = sandbox.notifications().createChannel(*record, Organisation::supervisorPermissions());
    QStringList topics;
    for (const auto &queue : sandbox.organisation().queues())
        topics.append(u"v2.routing.queues.%1.conversations.messages"_s.arg(queue.id));
    sandbox.notifications().subscribe(channel.id, topics, true, false);

    QWebSocket socket;
    qint64 frames = 0;
    qint64 bytes = 0;
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket, [&](const QString &text) {
        ++frames;
        bytes += text.size();
    });
    QEventLoop connected;
    QObject::connect(&socket, &QWebSocket::connected, &connected, &QEventLoop::quit);
    socket.open(QUrl(channel.connectUri));
    connected.exec();

    const qint64 sentBefore = sandbox.notifications().eventsSent();
    QElapsedTimer timer;
    timer.start();
    for (int minute = 0; minute < minutes; ++minute) {
        sandbox.step(60'000);
        QCoreApplication::processEvents();
    }
    const qint64 simulateMs = timer.elapsed();
    // Let the socket drain what was sent.
    const qint64 sent = sandbox.notifications().eventsSent() - sentBefore;
    while (frames < sent)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    const qint64 totalMs = timer.elapsed();

    out << u"| %1 / %2 / %3 | %4 | %5 | %6 | %7 | %8 | %9 |"_s.arg(profile.queues)
               .arg(profile.agents)
               .arg(profile.conversations)
               .arg(startupMs)
               .arg(static_cast<double>(minutes) * 60'000.0
                        / static_cast<double>(qMax<qint64>(1, simulateMs)),
                    0, 'f', 0)
               .arg(sandbox.store().conversations().size())
               .arg(sent)
               .arg(static_cast<double>(sent) * 1000.0
                        / static_cast<double>(qMax<qint64>(1, totalMs)),
                    0, 'f', 0)
               .arg(sent ? bytes / sent : 0)
        << Qt::endl;
}

// Sequential REST round trips over one keep-alive connection.
void requestRate(QTextStream &out, const Profile &profile, int count)
{
    Sandbox sandbox(optionsFor(profile));
    QString error;
    if (!sandbox.start(&error))
        qFatal("%s", qPrintable(error));
    const QString token = sandbox.auth().issueToken(u"demo-client"_s, {}, u"client_credentials"_s);
    QNetworkAccessManager network;
    const auto conversations = sandbox.store().conversations();
    auto request = [&](const QString &path) {
        QNetworkRequest r(QUrl(sandbox.baseUrl().toString() + path));
        r.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        r.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        return r;
    };

    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        const auto *conversation = conversations.at(i % conversations.size());
        waitFor(network.get(request(u"/api/v2/conversations/messages/"_s + conversation->id)));
    }
    const double getRate = count * 1000.0 / static_cast<double>(qMax<qint64>(1, timer.elapsed()));

    QJsonArray queueClauses;
    for (const auto &queue : sandbox.organisation().queues())
        queueClauses.append(QJsonObject {{u"type"_s, u"dimension"_s},
                                         {u"dimension"_s, u"queueId"_s},
                                         {u"operator"_s, u"matches"_s},
                                         {u"value"_s, queue.id}});
    const QJsonObject query {
        {u"interval"_s, u"2026-03-01T00:00:00.000Z/2026-03-04T00:00:00.000Z"_s},
        {u"paging"_s, QJsonObject {{u"pageSize"_s, 100}, {u"pageNumber"_s, 1}}},
        {u"conversationFilters"_s,
         QJsonArray {QJsonObject {{u"type"_s, u"and"_s},
                                  {u"predicates"_s,
                                   QJsonArray {QJsonObject {{u"type"_s, u"dimension"_s},
                                                            {u"dimension"_s, u"conversationEnd"_s},
                                                            {u"operator"_s, u"notExists"_s}}}}}}},
        {u"segmentFilters"_s,
         QJsonArray {QJsonObject {{u"type"_s, u"or"_s}, {u"predicates"_s, queueClauses}}}}};
    const QByteArray body = QJsonDocument(query).toJson(QJsonDocument::Compact);
    const int queries = qMax(1, count / 10);
    int hits = 0;
    timer.restart();
    for (int i = 0; i < queries; ++i)
        hits = QJsonDocument::fromJson(
                   waitFor(network.post(request(u"/api/v2/analytics/conversations/details/query"_s),
                                        body)))
                   .object()
                   .value("totalHits"_L1)
                   .toInt();
    const double queryRate
        = queries * 1000.0 / static_cast<double>(qMax<qint64>(1, timer.elapsed()));
    out << u"| %1 / %2 / %3 | %4 | %5 | %6 |"_s.arg(profile.queues)
               .arg(profile.agents)
               .arg(profile.conversations)
               .arg(getRate, 0, 'f', 0)
               .arg(queryRate, 0, 'f', 1)
               .arg(hits)
        << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption quick(u"quick"_s, u"Tiny sizes, to check the benchmark still runs."_s);
    parser.addOption(quick);
    parser.process(app);

    QTextStream out(stdout);
    const bool small = parser.isSet(quick);
    const QList<Profile> profiles = small
        ? QList<Profile> {{3, 25, 60}}
        : QList<Profile> {{3, 25, 60}, {10, 250, 600}, {20, 1000, 2500}};
    out << "Simulation (stepped clock, every queue subscribed on one WebSocket)" << Qt::endl
        << "| queues / agents / conversations | start-up incl. 10 min warm-up (ms) | sandbox s per "
           "wall s | conversations | events | events/s delivered | bytes/event |"
        << Qt::endl
        << "|---|---:|---:|---:|---:|---:|---:|" << Qt::endl;
    for (const Profile &profile : profiles)
        simulationRate(out, profile, small ? 2 : 60);
    out << Qt::endl
        << "REST over HTTP/1.1 keep-alive (sequential round trips)" << Qt::endl
        << "| queues / agents / conversations | GET conversation/s | analytics queries/s | live "
           "hits |"
        << Qt::endl
        << "|---|---:|---:|---:|" << Qt::endl;
    for (const Profile &profile : profiles)
        requestRate(out, profile, small ? 50 : 2000);
    return 0;
}
