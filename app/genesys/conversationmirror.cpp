#include "conversationmirror.h"

namespace IdleGuard::Genesys {

ConversationMirror::ConversationMirror(QObject *parent)
    : QObject(parent)
{ }

ConversationMirror::Freshness ConversationMirror::freshnessOf(const Conversation &conversation)
{
    Freshness freshness;
    const auto consider = [&](qint64 ms) {
        if (ms != kNoTime)
            freshness.newestMs = qMax(freshness.newestMs, ms);
    };
    for (const Participant &participant : conversation.participants) {
        consider(participant.startMs);
        consider(participant.connectedMs);
        consider(participant.endMs);
        for (const MessageRef &message : participant.messages)
            consider(message.timestampMs);
        freshness.messages += int(participant.messages.size());
        if (participant.hasEnded())
            ++freshness.endedLegs;
        ++freshness.legs;
    }
    consider(conversation.endMs);
    return freshness;
}

ConversationMirror::Outcome ConversationMirror::apply(const Conversation &conversation)
{
    if (conversation.id.isEmpty())
        return Outcome::Ignored;
    // A conversation names its queue through its acd or agent legs; one that names none yet
    // came from a watched queue's topic or query, so it is kept.
    if (!conversation.queueId.isEmpty() && !m_queues.contains(conversation.queueId))
        return Outcome::Ignored;
    const Freshness freshness = freshnessOf(conversation);
    const auto held = m_entries.constFind(conversation.id);
    if (held != m_entries.constEnd()) {
        if (freshness < held->freshness)
            return Outcome::Stale;
    } else if (const auto dead = m_tombstones.constFind(conversation.id);
               dead != m_tombstones.constEnd()) {
        if (freshness < dead->freshness || (dead->strict && freshness == dead->freshness))
            return Outcome::Stale;
    }
    if (conversation.isEnded()) {
        if (!m_conversations.contains(conversation.id)) {
            bury(conversation.id, {freshness, false});
            return Outcome::Removed;
        }
        remove(conversation.id, {freshness, false});
        return Outcome::Removed;
    }
    m_tombstones.remove(conversation.id);
    m_conversations.insert(conversation.id, conversation);
    m_entries.insert(conversation.id, {freshness, ++m_generation});
    emit conversationUpdated(conversation);
    return Outcome::Applied;
}

int ConversationMirror::removeAbsent(const QSet<QString> &activeIds, quint64 generation)
{
    QStringList leaving;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (!activeIds.contains(it.key()) && it->touched <= generation)
            leaving.append(it.key());
    }
    for (const QString &id : std::as_const(leaving))
        remove(id, {m_entries.value(id).freshness, true});
    return int(leaving.size());
}

bool ConversationMirror::removeGone(const QString &id, quint64 generation)
{
    const auto held = m_entries.constFind(id);
    if (held == m_entries.constEnd() || held->touched > generation)
        return false;
    remove(id, {held->freshness, true});
    return true;
}

void ConversationMirror::setWatchedQueues(const QStringList &queueIds)
{
    m_queues = QSet<QString>(queueIds.cbegin(), queueIds.cend());
    QStringList leaving;
    for (auto it = m_conversations.cbegin(); it != m_conversations.cend(); ++it) {
        if (!it->queueId.isEmpty() && !m_queues.contains(it->queueId))
            leaving.append(it.key());
    }
    // Not a tombstone: if the queue is watched again, its conversations must come back.
    for (const QString &id : std::as_const(leaving)) {
        m_conversations.remove(id);
        m_entries.remove(id);
        ++m_generation;
        emit conversationRemoved(id);
    }
}

void ConversationMirror::clear()
{
    const QStringList ids = m_conversations.keys();
    m_conversations.clear();
    m_entries.clear();
    m_tombstones.clear();
    ++m_generation;
    for (const QString &id : ids)
        emit conversationRemoved(id);
}

void ConversationMirror::bury(const QString &id, Tombstone tombstone)
{
    // Tombstones only need to outlive the events still travelling for a conversation; a
    // 24/7 enforcer must not keep one per conversation it ever saw. The newest stay.
    tombstone.buried = ++m_burials;
    m_tombstones.insert(id, tombstone);
    if (m_tombstones.size() <= 2 * kKeptTombstones)
        return;
    const quint64 oldestKept = m_burials - kKeptTombstones;
    m_tombstones.removeIf(
        [oldestKept](QHash<QString, Tombstone>::iterator it) { return it->buried <= oldestKept; });
}

void ConversationMirror::remove(const QString &id, Tombstone tombstone)
{
    bury(id, tombstone);
    if (m_conversations.remove(id) == 0)
        return;
    m_entries.remove(id);
    ++m_generation;
    emit conversationRemoved(id);
}

} // namespace IdleGuard::Genesys
