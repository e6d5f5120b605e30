// Tests of the sandbox's REST subset against the reference (sections 0.2, 3, 4, 5, 6, 8): users,
// queues and wrap-up codes (paging, filters, permissions), message conversations (models, sending,
// participant updates, wrap-up, attributes, every teardown variant), the analytics details query,
// and the cross-cutting 404/413/rate-limit behaviour. Conversations are made deterministically
// through the in-process store on a stepped clock with the simulated people held still; requests
// go over real HTTP with a supervisor, an agent and a client-credentials token.

#include "sandbox/conversationstore.h"
#include "sandbox/organisation.h"
#include "sandbox/sandbox.h"
#include "sandbox/trafficsimulator.h"
#include "sandboxclient.h"
#include "sandboxfixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>

using namespace IdleGuard::Sandbox;
using namespace Qt::StringLiterals;

namespace {

const QString kUnknownId = u"00000000-0000-4000-8000-000000000000"_s;
const QString kConflictMessage = u"The participant is not in a state that permits this action."_s;
// The stepped clock starts at 2026-03-02T09:00:00Z.
const QString kInterval = u"2026-03-02T00:00:00.000Z/2026-03-03T00:00:00.000Z"_s;

// The quiet sandbox with five queues.
SandboxOptions baseOptions()
{
    SandboxOptions options = SandboxFixture::quietOptions();
    options.queues = 5;
    return options;
}

QJsonObject participantWithPurpose(const QJsonObject &conversation, const QString &purpose)
{
    for (const auto &value : conversation.value("participants"_L1).toArray()) {
        if (value.toObject().value("purpose"_L1).toString() == purpose)
            return value.toObject();
    }
    return {};
}

QJsonObject participantWithId(const QJsonObject &conversation, const QString &id)
{
    for (const auto &value : conversation.value("participants"_L1).toArray()) {
        if (value.toObject().value("id"_L1).toString() == id)
            return value.toObject();
    }
    return {};
}

QStringList ids(const QJsonArray &entities, QLatin1String key = "id"_L1)
{
    QStringList result;
    for (const auto &value : entities)
        result.append(value.toObject().value(key).toString());
    return result;
}

QStringList names(const QJsonArray &entities)
{
    return ids(entities, "name"_L1);
}

bool isIsoUtc(const QString &text)
{
    return text.endsWith(u'Z') && QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
}

// The query of reference 6.1: live message conversations in the given queues.
QJsonObject activeInQueuesQuery(const QStringList &queueIds, const QString &order = u"desc"_s,
                                int pageSize = 100, int pageNumber = 1)
{
    QJsonArray queuePredicates;
    for (const QString &id : queueIds) {
        queuePredicates.append(QJsonObject {{u"type"_s, u"dimension"_s},
                                            {u"dimension"_s, u"queueId"_s},
                                            {u"operator"_s, u"matches"_s},
                                            {u"value"_s, id}});
    }
    return QJsonObject {
        {u"interval"_s, kInterval},
        {u"order"_s, order},
        {u"orderBy"_s, u"conversationStart"_s},
        {u"paging"_s, QJsonObject {{u"pageSize"_s, pageSize}, {u"pageNumber"_s, pageNumber}}},
        {u"conversationFilters"_s,
         QJsonArray {QJsonObject {{u"type"_s, u"and"_s},
                                  {u"predicates"_s,
                                   QJsonArray {QJsonObject {{u"type"_s, u"dimension"_s},
                                                            {u"dimension"_s, u"conversationEnd"_s},
                                                            {u"operator"_s, u"notExists"_s}}}}}}},
        {u"segmentFilters"_s,
         QJsonArray {
             QJsonObject {{u"type"_s, u"and"_s},
                          {u"predicates"_s,
                           QJsonArray {QJsonObject {{u"type"_s, u"dimension"_s},
                                                    {u"dimension"_s, u"mediaType"_s},
                                                    {u"operator"_s, u"matches"_s},
                                                    {u"value"_s, u"message"_s}}}},
                          {u"clauses"_s,
                           QJsonArray {QJsonObject {{u"type"_s, u"or"_s},
                                                    {u"predicates"_s, queuePredicates}}}}}}}};
}

} // namespace

class TestSandboxApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    // Users and routing (reference 4).
    void usersMe();
    void usersMeExpand_data();
    void usersMeExpand();
    void userById();
    void queuesPaging();
    void queuesFilters_data();
    void queuesFilters();
    void queuesErrors_data();
    void queuesErrors();
    void queueById();
    void myQueues();
    void wrapupCodes();

    // Message conversations (reference 5).
    void myMessageConversations();
    void messageConversationModel();
    void genericConversation();
    void sendMessage();
    void sendMessageErrors_data();
    void sendMessageErrors();
    void getMessage();
    void typing();
    void disconnectParticipant();
    void alreadyDisconnected_data();
    void alreadyDisconnected();
    void participantPatchErrors_data();
    void participantPatchErrors();
    void wrapupByPatch();
    void wrapupByCommunication();
    void participantWrapupCodes();
    void communicationPatch();
    void attributes();
    void teardownDisconnect();
    void teardownDelete();
    void disconnectAllByPatch();

    // Analytics (reference 6.1).
    void analyticsActiveInQueues();
    void analyticsPagingAndOrder();
    void analyticsErrors_data();
    void analyticsErrors();
    void analyticsNoHits_data();
    void analyticsNoHits();

    // Cross-cutting (reference 3).
    void unknownPath();
    void requestTooLarge();
    void rateLimitHeaders();

private:
    struct Live
    {
        QString id;
        QString queueId;
        QString customerId;
        QString customerComm;
        QString acdId;
        QString agentId;
        QString agentComm;
        QString agentUserId;
    };

    bool start(const SandboxOptions &options = baseOptions());
    const SandboxUser *agent(int index) const;
    // A customer in the agent's first queue, offered to and answered by the agent.
    Live connected(int agentIndex = 0, const QString &customer = u"Jane Customer"_s);
    // A customer waiting in a queue.
    Live waiting(const QString &queueId, const QString &customer = u"Walt Waiting"_s);
    Live describe(const QString &conversationId) const;
    QJsonObject fetch(const QString &conversationId);
    QString wrapupCodeId(int index = 0) const;

    static QString conversationPath(const Live &live)
    {
        return u"/api/v2/conversations/messages/"_s + live.id;
    }
    static QString participantPath(const Live &live, const QString &participantId)
    {
        return conversationPath(live) + u"/participants/"_s + participantId;
    }
    static QString sendPath(const Live &live, const QString &communicationId)
    {
        return conversationPath(live) + u"/communications/"_s + communicationId + u"/messages"_s;
    }

    std::unique_ptr<SandboxFixture> m_env;
    QString m_supervisor;
    QString m_service;
    QString m_agent; // token of agent(0)
};

bool TestSandboxApi::start(const SandboxOptions &options)
{
    m_env = std::make_unique<SandboxFixture>(options);
    if (!m_env->start())
        return false;
    // Nothing moves unless a test moves it: the simulator would otherwise adopt and route the
    // conversations the tests make through the store.
    m_env->sandbox().simulator().setPaused(true);
    m_supervisor = m_env->supervisorToken();
    m_service = m_env->serviceToken();
    m_agent = m_env->tokenFor(agent(0)->id);
    return true;
}

void TestSandboxApi::initTestCase()
{
    // One "listening on" line per sandbox is noise here.
    QLoggingCategory::setFilterRules(u"idleguard.sandbox.*.info=false"_s);
}

void TestSandboxApi::init()
{
    QVERIFY(start());
}

void TestSandboxApi::cleanup()
{
    m_env.reset();
}

const SandboxUser *TestSandboxApi::agent(int index) const
{
    return m_env->sandbox().organisation().agents().at(index);
}

TestSandboxApi::Live TestSandboxApi::describe(const QString &conversationId) const
{
    Live live;
    const SimConversation *conversation = m_env->sandbox().store().conversation(conversationId);
    if (!conversation)
        return live;
    live.id = conversation->id;
    live.queueId = conversation->queueId;
    for (const SimParticipant &participant : conversation->participants) {
        if (participant.purpose == "customer"_L1) {
            live.customerId = participant.id;
            live.customerComm = participant.communicationId;
        } else if (participant.purpose == "acd"_L1) {
            live.acdId = participant.id;
        } else if (participant.purpose == "agent"_L1) {
            live.agentId = participant.id;
            live.agentComm = participant.communicationId;
            live.agentUserId = participant.userId;
        }
    }
    return live;
}

TestSandboxApi::Live TestSandboxApi::connected(int agentIndex, const QString &customer)
{
    ConversationStore &store = m_env->sandbox().store();
    const SandboxUser *user = agent(agentIndex);
    const QString id = store.startConversation(user->queueIds.constFirst(), customer, u"Hello?"_s);
    if (store.offerToAgent(id, user->id) != ConversationStore::Outcome::Done
        || store.answer(id) != ConversationStore::Outcome::Done)
        qWarning() << "could not connect" << id << "to" << user->name;
    return describe(id);
}

TestSandboxApi::Live TestSandboxApi::waiting(const QString &queueId, const QString &customer)
{
    return describe(
        m_env->sandbox().store().startConversation(queueId, customer, u"Anyone there?"_s));
}

QJsonObject TestSandboxApi::fetch(const QString &conversationId)
{
    const auto reply
        = m_env->client().get(u"/api/v2/conversations/messages/"_s + conversationId, m_supervisor);
    if (reply.status != 200)
        qWarning() << "GET conversation answered" << reply.status << reply.body;
    return reply.json();
}

QString TestSandboxApi::wrapupCodeId(int index) const
{
    return m_env->sandbox().organisation().wrapupCodes().at(index).id;
}

// ---- users and routing -------------------------------------------------------------------------

