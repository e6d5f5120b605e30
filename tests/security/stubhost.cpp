#include "stubhost.h"

#include <QJsonDocument>
#include <QTcpSocket>

#include <memory>

namespace IdleGuard::Security {

using namespace Qt::StringLiterals;

StubHost::StubHost(Answer answer)
    : m_answer(std::move(answer))
{
    if (!m_server.listen(QHostAddress::LocalHost))
        qFatal("stub host cannot listen");
    QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection())
            serve(socket);
    });
}

QUrl StubHost::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()));
}

QByteArray StubHost::json(int status, const QJsonObject &body, const QByteArray &extra)
{
    const QByteArray content = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n"
        + extra + "Content-Length: " + QByteArray::number(content.size())
        + "\r\nConnection: close\r\n\r\n" + content;
}

void StubHost::serve(QTcpSocket *socket)
{
    auto buffer = std::make_shared<QByteArray>();
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
        buffer->append(socket->readAll());
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> head = buffer->left(end).split('\n');
        qsizetype length = 0;
        for (const QByteArray &line : head) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer->size() < end + 4 + length)
            return; // the rest of the body is still on its way
        const QList<QByteArray> requestLine = head.first().trimmed().split(' ');
        requests.append(QString::fromLatin1(requestLine.value(0) + ' ' + requestLine.value(1)));
        socket->write(m_answer(requestLine.value(0), requestLine.value(1)));
        socket->disconnectFromHost();
    });
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

} // namespace IdleGuard::Security
