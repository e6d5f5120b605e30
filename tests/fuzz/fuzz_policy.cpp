// Fuzz target: the policy file (PolicyParser::parse, docs/policy.md). What it accepts must
// write back to the same set (serialize, parse again) and must run the idle engine.

#include "core/policyparser.h"
#include "enginedriver.h"
#include "fuzzsupport.h"

using namespace IdleGuard;

namespace {

// A conversation of every queue the set names, with a silent customer and an agent who spoke.
QList<Conversation> conversationsFor(const PolicySet &set, qint64 nowMs)
{
    QStringList queues = set.queuePolicies.keys();
    queues.append(QStringLiteral("queue-without-policy"));
    QList<Conversation> conversations;
    for (qsizetype i = 0; i < queues.size() && i < 8; ++i) {
        Conversation conversation;
        conversation.id = QStringLiteral("conversation-%1").arg(i);
        conversation.queueId = queues.at(i);
        conversation.queueName = QStringLiteral("Queue {queueName} %1").arg(i);
        conversation.customerLanguage = i % 2 ? QStringLiteral("de") : QString();
        Participant customer;
        customer.id = QStringLiteral("customer-%1").arg(i);
        customer.purpose = ParticipantPurpose::Customer;
        customer.state = ParticipantState::Connected;
        customer.name = QStringLiteral("Jane {customerName}");
        customer.startMs = nowMs - 60'000;
        customer.messages.append({QStringLiteral("m1-%1").arg(i), Party::Customer, nowMs - 50'000});
        Participant agent;
        agent.id = QStringLiteral("agent-%1").arg(i);
        agent.purpose = ParticipantPurpose::Agent;
        agent.state = ParticipantState::Connected;
        agent.name = QStringLiteral("Alex");
        agent.userId = QStringLiteral("user-1");
        agent.queueId = conversation.queueId;
        agent.startMs = nowMs - 40'000;
        agent.connectedMs = nowMs - 30'000;
        agent.messages.append({QStringLiteral("m2-%1").arg(i), Party::Agent, nowMs - 20'000});
        conversation.startMs = customer.startMs;
        conversation.participants = {customer, agent};
        conversations.append(conversation);
    }
    return conversations;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::initialise();
    PolicyErrors errors;
    const std::optional<PolicySet> set = PolicyParser::parse(Fuzz::bytes(data, size), &errors);
    if (!set) {
        FUZZ_CHECK(!errors.isEmpty()); // a refusal always says why
        for (const PolicyError &error : std::as_const(errors))
            error.toString();
        return 0;
    }
    FUZZ_CHECK(errors.isEmpty());
    FUZZ_CHECK(set->validate().isEmpty());

    // The editor saves what it read: the file it writes must read back as the same set.
    PolicyErrors again;
    const std::optional<PolicySet> reread
        = PolicyParser::parse(PolicyParser::serialize(*set), &again);
    FUZZ_CHECK(reread.has_value());
    FUZZ_CHECK(*reread == *set);

    constexpr qint64 kNow = 1'741'082'400'000; // 2025-03-04T10:00:00Z
    Fuzz::exerciseEngine(*set, conversationsFor(*set, kNow), kNow);
    return 0;
}
