#pragma once

#include <QString>
#include <QTcpServer>

namespace IdleGuard::Security {

// A TCP listener on an address of this machine that is not loopback, counting who connects:
// where a refused URL would have gone, to show that nothing was sent. Not listening when the
// machine has no such address; authority() then names a host that is not on this machine.
class ConnectionWitness
{
public:
    ConnectionWitness();

    bool isListening() const { return m_server.isListening(); }
    // "<address>:<port>" of the witness, or a remote name.
    QString authority() const;
    // Connections so far (events processed first).
    int connections();

private:
    QTcpServer m_server;
    int m_connections = 0;
};

} // namespace IdleGuard::Security
