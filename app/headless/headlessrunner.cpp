#include "headlessrunner.h"

#include "core/clock.h"
#include "genesys/memorytokenstore.h"
#include "headlesslogging.h"
#include "supervision/supervisioncontroller.h"
#include "terminationsignals.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace IdleGuard::Headless {

using namespace Qt::StringLiterals;
using Enforcement::ActionReport;
using Enforcement::WorkerSummary;

HeadlessRunner::HeadlessRunner(const HeadlessConfig &config, const QString &clientSecret,
                               const Clock &clock, QTextStream &out, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_secret(clientSecret)
    , m_clock(clock)
    , m_out(out)
{
    qRegisterMetaType<ActionReport>();
    qRegisterMetaType<WorkerSummary>();
}

HeadlessRunner::~HeadlessRunner()
{
    if (m_controller)
        m_controller->stop();
}

void HeadlessRunner::start()
{
    // The same composition root as the window: only the sign-in differs (client credentials,
    // the token in memory) and what is done with the answers (printed).
    m_store = std::make_unique<Genesys::MemoryTokenStore>();
    m_controller = std::make_unique<Supervision::SupervisionController>(m_clock, *m_store);
    Supervision::SupervisionController::Settings settings;
    settings.environment = m_config.environment;
    settings.mode = Supervision::SupervisionController::SignInMode::ClientCredentials;
    settings.clientId = m_config.clientId;
    settings.clientSecret = m_secret;
    settings.queues = m_config.queues;
    settings.policies = m_config.policies;
    settings.journalPath = m_config.journalPath;
    settings.instanceId = m_config.instanceId;
    settings.observeOnly = m_config.observeOnly;
    settings.claimLeadMs = qint64(m_config.claimLeadSeconds) * 1000;
    settings.ownWorkerToken = m_config.ownWorkerToken;
    settings.clockSpeed = m_clockSpeed;
    m_controller->configure(settings);

    using Supervision::SupervisionController;
    SupervisionController *c = m_controller.get();
    connect(c, &SupervisionController::enforcerStarted, this,
            [this](bool ok, const QString &error) {
                if (!ok) {
                    qCCritical(lcHeadless).noquote() << tr("Cannot start: %1").arg(error);
                    stop(Failed);
                }
            });
    connect(c, &SupervisionController::actionFinished, this, [this](const ActionReport &report) {
        m_out << describe(report, m_enforcingSinceMs) << Qt::endl;
    });
    connect(c, &SupervisionController::summaryReady, this, &HeadlessRunner::onSummary);
    connect(c, &SupervisionController::policiesRejected, this, [this](const PolicyErrors &errors) {
        for (const PolicyError &e : errors)
            qCCritical(lcHeadless).noquote() << e.field << e.message;
        stop(Failed);
    });
    connect(c, &SupervisionController::signedIn, this, &HeadlessRunner::onSignedIn);
    connect(c, &SupervisionController::signInFailed, this, [this](const QString &message) {
        qCCritical(lcHeadless).noquote() << tr("Sign-in failed: %1").arg(message);
        // Before enforcing, a refused sign-in is a configuration problem: stop. Later the
        // session and the feed keep trying on their own.
        if (!m_enforcing)
            stop(Failed);
    });
    connect(&m_summaryTimer, &QTimer::timeout, c, &SupervisionController::requestSummary);

    qCInfo(lcHeadless).noquote()
        << tr("Idle Guard enforcer %1: signing in to %2 as client %3; %n queue(s)", nullptr,
              int(m_config.queues.size()))
               .arg(m_config.instanceId, m_config.environment.key(), m_config.clientId)
        << (m_config.observeOnly ? tr("(observe only)") : QString());
    c->signIn();
}

void HeadlessRunner::onSignedIn()
{
    if (m_enforcing || m_stopping)
        return;
    m_enforcing = true; // the controller starts the feed and the enforcer
    m_enforcingSinceMs = m_clock.nowMs();
    m_summaryTimer.start(m_summaryIntervalMs);
    qCInfo(lcHeadless).noquote()
        << tr("Signed in; enforcing. Journal: %1").arg(m_config.journalPath);
}

void HeadlessRunner::onSummary(const WorkerSummary &summary)
{
    const Supervision::ConnectionStatus connection
        = m_controller ? m_controller->connection() : Supervision::ConnectionStatus();
    QString feed;
    switch (connection.feed) {
    case Genesys::NotificationFeed::State::Live:
        feed = tr("live");
        break;
    case Genesys::NotificationFeed::State::Connecting:
        feed = tr("connecting");
        break;
    case Genesys::NotificationFeed::State::Resyncing:
        feed = tr("resynchronising");
        break;
    case Genesys::NotificationFeed::State::Offline:
        feed = tr("offline (%1)").arg(connection.feedReason);
        break;
    }
    m_out << describe(summary, feed) << Qt::endl;
}

void HeadlessRunner::stop(int exitCode)
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_summaryTimer.stop();
    logMirror();
    if (m_controller)
        m_controller->stop(); // the feed, then the worker; pending intents stay in the journal
    qCInfo(lcHeadless).noquote() << tr("Stopped.");
    emit finished(exitCode);
}

