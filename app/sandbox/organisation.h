#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace IdleGuard::Sandbox {

class SeededRandom;

struct SandboxUser
{
    QString id;
    QString name;
    QString email;
    bool supervisor = false;
    QStringList permissions;
    QStringList queueIds; // queues the user is a member of (agents)
    int messageCapacity = 0; // concurrent message conversations an agent takes
};

struct SandboxQueue
{
    QString id;
    QString name;
    QString description;
    QStringList wrapupCodeIds;
    bool inactivityTimeout = false; // Genesys' own message inactivity timer (reference section 9)
    int inactivityTimeoutSeconds = 0;
};

struct SandboxWrapupCode
{
    QString id;
    QString name;
};

struct SandboxOAuthClient
{
    enum class Kind { Public, Confidential };
    QString id;
    QString name;
    QString secret; // confidential clients only
    QString grantType; // as Genesys spells authorizedGrantType: CODE, TOKEN, CLIENT-CREDENTIALS
    QStringList redirectUris; // exact URIs; see allowsRedirect() for loopback
    bool anyLoopbackRedirect = false;
    QStringList permissions; // client-credentials clients: what their role grants
    int tokenLifetimeSeconds = 86400;

    bool allowsRedirect(const QString &uri) const;
    // Whether `origin` (scheme://host[:port]) is the origin of a redirect URI this client
    // accepts: the page that receives its tokens lives there (the sandbox's CORS rule).
    bool allowsOrigin(const QUrl &origin) const;
};

// The emulated organisation's directory: the division, users (one supervisor who signs in, the
// agents the simulator plays), queues with their wrap-up codes, and the OAuth clients. Generated
// deterministically from the seed; ids are UUIDs like the real ones.
class Organisation
{
public:
    static Organisation generate(SeededRandom &random, int queueCount, int agentCount);

    QString id() const { return m_id; }
    QString name() const { return m_name; }
    QString divisionId() const { return m_divisionId; }

    const QList<SandboxUser> &users() const { return m_users; }
    const QList<SandboxQueue> &queues() const { return m_queues; }
    const QList<SandboxWrapupCode> &wrapupCodes() const { return m_wrapupCodes; }
    const QList<SandboxOAuthClient> &clients() const { return m_clients; }

    const SandboxUser *user(const QString &id) const;
    const SandboxUser *userByEmail(const QString &email) const;
    const SandboxUser *supervisor() const;
    QList<const SandboxUser *> agents() const;
    const SandboxQueue *queue(const QString &id) const;
    const SandboxWrapupCode *wrapupCode(const QString &id) const;
    const SandboxOAuthClient *client(const QString &id) const;

    void addClient(const SandboxOAuthClient &client);
    // The agent role's permissions, for every agent; a role without one shows its 403.
    void setAgentPermissions(const QStringList &permissions);
    void setQueueInactivityTimeout(const QString &queueId, int seconds);

    // Permissions of the roles used here (reference section 8), as the organisation starts.
    static QStringList supervisorPermissions();
    static QStringList agentPermissions();

private:
    QString m_id;
    QString m_name;
    QString m_divisionId;
    QList<SandboxUser> m_users;
    QList<SandboxQueue> m_queues;
    QList<SandboxWrapupCode> m_wrapupCodes;
    QList<SandboxOAuthClient> m_clients;
    QHash<QString, qsizetype> m_userIndex;
    QHash<QString, qsizetype> m_queueIndex;
};

} // namespace IdleGuard::Sandbox
