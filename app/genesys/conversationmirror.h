#pragma once

#include "core/conversation.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace IdleGuard::Genesys {

// The live conversations of the watched queues as the notification feed knows them (id ->
// Conversation), with the rule that keeps them right when snapshots and events cross: every
// conversation carries a freshness key, and a snapshot or event is applied only when it is not
// older than what is held. Ended conversations leave (a tombstone keeps their key, so a late
// event cannot bring them back); conversations of queues no longer watched are dropped.
class ConversationMirror final : public QObject
{
    Q_OBJECT

public:
    // How far a conversation has got. Every part only grows as a conversation moves on (times,
    // messages, ended legs, legs), so comparing lexicographically orders two views of it.
    struct Freshness
    {
        qint64 newestMs = 0;
        int messages = 0;
        int endedLegs = 0;
        int legs = 0;

        friend auto operator<=>(const Freshness &, const Freshness &) = default;
    };
    enum class Outcome { Applied, Removed, Stale, Ignored };

    explicit ConversationMirror(QObject *parent = nullptr);

    static Freshness freshnessOf(const Conversation &conversation);

    // An event or snapshot of one conversation. Ignored when its queue is not watched.
    Outcome apply(const Conversation &conversation);
    // After a snapshot: conversations not in `activeIds` and not touched since `generation`
    // (see generation()) ended or went away during the gap, so they leave.
    int removeAbsent(const QSet<QString> &activeIds, quint64 generation);
    // Removes one conversation that the platform no longer knows (404), unless it was touched
    // since `generation`.
    bool removeGone(const QString &id, quint64 generation);

    void setWatchedQueues(const QStringList &queueIds);
    QSet<QString> watchedQueues() const { return m_queues; }

    // A counter bumped on every change, so a resync can tell what happened while it ran.
    quint64 generation() const { return m_generation; }

    const QHash<QString, Conversation> &conversations() const { return m_conversations; }
    bool contains(const QString &id) const { return m_conversations.contains(id); }
    // Whether an event or snapshot changed this conversation after `generation`.
    bool touchedSince(const QString &id, quint64 generation) const
    {
        const auto held = m_entries.constFind(id);
        return held != m_entries.constEnd() && held->touched > generation;
    }
    int size() const { return int(m_conversations.size()); }
    qsizetype tombstoneCount() const { return m_tombstones.size(); }
    void clear();

signals:
    void conversationUpdated(const IdleGuard::Conversation &conversation);
    void conversationRemoved(const QString &id);

private:
    struct Entry
    {
        Freshness freshness;
        quint64 touched = 0; // generation of the last change
    };
    struct Tombstone
    {
        Freshness freshness;
        bool strict = false; // removed without seeing its end: only strictly newer revives it
        quint64 buried = 0; // order of burial, for pruning
    };
    static constexpr qsizetype kKeptTombstones = 10'000;
    void bury(const QString &id, Tombstone tombstone);
    void remove(const QString &id, Tombstone tombstone);

    QHash<QString, Conversation> m_conversations;
    QHash<QString, Entry> m_entries;
    QHash<QString, Tombstone> m_tombstones;
    QSet<QString> m_queues;
    quint64 m_generation = 1;
    quint64 m_burials = 0;
};

} // namespace IdleGuard::Genesys
