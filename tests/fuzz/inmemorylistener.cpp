#include "inmemorylistener.h"

#include <QTcpSocket>

#include <sys/socket.h>
#include <unistd.h>

namespace IdleGuard::Fuzz {

InMemoryListener::InMemoryListener(QObject *parent)
    : QTcpServer(parent)
{ }

int InMemoryListener::connect()
{
    int ends[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, ends) != 0)
        return -1;
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(ends[0])) {
        delete socket;
        ::close(ends[0]);
        ::close(ends[1]);
        return -1;
    }
    addPendingConnection(socket); // emits pendingConnectionAvailable
    return ends[1];
}

} // namespace IdleGuard::Fuzz
