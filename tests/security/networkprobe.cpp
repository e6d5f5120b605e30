#include "networkprobe.h"

#include <QFile>
#include <QNetworkInterface>
#include <QTcpSocket>
#include <QtEndian>

#include <algorithm>

namespace IdleGuard::Security {

using namespace Qt::StringLiterals;

QList<QHostAddress> NetworkProbe::ownNonLoopbackAddresses()
{
    QList<QHostAddress> result;
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        const auto flags = interface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp)
            || flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            const QHostAddress address = entry.ip();
            if (!address.isLoopback() && !address.isLinkLocal() && !address.isNull())
                result.append(address);
        }
    }
    return result;
}

bool NetworkProbe::accepts(const QHostAddress &address, quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(address, port);
    const bool connected = socket.waitForConnected(3000);
    socket.abort();
    return connected;
}

QList<QHostAddress> NetworkProbe::listeningAddresses(quint16 port)
{
    QList<QHostAddress> result;
    for (const QString &table : {u"/proc/net/tcp"_s, u"/proc/net/tcp6"_s}) {
        QFile file(table);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        file.readLine(); // the header
        while (!file.atEnd()) {
            const QList<QByteArray> fields = file.readLine().simplified().split(' ');
            if (fields.size() < 4 || fields.at(3) != "0A") // 0A: LISTEN
                continue;
            const QList<QByteArray> local = fields.at(1).split(':');
            if (local.size() != 2 || local.at(1).toUInt(nullptr, 16) != port)
                continue;
            // The address in hex, each 32-bit word in host (little-endian) order.
            const QByteArray hex = local.at(0);
            QByteArray bytes;
            for (qsizetype word = 0; word + 8 <= hex.size(); word += 8) {
                const QByteArray raw = QByteArray::fromHex(hex.mid(word, 8));
                for (qsizetype i = raw.size() - 1; i >= 0; --i)
                    bytes.append(raw.at(i));
            }
            if (bytes.size() == 4) {
                result.append(QHostAddress(qFromBigEndian<quint32>(bytes.constData())));
            } else if (bytes.size() == 16) {
                Q_IPV6ADDR address;
                std::copy(bytes.cbegin(), bytes.cend(), address.c);
                result.append(QHostAddress(address));
            }
        }
    }
    return result;
}

} // namespace IdleGuard::Security
