#include "connectionwitness.h"

#include "networkprobe.h"

#include <QCoreApplication>
#include <QTcpSocket>

namespace IdleGuard::Security {

using namespace Qt::StringLiterals;

ConnectionWitness::ConnectionWitness()
{
    const QList<QHostAddress> addresses = NetworkProbe::ownNonLoopbackAddresses();
    for (const QHostAddress &address : addresses) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && m_server.listen(address))
            break;
    }
    QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_connections;
            socket->abort();
            socket->deleteLater();
        }
    });
}

QString ConnectionWitness::authority() const
{
    return isListening()
        ? u"%1:%2"_s.arg(m_server.serverAddress().toString()).arg(m_server.serverPort())
        : u"idleguard-remote.example.com"_s;
}

int ConnectionWitness::connections()
{
    QCoreApplication::processEvents();
    return m_connections;
}

} // namespace IdleGuard::Security
