#include "conversationparser.h"

#include "genesyslogging.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMutex>
#include <QSet>

#include <atomic>

namespace IdleGuard::Genesys {

using namespace Qt::StringLiterals;

namespace {

std::atomic<int> g_unknownValues {0};

QString refId(const QJsonValue &value)
{
    return value.toObject().value("id"_L1).toString();
}

} // namespace

int ConversationParser::unknownValueCount()
{
    return g_unknownValues.load();
}

void ConversationParser::noteUnknown(const char *field, const QString &value)
{
    static QMutex mutex;
    static QSet<QString> seen;
    g_unknownValues.fetch_add(1);
    const QString key = QLatin1String(field) + u'=' + value;
    QMutexLocker lock(&mutex);
    if (seen.contains(key) || seen.size() > kMaxLoggedUnknownValues)
        return;
    // Bounded: values come from the server, and a broken or hostile one could send a new one in
    // every event, growing the set and the log for as long as the enforcer runs.
    if (seen.size() == kMaxLoggedUnknownValues) {
        seen.insert(QString()); // the marker that the cap was reached
        qCWarning(lcGenesysParse).noquote()
            << "more than" << kMaxLoggedUnknownValues
            << "different unknown values: further ones are not logged";
        return;
    }
    seen.insert(key);
    qCWarning(lcGenesysParse).noquote()
        << "unknown" << field << "value" << value << "- treated as unknown (logged once)";
}

qint64 ConversationParser::parseTime(const QJsonValue &value)
{
    if (!value.isString())
        return kNoTime;
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() : kNoTime;
}

ParticipantPurpose ConversationParser::parsePurpose(const QString &text)
{
    const QString purpose = text.toLower();
    if (purpose == "customer"_L1)
        return ParticipantPurpose::Customer;
    if (purpose == "agent"_L1 || purpose == "user"_L1)
        return ParticipantPurpose::Agent;
    if (purpose == "acd"_L1)
        return ParticipantPurpose::Acd;
    if (purpose == "workflow"_L1 || purpose == "ivr"_L1 || purpose == "botflow"_L1)
        return ParticipantPurpose::Workflow;
    if (purpose == "external"_L1)
        return ParticipantPurpose::External;
    if (purpose.isEmpty())
        return ParticipantPurpose::Unknown;
    noteUnknown("purpose", text);
    return ParticipantPurpose::Unknown;
}

ParticipantState ConversationParser::parseState(const QString &text)
{
    // The platform emits lower case; be lenient anyway (its own helpers send upper case).
    const QString state = text.toLower();
    if (state == "alerting"_L1 || state == "offering"_L1)
        return ParticipantState::Alerting;
    if (state == "connected"_L1)
        return ParticipantState::Connected;
    if (state == "disconnected"_L1)
        return ParticipantState::Disconnected;
    if (state == "terminated"_L1)
        return ParticipantState::Terminated;
    static const QSet<QString> others {u"dialing"_s,   u"contacting"_s,   u"converting"_s,
                                       u"uploading"_s, u"transmitting"_s, u"scheduled"_s,
                                       u"parked"_s,    u"none"_s};
    if (others.contains(state))
        return ParticipantState::Other;
    if (!state.isEmpty())
        noteUnknown("state", text);
    return ParticipantState::Unknown;
}

Participant ConversationParser::parseParticipant(const QJsonObject &object)
{
    Participant participant;
    participant.id = object.value("id"_L1).toString();
    participant.purpose = parsePurpose(object.value("purpose"_L1).toString());
    participant.state = parseState(object.value("state"_L1).toString());
    participant.name = object.value("name"_L1).toString();
    participant.userId = refId(object.value("user"_L1));
    participant.queueId = refId(object.value("queue"_L1));
    participant.startMs = parseTime(object.value("startTime"_L1));
    participant.connectedMs = parseTime(object.value("connectedTime"_L1));
    participant.endMs = parseTime(object.value("endTime"_L1));
    participant.peer = object.value("peer"_L1).toString();
    const QJsonObject attributes = object.value("attributes"_L1).toObject();
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        if (it.value().isString())
            participant.attributes.insert(it.key(), it.value().toString());
    }

    const Party sender = participant.purpose == ParticipantPurpose::Customer ? Party::Customer
        : participant.purpose == ParticipantPurpose::Agent                   ? Party::Agent
                                                                             : Party::System;
    for (const QJsonValue &entry : object.value("messages"_L1).toArray()) {
        const QJsonObject message = entry.toObject();
        // Typing and presence events are not messages: they never count as activity.
        if (message.value("messageMetadata"_L1).toObject().value("type"_L1).toString()
            == "Event"_L1)
            continue;
        MessageRef ref;
        // REST MessageDetails say "messageId"; topic events say "message": {"id"}.
        ref.id = message.contains("messageId"_L1) ? message.value("messageId"_L1).toString()
                                                  : refId(message.value("message"_L1));
        ref.timestampMs = parseTime(message.value("messageTime"_L1));
        ref.sender = sender;
        if (ref.id.isEmpty() || ref.timestampMs == kNoTime)
            continue;
        participant.messages.append(ref);
    }
    return participant;
}

Conversation ConversationParser::parse(const QJsonObject &object)
{
    Conversation conversation;
    conversation.id = object.value("id"_L1).toString();
    if (conversation.id.isEmpty())
        return conversation;
    for (const QJsonValue &entry : object.value("participants"_L1).toArray()) {
        if (!entry.isObject())
            continue;
        Participant participant = parseParticipant(entry.toObject());
        if (participant.id.isEmpty())
            continue;
        // The channel is a property of each leg (participants[].type, reference 5.1 and 7.4); the
        // customer's leg says where the customer writes from.
        const QString type = entry.toObject().value("type"_L1).toString().toLower();
        if (!type.isEmpty() && type != "unknown"_L1
            && (conversation.channel.isEmpty()
                || participant.purpose == ParticipantPurpose::Customer))
            conversation.channel = type;
        if (conversation.startMs == kNoTime
            || (participant.startMs != kNoTime && participant.startMs < conversation.startMs))
            conversation.startMs = participant.startMs;
        // The queue: the newest acd or agent leg that names one.
        if (!participant.queueId.isEmpty()
            && (participant.purpose == ParticipantPurpose::Acd
                || participant.purpose == ParticipantPurpose::Agent))
            conversation.queueId = participant.queueId;
        conversation.participants.append(participant);
    }
    if (conversation.isEnded()) {
        for (const Participant &participant : std::as_const(conversation.participants))
            conversation.endMs = qMax(conversation.endMs, participant.endMs);
    }
    return conversation;
}

Queue ConversationParser::parseQueue(const QJsonObject &object)
{
    return {object.value("id"_L1).toString(), object.value("name"_L1).toString()};
}

} // namespace IdleGuard::Genesys