void TestSandboxApi::usersMe()
{
    const SandboxUser *supervisor = m_env->sandbox().organisation().supervisor();
    const auto reply = m_env->client().get(u"/api/v2/users/me"_s, m_supervisor);
    QCOMPARE(reply.status, 200);
    const QJsonObject me = reply.json();
    QCOMPARE(me.value("id"_L1).toString(), supervisor->id);
    QCOMPARE(me.value("name"_L1).toString(), u"Sam Supervisor"_s);
    QCOMPARE(me.value("username"_L1).toString(), u"sam@acme.example"_s);
    QCOMPARE(me.value("email"_L1).toString(), u"sam@acme.example"_s);
    QCOMPARE(me.value("state"_L1).toString(), u"active"_s);
    QCOMPARE(me.value("selfUri"_L1).toString(), u"/api/v2/users/"_s + supervisor->id);
    QCOMPARE(me.value("division"_L1).toObject().value("id"_L1).toString(),
             m_env->sandbox().organisation().divisionId());
    QVERIFY(me.value("version"_L1).isDouble());
    QVERIFY(!me.contains("authorization"_L1));

    const auto service = m_env->client().get(u"/api/v2/users/me"_s, m_service);
    QCOMPARE(service.status, 400);
    QCOMPARE(service.errorCode(), u"bad.request"_s);
}

void TestSandboxApi::usersMeExpand_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("single") << u"expand=authorization"_s;
    QTest::newRow("comma-joined") << u"expand=presence,authorization"_s;
    QTest::newRow("repeated key") << u"expand=presence&expand=authorization"_s;
}

void TestSandboxApi::usersMeExpand()
{
    QFETCH(QString, query);
    const auto reply = m_env->client().get(u"/api/v2/users/me?"_s + query, m_supervisor);
    QCOMPARE(reply.status, 200);
    const QJsonObject authorization = reply.json().value("authorization"_L1).toObject();
    QStringList permissions;
    for (const auto &value : authorization.value("permissions"_L1).toArray())
        permissions.append(value.toString());
    QCOMPARE(permissions, Organisation::supervisorPermissions());
    QVERIFY(permissions.contains(u"conversation:communication:disconnect"_s));
    const QJsonArray roles = authorization.value("roles"_L1).toArray();
    QCOMPARE(roles.size(), 1);
    QCOMPARE(roles.at(0).toObject().value("name"_L1).toString(), u"Supervisor"_s);
    QCOMPARE(reply.json().contains("presence"_L1), query.contains("presence"_L1));
}

void TestSandboxApi::userById()
{
    const SandboxUser *user = agent(3);
    const auto reply = m_env->client().get(u"/api/v2/users/"_s + user->id, m_supervisor);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value("id"_L1).toString(), user->id);
    QCOMPARE(reply.json().value("name"_L1).toString(), user->name);
    QCOMPARE(reply.json().value("email"_L1).toString(), user->email);
    QCOMPARE(reply.json().value("selfUri"_L1).toString(), u"/api/v2/users/"_s + user->id);
    // No permission is listed: an agent may look people up too.
    QCOMPARE(m_env->client().get(u"/api/v2/users/"_s + user->id, m_agent).status, 200);

    const auto missing = m_env->client().get(u"/api/v2/users/"_s + kUnknownId, m_supervisor);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), u"not.found"_s);
}

void TestSandboxApi::queuesPaging()
{
    // Five queues; by name: Billing, Returns, Sales Chat, Technical Help, Web Support.
    const auto all = m_env->client().get(u"/api/v2/routing/queues"_s, m_supervisor);
    QCOMPARE(all.status, 200);
    QJsonObject body = all.json();
    QCOMPARE(body.value("pageSize"_L1).toInt(), 25);
    QCOMPARE(body.value("pageNumber"_L1).toInt(), 1);
    QCOMPARE(body.value("total"_L1).toInt(), 5);
    QCOMPARE(body.value("pageCount"_L1).toInt(), 1);
    QCOMPARE(names(body.value("entities"_L1).toArray()),
             QStringList({u"Billing"_s, u"Returns"_s, u"Sales Chat"_s, u"Technical Help"_s,
                          u"Web Support"_s}));
    for (const char *key : {"firstUri", "selfUri", "lastUri"})
        QVERIFY2(body.value(QLatin1String(key)).isString(), key);
    QVERIFY(!body.contains("nextUri"_L1));
    QVERIFY(!body.contains("previousUri"_L1));
    const QJsonObject queue = body.value("entities"_L1).toArray().at(0).toObject();
    QCOMPARE(queue.value("selfUri"_L1).toString(),
             u"/api/v2/routing/queues/"_s + queue.value("id"_L1).toString());
    QVERIFY(queue.value("division"_L1).isObject());
    QVERIFY(queue.value("memberCount"_L1).isDouble());
    QVERIFY(queue.value("mediaSettings"_L1)
                .toObject()
                .value("message"_L1)
                .toObject()
                .value("enableInactivityTimeout"_L1)
                .isBool());

    struct Page
    {
        int number;
        QStringList names;
        bool next;
        bool previous;
    };
    const QList<Page> pages {{1, {u"Billing"_s, u"Returns"_s}, true, false},
                             {2, {u"Sales Chat"_s, u"Technical Help"_s}, true, true},
                             {3, {u"Web Support"_s}, false, true}};
    for (const Page &page : pages) {
        const auto reply = m_env->client().get(
            u"/api/v2/routing/queues?pageSize=2&pageNumber=%1"_s.arg(page.number), m_supervisor);
        QCOMPARE(reply.status, 200);
        body = reply.json();
        QCOMPARE(body.value("pageSize"_L1).toInt(), 2);
        QCOMPARE(body.value("pageNumber"_L1).toInt(), page.number);
        QCOMPARE(body.value("total"_L1).toInt(), 5);
        QCOMPARE(body.value("pageCount"_L1).toInt(), 3);
        QCOMPARE(names(body.value("entities"_L1).toArray()), page.names);
        QCOMPARE(body.contains("nextUri"_L1), page.next);
        QCOMPARE(body.contains("previousUri"_L1), page.previous);
        QVERIFY(body.value("selfUri"_L1).toString().contains(u"pageNumber=%1"_s.arg(page.number)));
        QVERIFY(body.value("lastUri"_L1).toString().contains("pageNumber=3"_L1));
        QVERIFY(body.value("firstUri"_L1).toString().contains("pageNumber=1"_L1));
    }
    // The page after the last one is empty, not an error.
    const auto beyond
        = m_env->client().get(u"/api/v2/routing/queues?pageSize=2&pageNumber=4"_s, m_supervisor);
    QCOMPARE(beyond.status, 200);
    QVERIFY(beyond.json().value("entities"_L1).toArray().isEmpty());
    QVERIFY(!beyond.json().contains("nextUri"_L1));
}

void TestSandboxApi::queuesFilters_data()
{
    QTest::addColumn<QString>("query"); // "%0", "%1": ids of the queues named Billing, Returns
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("exact name") << u"name=Billing"_s << QStringList {u"Billing"_s};
    QTest::newRow("no wildcard, partial") << u"name=Bill"_s << QStringList();
    QTest::newRow("trailing wildcard") << u"name=Web*"_s << QStringList {u"Web Support"_s};
    QTest::newRow("leading wildcard") << u"name=*Chat"_s << QStringList {u"Sales Chat"_s};
    QTest::newRow("both wildcards")
        << u"name=*e*"_s
        << QStringList {u"Returns"_s, u"Sales Chat"_s, u"Technical Help"_s, u"Web Support"_s};
    QTest::newRow("id, comma-joined") << u"id=%0,%1"_s << QStringList {u"Billing"_s, u"Returns"_s};
    QTest::newRow("id, repeated key")
        << u"id=%0&id=%1"_s << QStringList {u"Billing"_s, u"Returns"_s};
    QTest::newRow("id and name") << u"id=%0,%1&name=Ret*"_s << QStringList {u"Returns"_s};
    QTest::newRow("unknown id") << u"id=%2"_s << QStringList();
    QTest::newRow("sortOrder desc") << u"sortOrder=desc"_s
                                    << QStringList {u"Web Support"_s, u"Technical Help"_s,
                                                    u"Sales Chat"_s, u"Returns"_s, u"Billing"_s};
    QTest::newRow("sortOrder asc")
        << u"sortOrder=asc&name=*e*"_s
        << QStringList {u"Returns"_s, u"Sales Chat"_s, u"Technical Help"_s, u"Web Support"_s};
}

void TestSandboxApi::queuesFilters()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QString billing;
    QString returns;
    for (const SandboxQueue &queue : m_env->sandbox().organisation().queues()) {
        if (queue.name == "Billing"_L1)
            billing = queue.id;
        else if (queue.name == "Returns"_L1)
            returns = queue.id;
    }
    QVERIFY(!billing.isEmpty() && !returns.isEmpty());
    query.replace("%0"_L1, billing).replace("%1"_L1, returns).replace("%2"_L1, kUnknownId);
    const auto reply = m_env->client().get(u"/api/v2/routing/queues?"_s + query, m_supervisor);
    QCOMPARE(reply.status, 200);
    QCOMPARE(names(reply.json().value("entities"_L1).toArray()), expected);
    QCOMPARE(reply.json().value("total"_L1).toInt(), static_cast<int>(expected.size()));
}

void TestSandboxApi::queuesErrors_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("pageSize not a number")
        << u"pageSize=abc"_s << u"supervisor"_s << 400 << u"invalid.value"_s;
    QTest::newRow("pageSize 0") << u"pageSize=0"_s << u"supervisor"_s << 400 << u"invalid.value"_s;
    QTest::newRow("pageSize negative")
        << u"pageSize=-5"_s << u"supervisor"_s << 400 << u"invalid.value"_s;
    QTest::newRow("pageNumber 0") << u"pageNumber=0"_s << u"supervisor"_s << 400
                                  << u"invalid.value"_s;
    QTest::newRow("agent token") << QString() << u"agent"_s << 403 << u"missing.permissions"_s;
}

