#pragma once

#include "actionreport.h"
#include "conversationrow.h"
#include "core/conversationstatus.h"
#include "core/idleaction.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <optional>

namespace IdleGuard {
class Clock;
struct Conversation;
} // namespace IdleGuard

namespace IdleGuard::Enforcement {

// The per-conversation state the dashboard shows, pushed from the worker's thread as values
// (ConversationRow). The worker marks a conversation dirty whenever something that shows in its
// row may have changed; the stream builds rows for the dirty ones only and sends them as one
// batch (statusesChanged) at most every kIntervalMs, however fast the events come: one
// single-shot timer, started by the first change after a batch. A full list goes out only on
// request (sendAll). Every batch and every full list carries a higher revision than the last,
// so the receiver drops whatever was sent before the list it holds.
//
// With a stepped clock (tests) there is no wall-clock timer: the owner calls flushIfDue() when
// time moved (a batch at most every kIntervalMs of the stepped clock) or flush().
//
// It also keeps what the rows say about actions: the stages of each conversation's current idle
// period with their results (pending while under way), and the action in flight.
class StatusStream final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIntervalMs = 100;

    // What the rows are built from; the worker answers on its own thread.
    class Source
    {
    public:
        virtual ~Source() = default;
        virtual QStringList conversationIds() const = 0;
        virtual std::optional<ConversationStatus> status(const QString &conversationId) const = 0;
        virtual const Conversation *snapshot(const QString &conversationId) const = 0;
        // A due stage of this conversation waits for a fresh read.
        virtual bool isHeld(const QString &conversationId) const = 0;
        virtual bool observeOnly() const = 0;
        virtual QString instanceId() const = 0;
    };

    StatusStream(const Source &source, const Clock &clock, bool wallTimer,
                 QObject *parent = nullptr);
    ~StatusStream() override;

    void markDirty(const QString &conversationId);
    // Something every row shows changed (the policies, observe-only).
    void markAllDirty();
    // The conversation ended: its row goes (once it was sent), and what was kept for it.
    void remove(const QString &conversationId);

    // Actions handed to the executor: pending in their rows until they finish.
    void actionsStarted(const QList<IdleAction> &actions);
    void actionFinished(const ActionReport &report);

    bool hasPending() const { return m_allDirty || !m_dirty.isEmpty(); }
    quint64 revision() const { return m_revision; }

    // Stepped clock: a batch if something is dirty and the last one is kIntervalMs old.
    void flushIfDue();
    // A batch of what is dirty, now (nothing when nothing is).
    void flush();
    // Every row, for a receiver that starts afresh; what was dirty is in it.
    void sendAll();
    // The worker stops: no batch is due any more (a timer left running would move to the
    // Enforcer's thread with the worker and send a batch from there). What is dirty stays dirty.
    void pause();

    // One row as it stands (nullopt: the conversation is not tracked).
    std::optional<ConversationRow> row(const QString &conversationId);

signals:
    void statusesChanged(const QList<IdleGuard::Enforcement::ConversationRow> &changed,
                         const QStringList &removed, quint64 revision);
    void statusesReady(const QList<IdleGuard::Enforcement::ConversationRow> &rows,
                       quint64 revision);

private:
    // One stage of an idle period as far as this instance took part in it.
    struct Stage
    {
        IdleStage stage = IdleStage::None;
        qint64 idleSinceMs = kNoTime;
        int outstanding = 0; // its actions still under way
        bool finished = false; // at least one of its actions finished
        JournalOutcome outcome = JournalOutcome::Pending; // the worst finished so far
        QString error;
        qint64 atMs = kNoTime;
    };

    struct Progress
    {
        QList<Stage> stages;
        QStringList inFlight; // "kind stage" of the actions under way, running one first
    };

    static QString label(const IdleAction &action);
    void schedule();
    Stage &stageOf(Progress &progress, const IdleAction &action);
    QList<StageResult> resultsFor(const QString &conversationId, qint64 idleSinceMs);

    const Source &m_source;
    const Clock &m_clock;
    const bool m_wallTimer;
    QTimer m_timer;
    QSet<QString> m_dirty;
    bool m_allDirty = false;
    QSet<QString> m_shown; // ids whose rows the receiver has (to report their removal)
    QHash<QString, Progress> m_progress;
    quint64 m_revision = 0;
    qint64 m_lastFlushMs = kNoTime;
};

} // namespace IdleGuard::Enforcement
