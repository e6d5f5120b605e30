#pragma once

#include "core/policyerror.h"
#include "core/policyset.h"
#include "core/queue.h"
#include "core/wrapupcode.h"
#include "enforcement/actionreport.h"
#include "enforcement/conversationrow.h"
#include "enforcement/enforcementworker.h"
#include "genesys/environment.h"
#include "genesys/notificationfeed.h"
#include "genesys/pkcesignin.h"
#include "genesys/session.h"
#include "policyhistory.h"
#include "transcriptloader.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace IdleGuard {
class Clock;
struct OverrideOutcome;
namespace Enforcement {
class Enforcer;
}
namespace Genesys {
class GenesysApi;
class RestClient;
class TokenStore;
} // namespace Genesys
} // namespace IdleGuard

namespace IdleGuard::Supervision {

// What the status bar shows about the connection, as one value.
struct ConnectionStatus
{
    Genesys::Session::State session = Genesys::Session::State::SignedOut;
    QString sessionMessage; // why the last sign-in failed
    Genesys::NotificationFeed::State feed = Genesys::NotificationFeed::State::Offline;
    QString feedReason; // why the feed is offline
    qint64 lastHeartbeatMs = 0;
    int rateLimitHeadroom = -1; // requests left in the current minute; -1: not known yet

    friend bool operator==(const ConnectionStatus &, const ConnectionStatus &) = default;
};

// The one composition root of both front ends, without widgets: owns the REST client, the
// session (PKCE in the browser for a person, client credentials for the headless service), the
// notification feed and the Enforcer (the worker thread with the engine, the actions and the
// journal), wires them together, and exposes their state as values and signals. The window and
// the headless runner only talk to it; nothing they get points into the worker's thread.
//
// Life: configure(), then signIn(); once signed in the feed follows the queues and the enforcer
// starts. stop() shuts down in order (feed, then the worker; pending intents stay journaled).
class SupervisionController final : public QObject
{
    Q_OBJECT

public:
    enum class SignInMode { Browser, ClientCredentials };

    struct Settings
    {
        Genesys::Environment environment;
        SignInMode mode = SignInMode::Browser;
        QString clientId;
        QString clientSecret; // client credentials only: a workstation never holds one
        QStringList queues;
        PolicySet policies;
        QString journalPath;
        QString instanceId = QStringLiteral("idleguard");
        bool observeOnly = false;
        qint64 claimLeadMs = 2'000;
        double clockSpeed = 1.0; // a sped-up sandbox clock: the worker's timer follows
        // Client credentials only: the worker signs in on its own, so its requests count
        // against a token (and a rate budget) of their own instead of the feed's.
        bool ownWorkerToken = false;
        // Where an applied policy set is saved so the next start uses it (a workstation's
        // policy.json); empty: applies last as long as the program runs (the demo, a service).
        QString policyFile;
    };

    // `tokens` keeps the session's token (the keychain on a workstation, memory on a server);
    // it must outlive the controller.
    SupervisionController(const Clock &clock, Genesys::TokenStore &tokens,
                          QObject *parent = nullptr);
    ~SupervisionController() override;

    // Before signIn(); a new environment or client signs out first.
    void configure(const Settings &settings);
    const Settings &settings() const { return m_settings; }
    // How the browser is opened for a PKCE sign-in (the app passes QDesktopServices, the demo
    // may complete the sandbox's page itself).
    void setBrowserLauncher(Genesys::PkceSignIn::Launcher launcher);

    void signIn();
    void signOut();
    // Gives up a sign-in waiting to be tried again, stops the feed and the worker (joins its
    // thread); safe to call twice.
    void stop();

    bool isSignedIn() const;
    // The signed-in person (browser mode), or empty.
    QString userId() const { return m_userId; }
    QString userName() const { return m_userName; }
    ConnectionStatus connection() const;
    // The conversations the feed holds (nullptr before the first sign-in), e.g. for the
    // headless enforcer's account of its mirror at stop.
    const Genesys::ConversationMirror *mirror() const
    {
        return m_feed ? &m_feed->mirror() : nullptr;
    }
    bool isObserveOnly() const { return m_settings.observeOnly; }
    bool isEnforcing() const { return m_enforcing; }