void TestSandboxApi::queuesErrors()
{
    QFETCH(QString, query);
    QFETCH(QString, who);
    QFETCH(int, status);
    QFETCH(QString, code);
    const auto reply = m_env->client().get(u"/api/v2/routing/queues?"_s + query,
                                           who == "agent"_L1 ? m_agent : m_supervisor);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    QCOMPARE(reply.json().value("status"_L1).toInt(), status);
    if (status == 403)
        QVERIFY(reply.json().value("message"_L1).toString().contains("routing:queue:view"_L1));
}

void TestSandboxApi::queueById()
{
    const SandboxQueue &queue = m_env->sandbox().organisation().queues().at(2);
    const QString path = u"/api/v2/routing/queues/"_s + queue.id;
    const auto reply = m_env->client().get(path, m_supervisor);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value("id"_L1).toString(), queue.id);
    QCOMPARE(reply.json().value("name"_L1).toString(), queue.name);
    QCOMPARE(reply.json().value("selfUri"_L1).toString(), path);

    const auto missing
        = m_env->client().get(u"/api/v2/routing/queues/"_s + kUnknownId, m_supervisor);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), u"not.found"_s);
    const auto forbidden = m_env->client().get(path, m_agent);
    QCOMPARE(forbidden.status, 403);
    QCOMPARE(forbidden.errorCode(), u"missing.permissions"_s);
}

void TestSandboxApi::myQueues()
{
    const SandboxUser *user = agent(0);
    const auto reply = m_env->client().get(u"/api/v2/routing/queues/me"_s, m_agent);
    QCOMPARE(reply.status, 200);
    const QJsonArray entities = reply.json().value("entities"_L1).toArray();
    QCOMPARE(reply.json().value("total"_L1).toInt(), static_cast<int>(user->queueIds.size()));
    QStringList got = ids(entities);
    QStringList want = user->queueIds;
    got.sort();
    want.sort();
    QCOMPARE(got, want);
    for (const auto &value : entities)
        QCOMPARE(value.toObject().value("joined"_L1), QJsonValue(true));

    // The supervisor serves no queue.
    const auto supervisor = m_env->client().get(u"/api/v2/routing/queues/me"_s, m_supervisor);
    QCOMPARE(supervisor.status, 200);
    QCOMPARE(supervisor.json().value("total"_L1).toInt(), 0);

    const auto service = m_env->client().get(u"/api/v2/routing/queues/me"_s, m_service);
    QCOMPARE(service.status, 400);
    QCOMPARE(service.errorCode(), u"bad.request"_s);
}

void TestSandboxApi::wrapupCodes()
{
    const Organisation &organisation = m_env->sandbox().organisation();
    QStringList expected;
    for (const SandboxWrapupCode &code : organisation.wrapupCodes())
        expected.append(code.name);

    const auto all = m_env->client().get(u"/api/v2/routing/wrapupcodes"_s, m_supervisor);
    QCOMPARE(all.status, 200);
    QCOMPARE(names(all.json().value("entities"_L1).toArray()), expected);
    QCOMPARE(all.json().value("total"_L1).toInt(), static_cast<int>(expected.size()));
    const QJsonObject first = all.json().value("entities"_L1).toArray().at(0).toObject();
    QCOMPARE(first.value("selfUri"_L1).toString(),
             u"/api/v2/routing/wrapupcodes/"_s + first.value("id"_L1).toString());

    const auto paged = m_env->client().get(u"/api/v2/routing/wrapupcodes?pageSize=3&pageNumber=2"_s,
                                           m_supervisor);
    QCOMPARE(paged.status, 200);
    QCOMPARE(paged.json().value("entities"_L1).toArray().size(), expected.size() - 3);
    QVERIFY(paged.json().contains("previousUri"_L1));

    const auto forbidden = m_env->client().get(u"/api/v2/routing/wrapupcodes"_s, m_agent);
    QCOMPARE(forbidden.status, 403);
    QCOMPARE(forbidden.errorCode(), u"missing.permissions"_s);

    const SandboxQueue &queue = organisation.queues().constFirst();
    const QString path = u"/api/v2/routing/queues/"_s + queue.id + u"/wrapupcodes"_s;
    const auto ofQueue = m_env->client().get(path, m_supervisor);
    QCOMPARE(ofQueue.status, 200);
    QCOMPARE(ofQueue.json().value("total"_L1).toInt(),
             static_cast<int>(queue.wrapupCodeIds.size()));
    QCOMPARE(ids(ofQueue.json().value("entities"_L1).toArray()), queue.wrapupCodeIds);
    const auto missing = m_env->client().get(
        u"/api/v2/routing/queues/"_s + kUnknownId + u"/wrapupcodes"_s, m_supervisor);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), u"not.found"_s);
    QCOMPARE(m_env->client().get(path, m_agent).status, 403);
}

// ---- message conversations ---------------------------------------------------------------------

void TestSandboxApi::myMessageConversations()
{
    const Live mine = connected(0);
    connected(1, u"Other Customer"_s); // another agent's

    const auto reply = m_env->client().get(u"/api/v2/conversations/messages"_s, m_agent);
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.json();
    QCOMPARE(ids(body.value("entities"_L1).toArray()), QStringList {mine.id});
    QCOMPARE(body.value("total"_L1).toInt(), 1);
    const QJsonObject entity = body.value("entities"_L1).toArray().at(0).toObject();
    QCOMPARE(participantWithPurpose(entity, u"agent"_s).value("state"_L1).toString(),
             u"connected"_s);

    // A supervisor who is not a participant sees nothing.
    const auto supervisor = m_env->client().get(u"/api/v2/conversations/messages"_s, m_supervisor);
    QCOMPARE(supervisor.status, 200);
    QVERIFY(supervisor.json().value("entities"_L1).isArray());
    QVERIFY(supervisor.json().value("entities"_L1).toArray().isEmpty());
    QCOMPARE(supervisor.json().value("total"_L1).toInt(), 0);

    const auto service = m_env->client().get(u"/api/v2/conversations/messages"_s, m_service);
    QCOMPARE(service.status, 400);
    QCOMPARE(service.errorCode(), u"bad.request"_s);

    // Once the agent's leg ends it is no longer one of "my" conversations.
    QCOMPARE(m_env->sandbox().store().disconnectParticipant(mine.id, mine.agentId, u"client"_s),
             ConversationStore::Outcome::Done);
    const auto after = m_env->client().get(u"/api/v2/conversations/messages"_s, m_agent);
    QCOMPARE(after.status, 200);
    QVERIFY(after.json().value("entities"_L1).toArray().isEmpty());
}

void TestSandboxApi::messageConversationModel()
{
    const Live live = connected();
    const auto reply = m_env->client().get(conversationPath(live), m_supervisor);
    QCOMPARE(reply.status, 200);
    const QJsonObject conversation = reply.json();
    QCOMPARE(conversation.value("id"_L1).toString(), live.id);
    QCOMPARE(conversation.value("selfUri"_L1).toString(), conversationPath(live));
    QVERIFY(conversation.value("otherMediaUris"_L1).isArray());
    const QJsonArray divisions = conversation.value("divisions"_L1).toArray();
    QCOMPARE(divisions.size(), 1);
    QCOMPARE(divisions.at(0).toObject().value("division"_L1).toObject().value("id"_L1).toString(),
             m_env->sandbox().organisation().divisionId());

    const QJsonArray participants = conversation.value("participants"_L1).toArray();
    QCOMPARE(participants.size(), 3);
    QStringList purposes;
    for (const auto &value : participants) {
        const QJsonObject participant = value.toObject();
        purposes.append(participant.value("purpose"_L1).toString());
        const QString state = participant.value("state"_L1).toString();
        QCOMPARE(state, state.toLower());
        QCOMPARE(participant.value("direction"_L1).toString(), u"inbound"_s);
        QCOMPARE(participant.value("type"_L1).toString(), u"webmessaging"_s);
        QVERIFY(participant.value("messages"_L1).isArray());
        QVERIFY(isIsoUtc(participant.value("startTime"_L1).toString()));
    }
    QCOMPARE(purposes, QStringList({u"customer"_s, u"acd"_s, u"agent"_s}));

    const QJsonObject customer = participants.at(0).toObject();
    QCOMPARE(customer.value("id"_L1).toString(), live.customerId);
    QCOMPARE(customer.value("name"_L1).toString(), u"Jane Customer"_s);
    QCOMPARE(customer.value("state"_L1).toString(), u"connected"_s);
    QCOMPARE(customer.value("peer"_L1).toString(), live.agentComm);
    const QJsonArray customerMessages = customer.value("messages"_L1).toArray();
    QCOMPARE(customerMessages.size(), 1);
    const QJsonObject first = customerMessages.at(0).toObject();
    QVERIFY(!first.value("messageId"_L1).toString().isEmpty());
    QVERIFY(isIsoUtc(first.value("messageTime"_L1).toString()));
    QCOMPARE(first.value("messageStatus"_L1).toString(), u"received"_s);
    QCOMPARE(first.value("messageSegmentCount"_L1).toInt(), 1);
    QCOMPARE(first.value("messageMetadata"_L1).toObject().value("type"_L1).toString(), u"Text"_s);
    QCOMPARE(first.value("messageURI"_L1).toString(),
             conversationPath(live) + u"/messages/"_s + first.value("messageId"_L1).toString());

    const QJsonObject acd = participants.at(1).toObject();
    QCOMPARE(acd.value("state"_L1).toString(), u"disconnected"_s);
    QCOMPARE(acd.value("disconnectType"_L1).toString(), u"transfer"_s);
    QCOMPARE(acd.value("queue"_L1).toObject().value("id"_L1).toString(), live.queueId);
    QVERIFY(isIsoUtc(acd.value("endTime"_L1).toString()));

    const QJsonObject agentLeg = participants.at(2).toObject();
    QCOMPARE(agentLeg.value("id"_L1).toString(), live.agentId);
    QCOMPARE(agentLeg.value("state"_L1).toString(), u"connected"_s);
    QCOMPARE(agentLeg.value("user"_L1).toObject().value("id"_L1).toString(), agent(0)->id);
    QCOMPARE(agentLeg.value("queue"_L1).toObject().value("id"_L1).toString(), live.queueId);
    QCOMPARE(agentLeg.value("wrapupRequired"_L1), QJsonValue(true));
    QCOMPARE(agentLeg.value("peer"_L1).toString(), live.customerComm);
    QVERIFY(isIsoUtc(agentLeg.value("connectedTime"_L1).toString()));
    QVERIFY(!agentLeg.contains("endTime"_L1));
    QVERIFY(agentLeg.value("messages"_L1).toArray().isEmpty());

    // No permission is listed: the agent may read it as well.
    QCOMPARE(m_env->client().get(conversationPath(live), m_agent).status, 200);
    const auto missing
        = m_env->client().get(u"/api/v2/conversations/messages/"_s + kUnknownId, m_supervisor);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), u"not.found"_s);
}

