#include "sandboxfixture.h"

#include "sandbox/authservice.h"
#include "sandbox/organisation.h"

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

} // namespace IdleGuard::Sandbox
