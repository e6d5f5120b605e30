#include "organisation.h"

#include "seededrandom.h"

#include <QUrl>

namespace IdleGuard::Sandbox {

using namespace Qt::StringLiterals;

namespace {

const QStringList kQueueNames = {u"Web Support"_s,    u"Billing"_s, u"Returns"_s,  u"Sales Chat"_s,
                                 u"Technical Help"_s, u"Loyalty"_s, u"Delivery"_s, u"Accounts"_s};
const QStringList kFirstNames
    = {u"Alex"_s,  u"Priya"_s, u"Jonas"_s,  u"Mei"_s,   u"Carlos"_s, u"Fatima"_s, u"Liam"_s,
       u"Sofia"_s, u"Kenji"_s, u"Amara"_s,  u"Noah"_s,  u"Elif"_s,   u"Mateo"_s,  u"Hannah"_s,
       u"Ravi"_s,  u"Chloe"_s, u"Tomasz"_s, u"Aisha"_s, u"Lukas"_s,  u"Yara"_s};
const QStringList kLastNames = {u"Berg"_s,   u"Okafor"_s, u"Novak"_s,   u"Silva"_s, u"Tanaka"_s,
                                u"Moreau"_s, u"Khan"_s,   u"Fischer"_s, u"Rossi"_s, u"Larsen"_s};
const QStringList kWrapupNames
    = {u"Resolved"_s, u"Customer idle"_s, u"Follow-up needed"_s, u"Transferred"_s};

// RFC 8252 7.3: native apps listen on an ephemeral loopback port, so any port is accepted.
bool isLoopbackHttp(const QUrl &url)
{
    return url.isValid() && url.scheme() == "http"_L1 && url.port() > 0
        && (url.host() == "127.0.0.1"_L1 || url.host() == "localhost"_L1);
}

// Same scheme, host and port (RFC 6454 5), a port left out being the scheme's default.
bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const int defaultPort = a.scheme() == "https"_L1 ? 443 : 80;
    return a.isValid() && b.isValid() && a.scheme() == b.scheme() && a.host() == b.host()
        && a.port(defaultPort) == b.port(defaultPort);
}

} // namespace

bool SandboxOAuthClient::allowsRedirect(const QString &uri) const
{
    if (redirectUris.contains(uri))
        return true;
    return anyLoopbackRedirect && isLoopbackHttp(QUrl(uri, QUrl::StrictMode));
}

bool SandboxOAuthClient::allowsOrigin(const QUrl &origin) const
{
    for (const QString &uri : redirectUris) {
        if (sameOrigin(QUrl(uri, QUrl::StrictMode), origin))
            return true;
    }
    return anyLoopbackRedirect && isLoopbackHttp(origin);
}

QStringList Organisation::supervisorPermissions()
{
    return {u"conversation:communication:disconnect"_s,
            u"conversation:communication:view"_s,
            u"conversation:message:create"_s,
            u"conversation:webmessaging:create"_s,
            u"conversation:participant:wrapup"_s,
            u"routing:queue:view"_s,
            u"routing:wrapupCode:view"_s,
            u"analytics:conversationDetail:view"_s,
            u"analytics:queueObservation:view"_s};
}

QStringList Organisation::agentPermissions()
{
    // What a messaging agent holds: view, accept and answer messages (web messaging and the
    // other channels), and wrap up. Ending their own leg needs no more (reference section 8:
    // the participant PATCH takes any of conversation:participant:wrapup, conversation:call:record
    // or conversation:communication:disconnect). conversation:communication:disconnect itself is
    // the "Disconnect interactions" admin tool's permission, a supervisor's.
    return {u"conversation:message:view"_s,        u"conversation:message:accept"_s,
            u"conversation:message:create"_s,      u"conversation:webmessaging:view"_s,
            u"conversation:webmessaging:accept"_s, u"conversation:webmessaging:create"_s,
            u"conversation:participant:wrapup"_s};
}

void Organisation::setAgentPermissions(const QStringList &permissions)
{
    for (auto &user : m_users) {
        if (!user.supervisor)
            user.permissions = permissions;
    }
}

