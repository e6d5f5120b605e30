#include "supervisioncontroller.h"

#include "core/clock.h"
#include "core/overrideoutcome.h"
#include "core/policyparser.h"
#include "enforcement/enforcer.h"
#include "genesys/genesysapi.h"
#include "genesys/memorytokenstore.h"
#include "genesys/restclient.h"
#include "genesys/tokenstore.h"
#include "supervisionlogging.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace IdleGuard::Supervision {

using namespace Qt::StringLiterals;
using Enforcement::Enforcer;
using Genesys::NotificationFeed;
using Genesys::Session;

SupervisionController::SupervisionController(const Clock &clock, Genesys::TokenStore &tokens,
                                             QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_tokens(tokens)
{
    qRegisterMetaType<ConnectionStatus>();
    qRegisterMetaType<QList<Queue>>();
    qRegisterMetaType<QList<WrapupCode>>();
}

SupervisionController::~SupervisionController()
{
    stop();
}

void SupervisionController::configure(const Settings &settings)
{
    const bool rebuild = !m_session || settings.environment != m_settings.environment
        || settings.clientId != m_settings.clientId || settings.mode != m_settings.mode
        || settings.journalPath != m_settings.journalPath;
    const bool queuesChanged = settings.queues != m_settings.queues;
    m_settings = settings;
    if (rebuild) {
        tearDown();
        build();
    } else if (queuesChanged) {
        setQueues(settings.queues);
    }
}

void SupervisionController::setBrowserLauncher(Genesys::PkceSignIn::Launcher launcher)
{
    m_launcher = std::move(launcher);
    if (m_browser)
        m_browser->setLauncher(m_launcher);
}

void SupervisionController::build()
{
    m_client = std::make_unique<Genesys::RestClient>(m_settings.environment, m_clock);
    m_api = std::make_unique<Genesys::GenesysApi>(*m_client);
    m_feed = std::make_unique<NotificationFeed>(*m_api, m_clock);
    m_session = std::make_unique<Session>(m_settings.environment, *m_client, m_tokens, m_clock);
    if (m_settings.mode == SignInMode::Browser) {
        m_browser = std::make_unique<Genesys::PkceSignIn>(m_settings.environment);
        m_browser->setClientId(m_settings.clientId);
        if (m_launcher)
            m_browser->setLauncher(m_launcher);
        m_session->useBrowser(*m_browser);
    } else {
        m_session->useClientCredentials(m_settings.clientId, m_settings.clientSecret);
    }
    m_session->attachFeed(*m_feed);
    m_transcripts = std::make_unique<TranscriptLoader>(*m_api);
    connect(m_transcripts.get(), &TranscriptLoader::loaded, this,
            &SupervisionController::transcriptReady);
    connect(m_transcripts.get(), &TranscriptLoader::failed, this,
            &SupervisionController::transcriptFailed);

    Enforcement::EnforcementWorker::Settings worker;
    worker.environment = m_settings.environment;
    worker.journalPath = m_settings.journalPath;
    worker.instanceId = m_settings.instanceId;
    worker.observeOnly = m_settings.observeOnly;
    worker.claimLeadMs = m_settings.claimLeadMs;
    worker.clockSpeed = m_settings.clockSpeed;
    // One token for the feed and the worker means one budget for both (the platform counts
    // them together; two budgets would let both run the token out). A worker with its own token
    // has a budget of its own: what a resync reads no longer delays the stages.
    const bool ownToken
        = m_settings.mode == SignInMode::ClientCredentials && m_settings.ownWorkerToken;
    if (ownToken) {
        m_workerClient = std::make_unique<Genesys::RestClient>(m_settings.environment, m_clock);
        m_workerTokens = std::make_unique<Genesys::MemoryTokenStore>();
        m_workerSession = std::make_unique<Session>(m_settings.environment, *m_workerClient,
                                                    *m_workerTokens, m_clock);
        m_workerSession->useClientCredentials(m_settings.clientId, m_settings.clientSecret);
    } else {
        worker.rateBudget = m_client->sharedBudget();
    }
    Session &workerSession = ownToken ? *m_workerSession : *m_session;
    m_enforcer = std::make_unique<Enforcer>(m_clock, worker);
    m_enforcer->attachFeed(*m_feed);
    m_enforcer->attachSession(workerSession);
    m_policyHistory.forgetWaiting();
    sendPolicies(m_settings.policies, PolicyHistory::Kind::Apply);

    // The enforcer's answers, in this thread (signal to signal: queued from the worker).
    Enforcer *e = m_enforcer.get();
    connect(e, &Enforcer::started, this, &SupervisionController::enforcerStarted);
    connect(e, &Enforcer::actionFinished, this, &SupervisionController::actionFinished);
    connect(e, &Enforcer::policiesApplied, this, &SupervisionController::onPoliciesApplied);
    connect(e, &Enforcer::policiesRejected, this, &SupervisionController::onPoliciesRejected);
    connect(e, &Enforcer::observeOnlyChanged, this, [this](bool observeOnly) {
        m_settings.observeOnly = observeOnly;
        emit observeOnlyChanged(observeOnly);
    });
    connect(e, &Enforcer::overrideFinished, this, &SupervisionController::overrideFinished);
    connect(e, &Enforcer::summaryReady, this, &SupervisionController::summaryReady);
    connect(e, &Enforcer::statusesReady, this, &SupervisionController::statusesReady);
    connect(e, &Enforcer::statusesChanged, this, &SupervisionController::statusesChanged);
    // The worker's own REST client was refused: its session signs in again, and the new token
    // reaches the worker through attachSession().
    connect(e, &Enforcer::unauthorized, &workerSession, &Session::signIn);
    if (ownToken) {
        connect(m_workerSession.get(), &Session::signedIn, this,
                &SupervisionController::onSessionSignedIn);
        connect(m_workerSession.get(), &Session::failed, this, [this](const QString &message) {
            qCWarning(lcSupervision).noquote() << "the worker's sign-in failed:" << message;
            emit signInFailed(message);
        });
    }

    connect(m_session.get(), &Session::signedIn, this, &SupervisionController::onSessionSignedIn);
    connect(m_session.get(), &Session::failed, this, [this](const QString &message) {
        qCWarning(lcSupervision).noquote() << "sign-in failed:" << message;
        announceConnection();
        emit signInFailed(message);
    });
    connect(m_session.get(), &Session::signedOut, this, [this] {
        m_userId.clear();
        m_userName.clear();
        announceConnection();
        emit signedOut();
    });
    connect(m_session.get(), &Session::stateChanged, this,
            &SupervisionController::announceConnection);
    connect(m_feed.get(), &NotificationFeed::stateChanged, this,
            &SupervisionController::announceConnection);
}

void SupervisionController::tearDown()
{
    stop();
    m_enforcer.reset();
    m_transcripts.reset();
    m_workerSession.reset();
    m_workerTokens.reset();
    m_workerClient.reset();
    m_session.reset();
    m_browser.reset();
    m_feed.reset();
    m_api.reset();
    m_client.reset();
    m_userId.clear();
    m_userName.clear();
}

void SupervisionController::signIn()
{
    if (!m_session)
        build();
    qCInfo(lcSupervision).noquote()
        << "signing in to" << m_settings.environment.key() << "as client" << m_settings.clientId;
    m_session->signIn();
    if (m_workerSession)
        m_workerSession->signIn();
}

void SupervisionController::signOut()
{
    if (!m_session)
        return;
    stop();
    if (m_workerSession)
        m_workerSession->signOut();
    m_session->signOut();
}

void SupervisionController::stop()
{
    if (m_session)
        m_session->cancelRetry(); // a sign-in waiting to be tried again is not tried any more
    if (m_workerSession)
        m_workerSession->cancelRetry();
    if (m_feed)
        m_feed->stop();
    if (m_enforcer)
        m_enforcer->stop(); // joins the worker thread; pending intents stay in the journal
    if (m_enforcing) {
        m_enforcing = false;
        emit enforcingChanged(false);
    }
}

bool SupervisionController::isSignedIn() const
{
    return m_session && m_session->state() == Session::State::SignedIn;
}

void SupervisionController::onSessionSignedIn()
{
    announceConnection();
    const auto holdsToken = [](const Session *session) {
        return session && session->state() == Session::State::SignedIn;
    };
    // With a token of its own the worker starts once both sessions hold one.
    if (!holdsToken(m_session.get()) || (m_workerSession && !holdsToken(m_workerSession.get())))
        return;
    if (m_settings.mode == SignInMode::ClientCredentials) {
        // A client has no user; its actions carry the instance's name.
        m_userName = m_settings.clientId;
        emit signedIn(m_userName);
        startEnforcing();
        return;
    }
    m_api->usersMe(this,
                   [this](const Genesys::ApiResult &result, const Genesys::GenesysApi::User &me) {
                       if (result.ok()) {
                           m_userId = me.id;
                           m_userName = me.name;
                       } else {
                           qCWarning(lcSupervision).noquote() << "who am I:" << result.describe();
                       }
                       emit signedIn(m_userName);
                       startEnforcing();
                   });
}

void SupervisionController::startEnforcing()
{
    if (m_enforcing)
        return; // a renewed token: everything runs already
    m_enforcing = true;
    m_feed->setQueues(m_settings.queues);
    m_feed->start();
    m_enforcer->start();
    qCInfo(lcSupervision).noquote() << "enforcing on" << m_settings.queues.size() << "queue(s)"
                                    << (m_settings.observeOnly ? "(observe-only)" : "");
    emit enforcingChanged(true);
}

ConnectionStatus SupervisionController::connection() const
{
    ConnectionStatus status;
    if (m_session) {
        status.session = m_session->state();
        status.sessionMessage = m_session->message();
    }
    if (m_feed) {
        status.feed = m_feed->state();
        status.feedReason = m_feed->offlineReason();
        status.lastHeartbeatMs = m_feed->lastHeartbeatMs();
        status.rateLimitHeadroom = m_feed->rateLimitHeadroom();
    }
    return status;
}

void SupervisionController::announceConnection()
{
    const ConnectionStatus status = connection();
    if (status == m_lastAnnounced)
        return;
    m_lastAnnounced = status;
    emit connectionChanged(status);
}

void SupervisionController::fetchQueues()
{
    if (!m_api) {
        emit queuesFailed(tr("Not signed in."));
        return;
    }
    m_api->queues(this, [this](const Genesys::ApiResult &result, const QList<Queue> &queues) {
        if (result.ok())
            emit queuesReady(queues);
        else
            emit queuesFailed(result.describe());
    });
}

void SupervisionController::setQueues(const QStringList &queueIds)
{
    m_settings.queues = queueIds;
    if (m_feed && m_enforcing)
        m_feed->setQueues(queueIds); // subscriptions follow; the mirror drops the others
}

void SupervisionController::fetchWrapupCodes()
{
    if (!m_api) {
        emit wrapupCodesFailed(tr("Not signed in."));
        return;
    }
    m_api->wrapupCodes(this,
                       [this](const Genesys::ApiResult &result, const QList<WrapupCode> &codes) {
                           if (result.ok())
                               emit wrapupCodesReady(codes);
                           else
                               emit wrapupCodesFailed(result.describe());
                       });
}

void SupervisionController::setPolicies(const PolicySet &policies)
{
    m_settings.policies = policies;
    if (m_enforcer)
        sendPolicies(policies, PolicyHistory::Kind::Apply);
}

bool SupervisionController::undoPolicies()
{
    const auto target = m_policyHistory.undoTarget();
    if (!target || !m_enforcer)
        return false;
    m_settings.policies = *target;
    sendPolicies(*target, PolicyHistory::Kind::Undo);
    return true;
}

void SupervisionController::sendPolicies(const PolicySet &policies, PolicyHistory::Kind kind)
{
    m_policyHistory.sent(policies, kind);
    m_enforcer->setPolicies(policies); // answered by policiesApplied or policiesRejected
    emit policyHistoryChanged(); // an answer is awaited: no undo meanwhile
}

void SupervisionController::onPoliciesApplied(int revision)
{
    const bool hadInForce = m_policyHistory.hasInForce();
    const PolicySet before = m_policyHistory.inForce();
    const auto kind = m_policyHistory.applied(revision, m_clock.nowMs());
    qCInfo(lcSupervision) << "policy revision" << revision << "in force"
                          << (kind == PolicyHistory::Kind::Undo ? "(undo)" : "");
    if (kind && hadInForce && before != m_policyHistory.inForce())
        savePolicies(); // a change the supervisor made, not the set the program started with
    emit policyHistoryChanged();
    emit policiesApplied(revision);
}

void SupervisionController::onPoliciesRejected(const PolicyErrors &errors)
{
    m_policyHistory.rejected();
    m_settings.policies = m_policyHistory.inForce(); // what the enforcer still applies
    emit policyHistoryChanged();
    emit policiesRejected(errors);
}

void SupervisionController::savePolicies()
{
    if (m_settings.policyFile.isEmpty())
        return;
    QString error;
    QDir().mkpath(QFileInfo(m_settings.policyFile).absolutePath());
    QSaveFile file(m_settings.policyFile);
    if (file.open(QIODevice::WriteOnly)
        && file.write(PolicyParser::serialize(m_policyHistory.inForce())) >= 0 && file.commit())
        return;
    error = tr("The policy in force could not be saved to %1: %2")
                .arg(m_settings.policyFile, file.errorString());
    qCWarning(lcSupervision).noquote() << error;
    emit policiesNotSaved(error);
}

void SupervisionController::setObserveOnly(bool observeOnly)
{
    if (m_enforcer)
        m_enforcer->setObserveOnly(observeOnly); // answered by observeOnlyChanged
    else
        m_settings.observeOnly = observeOnly;
}

QString SupervisionController::actor() const
{
    // The journal names who acted: the supervisor's user id, else this instance.
    return m_userId.isEmpty() ? u"instance:"_s + m_settings.instanceId : m_userId;
}

void SupervisionController::snooze(const QString &conversationId, int minutes)
{
    if (m_enforcer)
        m_enforcer->snooze(conversationId, minutes, actor());
}

void SupervisionController::setExempt(const QString &conversationId, bool exempt)
{
    if (m_enforcer)
        m_enforcer->setExempt(conversationId, exempt, actor());
}

void SupervisionController::reset(const QString &conversationId)
{
    if (m_enforcer)
        m_enforcer->reset(conversationId, actor());
}

void SupervisionController::warnNow(const QString &conversationId)
{
    if (m_enforcer)
        m_enforcer->warnNow(conversationId, actor());
}

void SupervisionController::disconnectNow(const QString &conversationId, const QString &reason)
{
    if (m_enforcer)
        m_enforcer->disconnectNow(conversationId, actor(), reason);
}

void SupervisionController::requestStatuses()
{
    if (m_enforcer)
        m_enforcer->requestStatuses();
}

void SupervisionController::fetchTranscript(const QString &conversationId)
{
    if (m_transcripts)
        m_transcripts->load(conversationId);
}

void SupervisionController::requestSummary()
{
    if (m_enforcer)
        m_enforcer->requestSummary();
}

} // namespace IdleGuard::Supervision