void TestSandboxApi::genericConversation()
{
    const Live live = connected();
    const QString path = u"/api/v2/conversations/"_s + live.id;
    const auto reply = m_env->client().get(path, m_supervisor);
    QCOMPARE(reply.status, 200);
    const QJsonObject conversation = reply.json();
    QCOMPARE(conversation.value("id"_L1).toString(), live.id);
    QCOMPARE(conversation.value("selfUri"_L1).toString(), path);
    QVERIFY(isIsoUtc(conversation.value("startTime"_L1).toString()));
    QVERIFY(!conversation.contains("endTime"_L1));

    // participants[].messages[0].id is the communication id (reference 5.2).
    const QJsonObject agentLeg = participantWithId(conversation, live.agentId);
    QCOMPARE(agentLeg.value("purpose"_L1).toString(), u"agent"_s);
    QCOMPARE(agentLeg.value("userId"_L1).toString(), agent(0)->id);
    QCOMPARE(agentLeg.value("queueId"_L1).toString(), live.queueId);
    const QJsonObject agentCommunication = agentLeg.value("messages"_L1).toArray().at(0).toObject();
    QCOMPARE(agentCommunication.value("id"_L1).toString(), live.agentComm);
    QCOMPARE(agentCommunication.value("state"_L1).toString(), u"connected"_s);
    QCOMPARE(agentCommunication.value("peerId"_L1).toString(), live.customerComm);
    const QJsonObject customer = participantWithId(conversation, live.customerId);
    QCOMPARE(customer.value("messages"_L1).toArray().at(0).toObject().value("id"_L1).toString(),
             live.customerComm);

    const auto forbidden = m_env->client().get(path, m_agent);
    QCOMPARE(forbidden.status, 403);
    QCOMPARE(forbidden.errorCode(), u"missing.permissions"_s);
    QVERIFY(forbidden.json()
                .value("message"_L1)
                .toString()
                .contains("conversation:communication:view"_L1));
    const auto missing
        = m_env->client().get(u"/api/v2/conversations/"_s + kUnknownId, m_supervisor);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), u"not.found"_s);
}

void TestSandboxApi::sendMessage()
{
    const Live live = connected();
    const SandboxUser *supervisor = m_env->sandbox().organisation().supervisor();
    const QString text = u"Hi Jane, are you still there?"_s;
    const auto reply = m_env->client().post(sendPath(live, live.agentComm), m_supervisor,
                                            QJsonObject {{u"textBody"_s, text}});
    QCOMPARE(reply.status, 200);
    const QJsonObject data = reply.json();
    const QString messageId = data.value("id"_L1).toString();
    QVERIFY(!messageId.isEmpty());
    QCOMPARE(data.value("direction"_L1).toString(), u"outbound"_s);
    QCOMPARE(data.value("status"_L1).toString(), u"queued"_s);
    QCOMPARE(data.value("textBody"_L1).toString(), text);
    QCOMPARE(data.value("messengerType"_L1).toString(), u"webmessaging"_s);
    QCOMPARE(data.value("conversationId"_L1).toString(), live.id);
    QVERIFY(isIsoUtc(data.value("timestamp"_L1).toString()));
    QCOMPARE(data.value("selfUri"_L1).toString(),
             conversationPath(live) + u"/messages/"_s + messageId);
    const QJsonObject createdBy = data.value("createdBy"_L1).toObject();
    QCOMPARE(createdBy.value("id"_L1).toString(), supervisor->id);
    QCOMPARE(createdBy.value("name"_L1).toString(), supervisor->name);

    // It sits on the agent's leg; delivery receipts follow on the sandbox clock.
    auto lastAgentMessage = [&] {
        const QJsonArray messages
            = participantWithId(fetch(live.id), live.agentId).value("messages"_L1).toArray();
        return messages.isEmpty() ? QJsonObject() : messages.last().toObject();
    };
    QCOMPARE(lastAgentMessage().value("messageId"_L1).toString(), messageId);
    QCOMPARE(lastAgentMessage().value("messageStatus"_L1).toString(), u"queued"_s);
    QVERIFY(m_env->sandbox().step(1000));
    QCOMPARE(lastAgentMessage().value("messageStatus"_L1).toString(), u"delivery-success"_s);
    const auto later
        = m_env->client().get(conversationPath(live) + u"/messages/"_s + messageId, m_supervisor);
    QCOMPARE(later.json().value("status"_L1).toString(), u"delivery-success"_s);

    // The agent may send on its own communication; 2000 characters is still fine.
    const auto byAgent = m_env->client().post(sendPath(live, live.agentComm), m_agent,
                                              QJsonObject {{u"textBody"_s, QString(2000, u'x')}});
    QCOMPARE(byAgent.status, 200);
    QCOMPARE(byAgent.json().value("createdBy"_L1).toObject().value("id"_L1).toString(),
             agent(0)->id);
}

void TestSandboxApi::sendMessageErrors_data()
{
    QTest::addColumn<QString>("target"); // agent, customer, other, unknown, unknown-conversation
    QTest::addColumn<bool>("agentDisconnected");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QByteArray json = "application/json";
    const QByteArray ok = R"({"textBody":"Still there?"})";
    QTest::newRow("malformed JSON")
        << u"agent"_s << false << QByteArray(R"({"textBody":)") << json << 400 << u"bad.request"_s;
    QTest::newRow("no body") << u"agent"_s << false << QByteArray() << json << 400
                             << u"bad.request"_s;
    QTest::newRow("missing textBody")
        << u"agent"_s << false << QByteArray("{}") << json << 400 << u"bad.request"_s;
    QTest::newRow("empty textBody") << u"agent"_s << false << QByteArray(R"({"textBody":""})")
                                    << json << 400 << u"bad.request"_s;
    QTest::newRow("textBody not a string")
        << u"agent"_s << false << QByteArray(R"({"textBody":42})") << json << 400
        << u"bad.request"_s;
    QTest::newRow("array body") << u"agent"_s << false << QByteArray("[]") << json << 400
                                << u"bad.request"_s;
    QTest::newRow("textBody over 2000 characters")
        << u"agent"_s << false << QByteArray(R"({"textBody":")" + QByteArray(2001, 'x') + R"("})")
        << json << 400 << u"invalid.value"_s;
    QTest::newRow("text/plain") << u"agent"_s << false << QByteArray("Still there?")
                                << QByteArray("text/plain") << 415 << u"unsupported.media.type"_s;
    QTest::newRow("unknown conversation")
        << u"unknown-conversation"_s << false << ok << json << 404 << u"not.found"_s;
    QTest::newRow("unknown communication")
        << u"unknown"_s << false << ok << json << 404 << u"not.found"_s;
    QTest::newRow("communication of another conversation")
        << u"other"_s << false << ok << json << 404 << u"not.found"_s;
    QTest::newRow("customer's communication")
        << u"customer"_s << false << ok << json << 400 << u"bad.request"_s;
    QTest::newRow("disconnected agent") << u"agent"_s << true << ok << json << 409 << u"conflict"_s;
}

void TestSandboxApi::sendMessageErrors()
{
    QFETCH(QString, target);
    QFETCH(bool, agentDisconnected);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, code);

    Live live = connected(0);
    const Live other = connected(1, u"Other Customer"_s);
    if (agentDisconnected) {
        QCOMPARE(m_env->sandbox().store().disconnectParticipant(live.id, live.agentId, u"client"_s),
                 ConversationStore::Outcome::Done);
    }
    QString communication = live.agentComm;
    if (target == "customer"_L1)
        communication = live.customerComm;
    else if (target == "other"_L1)
        communication = other.agentComm;
    else if (target == "unknown"_L1)
        communication = kUnknownId;
    else if (target == "unknown-conversation"_L1)
        live.id = kUnknownId;

    const auto reply
        = m_env->client().post(sendPath(live, communication), m_supervisor, body, contentType);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    QCOMPARE(reply.json().value("status"_L1).toInt(), status);
    // Nothing was sent.
    if (!live.agentId.isEmpty() && live.id != kUnknownId)
        QVERIFY(participantWithId(fetch(live.id), live.agentId)
                    .value("messages"_L1)
                    .toArray()
                    .isEmpty());
}