Organisation Organisation::generate(SeededRandom &random, int queueCount, int agentCount)
{
    Organisation org;
    org.m_id = random.uuid();
    org.m_name = u"Acme Support (sandbox)"_s;
    org.m_divisionId = random.uuid();

    for (const QString &name : kWrapupNames)
        org.m_wrapupCodes.append({random.uuid(), name});
    QStringList allCodes;
    for (const auto &code : org.m_wrapupCodes)
        allCodes.append(code.id);

    for (int i = 0; i < queueCount; ++i) {
        SandboxQueue queue;
        queue.id = random.uuid();
        queue.name = i < kQueueNames.size() ? kQueueNames.at(i) : u"Queue %1"_s.arg(i + 1);
        queue.description = u"Web messaging queue of the sandbox organisation"_s;
        queue.wrapupCodeIds = allCodes;
        org.m_queueIndex.insert(queue.id, org.m_queues.size());
        org.m_queues.append(queue);
    }

    SandboxUser supervisor;
    supervisor.id = random.uuid();
    supervisor.name = u"Sam Supervisor"_s;
    supervisor.email = u"sam@acme.example"_s;
    supervisor.supervisor = true;
    supervisor.permissions = supervisorPermissions();
    org.m_userIndex.insert(supervisor.id, org.m_users.size());
    org.m_users.append(supervisor);

    for (int i = 0; i < agentCount; ++i) {
        SandboxUser agent;
        agent.id = random.uuid();
        const QString first = kFirstNames.at(i % kFirstNames.size());
        const QString last = kLastNames.at((i / kFirstNames.size() + i) % kLastNames.size());
        agent.name = first + u' ' + last;
        agent.email = u"%1.%2.%3@acme.example"_s.arg(first.toLower(), last.toLower()).arg(i + 1);
        agent.permissions = agentPermissions();
        agent.messageCapacity = static_cast<int>(random.between(2, 3));
        if (queueCount > 0) {
            // Everyone serves one queue; about a third also help out in a second one.
            agent.queueIds.append(org.m_queues.at(i % queueCount).id);
            if (queueCount > 1 && random.chance(0.35))
                agent.queueIds.append(org.m_queues.at((i + 1) % queueCount).id);
        }
        org.m_userIndex.insert(agent.id, org.m_users.size());
        org.m_users.append(agent);
    }

    SandboxOAuthClient desktop;
    desktop.id = u"idleguard-desktop"_s;
    desktop.name = u"Idle Guard (desktop, PKCE)"_s;
    desktop.grantType = u"CODE"_s;
    desktop.anyLoopbackRedirect = true;
    org.m_clients.append(desktop);

    SandboxOAuthClient script = desktop;
    script.id = u"agent-script"_s;
    script.name = u"Agent script page (implicit grant)"_s;
    script.grantType = u"TOKEN"_s;
    org.m_clients.append(script);

    SandboxOAuthClient service;
    service.id = u"demo-client"_s;
    service.name = u"Sandbox service client"_s;
    service.secret = u"demo-secret"_s;
    service.grantType = u"CLIENT-CREDENTIALS"_s;
    service.permissions = supervisorPermissions();
    org.m_clients.append(service);

    SandboxOAuthClient confidential;
    confidential.id = u"demo-web-app"_s;
    confidential.name = u"Sandbox confidential code client"_s;
    confidential.secret = u"demo-web-secret"_s;
    confidential.grantType = u"CODE"_s;
    confidential.anyLoopbackRedirect = true;
    org.m_clients.append(confidential);
    return org;
}

const SandboxUser *Organisation::user(const QString &id) const
{
    const auto found = m_userIndex.constFind(id);
    return found == m_userIndex.cend() ? nullptr : &m_users.at(*found);
}

const SandboxUser *Organisation::userByEmail(const QString &email) const
{
    for (const auto &user : m_users) {
        if (user.email.compare(email, Qt::CaseInsensitive) == 0)
            return &user;
    }
    return nullptr;
}

const SandboxUser *Organisation::supervisor() const
{
    for (const auto &user : m_users) {
        if (user.supervisor)
            return &user;
    }
    return nullptr;
}

QList<const SandboxUser *> Organisation::agents() const
{
    QList<const SandboxUser *> result;
    for (const auto &user : m_users) {
        if (!user.supervisor)
            result.append(&user);
    }
    return result;
}

const SandboxQueue *Organisation::queue(const QString &id) const
{
    const auto found = m_queueIndex.constFind(id);
    return found == m_queueIndex.cend() ? nullptr : &m_queues.at(*found);
}

const SandboxWrapupCode *Organisation::wrapupCode(const QString &id) const
{
    for (const auto &code : m_wrapupCodes) {
        if (code.id == id)
            return &code;
    }
    return nullptr;
}

const SandboxOAuthClient *Organisation::client(const QString &id) const
{
    for (const auto &client : m_clients) {
        if (client.id == id)
            return &client;
    }
    return nullptr;
}

void Organisation::addClient(const SandboxOAuthClient &client)
{
    for (auto &existing : m_clients) {
        if (existing.id == client.id) {
            existing = client;
            return;
        }
    }
    m_clients.append(client);
}

void Organisation::setQueueInactivityTimeout(const QString &queueId, int seconds)
{
    const auto found = m_queueIndex.constFind(queueId);
    if (found == m_queueIndex.cend())
        return;
    m_queues[*found].inactivityTimeout = seconds > 0;
    m_queues[*found].inactivityTimeoutSeconds = seconds;
}

} // namespace IdleGuard::Sandbox
