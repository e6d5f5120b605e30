#include "notificationsocket.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

namespace IdleGuard::Sandbox {

using namespace Qt::StringLiterals;

namespace {

constexpr int kSocketTimeoutMs = 10000;

} // namespace

NotificationSocket::NotificationSocket()
{
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                     [this](const QString &text) {
                         frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
                     });
    QObject::connect(&socket, &QWebSocket::disconnected, &socket, [this] { disconnected = true; });
}

bool NotificationSocket::open(const QString &uri)
{
    QSignalSpy connected(&socket, &QWebSocket::connected);
    socket.open(QUrl(uri));
    return connected.wait(kSocketTimeoutMs);
}

bool NotificationSocket::join(const QString &uri)
{
    return open(uri) && sync();
}

bool NotificationSocket::sync()
{
    const int pongs = metadataCount(u"pong"_s);
    socket.sendTextMessage(u"{\"message\":\"ping\"}"_s);
    return QTest::qWaitFor([&] { return metadataCount(u"pong"_s) > pongs; }, kSocketTimeoutMs);
}

bool NotificationSocket::waitForDisconnect()
{
    return QTest::qWaitFor([this] { return disconnected; }, kSocketTimeoutMs);
}

QList<QJsonObject> NotificationSocket::on(const QString &topic) const
{
    QList<QJsonObject> result;
    for (const QJsonObject &frame : frames) {
        if (frame.value("topicName"_L1).toString() == topic)
            result.append(frame);
    }
    return result;
}

int NotificationSocket::metadataCount(const QString &message) const
{
    int count = 0;
    for (const QJsonObject &frame : on(u"channel.metadata"_s))
        count += frame.value("eventBody"_L1).toObject().value("message"_L1).toString() == message;
    return count;
}

} // namespace IdleGuard::Sandbox