void TestSandboxApi::getMessage()
{
    const Live live = connected();
    const QJsonObject customer = participantWithId(fetch(live.id), live.customerId);
    const QString inboundId
        = customer.value("messages"_L1).toArray().at(0).toObject().value("messageId"_L1).toString();
    const auto inbound
        = m_env->client().get(conversationPath(live) + u"/messages/"_s + inboundId, m_supervisor);
    QCOMPARE(inbound.status, 200);
    QCOMPARE(inbound.json().value("id"_L1).toString(), inboundId);
    QCOMPARE(inbound.json().value("direction"_L1).toString(), u"inbound"_s);
    QCOMPARE(inbound.json().value("textBody"_L1).toString(), u"Hello?"_s);
    QCOMPARE(inbound.json().value("status"_L1).toString(), u"received"_s);

    const QString outboundId = m_env->client()
                                   .post(sendPath(live, live.agentComm), m_supervisor,
                                         QJsonObject {{u"textBody"_s, u"Hi!"_s}})
                                   .json()
                                   .value("id"_L1)
                                   .toString();
    const auto outbound
        = m_env->client().get(conversationPath(live) + u"/messages/"_s + outboundId, m_supervisor);
    QCOMPARE(outbound.status, 200);
    QCOMPARE(outbound.json().value("textBody"_L1).toString(), u"Hi!"_s);
    QCOMPARE(outbound.json().value("direction"_L1).toString(), u"outbound"_s);
    QCOMPARE(outbound.json().value("status"_L1).toString(), u"queued"_s);

    const auto missing
        = m_env->client().get(conversationPath(live) + u"/messages/"_s + kUnknownId, m_supervisor);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), u"not.found"_s);
    const auto noConversation = m_env->client().get(u"/api/v2/conversations/messages/"_s
                                                        + kUnknownId + u"/messages/"_s + inboundId,
                                                    m_supervisor);
    QCOMPARE(noConversation.status, 404);
}

void TestSandboxApi::typing()
{
    const Live live = connected();
    const QString path
        = conversationPath(live) + u"/communications/"_s + live.agentComm + u"/typing"_s;
    const QJsonObject body {{u"typing"_s, QJsonObject {{u"type"_s, u"On"_s}}}};
    const auto reply = m_env->client().post(path, m_supervisor, body);
    QCOMPARE(reply.status, 204);
    QVERIFY(reply.body.isEmpty());
    // A typing indicator is not a message.
    QVERIFY(
        participantWithId(fetch(live.id), live.agentId).value("messages"_L1).toArray().isEmpty());

    const auto missing = m_env->client().post(conversationPath(live) + u"/communications/"_s
                                                  + kUnknownId + u"/typing"_s,
                                              m_supervisor, body);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), u"not.found"_s);
}

void TestSandboxApi::disconnectParticipant()
{
    const Live live = connected();
    // Genesys' own helper sends the state in upper case.
    const auto reply = m_env->client().patch(participantPath(live, live.agentId), m_supervisor,
                                             QJsonObject {{u"state"_s, u"DISCONNECTED"_s}});
    QCOMPARE(reply.status, 202);
    QVERIFY(reply.body.isEmpty());

    const QJsonObject conversation = fetch(live.id);
    const QJsonObject agentLeg = participantWithId(conversation, live.agentId);
    QCOMPARE(agentLeg.value("state"_L1).toString(), u"disconnected"_s);
    QCOMPARE(agentLeg.value("disconnectType"_L1).toString(), u"client"_s);
    QVERIFY(isIsoUtc(agentLeg.value("endTime"_L1).toString()));
    QVERIFY(!agentLeg.contains("wrapup"_L1)); // owed, not given
    const QJsonObject customer = participantWithId(conversation, live.customerId);
    QCOMPARE(customer.value("state"_L1).toString(), u"disconnected"_s);
    QCOMPARE(customer.value("disconnectType"_L1).toString(), u"peer"_s);
    QVERIFY(isIsoUtc(customer.value("endTime"_L1).toString()));

    // The second time: the documented emulator default (reference 5.8).
    const auto again = m_env->client().patch(participantPath(live, live.agentId), m_supervisor,
                                             QJsonObject {{u"state"_s, u"disconnected"_s}});
    QCOMPARE(again.status, 409);
    const QJsonObject error = again.json();
    QCOMPARE(error.value("code"_L1).toString(), u"conflict"_s);
    QCOMPARE(error.value("status"_L1).toInt(), 409);
    QCOMPARE(error.value("message"_L1).toString(), kConflictMessage);
}

void TestSandboxApi::alreadyDisconnected_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code"); // empty: no body
    QTest::newRow("conflict") << u"conflict"_s << 409 << u"conflict"_s;
    QTest::newRow("accept") << u"accept"_s << 202 << QString();
    QTest::newRow("bad-request") << u"bad-request"_s << 400 << u"bad.request"_s;
}

void TestSandboxApi::alreadyDisconnected()
{
    QFETCH(QString, setting);
    QFETCH(int, status);
    QFETCH(QString, code);
    SandboxOptions options = baseOptions();
    options.alreadyDisconnected = setting;
    QVERIFY(start(options));
    const Live live = connected();
    QCOMPARE(m_env->sandbox().store().disconnectParticipant(live.id, live.agentId, u"client"_s),
             ConversationStore::Outcome::Done);

    // The agent, and the customer whose leg ended with it.
    for (const QString &participant : {live.agentId, live.customerId}) {
        const auto reply = m_env->client().patch(participantPath(live, participant), m_supervisor,
                                                 QJsonObject {{u"state"_s, u"disconnected"_s}});
        QCOMPARE(reply.status, status);
        if (code.isEmpty()) {
            QVERIFY(reply.body.isEmpty());
        } else {
            QCOMPARE(reply.errorCode(), code);
            QCOMPARE(reply.json().value("message"_L1).toString(), kConflictMessage);
        }
    }
    // Whatever the answer, nothing changed.
    QCOMPARE(participantWithId(fetch(live.id), live.agentId).value("disconnectType"_L1).toString(),
             u"client"_s);
}

void TestSandboxApi::participantPatchErrors_data()
{
    QTest::addColumn<QString>("conversation"); // live or unknown
    QTest::addColumn<QString>("participant"); // agent, customer or unknown
    QTest::addColumn<QString>("who");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    QTest::newRow("unknown state")
        << u"live"_s << u"agent"_s << u"supervisor"_s << QByteArray(R"({"state":"sleeping"})")
        << 400 << u"invalid.value"_s;
    QTest::newRow("state not settable")
        << u"live"_s << u"agent"_s << u"supervisor"_s << QByteArray(R"({"state":"alerting"})")
        << 400 << u"invalid.value"_s;
    QTest::newRow("malformed JSON") << u"live"_s << u"agent"_s << u"supervisor"_s
                                    << QByteArray(R"({"state":)") << 400 << u"bad.request"_s;
    QTest::newRow("not an object") << u"live"_s << u"agent"_s << u"supervisor"_s
                                   << QByteArray(R"(["disconnected"])") << 400 << u"bad.request"_s;
    QTest::newRow("wrap-up without code")
        << u"live"_s << u"agent"_s << u"supervisor"_s << QByteArray(R"({"wrapup":{"notes":"n"}})")
        << 400 << u"invalid.value"_s;
    QTest::newRow("unknown wrap-up code")
        << u"live"_s << u"agent"_s << u"supervisor"_s
        << QByteArray(R"({"wrapup":{"code":"00000000-0000-4000-8000-000000000000"}})") << 400
        << u"invalid.value"_s;
    QTest::newRow("unknown participant")
        << u"live"_s << u"unknown"_s << u"supervisor"_s << QByteArray(R"({"state":"disconnected"})")
        << 404 << u"not.found"_s;
    QTest::newRow("unknown conversation")
        << u"unknown"_s << u"agent"_s << u"supervisor"_s
        << QByteArray(R"({"state":"disconnected"})") << 404 << u"not.found"_s;
    // Who may PATCH at all (any one of three permissions): tst_sandboxpermissions.
}

void TestSandboxApi::participantPatchErrors()
{
    QFETCH(QString, conversation);
    QFETCH(QString, participant);
    QFETCH(QString, who);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);

    Live live = connected();
    const Live original = live;
    if (conversation == "unknown"_L1)
        live.id = kUnknownId;
    const QString participantId = participant == "agent"_L1 ? live.agentId
        : participant == "customer"_L1                      ? live.customerId
                                                            : kUnknownId;
    const auto reply = m_env->client().send(
        "PATCH", participantPath(live, participantId), body,
        {{"Authorization", SandboxClient::bearer(who == "agent"_L1 ? m_agent : m_supervisor)},
         {"Content-Type", "application/json"}});
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    // Nothing changed.
    const QJsonObject after = fetch(original.id);
    QCOMPARE(participantWithId(after, original.agentId).value("state"_L1).toString(),
             u"connected"_s);
    QCOMPARE(participantWithId(after, original.customerId).value("state"_L1).toString(),
             u"connected"_s);
    QVERIFY(!participantWithId(after, original.agentId).contains("wrapup"_L1));
}

void TestSandboxApi::wrapupByPatch()
{
    const Live live = connected();
    const QString code = wrapupCodeId(0);
    const QString wrapupPath = participantPath(live, live.agentId) + u"/wrapup"_s;
    const auto before = m_env->client().get(wrapupPath, m_supervisor);
    QCOMPARE(before.status, 200);
    QVERIFY(!before.json().contains("code"_L1));

    QCOMPARE(m_env->client()
                 .patch(participantPath(live, live.agentId), m_supervisor,
                        QJsonObject {{u"state"_s, u"disconnected"_s}})
                 .status,
             202);
    const QJsonObject body {
        {u"wrapup"_s,
         QJsonObject {{u"code"_s, code}, {u"notes"_s, u"Closed by idle supervisor"_s}}}};
    const auto reply
        = m_env->client().patch(participantPath(live, live.agentId), m_supervisor, body);
    QCOMPARE(reply.status, 202);
    QVERIFY(reply.body.isEmpty());

    const QJsonObject wrapup
        = participantWithId(fetch(live.id), live.agentId).value("wrapup"_L1).toObject();
    QCOMPARE(wrapup.value("code"_L1).toString(), code);
    QCOMPARE(wrapup.value("name"_L1).toString(),
             m_env->sandbox().organisation().wrapupCodes().at(0).name);
    QCOMPARE(wrapup.value("notes"_L1).toString(), u"Closed by idle supervisor"_s);

    const auto assigned = m_env->client().get(wrapupPath, m_supervisor);
    QCOMPARE(assigned.status, 200);
    QCOMPARE(assigned.json().value("code"_L1).toString(), code);
    QCOMPARE(assigned.json().value("name"_L1).toString(),
             m_env->sandbox().organisation().wrapupCodes().at(0).name);
    QCOMPARE(assigned.json().value("notes"_L1).toString(), u"Closed by idle supervisor"_s);
    QVERIFY(isIsoUtc(assigned.json().value("endTime"_L1).toString()));

    const auto twice
        = m_env->client().patch(participantPath(live, live.agentId), m_supervisor, body);
    QCOMPARE(twice.status, 409);
    QCOMPARE(twice.errorCode(), u"conflict"_s);

    const auto missing
        = m_env->client().get(participantPath(live, kUnknownId) + u"/wrapup"_s, m_supervisor);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), u"not.found"_s);
}

