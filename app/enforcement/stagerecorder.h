#pragma once

#include "core/idleaction.h"
#include "genesys/apiresult.h"
#include "genesys/backoffpolicy.h"

#include <QHash>
#include <QStringList>

#include <functional>

class QObject;

namespace IdleGuard {
class Clock;
struct OverrideRecord;
namespace Genesys {
class GenesysApi;
}
} // namespace IdleGuard

namespace IdleGuard::Enforcement {

// Writes what the executor did onto the agent participant's attributes, where other instances
// and a restart read it: a stage's record (with the ids of the messages Idle Guard sent on the
// conversation, and the extras that ride along in the same PATCH) and the override state. A
// write that fails is tried again in the background (bounded) unless a newer write of the same
// record went out meanwhile. Whether a stage is recorded at all is the executor's decision.
class StageRecorder final
{
public:
    using Wait = std::function<void(qint64 ms, std::function<void()> then)>;
    // The message ids the conversation already lists as Idle Guard's (StageRecord::kMessagesKey).
    using ListedMessages = std::function<QStringList(const QString &conversationId)>;
    // Attributes to write in the same PATCH as a stage's record (the claim on the next stage of
    // the idle period, StageArbiter::nextClaim), and whom to tell whether that write landed.
    struct RecordExtra
    {
        QHash<QString, QString> attributes;
        std::function<void(bool landed)> done;
    };
    using RecordExtras = std::function<RecordExtra(const IdleAction &action)>;
    // Gets the first attempt's answer once it came (a failed write is then being retried).
    using Written = std::function<void(const Genesys::ApiResult &result)>;

    // `context` owns the requests' answers: none arrives once it is gone.
    StageRecorder(Genesys::GenesysApi &api, const Clock &clock, Wait wait, QObject *context);

    void setBackoff(const Genesys::BackoffPolicy &backoff) { m_backoff = backoff; }
    void setListedMessages(ListedMessages listed) { m_listed = std::move(listed); }
    void setRecordExtras(RecordExtras extras) { m_recordExtras = std::move(extras); }

    // Writes the record of `action`'s stage, with `messageId` (if any) added to the messages
    // sent on the conversation; `withExtras`: the extras for `action` ride along.
    void writeStage(const IdleAction &action, const QString &messageId, bool withExtras,
                    Written done);
    // Writes the conversation's override state onto the participant's attributes.
    void writeOverride(const QString &conversationId, const QString &participantId,
                       const OverrideRecord &record, Written done);
    // A message sent whose record is written later (or never): the next record lists it.
    void noteSent(const QString &conversationId, const QString &messageId);
    // The conversation has ended: drop what is kept about it.
    void forget(const QString &conversationId);

private:
    // Writes attributes that failed to be written, again, in the background (bounded), unless
    // a newer write of the same record (slot) went out meanwhile.
    void rewrite(const QString &slot, quint64 generation, const QString &conversationId,
                 const QString &participantId, const QHash<QString, QString> &attributes,
                 int attempt);

    Genesys::GenesysApi &m_api;
    const Clock &m_clock;
    Wait m_wait;
    QObject *m_context;
    Genesys::BackoffPolicy m_backoff; // ActionExecutor::Settings::backoff
    ListedMessages m_listed;
    RecordExtras m_recordExtras;
    QHash<QString, QStringList> m_sent; // conversation -> ids of the messages sent
    QHash<QString, quint64> m_writes; // "conversation/participant/record" -> newest write
};

} // namespace IdleGuard::Enforcement
