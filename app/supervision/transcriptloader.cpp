#include "transcriptloader.h"

#include "core/conversation.h"
#include "core/stagerecord.h"
#include "genesys/genesysapi.h"

#include <QSet>

#include <algorithm>

namespace IdleGuard::Supervision {

struct TranscriptLoader::Load
{
    QString conversationId;
    QList<TranscriptEntry> entries;
    qsizetype next = 0; // the next entry whose text to read
    int inFlight = 0;
};

TranscriptLoader::TranscriptLoader(Genesys::GenesysApi &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    qRegisterMetaType<TranscriptEntry>();
    qRegisterMetaType<QList<TranscriptEntry>>();
}

TranscriptLoader::~TranscriptLoader() = default;

void TranscriptLoader::cancel()
{
    m_context.reset();
}

void TranscriptLoader::load(const QString &conversationId)
{
    m_context = std::make_unique<QObject>();
    auto load = std::make_shared<Load>();
    load->conversationId = conversationId;
    m_api.conversation(
        conversationId, m_context.get(),
        [this, load](const Genesys::ApiResult &result, const Conversation &conversation) {
            if (!result.ok()) {
                emit failed(load->conversationId, result.describe());
                return;
            }
            QSet<QString> own;
            for (const Participant &p : conversation.participants) {
                for (const QString &id : StageRecord::sentMessageIds(p.attributes))
                    own.insert(id);
            }
            for (const Participant &p : conversation.participants) {
                for (const MessageRef &m : p.messages) {
                    TranscriptEntry e;
                    e.atMs = m.timestampMs;
                    e.messageId = m.id;
                    if (m.sentByIdleGuard || own.contains(m.id))
                        e.from = TranscriptEntry::From::IdleGuard;
                    else if (m.sender == Party::Customer)
                        e.from = TranscriptEntry::From::Customer;
                    else if (m.sender == Party::Agent)
                        e.from = TranscriptEntry::From::Agent;
                    load->entries.append(e);
                }
            }
            std::stable_sort(
                load->entries.begin(), load->entries.end(),
                [](const TranscriptEntry &a, const TranscriptEntry &b) { return a.atMs < b.atMs; });
            if (load->entries.size() > kMaxMessages)
                load->entries.remove(0, load->entries.size() - kMaxMessages);
            readTexts(load);
        });
}

void TranscriptLoader::readTexts(const std::shared_ptr<Load> &load)
{
    while (load->inFlight < kConcurrency && load->next < load->entries.size()) {
        const qsizetype index = load->next++;
        ++load->inFlight;
        m_api.messageText(
            load->conversationId, load->entries.at(index).messageId, m_context.get(),
            [this, load, index](const Genesys::ApiResult &result, const QString &text) {
                --load->inFlight;
                if (result.ok())
                    load->entries[index].text = text;
                readTexts(load);
            });
    }
    if (load->inFlight == 0 && load->next >= load->entries.size())
        emit loaded(load->conversationId, load->entries);
}

} // namespace IdleGuard::Supervision
