#include "restclient.h"

#include "core/logredaction.h"
#include "genesyslogging.h"
#include "oneshotbody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <utility>

namespace IdleGuard::Genesys {

using namespace Qt::StringLiterals;

struct RestClient::Pending
{
    QPointer<RestCall> call;
    QByteArray verb;
    QUrl url;
    QByteArray body;
    Repeat repeat = Repeat::Safe;
    int attempt = 0;
    bool heldForToken = false; // already waited once for a new token after a 401
    bool mayHaveActed = false; // an earlier attempt ended with no answer or a 5xx
    QString sentWithToken; // the token of the attempt on the wire
    bool urgent = false; // may use the rate budget's reserve
};

RestClient::RestClient(const Environment &environment, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_environment(environment)
    , m_budget(std::make_shared<RateBudget>(clock))
{
    m_delay = [this](qint64 ms, std::function<void()> then) {
        QTimer::singleShot(std::chrono::milliseconds(ms), this, std::move(then));
    };
}

RestClient::~RestClient() = default;

RestCall *RestClient::get(const QString &path, const QUrlQuery &query)
{
    return start("GET", path, query, {}, Repeat::Safe);
}

RestCall *RestClient::post(const QString &path, const QJsonValue &body, Repeat repeat)
{
    return start("POST", path, {}, body, repeat);
}

RestCall *RestClient::put(const QString &path, const QJsonValue &body)
{
    return start("PUT", path, {}, body, Repeat::Safe);
}

RestCall *RestClient::patch(const QString &path, const QJsonValue &body, Repeat repeat)
{
    return start("PATCH", path, {}, body, repeat);
}

RestCall *RestClient::head(const QString &path)
{
    return start("HEAD", path, {}, {}, Repeat::Safe);
}

RestCall *RestClient::deleteResource(const QString &path)
{
    return start("DELETE", path, {}, {}, Repeat::Safe);
}

RestCall *RestClient::start(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                            const QJsonValue &body, Repeat repeat)
{
    auto *call = new RestCall(this);
    auto pending = std::make_shared<Pending>();
    pending->call = call;
    pending->verb = verb;
    pending->url = m_environment.apiUrl(path);
    if (!query.isEmpty())
        pending->url.setQuery(query);
    if (body.isObject())
        pending->body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        pending->body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    pending->repeat = repeat;
    pending->urgent = m_urgentDepth > 0;

    // Callers connect to finished() after this returns: start on the next turn of the loop.
    if (const QString problem = Environment::transportProblem(pending->url); !problem.isEmpty()) {
        ApiResult refused;
        refused.errorCode = u"transport.refused"_s;
        refused.message = problem;
        QTimer::singleShot(0, this, [this, pending, refused] { complete(pending, refused); });
        return call;
    }
    ++m_starting;
    QTimer::singleShot(0, this, [this, pending] {
        --m_starting;
        send(pending);
        if (m_starting + m_onTheWire == 0)
            emit quiet(); // held back by the rate budget
    });
    return call;
}

void RestClient::send(const std::shared_ptr<Pending> &pending)
{
    const auto priority
        = pending->urgent ? RateBudget::Priority::Urgent : RateBudget::Priority::Normal;
    if (const qint64 wait = m_budget->waitMs(priority); wait > 0) {
        if (pending->repeat == Repeat::Never && !pending->urgent) {
            // Never held here unseen: the caller gets it back as refused for the budget, waits
            // and checks that it is still wanted (a held message may be stale when it goes).
            ApiResult held;
            held.status = 429;
            held.errorCode = u"client.rate.budget"_s;
            held.message = u"held back by the client's rate budget"_s;
            held.retryAfterSeconds = int((wait + 999) / 1000);
            complete(pending, held);
            return;
        }
        qCDebug(lcGenesysRest) << "rate budget: holding" << pending->verb
                               << LogRedaction::path(pending->url.path()) << "for" << wait << "ms";
        m_delay(wait, [this, pending] { send(pending); });
        return;
    }
    ++pending->attempt;
    pending->sentWithToken = m_token;
    m_budget->recordRequest();
    QNetworkRequest request(pending->url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    if (!pending->body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = nullptr;
    if (pending->repeat == Repeat::Never && !pending->body.isEmpty()) {
        // Never repeated, not even by QNetworkAccessManager behind our back (see OneShotBody).
        auto *body = new OneShotBody(pending->body);
        request.setHeader(QNetworkRequest::ContentLengthHeader, pending->body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        reply = m_network.sendCustomRequest(request, pending->verb, body);
        body->setParent(reply);
    } else {
        reply = m_network.sendCustomRequest(request, pending->verb, pending->body);
    }
    ++m_onTheWire;
    connect(reply, &QNetworkReply::finished, this, [this, pending, reply] {
        finish(pending, reply); // the callers' handlers run in here and may send more
        if (--m_onTheWire + m_starting == 0)
            emit quiet();
    });
}

void RestClient::finish(const std::shared_ptr<Pending> &pending, QNetworkReply *reply)
{
    reply->deleteLater();
    ApiResult result;
    result.attempts = pending->attempt;
    result.earlierAttemptMayHaveActed = pending->mayHaveActed;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.correlationId = QString::fromLatin1(reply->rawHeader("ININ-Correlation-Id"));
    auto header = [reply](const char *name) {
        bool ok = false;
        const int value = reply->rawHeader(name).trimmed().toInt(&ok);
        return ok ? value : -1;
    };
    m_budget->recordHeaders(header("inin-ratelimit-count"), header("inin-ratelimit-allowed"),
                            header("inin-ratelimit-reset"));
    const QByteArray data = reply->isOpen() ? reply->readAll() : QByteArray();
    qCDebug(lcGenesysRest) << pending->verb << LogRedaction::path(pending->url.path()) << "->"
                           << result.status << "attempt" << pending->attempt;

    if (result.status == 0) {
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError
            || reply->error() == QNetworkReply::TimeoutError;
        result.errorCode = timedOut ? u"timeout"_s : u"network"_s;
        result.message = reply->errorString();
        if (pending->repeat == Repeat::Safe && pending->attempt < m_backoff.maxAttempts) {
            pending->mayHaveActed = true;
            retryLater(pending,
                       m_backoff.delayMs(pending->attempt - 1,
                                         QRandomGenerator::global()->generateDouble()));
            return;
        }
        complete(pending, result);
        return;
    }

    QJsonParseError parseError {};
    const QJsonDocument document
        = data.trimmed().isEmpty() ? QJsonDocument() : QJsonDocument::fromJson(data, &parseError);
    const bool parsed = data.trimmed().isEmpty() || parseError.error == QJsonParseError::NoError;
    if (document.isObject())
        result.body = document.object();
    else if (document.isArray())
        result.body = document.array();

    if (result.status >= 200 && result.status < 300) {
        if (!parsed && !data.trimmed().startsWith('"')) {
            result.errorCode = u"malformed.response"_s;
            result.message = u"the response is not valid JSON: %1"_s.arg(parseError.errorString());
        }
        complete(pending, result);
        return;
    }

    const QJsonObject error = document.object();
    result.errorCode = error.value("code"_L1).toString(u"http.%1"_s.arg(result.status));
    result.message = error.value("message"_L1).toString(reply->errorString());
    result.retryAfterSeconds = header("Retry-After");

    if (result.status == 429) {
        m_budget->recordTooManyRequests(result.retryAfterSeconds > 0
                                            ? result.retryAfterSeconds
                                            : header("inin-ratelimit-reset"));
        // A 429 was refused before any processing: retrying cannot duplicate anything. A
        // never-repeat request (a message) goes back to its caller instead, which checks the
        // stage again after the wait: a minute later the customer may have answered.
        if (pending->repeat == Repeat::Safe && pending->attempt < m_backoff.maxAttempts) {
            retryLater(pending, 0); // the budget's hold does the waiting
            return;
        }
    } else if (result.status >= 500 && pending->repeat == Repeat::Safe
               && pending->attempt < m_backoff.maxAttempts) {
        pending->mayHaveActed = true;
        retryLater(
            pending,
            m_backoff.delayMs(pending->attempt - 1, QRandomGenerator::global()->generateDouble()));
        return;
    }
    if (result.status == 401) {
        if (m_holdUnauthorizedMs > 0 && !pending->sentWithToken.isEmpty()
            && pending->sentWithToken != m_token && !m_token.isEmpty()) {
            // A new token arrived while this was on the wire: go again with it right away.
            send(pending);
            return;
        }
        if (m_holdUnauthorizedMs > 0 && !pending->heldForToken) {
            // Refused before any processing: wait for the owner to bring a new token, then go
            // again (even a POST); give up with the 401 if none comes in time.
            pending->heldForToken = true;
            m_heldForToken.append(pending);
            m_delay(m_holdUnauthorizedMs, [this, pending, result] {
                if (m_heldForToken.removeOne(pending))
                    complete(pending, result);
            });
            emit unauthorized(result);
            return;
        }
        emit unauthorized(result);
    }
    complete(pending, result);
}

void RestClient::setAccessToken(const QString &token)
{
    const bool renewed = !token.isEmpty() && token != m_token;
    m_token = token;
    if (!renewed)
        return;
    const auto held = std::exchange(m_heldForToken, {});
    for (const auto &pending : held)
        send(pending);
}

void RestClient::retryLater(const std::shared_ptr<Pending> &pending, qint64 delayMs)
{
    qCInfo(lcGenesysRest) << "retrying" << pending->verb << LogRedaction::path(pending->url.path())
                          << "in" << delayMs << "ms (attempt" << pending->attempt + 1 << ")";
    m_delay(delayMs, [this, pending] { send(pending); });
}

void RestClient::complete(const std::shared_ptr<Pending> &pending, ApiResult result)
{
    if (!result.ok())
        qCInfo(lcGenesysRest).noquote() << pending->verb << LogRedaction::path(pending->url.path())
                                        << "failed:" << result.describe();
    if (RestCall *call = pending->call) {
        emit call->finished(result);
        call->deleteLater();
    }
}

} // namespace IdleGuard::Genesys