void TestSandboxApi::wrapupByCommunication()
{
    const Live live = connected();
    QCOMPARE(m_env->sandbox().store().disconnectParticipant(live.id, live.agentId, u"client"_s),
             ConversationStore::Outcome::Done);
    const QString path = participantPath(live, live.agentId) + u"/communications/"_s
        + live.agentComm + u"/wrapup"_s;
    const QString code = wrapupCodeId(1);

    const auto noCode
        = m_env->client().post(path, m_supervisor, QJsonObject {{u"notes"_s, u"n"_s}});
    QCOMPARE(noCode.status, 400);
    QCOMPARE(noCode.errorCode(), u"invalid.value"_s);
    const auto unknownCode
        = m_env->client().post(path, m_supervisor, QJsonObject {{u"code"_s, kUnknownId}});
    QCOMPARE(unknownCode.status, 400);
    QCOMPARE(unknownCode.errorCode(), u"invalid.value"_s);
    const auto wrongLeg
        = m_env->client().post(participantPath(live, live.customerId) + u"/communications/"_s
                                   + live.agentComm + u"/wrapup"_s,
                               m_supervisor, QJsonObject {{u"code"_s, code}});
    QCOMPARE(wrongLeg.status, 404);
    QCOMPARE(wrongLeg.errorCode(), u"not.found"_s);

    const auto reply = m_env->client().post(
        path, m_supervisor, QJsonObject {{u"code"_s, code}, {u"notes"_s, u"Idle"_s}});
    QCOMPARE(reply.status, 202);
    QVERIFY(reply.body.isEmpty());
    const QJsonObject wrapup
        = participantWithId(fetch(live.id), live.agentId).value("wrapup"_L1).toObject();
    QCOMPARE(wrapup.value("code"_L1).toString(), code);
    QCOMPARE(wrapup.value("notes"_L1).toString(), u"Idle"_s);

    const auto twice = m_env->client().post(path, m_supervisor, QJsonObject {{u"code"_s, code}});
    QCOMPARE(twice.status, 409);
    QCOMPARE(twice.errorCode(), u"conflict"_s);
}

void TestSandboxApi::participantWrapupCodes()
{
    const Live live = connected();
    const auto reply = m_env->client().get(participantPath(live, live.agentId) + u"/wrapupcodes"_s,
                                           m_supervisor);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.trimmed().startsWith('['));
    const QJsonArray codes = reply.jsonArray();
    const SandboxQueue *queue = m_env->sandbox().organisation().queue(live.queueId);
    QCOMPARE(ids(codes), queue->wrapupCodeIds);
    for (const auto &value : codes) {
        const QJsonObject code = value.toObject();
        QVERIFY(!code.value("name"_L1).toString().isEmpty());
        QCOMPARE(code.value("selfUri"_L1).toString(),
                 u"/api/v2/routing/wrapupcodes/"_s + code.value("id"_L1).toString());
    }
    // No permission is listed.
    QCOMPARE(m_env->client()
                 .get(participantPath(live, live.agentId) + u"/wrapupcodes"_s, m_agent)
                 .status,
             200);

    const auto missing
        = m_env->client().get(participantPath(live, kUnknownId) + u"/wrapupcodes"_s, m_supervisor);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), u"not.found"_s);
}

void TestSandboxApi::communicationPatch()
{
    const Live live = connected();
    const QString path
        = participantPath(live, live.agentId) + u"/communications/"_s + live.agentComm;
    const auto reply
        = m_env->client().patch(path, m_supervisor, QJsonObject {{u"state"_s, u"disconnected"_s}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.trimmed(), QByteArray("{}"));

    const QJsonObject agentLeg = participantWithId(fetch(live.id), live.agentId);
    QCOMPARE(agentLeg.value("state"_L1).toString(), u"disconnected"_s);
    // Wrap-up is untouched: still owed.
    QVERIFY(!agentLeg.contains("wrapup"_L1));
    QVERIFY(
        m_env->sandbox().store().conversation(live.id)->participant(live.agentId)->owesWrapup());

    const auto again
        = m_env->client().patch(path, m_supervisor, QJsonObject {{u"state"_s, u"disconnected"_s}});
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), u"conflict"_s);
    // A communication of another participant.
    const auto mismatched = m_env->client().patch(
        participantPath(live, live.customerId) + u"/communications/"_s + live.agentComm,
        m_supervisor, QJsonObject {{u"state"_s, u"disconnected"_s}});
    QCOMPARE(mismatched.status, 404);
    QCOMPARE(mismatched.errorCode(), u"not.found"_s);
    const auto unknown = m_env->client().patch(
        participantPath(live, live.agentId) + u"/communications/"_s + kUnknownId, m_supervisor,
        QJsonObject {{u"state"_s, u"disconnected"_s}});
    QCOMPARE(unknown.status, 404);
}

void TestSandboxApi::attributes()
{
    const Live live = connected();
    const QString path = participantPath(live, live.customerId) + u"/attributes"_s;
    auto attributesBody = [](const QJsonObject &attributes) {
        return QJsonObject {{u"attributes"_s, attributes}};
    };

    const auto first = m_env->client().patch(
        path, m_supervisor, attributesBody({{u"idleSupervisor.action"_s, u"nudge"_s}}));
    QCOMPARE(first.status, 202);
    QCOMPARE(first.json(), attributesBody({{u"idleSupervisor.action"_s, u"nudge"_s}}));

    // Merged, not replaced.
    const auto second = m_env->client().patch(
        path, m_supervisor,
        attributesBody({{u"idleSupervisor.nudgedAt"_s, u"2026-03-02T09:00:00Z"_s}}));
    QCOMPARE(second.status, 202);
    QCOMPARE(second.json(),
             attributesBody({{u"idleSupervisor.action"_s, u"nudge"_s},
                             {u"idleSupervisor.nudgedAt"_s, u"2026-03-02T09:00:00Z"_s}}));
    const auto overwrite = m_env->client().patch(
        path, m_supervisor, attributesBody({{u"idleSupervisor.action"_s, u"close"_s}}));
    QCOMPARE(overwrite.status, 202);
    QCOMPARE(overwrite.json()
                 .value("attributes"_L1)
                 .toObject()
                 .value("idleSupervisor.action"_L1)
                 .toString(),
             u"close"_s);
    QCOMPARE(overwrite.json().value("attributes"_L1).toObject().size(), 2);

    const auto notString
        = m_env->client().patch(path, m_supervisor, attributesBody({{u"count"_s, 5}}));
    QCOMPARE(notString.status, 400);
    QCOMPARE(notString.errorCode(), u"invalid.value"_s);
    const auto notObject
        = m_env->client().patch(path, m_supervisor, QJsonObject {{u"attributes"_s, u"x"_s}});
    QCOMPARE(notObject.status, 400);
    const auto unknown = m_env->client().patch(participantPath(live, kUnknownId) + u"/attributes"_s,
                                               m_supervisor, attributesBody({{u"a"_s, u"b"_s}}));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), u"not.found"_s);

    // The generic variant: 202 without a body, merged into the same map.
    const QString generic = u"/api/v2/conversations/"_s + live.id + u"/participants/"_s
        + live.customerId + u"/attributes"_s;
    const auto plain = m_env->client().patch(generic, m_supervisor,
                                             attributesBody({{u"orderId"_s, u"A-1009"_s}}));
    QCOMPARE(plain.status, 202);
    QVERIFY(plain.body.isEmpty());
    const QJsonObject attributes
        = participantWithId(fetch(live.id), live.customerId).value("attributes"_L1).toObject();
    QCOMPARE(attributes.size(), 3);
    QCOMPARE(attributes.value("orderId"_L1).toString(), u"A-1009"_s);
    QCOMPARE(attributes.value("idleSupervisor.nudgedAt"_L1).toString(), u"2026-03-02T09:00:00Z"_s);
    const auto genericBad
        = m_env->client().patch(generic, m_supervisor, attributesBody({{u"n"_s, true}}));
    QCOMPARE(genericBad.status, 400);
    QCOMPARE(genericBad.errorCode(), u"invalid.value"_s);
}