void HeadlessRunner::logMirror() const
{
    // What the feed holds at the end, so that a soak can compare it with the organisation:
    // the count at info, one line per conversation (ids and counts, never texts) at debug.
    const Genesys::ConversationMirror *mirror = m_controller ? m_controller->mirror() : nullptr;
    if (!mirror)
        return;
    qCInfo(lcHeadless).noquote() << tr("Mirror at stop: %n conversation(s)", nullptr,
                                       mirror->size());
    if (!lcHeadless().isDebugEnabled())
        return;
    for (const Conversation &c : mirror->conversations()) {
        const auto f = Genesys::ConversationMirror::freshnessOf(c);
        qCDebug(lcHeadless).noquote().nospace()
            << "mirror conversation " << c.id << " queue " << c.queueId << " legs " << f.legs
            << " ended " << f.endedLegs << " messages " << f.messages << " newest " << f.newestMs;
    }
}

int HeadlessRunner::exec(int runForMs)
{
    TerminationSignals termination;
    int exitCode = Ok;
    connect(&termination, &TerminationSignals::terminationRequested, this,
            [this](int) { stop(Ok); });
    connect(this, &HeadlessRunner::finished, &termination, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    if (runForMs > 0)
        QTimer::singleShot(runForMs, &termination, [this] { stop(Ok); });
    start();
    QCoreApplication::exec();
    return exitCode;
}

QString HeadlessRunner::describe(const ActionReport &report, qint64 startedAtMs)
{
    const IdleAction &a = report.action;
    const qint64 at = report.issuedAtMs != kNoTime ? report.issuedAtMs : report.finishedAtMs;
    QString what = stableName(a.kind);
    if (a.stage != IdleStage::None)
        what += u' ' + stableName(a.stage);
    QString line = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODateWithMs) + u"  "_s
        + a.conversationId + u"  "_s + what + u"  "_s + stableName(report.outcome);
    if (report.httpStatus != 0)
        line += u" (HTTP %1)"_s.arg(report.httpStatus);
    if (a.isManual())
        line += tr("  by %1").arg(a.actor);
    if (!a.isManual() && !report.reconciled && report.issuedAtMs != kNoTime) {
        if (startedAtMs != kNoTime && a.dueAtMs < startedAtMs)
            line += tr("  (overdue before enforcing began)");
        else
            line += u"  +%1 ms"_s.arg(report.lateMs()); // after its deadline
    }
    if (!report.error.isEmpty())
        line += u"  "_s + report.error;
    if (!report.note.isEmpty())
        line += u"  "_s + report.note;
    return line;
}

QString HeadlessRunner::describe(const WorkerSummary &s, const QString &feedState)
{
    // The backlog says that what falls due outruns the rate limit, instead of drifting late
    // unseen.
    const QString oldest
        = s.backlog > 0 ? tr(" (oldest %1 s late)").arg(s.backlogLatenessMs / 1000) : QString();
    return tr("summary: %1 tracked, %2 counting down, %3 in flight, %4 held for a fresh read, "
              "%5 waiting for the rate limit%6 | "
              "%7 succeeded, %8 skipped, %9 failed, %10 found done, %11 left to another instance, "
              "%12 dropped as stale | feed %13")
        .arg(s.tracked)
        .arg(s.running)
        .arg(s.busy)
        .arg(s.held)
        .arg(s.backlog)
        .arg(oldest)
        .arg(s.succeeded)
        .arg(s.skipped)
        .arg(s.failed)
        .arg(s.observed)
        .arg(s.deferred)
        .arg(s.stale)
        .arg(feedState);
}

} // namespace IdleGuard::Headless
