#pragma once

// One in-process sandbox for a test, with a SandboxClient on its port and the tokens the tests
// call with. quietOptions() is where every such sandbox starts from: any free port, a stepped
// clock, no simulated traffic and no conversations; a test changes what it needs.

#include "sandbox/sandbox.h"
#include "sandboxclient.h"

#include <QString>

#include <memory>

namespace IdleGuard::Sandbox {

class SandboxFixture
{
public:
    static SandboxOptions quietOptions();

    explicit SandboxFixture(const SandboxOptions &options = quietOptions());

    // Starts the sandbox and connects the client; false, with a warning, when it does not start.
    bool start();

    Sandbox &sandbox() { return m_sandbox; }
    // Valid once start() succeeded.
    SandboxClient &client() { return *m_client; }
    // A POST to the /sandbox/ control interface, which takes no token.
    SandboxClient::Reply control(const QString &path, const QByteArray &body = {});

    // A fresh token as the desktop app's sign-in would give it to the user.
    QString tokenFor(const QString &userId);
    QString supervisorToken();
    // A fresh client-credentials token of the demo service client (no user).
    QString serviceToken();

    // The first agent who works `queueId`; empty when none does.
    QString agentOf(const QString &queueId);
    // A conversation in `queueId` that `agentId` answered and wrote in: the customer's
    // countdown to warning 1 runs from the agent's message.
    QString startAnsweredConversation(const QString &queueId, const QString &agentId,
                                      const QString &customer);

private:
    Sandbox m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
};

} // namespace IdleGuard::Sandbox