    // The organisation's queues (queuesReady / queuesFailed).
    void fetchQueues();
    // The organisation's wrap-up codes (wrapupCodesReady / wrapupCodesFailed).
    void fetchWrapupCodes();
    void setQueues(const QStringList &queueIds);
    // Sends a policy set to the enforcer; answered by policiesApplied (it is in force, every
    // countdown follows it) or policiesRejected (the set before stays in force).
    void setPolicies(const PolicySet &policies);
    // Brings back the set in force before the last apply (policyHistoryChanged says when).
    bool undoPolicies();
    // What the enforcer has in force: the set, its revision (0 before the first answer), when
    // it was applied, and whether an apply can be undone.
    const PolicyHistory &policyHistory() const { return m_policyHistory; }
    void setObserveOnly(bool observeOnly);

    // Supervisor actions on one conversation, as the signed-in user; each is answered with
    // overrideFinished().
    void snooze(const QString &conversationId, int minutes);
    void setExempt(const QString &conversationId, bool exempt);
    void reset(const QString &conversationId);
    void warnNow(const QString &conversationId);
    // `reason` (optional) is journaled with the disconnect.
    void disconnectNow(const QString &conversationId, const QString &reason = {});

    void requestStatuses();
    void requestSummary();
    // The newest messages of one conversation with their texts (transcriptReady); a newer
    // request abandons the previous one.
    void fetchTranscript(const QString &conversationId);

signals:
    void connectionChanged(const IdleGuard::Supervision::ConnectionStatus &status);
    void signedIn(const QString &userName);
    void signedOut();
    void signInFailed(const QString &message);
    void enforcingChanged(bool enforcing);
    void queuesReady(const QList<IdleGuard::Queue> &queues);
    void queuesFailed(const QString &message);
    void wrapupCodesReady(const QList<IdleGuard::WrapupCode> &codes);
    void wrapupCodesFailed(const QString &message);
    void transcriptReady(const QString &conversationId,
                         const QList<IdleGuard::Supervision::TranscriptEntry> &entries);
    void transcriptFailed(const QString &conversationId, const QString &message);

    // From the enforcer, in this object's thread.
    void enforcerStarted(bool ok, const QString &error);
    void actionFinished(const IdleGuard::Enforcement::ActionReport &report);
    void policiesApplied(int revision);
    void policiesRejected(const IdleGuard::PolicyErrors &errors);
    // policyHistory() changed: a set was applied, undone or rejected.
    void policyHistoryChanged();
    // An applied set could not be written to Settings::policyFile (it is in force all the same).
    void policiesNotSaved(const QString &message);
    void observeOnlyChanged(bool observeOnly);
    void overrideFinished(const QString &conversationId, const IdleGuard::OverrideOutcome &outcome);
    void summaryReady(const IdleGuard::Enforcement::WorkerSummary &summary);
    void statusesReady(const QList<IdleGuard::Enforcement::ConversationRow> &rows,
                       quint64 revision);
    void statusesChanged(const QList<IdleGuard::Enforcement::ConversationRow> &changed,
                         const QStringList &removed, quint64 revision);

private:
    void build();
    void tearDown();
    void onSessionSignedIn();
    void startEnforcing();
    QString actor() const;
    void announceConnection();
    void sendPolicies(const PolicySet &policies, PolicyHistory::Kind kind);
    void onPoliciesApplied(int revision);
    void onPoliciesRejected(const IdleGuard::PolicyErrors &errors);
    void savePolicies();

    const Clock &m_clock;
    Genesys::TokenStore &m_tokens;
    Settings m_settings;
    Genesys::PkceSignIn::Launcher m_launcher;
    std::unique_ptr<Genesys::RestClient> m_client;
    std::unique_ptr<Genesys::GenesysApi> m_api;
    std::unique_ptr<Genesys::NotificationFeed> m_feed;
    std::unique_ptr<Genesys::PkceSignIn> m_browser;
    std::unique_ptr<Genesys::Session> m_session;
    // The worker's own sign-in (Settings::ownWorkerToken), its token kept in memory; the
    // session sets the token it gets on its client, so it has one of its own.
    std::unique_ptr<Genesys::RestClient> m_workerClient;
    std::unique_ptr<Genesys::TokenStore> m_workerTokens;
    std::unique_ptr<Genesys::Session> m_workerSession;
    std::unique_ptr<Enforcement::Enforcer> m_enforcer;
    std::unique_ptr<TranscriptLoader> m_transcripts;
    QString m_userId;
    QString m_userName;
    bool m_enforcing = false;
    ConnectionStatus m_lastAnnounced;
    PolicyHistory m_policyHistory;
};

} // namespace IdleGuard::Supervision

Q_DECLARE_METATYPE(IdleGuard::Supervision::ConnectionStatus)