void TestSandboxApi::teardownDisconnect()
{
    const QString path = u"/api/v2/conversations/%1/disconnect"_s;
    // One conversation whose agent left without wrapping up, and one still live.
    const Live owing = connected(0);
    QCOMPARE(m_env->client()
                 .patch(participantPath(owing, owing.agentId), m_supervisor,
                        QJsonObject {{u"state"_s, u"disconnected"_s}})
                 .status,
             202);
    const Live live = connected(1, u"Other Customer"_s);

    const auto forbidden = m_env->client().post(path.arg(live.id), m_agent, QByteArray());
    QCOMPARE(forbidden.status, 403);
    QCOMPARE(forbidden.errorCode(), u"missing.permissions"_s);

    for (const Live &conversation : {owing, live}) {
        const auto reply
            = m_env->client().post(path.arg(conversation.id), m_supervisor, QByteArray());
        QCOMPARE(reply.status, 202);
        QVERIFY(reply.jsonValue().isString());
        QVERIFY(!reply.jsonValue().toString().isEmpty());

        const QJsonObject after = fetch(conversation.id);
        for (const auto &value : after.value("participants"_L1).toArray())
            QCOMPARE(value.toObject().value("state"_L1).toString(), u"disconnected"_s);
        // The system wrap-up code for whoever owed one.
        QCOMPARE(participantWithId(after, conversation.agentId)
                     .value("wrapup"_L1)
                     .toObject()
                     .value("code"_L1)
                     .toString(),
                 u"ININ-WRAP-UP-TIMEOUT"_s);

        const auto again
            = m_env->client().post(path.arg(conversation.id), m_supervisor, QByteArray());
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), u"conflict"_s);
    }
    // An agent who had wrapped up keeps the code.
    const Live wrapped = connected(2, u"Third Customer"_s);
    QCOMPARE(
        m_env->sandbox().store().disconnectParticipant(wrapped.id, wrapped.agentId, u"client"_s),
        ConversationStore::Outcome::Done);
    QCOMPARE(m_env->sandbox().store().setWrapup(wrapped.id, wrapped.agentId, wrapupCodeId(0), {}),
             ConversationStore::Outcome::Done);
    QCOMPARE(m_env->client().post(path.arg(wrapped.id), m_supervisor, QByteArray()).status, 409);
    QCOMPARE(participantWithId(fetch(wrapped.id), wrapped.agentId)
                 .value("wrapup"_L1)
                 .toObject()
                 .value("code"_L1)
                 .toString(),
             wrapupCodeId(0));

    const auto missing = m_env->client().post(path.arg(kUnknownId), m_supervisor, QByteArray());
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), u"not.found"_s);
}

void TestSandboxApi::teardownDelete()
{
    const Live live = connected();
    const QString path = u"/api/v2/conversations/"_s + live.id;
    const auto forbidden = m_env->client().del(path, m_agent);
    QCOMPARE(forbidden.status, 403);
    QCOMPARE(forbidden.errorCode(), u"missing.permissions"_s);

    const auto reply = m_env->client().del(path, m_supervisor);
    QCOMPARE(reply.status, 204);
    QVERIFY(reply.body.isEmpty());
    const QJsonObject after = fetch(live.id);
    for (const auto &value : after.value("participants"_L1).toArray())
        QCOMPARE(value.toObject().value("state"_L1).toString(), u"disconnected"_s);
    // No system wrap-up: that is only POST .../disconnect.
    QVERIFY(!participantWithId(after, live.agentId).contains("wrapup"_L1));

    const auto again = m_env->client().del(path, m_supervisor);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), u"conflict"_s);
    const auto missing
        = m_env->client().del(u"/api/v2/conversations/"_s + kUnknownId, m_supervisor);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), u"not.found"_s);
}

void TestSandboxApi::disconnectAllByPatch()
{
    const Live live = connected();
    const QJsonObject body {{u"state"_s, u"disconnected"_s}};
    const auto forbidden = m_env->client().patch(conversationPath(live), m_agent, body);
    QCOMPARE(forbidden.status, 403);
    QCOMPARE(forbidden.errorCode(), u"missing.any.permissions"_s);
    const auto wrongState = m_env->client().patch(conversationPath(live), m_supervisor,
                                                  QJsonObject {{u"state"_s, u"connected"_s}});
    QCOMPARE(wrongState.status, 400);
    QCOMPARE(wrongState.errorCode(), u"invalid.value"_s);

    const auto reply = m_env->client().patch(conversationPath(live), m_supervisor, body);
    QCOMPARE(reply.status, 200);
    const QJsonObject conversation = reply.json();
    // The generic Conversation model: communications under participants[].messages[].
    QCOMPARE(conversation.value("id"_L1).toString(), live.id);
    QCOMPARE(conversation.value("selfUri"_L1).toString(), u"/api/v2/conversations/"_s + live.id);
    QVERIFY(isIsoUtc(conversation.value("endTime"_L1).toString()));
    const QJsonArray participants = conversation.value("participants"_L1).toArray();
    QCOMPARE(participants.size(), 3);
    for (const auto &value : participants) {
        const QJsonObject communication
            = value.toObject().value("messages"_L1).toArray().at(0).toObject();
        QCOMPARE(communication.value("state"_L1).toString(), u"disconnected"_s);
    }
    QCOMPARE(participantWithId(conversation, live.agentId)
                 .value("messages"_L1)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value("id"_L1)
                 .toString(),
             live.agentComm);

    const auto again = m_env->client().patch(conversationPath(live), m_supervisor, body);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), u"conflict"_s);
    const auto missing = m_env->client().patch(u"/api/v2/conversations/messages/"_s + kUnknownId,
                                               m_supervisor, body);
    QCOMPARE(missing.status, 404);
}

// ---- analytics ---------------------------------------------------------------------------------

void TestSandboxApi::analyticsActiveInQueues()
{
    const QList<SandboxQueue> &queues = m_env->sandbox().organisation().queues();
    const Live answered = connected(0); // in queues[0]
    QVERIFY(m_env->sandbox().step(1000));
    const Live queued = waiting(queues.at(1).id);
    QVERIFY(m_env->sandbox().step(1000));
    const Live elsewhere = waiting(queues.at(2).id);
    QVERIFY(m_env->sandbox().step(1000));
    const Live ended = connected(0, u"Ended Customer"_s);
    QCOMPARE(m_env->sandbox().store().disconnectAll(ended.id, true),
             ConversationStore::Outcome::Done);
    QCOMPARE(answered.queueId, queues.at(0).id);

    const QString path = u"/api/v2/analytics/conversations/details/query"_s;
    const auto reply = m_env->client().post(
        path, m_supervisor, activeInQueuesQuery({queues.at(0).id, queues.at(1).id}));
    QCOMPARE(reply.status, 200);
    const QJsonObject result = reply.json();
    QCOMPARE(result.value("totalHits"_L1).toInt(), 2);
    const QJsonArray conversations = result.value("conversations"_L1).toArray();
    QCOMPARE(ids(conversations, "conversationId"_L1), QStringList({queued.id, answered.id}));
    QVERIFY(!ids(conversations, "conversationId"_L1).contains(elsewhere.id));
    QVERIFY(!ids(conversations, "conversationId"_L1).contains(ended.id));

    const QJsonObject hit = conversations.at(1).toObject();
    QVERIFY(isIsoUtc(hit.value("conversationStart"_L1).toString()));
    QVERIFY(!hit.contains("conversationEnd"_L1));
    QCOMPARE(hit.value("originatingDirection"_L1).toString(), u"inbound"_s);
    QCOMPARE(hit.value("divisionIds"_L1).toArray(),
             QJsonArray {m_env->sandbox().organisation().divisionId()});
    QStringList purposes;
    for (const auto &value : hit.value("participants"_L1).toArray()) {
        const QJsonObject participant = value.toObject();
        purposes.append(participant.value("purpose"_L1).toString());
        const QJsonObject session = participant.value("sessions"_L1).toArray().at(0).toObject();
        QCOMPARE(session.value("mediaType"_L1).toString(), u"message"_s);
        QCOMPARE(session.value("messageType"_L1).toString(), u"webmessaging"_s);
        QVERIFY(!session.value("segments"_L1).toArray().isEmpty());
    }
    QCOMPARE(purposes, QStringList({u"customer"_s, u"acd"_s, u"agent"_s}));
    const QJsonObject agentEntry = hit.value("participants"_L1).toArray().at(2).toObject();
    QCOMPARE(agentEntry.value("userId"_L1).toString(), agent(0)->id);
    QCOMPARE(agentEntry.value("participantId"_L1).toString(), answered.agentId);

    // Without the conversationEnd filter the ended one shows too, with its end.
    QJsonObject all = activeInQueuesQuery({queues.at(0).id, queues.at(1).id});
    all.remove("conversationFilters"_L1);
    const auto withEnded = m_env->client().post(path, m_supervisor, all);
    QCOMPARE(withEnded.status, 200);
    QCOMPARE(withEnded.json().value("totalHits"_L1).toInt(), 3);
    const QJsonObject newest
        = withEnded.json().value("conversations"_L1).toArray().at(0).toObject();
    QCOMPARE(newest.value("conversationId"_L1).toString(), ended.id);
    QVERIFY(isIsoUtc(newest.value("conversationEnd"_L1).toString()));
}

void TestSandboxApi::analyticsPagingAndOrder()
{
    const QString queueId = agent(0)->queueIds.constFirst();
    QStringList created;
    for (int i = 0; i < 3; ++i) {
        created.append(connected(0, u"Customer %1"_s.arg(i)).id);
        QVERIFY(m_env->sandbox().step(1000));
    }
    const QString path = u"/api/v2/analytics/conversations/details/query"_s;

    const auto ascending
        = m_env->client().post(path, m_supervisor, activeInQueuesQuery({queueId}, u"asc"_s));
    QCOMPARE(ascending.status, 200);
    QCOMPARE(ids(ascending.json().value("conversations"_L1).toArray(), "conversationId"_L1),
             created);

    QJsonObject noOrder = activeInQueuesQuery({queueId});
    noOrder.remove("order"_L1); // default asc
    QCOMPARE(ids(m_env->client()
                     .post(path, m_supervisor, noOrder)
                     .json()
                     .value("conversations"_L1)
                     .toArray(),
                 "conversationId"_L1),
             created);

    QStringList reversed = created;
    std::reverse(reversed.begin(), reversed.end());
    const auto descending
        = m_env->client().post(path, m_supervisor, activeInQueuesQuery({queueId}, u"desc"_s));
    QCOMPARE(ids(descending.json().value("conversations"_L1).toArray(), "conversationId"_L1),
             reversed);

    for (int page = 1; page <= 3; ++page) {
        const auto reply = m_env->client().post(path, m_supervisor,
                                                activeInQueuesQuery({queueId}, u"desc"_s, 1, page));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value("totalHits"_L1).toInt(), 3);
        QCOMPARE(ids(reply.json().value("conversations"_L1).toArray(), "conversationId"_L1),
                 QStringList {reversed.at(page - 1)});
    }
    const auto pageTwo
        = m_env->client().post(path, m_supervisor, activeInQueuesQuery({queueId}, u"desc"_s, 2, 2));
    QCOMPARE(ids(pageTwo.json().value("conversations"_L1).toArray(), "conversationId"_L1),
             QStringList {reversed.at(2)});
}

