#pragma once

// A notification channel's WebSocket for the sandbox tests: keeps every frame it received, picks
// them out by topic, and pings to know that whatever the server sent before has arrived.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QWebSocket>

namespace IdleGuard::Sandbox {

class NotificationSocket
{
public:
    NotificationSocket();

    // Opens the socket on a channel's connectUri and waits until it is connected.
    bool open(const QString &uri);
    // open(), then sync(): the server has taken this socket on as its channel's connection.
    bool join(const QString &uri);
    // Ping and wait for the pong: every frame the server sent before it has arrived by then.
    bool sync();
    bool waitForDisconnect();

    // The frames of one topic, in the order they came.
    QList<QJsonObject> on(const QString &topic) const;
    // The channel.metadata frames with this message ("pong", "WebSocket Heartbeat").
    int metadataCount(const QString &message) const;

    QWebSocket socket;
    QList<QJsonObject> frames;
    bool disconnected = false;
};

} // namespace IdleGuard::Sandbox
