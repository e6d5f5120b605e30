#pragma once

#include <QTcpServer>

namespace IdleGuard::Fuzz {

// A QTcpServer that listens on nothing: each connect() makes a connected pair of Unix sockets
// and queues one end as a pending connection, as an accepted TCP connection would be. Whatever
// serves this listener (QAbstractHttpServer::bind) reads requests from it without a port, a
// network stack or another process.
class InMemoryListener final : public QTcpServer
{
public:
    explicit InMemoryListener(QObject *parent = nullptr);

    // The client end's file descriptor (non-blocking; the caller closes it), or -1.
    int connect();
};

} // namespace IdleGuard::Fuzz