void TestSandboxApi::analyticsErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    auto with = [](const std::function<void(QJsonObject &)> &change) {
        QJsonObject query = activeInQueuesQuery({u"9d2b7c1a-5e4f-4a3b-8c2d-1e0f9a8b7c6d"_s});
        change(query);
        return QJsonDocument(query).toJson(QJsonDocument::Compact);
    };
    QTest::newRow("missing interval") << with([](QJsonObject &q) { q.remove("interval"_L1); })
                                      << u"supervisor"_s << 400 << u"bad.request"_s;
    QTest::newRow("malformed interval")
        << with([](QJsonObject &q) { q.insert("interval"_L1, u"yesterday/today"_s); })
        << u"supervisor"_s << 400 << u"invalid.date"_s;
    QTest::newRow("interval without end")
        << with([](QJsonObject &q) { q.insert("interval"_L1, u"2026-03-02T00:00:00.000Z"_s); })
        << u"supervisor"_s << 400 << u"invalid.date"_s;
    QTest::newRow("interval ends before it starts") << with([](QJsonObject &q) {
        q.insert("interval"_L1, u"2026-03-03T00:00:00.000Z/2026-03-02T00:00:00.000Z"_s);
    }) << u"supervisor"_s << 400 << u"invalid.date"_s;
    QTest::newRow("pageSize 101") << with([](QJsonObject &q) {
        q.insert("paging"_L1, QJsonObject {{u"pageSize"_s, 101}, {u"pageNumber"_s, 1}});
    }) << u"supervisor"_s << 400 << u"invalid.value"_s;
    QTest::newRow("pageSize 0") << with([](QJsonObject &q) {
        q.insert("paging"_L1, QJsonObject {{u"pageSize"_s, 0}});
    }) << u"supervisor"_s << 400 << u"invalid.value"_s;
    QTest::newRow("pageNumber 0") << with([](QJsonObject &q) {
        q.insert("paging"_L1, QJsonObject {{u"pageNumber"_s, 0}});
    }) << u"supervisor"_s << 400 << u"invalid.value"_s;
    QTest::newRow("unknown order")
        << with([](QJsonObject &q) { q.insert("order"_L1, u"sideways"_s); }) << u"supervisor"_s
        << 400 << u"invalid.value"_s;
    QTest::newRow("unknown orderBy")
        << with([](QJsonObject &q) { q.insert("orderBy"_L1, u"customerName"_s); })
        << u"supervisor"_s << 400 << u"invalid.value"_s;
    QTest::newRow("filter type xor") << with([](QJsonObject &q) {
        q.insert("conversationFilters"_L1, QJsonArray {QJsonObject {{u"type"_s, u"xor"_s}}});
    }) << u"supervisor"_s << 400 << u"bad.request"_s;
    QTest::newRow("body not JSON")
        << QByteArray("interval=today") << u"supervisor"_s << 400 << u"bad.request"_s;
    QTest::newRow("body an array")
        << QByteArray("[]") << u"supervisor"_s << 400 << u"bad.request"_s;
    QTest::newRow("no body") << QByteArray() << u"supervisor"_s << 400 << u"bad.request"_s;
    QTest::newRow("agent token") << with([](QJsonObject &) {}) << u"agent"_s << 403
                                 << u"missing.any.permissions"_s;
}

void TestSandboxApi::analyticsErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, who);
    QFETCH(int, status);
    QFETCH(QString, code);
    const auto reply = m_env->client().post(u"/api/v2/analytics/conversations/details/query"_s,
                                            who == "agent"_L1 ? m_agent : m_supervisor, body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    QCOMPARE(reply.json().value("status"_L1).toInt(), status);
    if (status == 403) {
        const QString message = reply.json().value("message"_L1).toString();
        QVERIFY(message.contains("analytics:conversationDetail:view"_L1));
        QVERIFY(message.contains("analytics:agentConversationDetail:view"_L1));
    }
}

void TestSandboxApi::analyticsNoHits_data()
{
    QTest::addColumn<bool>("omit");
    QTest::addColumn<QString>("interval");
    QTest::newRow("omitted (default), other queue") << true << kInterval;
    QTest::newRow("omitted (default), other day")
        << true << u"2020-01-01T00:00:00.000Z/2020-01-02T00:00:00.000Z"_s;
    QTest::newRow("present but empty") << false << kInterval;
}

void TestSandboxApi::analyticsNoHits()
{
    QFETCH(bool, omit);
    QFETCH(QString, interval);
    SandboxOptions options = baseOptions();
    options.analyticsOmitsEmptyConversations = omit;
    QVERIFY(start(options));
    const Live live = connected(0);
    // Another day finds nothing at all; the same day finds nothing in a queue without traffic.
    QString queueId = live.queueId;
    if (interval == kInterval) {
        for (const SandboxQueue &queue : m_env->sandbox().organisation().queues()) {
            if (queue.id != live.queueId)
                queueId = queue.id;
        }
    }
    QJsonObject query = activeInQueuesQuery({queueId});
    query.insert("interval"_L1, interval);
    const auto reply = m_env->client().post(u"/api/v2/analytics/conversations/details/query"_s,
                                            m_supervisor, query);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json().value("totalHits"_L1).isDouble());
    QCOMPARE(reply.json().value("totalHits"_L1).toInt(-1), 0);
    QCOMPARE(reply.json().contains("conversations"_L1), !omit);
    if (!omit) {
        QVERIFY(reply.json().value("conversations"_L1).isArray());
        QVERIFY(reply.json().value("conversations"_L1).toArray().isEmpty());
    }
}

// ---- cross-cutting -----------------------------------------------------------------------------

void TestSandboxApi::unknownPath()
{
    for (const QByteArray &verb : {QByteArray("GET"), QByteArray("POST"), QByteArray("DELETE")}) {
        const auto reply
            = m_env->client().send(verb, u"/api/v2/routing/skills/nothing/here"_s, {},
                                   {{"Authorization", SandboxClient::bearer(m_supervisor)}});
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.errorCode(), u"not.found"_s);
        QCOMPARE(reply.json().value("status"_L1).toInt(), 404);
        QVERIFY(!reply.json().value("message"_L1).toString().isEmpty());
        QCOMPARE(reply.json().value("contextId"_L1).toString(),
                 QString::fromLatin1(reply.header("ININ-Correlation-Id")));
    }
}

void TestSandboxApi::requestTooLarge()
{
    const QString path = u"/api/v2/analytics/conversations/details/query"_s;
    // A valid query padded to exactly request.bytes.max is still served.
    QJsonObject query = activeInQueuesQuery({agent(0)->queueIds.constFirst()});
    query.insert("padding"_L1, QString());
    const qsizetype base = QJsonDocument(query).toJson(QJsonDocument::Compact).size();
    query.insert("padding"_L1, QString(512000 - base, u'x'));
    const QByteArray atLimit = QJsonDocument(query).toJson(QJsonDocument::Compact);
    QCOMPARE(atLimit.size(), 512000);
    QCOMPARE(m_env->client().post(path, m_supervisor, atLimit).status, 200);

    const auto reply = m_env->client().post(path, m_supervisor, atLimit + ' ');
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.errorCode(), u"request.entity.too.large"_s);
    QCOMPARE(reply.json().value("status"_L1).toInt(), 413);

    const Live live = connected();
    const auto message
        = m_env->client().post(sendPath(live, live.agentComm), m_supervisor,
                               QByteArray(R"({"textBody":")" + QByteArray(600000, 'x') + R"("})"));
    QCOMPARE(message.status, 413);
    QCOMPARE(message.errorCode(), u"request.entity.too.large"_s);
}

void TestSandboxApi::rateLimitHeaders()
{
    const QString token = m_env->tokenFor(agent(1)->id);
    for (int i = 1; i <= 3; ++i) {
        const auto reply = m_env->client().get(u"/api/v2/users/me"_s, token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("inin-ratelimit-count"), QByteArray::number(i));
        QCOMPARE(reply.header("inin-ratelimit-allowed"), QByteArray("300"));
        QCOMPARE(reply.header("inin-ratelimit-reset"), QByteArray("60"));
        QVERIFY(!reply.header("ININ-Correlation-Id").isEmpty());
    }
    // Errors after the token check count too and carry the headers.
    const auto error = m_env->client().get(u"/api/v2/users/"_s + kUnknownId, token);
    QCOMPARE(error.status, 404);
    QCOMPARE(error.header("inin-ratelimit-count"), QByteArray("4"));

    QVERIFY(m_env->sandbox().step(20'000));
    const auto later = m_env->client().get(u"/api/v2/users/me"_s, token);
    QCOMPARE(later.header("inin-ratelimit-count"), QByteArray("5"));
    QCOMPARE(later.header("inin-ratelimit-reset"), QByteArray("40"));
    // A new window after a minute.
    QVERIFY(m_env->sandbox().step(40'000));
    const auto fresh = m_env->client().get(u"/api/v2/users/me"_s, token);
    QCOMPARE(fresh.header("inin-ratelimit-count"), QByteArray("1"));
    QCOMPARE(fresh.header("inin-ratelimit-reset"), QByteArray("60"));
    // Each token has its own budget.
    QCOMPARE(m_env->client()
                 .get(u"/api/v2/users/me"_s, m_env->tokenFor(agent(2)->id))
                 .header("inin-ratelimit-count"),
             QByteArray("1"));
}

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "tst_sandboxapi.moc"
