#include "stagerecorder.h"

#include "core/clock.h"
#include "core/overriderecord.h"
#include "core/stagerecord.h"
#include "enforcementlogging.h"
#include "genesys/genesysapi.h"
#include "genesys/restclient.h"

#include <QRandomGenerator>

#include <algorithm>

namespace IdleGuard::Enforcement {

using Genesys::ApiResult;
using namespace Qt::StringLiterals;

StageRecorder::StageRecorder(Genesys::GenesysApi &api, const Clock &clock, Wait wait,
                             QObject *context)
    : m_api(api)
    , m_clock(clock)
    , m_wait(std::move(wait))
    , m_context(context)
{ }

void StageRecorder::writeStage(const IdleAction &action, const QString &messageId, bool withExtras,
                               Written done)
{
    const IdleAction &a = action;
    const StageRecord record {a.stage, a.issuedAtMs == kNoTime ? m_clock.nowMs() : a.issuedAtMs};
    QHash<QString, QString> attributes = record.toAttributes();
    if (!messageId.isEmpty()) {
        QStringList &sent = m_sent[a.conversationId];
        QStringList listed = m_listed ? m_listed(a.conversationId) : QStringList();
        for (const QString &id : std::as_const(sent)) {
            if (!listed.contains(id))
                listed.append(id);
        }
        if (!sent.contains(messageId))
            sent.append(messageId);
        attributes.insert(StageRecord::kMessagesKey,
                          StageRecord::withSentMessage(listed, messageId));
    }
    const QString slot = a.conversationId + u'/' + a.agentParticipantId + u"/stage"_s;
    const quint64 generation = ++m_writes[slot];
    // The claim on the next stage rides along (one request less per stage). Only this write
    // carries it: written again later, it could overwrite a rival's newer claim.
    RecordExtra extra;
    if (m_recordExtras && withExtras)
        extra = m_recordExtras(a);
    QHash<QString, QString> withExtraAttributes = attributes;
    withExtraAttributes.insert(extra.attributes);
    // Other instances and a restart learn from this record that the stage happened: urgent.
    const auto urgent = m_api.client().urgent();
    m_api.patchAttributes(a.conversationId, a.agentParticipantId, withExtraAttributes, m_context,
                          [this, slot, generation, attributes, conversationId = a.conversationId,
                           participantId = a.agentParticipantId, extraDone = extra.done,
                           done = std::move(done)](const ApiResult &result, bool) {
                              if (extraDone)
                                  extraDone(result.ok());
                              // A missing record means another instance (or this one after a
                              // restart) may not see it, so it is written again in the background
                              // until it is, or the conversation is gone.
                              if (!result.ok() && result.status != 404)
                                  rewrite(slot, generation, conversationId, participantId,
                                          attributes, 1);
                              done(result);
                          });
}

void StageRecorder::writeOverride(const QString &conversationId, const QString &participantId,
                                  const OverrideRecord &record, Written done)
{
    const QString slot = conversationId + u'/' + participantId + u"/override"_s;
    const quint64 generation = ++m_writes[slot];
    const QHash<QString, QString> attributes = record.toAttributes();
    m_api.patchAttributes(conversationId, participantId, attributes, m_context,
                          [this, slot, generation, conversationId, participantId, attributes,
                           done = std::move(done)](const ApiResult &result, bool) {
                              // The other instances learn it once it is written, so a failed
                              // write is tried again in the background.
                              if (!result.ok() && result.status != 404)
                                  rewrite(slot, generation, conversationId, participantId,
                                          attributes, 1);
                              done(result);
                          });
}

void StageRecorder::noteSent(const QString &conversationId, const QString &messageId)
{
    if (!messageId.isEmpty() && !m_sent[conversationId].contains(messageId))
        m_sent[conversationId].append(messageId);
}

void StageRecorder::forget(const QString &conversationId)
{
    m_sent.remove(conversationId);
    const QString prefix = conversationId + u'/';
    m_writes.removeIf(
        [&prefix](QHash<QString, quint64>::iterator it) { return it.key().startsWith(prefix); });
}

void StageRecorder::rewrite(const QString &slot, quint64 generation, const QString &conversationId,
                            const QString &participantId, const QHash<QString, QString> &attributes,
                            int attempt)
{
    constexpr int kMaxAttempts = 10;
    const qint64 delay
        = m_backoff.delayMs(std::min(attempt, 6) - 1, QRandomGenerator::global()->generateDouble());
    m_wait(std::max<qint64>(delay, 1'000), [=, this] {
        // A newer write of the same record went out meanwhile: this one must not overwrite it.
        if (m_writes.value(slot) != generation)
            return;
        m_api.patchAttributes(conversationId, participantId, attributes, m_context,
                              [=, this](const ApiResult &result, bool) {
                                  if (result.ok() || result.status == 404
                                      || m_writes.value(slot) != generation)
                                      return;
                                  if (attempt < kMaxAttempts) {
                                      rewrite(slot, generation, conversationId, participantId,
                                              attributes, attempt + 1);
                                      return;
                                  }
                                  qCWarning(lcEnforcement).noquote()
                                      << "gave up writing" << slot << "-" << result.describe();
                              });
    });
}

} // namespace IdleGuard::Enforcement
