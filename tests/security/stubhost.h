#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace IdleGuard::Security {

// A minimal HTTP server on 127.0.0.1 whose answers a test writes: stands in for a login or API
// host that hands out dangerous URLs or redirects. One request per connection.
class StubHost
{
public:
    // The whole raw answer to a request.
    using Answer = std::function<QByteArray(const QByteArray &method, const QByteArray &path)>;

    explicit StubHost(Answer answer);

    QUrl baseUrl() const;
    // An answer with a JSON body; `extra` is more header lines, each ending in \r\n.
    static QByteArray json(int status, const QJsonObject &body, const QByteArray &extra = {});

    QStringList requests; // "METHOD path", in order

private:
    void serve(QTcpSocket *socket);

    QTcpServer m_server;
    Answer m_answer;
};

} // namespace IdleGuard::Security
