#pragma once

#include <QJsonValue>
#include <QMetaType>
#include <QString>

namespace IdleGuard::Genesys {

// The outcome of one REST call, typed: success with its JSON, or what went wrong in the
// platform's own terms (HTTP status, ErrorBody code and message, correlation id) so callers
// can decide; never a bare boolean.
struct ApiResult
{
    int status = 0; // HTTP status; 0 when no response arrived
    QJsonValue body; // parsed JSON on success (Null for empty bodies)
    QString errorCode; // ErrorBody "code", or a local code: "network", "timeout",
                       // "transport.refused", "malformed.response"
    QString message; // human-readable, safe to show and log
    QString correlationId; // ININ-Correlation-Id, for support tickets
    int retryAfterSeconds = -1;
    int attempts = 1;
    // An earlier attempt ended without an answer or with a 5xx, so it may have taken effect (a
    // 429 or 401 was refused unprocessed and does not count).
    bool earlierAttemptMayHaveActed = false;

    bool ok() const { return status >= 200 && status < 300 && errorCode.isEmpty(); }
    QString describe() const;
};

} // namespace IdleGuard::Genesys

// Carried by RestCall::finished(): tests' QSignalSpy reads it back as a QVariant.
Q_DECLARE_METATYPE(IdleGuard::Genesys::ApiResult)
