#include "sandboxfixture.h"

#include "sandbox/authservice.h"
#include "sandbox/conversationstore.h"
#include "sandbox/organisation.h"
#include "sandbox/simconversation.h"

#include <QDebug>

namespace IdleGuard::Sandbox {

using namespace Qt::StringLiterals;

SandboxOptions SandboxFixture::quietOptions()
{
    SandboxOptions options;
    options.port = 0;
    options.stepped = true;
    options.simulate = false;
    options.conversations = 0;
    return options;
}

SandboxFixture::SandboxFixture(const SandboxOptions &options)
    : m_sandbox(options)
{ }

bool SandboxFixture::start()
{
    QString error;
    if (!m_sandbox.start(&error)) {
        qWarning() << "sandbox did not start:" << error;
        return false;
    }
    m_client = std::make_unique<SandboxClient>(m_sandbox.baseUrl());
    return true;
}

SandboxClient::Reply SandboxFixture::control(const QString &path, const QByteArray &body)
{
    return m_client->post(path, {}, body);
}

QString SandboxFixture::tokenFor(const QString &userId)
{
    return m_sandbox.auth().issueToken(u"idleguard-desktop"_s, userId, u"authorization_code"_s);
}

QString SandboxFixture::supervisorToken()
{
    return tokenFor(m_sandbox.organisation().supervisor()->id);
}

QString SandboxFixture::serviceToken()
{
    return m_sandbox.auth().issueToken(u"demo-client"_s, {}, u"client_credentials"_s);
}

QString SandboxFixture::agentOf(const QString &queueId)
{
    for (const SandboxUser *agent : m_sandbox.organisation().agents()) {
        if (agent->queueIds.contains(queueId))
            return agent->id;
    }
    return {};
}

QString SandboxFixture::startAnsweredConversation(const QString &queueId, const QString &agentId,
                                                  const QString &customer)
{
    ConversationStore &store = m_sandbox.store();
    const QString id
        = store.startConversation(queueId, customer, QStringLiteral("Hello, I need help"));
    store.offerToAgent(id, agentId);
    store.answer(id);
    const SimParticipant *agent = store.conversation(id)->agent();
    ConversationStore::Outcome outcome {};
    store.addAgentMessage(id, agent->id, QStringLiteral("Hi, how can I help?"), agentId, &outcome);
    return id;
}

} // namespace IdleGuard::Sandbox
