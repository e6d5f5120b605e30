#pragma once

#include "seededrandom.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>

namespace IdleGuard::Sandbox {

class ConversationStore;
class EventScheduler;
class Organisation;

// How much traffic the simulator makes.
struct TrafficProfile
{
    int initialConversations = 60; // conversations already under way after the warm-up
    // New customers per (sandbox) minute, across all queues. 4.5 keeps about 60 conversations
    // going with 25 agents while nobody closes the silent ones (the simulated agents give up on
    // them after 30-45 min). When Idle Guard closes them after ~15 min of silence, about 9 keep
    // 60 going.
    double arrivalsPerMinute = 4.5;
    qint64 warmupMs = 10 * 60 * 1000; // history built instantly at start (see start())
};

// Plays the customers and agents of the sandbox organisation, deterministically for a seed.
// (Contract in the issue 3 notes and docs/sandbox.md; implementation by the simulator author.)
class TrafficSimulator final : public QObject
{
    Q_OBJECT

public:
    TrafficSimulator(const Organisation &organisation, ConversationStore &store,
                     EventScheduler &scheduler, quint64 seed, TrafficProfile profile,
                     QObject *parent = nullptr);
    ~TrafficSimulator() override;

    // Schedules the initial population and the arrival process, then fast-forwards the
    // scheduler by profile.warmupMs so that the organisation has history at once.
    void start();
    // Pausing stops new arrivals and scripted behaviour; resuming continues where it stopped.
    void setPaused(bool paused);
    bool isPaused() const;

    // Control interface.
    // The customer stops answering; returnsAfterWarning: answers the next message the agent
    // side sends that was not written by the simulated agent (i.e. Idle Guard's warning).
    bool makeCustomerSilent(const QString &conversationId, bool returnsAfterWarning);
    // The simulated agent stops answering this conversation.
    bool makeAgentSilent(const QString &conversationId);

    // 1-based position among the conversations waiting in the conversation's queue, or 0.
    int queuePosition(const QString &conversationId) const;
    // Estimated wait for a new arrival in this queue, in ms (0 when an agent is free, -1 for an
    // unknown queue or one that no agent serves).
    qint64 estimatedWaitMs(const QString &queueId) const;
    // Conversations the agent currently holds (alerting, connected or in wrap-up).
    int agentLoad(const QString &userId) const;
    // Agents, their load and capacity; waiting conversations per queue; script counters.
    QJsonObject snapshot() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace IdleGuard::Sandbox
