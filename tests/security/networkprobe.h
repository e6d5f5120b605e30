#pragma once

#include <QHostAddress>
#include <QList>

namespace IdleGuard::Security {

// What a test can ask about this machine's network: its own addresses besides loopback, whether
// something answers on an address and port, and which addresses the kernel has a listening socket
// on for a port (what a listener really bound, not what its URL says).
class NetworkProbe
{
public:
    // The addresses of this machine's interfaces that are up and not loopback. Link-local IPv6
    // ones are left out: they need a scope to connect to.
    static QList<QHostAddress> ownNonLoopbackAddresses();
    // Whether something accepts TCP connections on address:port. Bounded: a refused connection
    // answers at once, and an address of this machine never needs the full 3 s.
    static bool accepts(const QHostAddress &address, quint16 port);
    // The local addresses with a listening TCP socket on `port` (/proc/net/tcp and tcp6).
    static QList<QHostAddress> listeningAddresses(quint16 port);
};

} // namespace IdleGuard::Security
