// Fuzz target: the sandbox's HTTP request handling: QtHttpServer's request parsing and routing,
// then HttpPipeline (loopback Host check, faults, bearer token, rate limit, permissions, CORS,
// HEAD), and the OAuth, API and /sandbox/ control handlers.
//
// The seam: QtHttpServer 6.4 builds its QHttpServerRequest and QHttpServerResponder only from a
// socket (their constructors are private), and the pipeline's handlers take both, so there is no
// call that turns (method, path, headers, body) into a reply without one. The target therefore
// hands the sandbox's own QHttpServer an in-memory connection (InMemoryListener, a Unix socket
// pair bound through Sandbox::serveFrom) and writes the raw request bytes into it: everything
// from the first byte of the request line to the last byte of the answer is the real code, with
// no port, no TCP and no other process.
//
// Each input gets a fresh sandbox (a stepped clock that never moves, no simulated traffic) with
// one conversation waiting in queue and one with an agent, so runs do not depend on each other.
// An input is one or more requests separated by NUL bytes, written one after the other on the
// same connection, each after the answer to the one before. These placeholders are replaced
// before sending: @token@ (a supervisor's bearer token), @service@ (a client-credentials token),
// @waiting@ and @active@ (the conversations' ids), @customer@, @agent@ and @agentcomm@ (the active
// conversation's customer and agent legs and the agent's communication id), @queue@ and @user@
// (a queue's and the agent's user id).

#include "fuzzsupport.h"
#include "inmemorylistener.h"
#include "sandbox/authservice.h"
#include "sandbox/conversationstore.h"
#include "sandbox/organisation.h"
#include "sandbox/sandbox.h"
#include "sandbox/simconversation.h"

#include <QCoreApplication>
#include <QEvent>

#include <cerrno>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace IdleGuard;
using namespace IdleGuard::Sandbox;

namespace {

constexpr int kMaxPumps = 64; // event loop turns per request at most

SandboxOptions options()
{
    SandboxOptions options;
    options.port = 0;
    options.stepped = true;
    options.simulate = false;
    options.conversations = 0;
    return options;
}

// Runs the event loop a turn at a time and collects what the server answered, until it closed
// the connection (returns true), or went quiet after answering, or the turns run out.
bool pump(int fd, QByteArray *answer)
{
    int quiet = 0;
    bool answered = false;
    for (int turn = 0; turn < kMaxPumps; ++turn) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        bool got = false;
        static char buffer[16384]; // not on the stack: ASan would poison it on every turn
        for (;;) {
            const ssize_t n = ::read(fd, buffer, sizeof buffer);
            if (n > 0) {
                answer->append(buffer, qsizetype(n));
                got = answered = true;
            } else if (n == 0) {
                return true;
            } else {
                break; // EAGAIN: nothing more for now
            }
        }
        quiet = got ? 0 : quiet + 1;
        if (quiet >= (answered ? 2 : 8))
            break;
    }
    return false;
}

// Writes all of `bytes`, letting the server read in between when the socket buffer is full.
bool writeAll(int fd, const QByteArray &bytes, QByteArray *answer)
{
    qsizetype written = 0;
    for (int turn = 0; written < bytes.size() && turn < 1000; ++turn) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n > 0) {
            written += n;
        } else if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
            return false; // the server closed the connection
        } else if (pump(fd, answer)) {
            return false;
        }
    }
    return written == bytes.size();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // PCRE2's JIT maps and unmaps 64 KiB of executable memory for each of the routes' regular
    // expressions, in every sandbox: nine tenths of the time per input. Read once, before the
    // first expression is compiled.
    static const bool noJit = qputenv("QT_ENABLE_REGEXP_JIT", "0");
    Q_UNUSED(noJit);
    Fuzz::initialise();
    QByteArray input = Fuzz::bytes(data, size);
    {
        IdleGuard::Sandbox::Sandbox sandbox(options());
        auto *listener = new Fuzz::InMemoryListener;
        sandbox.serveFrom(listener);

        ConversationStore &store = sandbox.store();
        const Organisation &organisation = sandbox.organisation();
        const QString queue = organisation.queues().constFirst().id;
        const QString user = organisation.agents().constFirst()->id;
        const QString waiting = store.startConversation(queue, QStringLiteral("Jane Customer"),
                                                        QStringLiteral("Hello?"));
        const QString active = store.startConversation(queue, QStringLiteral("Max Customer"),
                                                       QStringLiteral("Hi, my order is late."));
        store.offerToAgent(active, user);
        store.answer(active);
        const SimConversation *conversation = store.conversation(active);
        const SimParticipant *agent = conversation->activeAgent();
        const SimParticipant *customer = conversation->customer();
        FUZZ_CHECK(agent && customer);

        AuthService &auth = sandbox.auth();
        const QList<std::pair<QByteArray, QString>> placeholders {
            {"@token@",
             auth.issueToken(QStringLiteral("idleguard-desktop"), organisation.supervisor()->id,
                             QStringLiteral("authorization_code"))},
            {"@service@",
             auth.issueToken(QStringLiteral("demo-client"), {},
                             QStringLiteral("client_credentials"))},
            {"@waiting@", waiting},
            {"@active@", active},
            {"@customer@", customer->id},
            {"@agentcomm@", agent->communicationId},
            {"@agent@", agent->id},
            {"@queue@", queue},
            {"@user@", user}};
        for (const auto &[placeholder, value] : placeholders)
            input.replace(placeholder, value.toUtf8());

        const int fd = listener->connect();
        FUZZ_CHECK(fd >= 0);
        QByteArray answer;
        bool open = true;
        for (const QByteArray &request : input.split('\0')) {
            if (!open || !writeAll(fd, request, &answer) || pump(fd, &answer)) {
                open = false;
                break;
            }
        }
        if (open) {
            ::shutdown(fd, SHUT_WR); // the client is done: the server sees the end
            pump(fd, &answer);
        }
        ::close(fd);
        if (qEnvironmentVariableIsSet("IDLEGUARD_FUZZ_VERBOSE"))
            std::fprintf(stderr, "%s\n", answer.constData());
        // Whatever the server sent is HTTP.
        if (!answer.isEmpty())
            FUZZ_CHECK(answer.startsWith("HTTP/1.1 "));
    }
    // The server's sockets go with deleteLater().
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return 0;
}
