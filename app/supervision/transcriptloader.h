#pragma once

#include "core/idletypes.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>

namespace IdleGuard::Genesys {
class GenesysApi;
}

namespace IdleGuard::Supervision {

// One message of a conversation as the details pane shows it.
struct TranscriptEntry
{
    qint64 atMs = kNoTime;
    enum class From : quint8 { Customer, Agent, IdleGuard, Other } from = From::Other;
    QString text; // empty when it could not be read
    QString messageId;

    friend bool operator==(const TranscriptEntry &, const TranscriptEntry &) = default;
};

// Reads the latest messages of one conversation with their texts, for the details pane: the
// conversation (who sent what, when; which ids Idle Guard listed as its own), then the text of
// each of the newest kMaxMessages, a few at a time. A newer load() abandons the one under way,
// so only the selected conversation's transcript ever arrives.
class TranscriptLoader final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxMessages = 20;
    static constexpr int kConcurrency = 4;

    explicit TranscriptLoader(Genesys::GenesysApi &api, QObject *parent = nullptr);
    ~TranscriptLoader() override;

    void load(const QString &conversationId);
    void cancel();

signals:
    void loaded(const QString &conversationId,
                const QList<IdleGuard::Supervision::TranscriptEntry> &entries);
    void failed(const QString &conversationId, const QString &message);

private:
    struct Load;
    void readTexts(const std::shared_ptr<Load> &load);

    Genesys::GenesysApi &m_api;
    std::unique_ptr<QObject> m_context; // answers of an abandoned load die with it
};

} // namespace IdleGuard::Supervision

Q_DECLARE_METATYPE(IdleGuard::Supervision::TranscriptEntry)
