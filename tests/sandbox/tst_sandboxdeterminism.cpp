// End to end, the sandbox is reproducible: two organisations started with the same seed send
// the same notification events (topic and body) at the same sandbox times over a real
// WebSocket; another seed sends a different stream.

#include "sandbox/authservice.h"
#include "sandbox/eventscheduler.h"
#include "sandbox/notificationhub.h"
#include "sandbox/organisation.h"
#include "sandbox/sandbox.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace IdleGuard::Sandbox;
using namespace Qt::StringLiterals;

namespace {

struct Frame
{
    qint64 atMs;
    QString topic;
    QByteArray body;
    bool operator==(const Frame &other) const = default;
};

// Runs a demo-profile sandbox for `minutes` of stepped time and records what its WebSocket got.
QList<Frame> record(quint64 seed, int minutes)
{
    SandboxOptions options;
    options.port = 0;
    options.stepped = true;
    options.seed = seed;
    Sandbox sandbox(options);
    QString error;
    if (!sandbox.start(&error))
        qFatal("%s", qPrintable(error));

    const QString token = sandbox.auth().issueToken(u"demo-client"_s, {}, u"client_credentials"_s);
    const auto &channel = sandbox.notifications().createChannel(
        *sandbox.auth().record(token), Organisation::supervisorPermissions());
    QStringList topics;
    for (const auto &queue : sandbox.organisation().queues())
        topics.append(u"v2.routing.queues.%1.conversations.messages"_s.arg(queue.id));
    sandbox.notifications().subscribe(channel.id, topics, true, false);

    QList<Frame> frames;
    QObject::connect(&sandbox.notifications(), &NotificationHub::frameSent, &sandbox,
                     [&](const QString &, const QJsonObject &envelope) {
                         if (envelope.value("topicName"_L1).toString() == "channel.metadata"_L1)
                             return; // heartbeats
                         frames.append({sandbox.scheduler().nowMs(),
                                        envelope.value("topicName"_L1).toString(),
                                        QJsonDocument(envelope.value("eventBody"_L1).toObject())
                                            .toJson(QJsonDocument::Compact)});
                     });
    QWebSocket socket;
    QSignalSpy connected(&socket, &QWebSocket::connected);
    socket.open(QUrl(channel.connectUri));
    if (!connected.wait(5000))
        qFatal("socket did not connect");
    if (!QTest::qWaitFor([&] { return sandbox.notifications().connectedSocketCount() == 1; }, 5000))
        qFatal("the hub did not attach the socket");

    for (int second = 0; second < minutes * 60; second += 10)
        sandbox.step(10'000);
    return frames;
}

} // namespace

class TestSandboxDeterminism : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules(u"idleguard.sandbox.*.info=false"_s); }

    void sameSeedSameEventStream()
    {
        const QList<Frame> first = record(11, 10);
        const QList<Frame> second = record(11, 10);
        QVERIFY2(first.size() > 100,
                 qPrintable(u"only %1 events in 10 minutes"_s.arg(first.size())));
        QCOMPARE(first.size(), second.size());
        for (qsizetype i = 0; i < first.size(); ++i) {
            if (!(first.at(i) == second.at(i)))
                QFAIL(qPrintable(u"event %1 differs: %2 at %3 vs %4 at %5"_s.arg(i)
                                     .arg(first.at(i).topic)
                                     .arg(first.at(i).atMs)
                                     .arg(second.at(i).topic)
                                     .arg(second.at(i).atMs)));
        }
    }

    void otherSeedOtherEventStream()
    {
        const QList<Frame> first = record(11, 5);
        const QList<Frame> other = record(12, 5);
        QVERIFY(!other.isEmpty());
        QVERIFY(first != other);
    }
};

QTEST_GUILESS_MAIN(TestSandboxDeterminism)
#include "tst_sandboxdeterminism.moc"
