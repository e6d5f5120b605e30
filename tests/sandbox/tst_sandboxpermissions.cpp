// Roles and the permission rule of the participant PATCH (reference sections 5.6 and 8): any one
// of conversation:participant:wrapup, conversation:call:record and
// conversation:communication:disconnect lets a caller disconnect or wrap up a participant, none
// of them gets 403 missing.any.permissions. The default agent role ends its own messaging leg,
// as agents do every day, but keeps its 403 on the supervisor's teardown tools; a role without
// a permission is configured through SandboxOptions or the organisation.

#include "sandbox/conversationstore.h"
#include "sandbox/organisation.h"
#include "sandbox/simconversation.h"
#include "sandbox/trafficsimulator.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QTest>

#include <memory>

using namespace IdleGuard::Sandbox;
using namespace Qt::StringLiterals;

namespace {

const QString kWrapup = u"conversation:participant:wrapup"_s;
const QString kRecord = u"conversation:call:record"_s;
const QString kDisconnect = u"conversation:communication:disconnect"_s;

struct Live
{
    QString id;
    QString agentParticipant;
    QString agentCommunication;
    QString customerParticipant;
};

QString participantPath(const QString &base, const Live &live, const QString &participantId)
{
    return base + live.id + u"/participants/"_s + participantId;
}

} // namespace

class TestSandboxPermissions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules(u"idleguard.sandbox.*.info=false"_s); }
    void cleanup() { m_env.reset(); }

    void anyOneOfThreeDisconnects_data();
    void anyOneOfThreeDisconnects();
    void anyOneOfThreeWrapsUp_data();
    void anyOneOfThreeWrapsUp();
    void noneOfThreeIsRefused_data();
    void noneOfThreeIsRefused();
    void defaultAgentEndsOwnLeg();
    void defaultAgentRoleIsAMessagingAgent();
    void communicationPatchNeedsNoPermission();
    void roleChangesApplyToLiveTokens();

private:
    // A sandbox whose agents hold `permissions` (std::nullopt: the default agent role).
    bool start(const std::optional<QStringList> &permissions);
    // A customer answered by the first agent, whose token m_agent is.
    Live connected();
    QString agentLegState(const Live &live) const;

    std::unique_ptr<SandboxFixture> m_env;
    QString m_agent;
};

bool TestSandboxPermissions::start(const std::optional<QStringList> &permissions)
{
    SandboxOptions options = SandboxFixture::quietOptions();
    options.agentPermissions = permissions;
    m_env = std::make_unique<SandboxFixture>(options);
    if (!m_env->start())
        return false;
    m_env->sandbox().simulator().setPaused(true);
    m_agent = m_env->tokenFor(m_env->sandbox().organisation().agents().constFirst()->id);
    return true;
}

Live TestSandboxPermissions::connected()
{
    ConversationStore &store = m_env->sandbox().store();
    const SandboxUser *agent = m_env->sandbox().organisation().agents().constFirst();
    const QString id
        = store.startConversation(agent->queueIds.constFirst(), u"Jane Customer"_s, u"Hello?"_s);
    if (store.offerToAgent(id, agent->id) != ConversationStore::Outcome::Done
        || store.answer(id) != ConversationStore::Outcome::Done)
        qWarning() << "could not connect" << id << "to" << agent->name;
    Live live {id, {}, {}, {}};
    for (const SimParticipant &participant : store.conversation(id)->participants) {
        if (participant.purpose == "agent"_L1) {
            live.agentParticipant = participant.id;
            live.agentCommunication = participant.communicationId;
        } else if (participant.purpose == "customer"_L1) {
            live.customerParticipant = participant.id;
        }
    }
    return live;
}

QString TestSandboxPermissions::agentLegState(const Live &live) const
{
    const SimConversation *conversation = m_env->sandbox().store().conversation(live.id);
    const SimParticipant *agent = conversation->participant(live.agentParticipant);
    return agent->state;
}

void TestSandboxPermissions::anyOneOfThreeDisconnects_data()
{
    QTest::addColumn<QString>("permission");
    QTest::addColumn<QString>("base"); // the message route or the generic conversation route
    for (const QString &permission : {kWrapup, kRecord, kDisconnect}) {
        QTest::addRow("%s, message route", qPrintable(permission))
            << permission << u"/api/v2/conversations/messages/"_s;
        QTest::addRow("%s, generic route", qPrintable(permission))
            << permission << u"/api/v2/conversations/"_s;
    }
}

void TestSandboxPermissions::anyOneOfThreeDisconnects()
{
    QFETCH(QString, permission);
    QFETCH(QString, base);
    QVERIFY(start(QStringList {permission}));
    const Live live = connected();
    // As Genesys' own helper sends it: upper case.
    const auto reply
        = m_env->client().patch(participantPath(base, live, live.agentParticipant), m_agent,
                                QJsonObject {{u"state"_s, u"DISCONNECTED"_s}});
    QCOMPARE(reply.status, 202);
    QVERIFY(reply.body.isEmpty());
    QCOMPARE(agentLegState(live), u"disconnected"_s);
}

void TestSandboxPermissions::anyOneOfThreeWrapsUp_data()
{
    QTest::addColumn<QString>("permission");
    for (const QString &permission : {kWrapup, kRecord, kDisconnect})
        QTest::newRow(qPrintable(permission)) << permission;
}

void TestSandboxPermissions::anyOneOfThreeWrapsUp()
{
    QFETCH(QString, permission);
    QVERIFY(start(QStringList {permission}));
    const Live live = connected();
    const QString path
        = participantPath(u"/api/v2/conversations/messages/"_s, live, live.agentParticipant);
    QCOMPARE(m_env->client().patch(path, m_agent, {{u"state"_s, u"disconnected"_s}}).status, 202);
    const QString code = m_env->sandbox().organisation().wrapupCodes().constFirst().id;
    const auto wrapup = m_env->client().patch(
        path, m_agent, {{u"wrapup"_s, QJsonObject {{u"code"_s, code}, {u"notes"_s, u"done"_s}}}});
    QCOMPARE(wrapup.status, 202);
    const SimConversation *conversation = m_env->sandbox().store().conversation(live.id);
    QCOMPARE(conversation->participant(live.agentParticipant)->wrapupCode, code);
}

void TestSandboxPermissions::noneOfThreeIsRefused_data()
{
    QTest::addColumn<QStringList>("permissions");
    QTest::addColumn<QString>("body");
    QTest::newRow("no permission at all, disconnect") << QStringList() << u"disconnect"_s;
    QTest::newRow("no permission at all, wrap-up") << QStringList() << u"wrapup"_s;
    // Everything else an agent might hold does not count.
    QTest::newRow("other permissions, disconnect")
        << QStringList {u"conversation:message:create"_s, u"conversation:webmessaging:create"_s,
                        u"conversation:communication:view"_s, u"conversation:message:park"_s}
        << u"disconnect"_s;
}

void TestSandboxPermissions::noneOfThreeIsRefused()
{
    QFETCH(QStringList, permissions);
    QFETCH(QString, body);
    QVERIFY(start(permissions));
    const Live live = connected();
    const QJsonObject request = body == "disconnect"_L1
        ? QJsonObject {{u"state"_s, u"disconnected"_s}}
        : QJsonObject {
            {u"wrapup"_s,
             QJsonObject {{u"code"_s, m_env->sandbox().organisation().wrapupCodes().at(0).id}}}};
    for (const QString &base :
         {u"/api/v2/conversations/messages/"_s, u"/api/v2/conversations/"_s}) {
        const auto reply = m_env->client().patch(participantPath(base, live, live.agentParticipant),
                                                 m_agent, request);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.errorCode(), u"missing.any.permissions"_s);
        const QString message = reply.json().value("message"_L1).toString();
        for (const QString &permission : {kWrapup, kRecord, kDisconnect})
            QVERIFY2(message.contains(permission), qPrintable(message));
    }
    // Nothing changed.
    QCOMPARE(agentLegState(live), u"connected"_s);
    const SimConversation *conversation = m_env->sandbox().store().conversation(live.id);
    QVERIFY(conversation->participant(live.agentParticipant)->wrapupCode.isEmpty());
}

void TestSandboxPermissions::defaultAgentEndsOwnLeg()
{
    QVERIFY(start(std::nullopt));
    const Live live = connected();
    // The call: the signed-in agent on its own participant.
    const auto reply = m_env->client().patch(
        participantPath(u"/api/v2/conversations/messages/"_s, live, live.agentParticipant), m_agent,
        QJsonObject {{u"state"_s, u"DISCONNECTED"_s}});
    QCOMPARE(reply.status, 202);
    QCOMPARE(agentLegState(live), u"disconnected"_s);

    // The teardown tools stay a supervisor's (conversation:communication:disconnect).
    const Live other = connected();
    const auto teardown = m_env->client().post(
        u"/api/v2/conversations/%1/disconnect"_s.arg(other.id), m_agent, QByteArray());
    QCOMPARE(teardown.status, 403);
    QCOMPARE(teardown.errorCode(), u"missing.permissions"_s);
    QVERIFY(teardown.json().value("message"_L1).toString().contains(kDisconnect));
    QCOMPARE(m_env->client().del(u"/api/v2/conversations/"_s + other.id, m_agent).status, 403);
    QCOMPARE(agentLegState(other), u"connected"_s);
}

void TestSandboxPermissions::defaultAgentRoleIsAMessagingAgent()
{
    QVERIFY(start(std::nullopt));
    const auto me = m_env->client().get(u"/api/v2/users/me?expand=authorization"_s, m_agent);
    QCOMPARE(me.status, 200);
    QStringList permissions;
    for (const auto &value :
         me.json().value("authorization"_L1).toObject().value("permissions"_L1).toArray())
        permissions.append(value.toString());
    for (const QString &expected :
         {u"conversation:message:view"_s, u"conversation:message:accept"_s,
          u"conversation:message:create"_s, u"conversation:webmessaging:view"_s,
          u"conversation:webmessaging:accept"_s, u"conversation:webmessaging:create"_s, kWrapup})
        QVERIFY2(permissions.contains(expected), qPrintable(expected));
    // Not a supervisor's: no teardown, no queue or analytics views.
    for (const QString &absent :
         {kDisconnect, u"routing:queue:view"_s, u"analytics:conversationDetail:view"_s,
          u"conversation:communication:view"_s})
        QVERIFY2(!permissions.contains(absent), qPrintable(absent));
}

void TestSandboxPermissions::communicationPatchNeedsNoPermission()
{
    // The communication PATCH lists no permission (reference 5.8): even an empty role may.
    QVERIFY(start(QStringList()));
    const Live live = connected();
    const auto reply = m_env->client().patch(
        participantPath(u"/api/v2/conversations/messages/"_s, live, live.agentParticipant)
            + u"/communications/"_s + live.agentCommunication,
        m_agent, QJsonObject {{u"state"_s, u"disconnected"_s}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(agentLegState(live), u"disconnected"_s);
}

void TestSandboxPermissions::roleChangesApplyToLiveTokens()
{
    QVERIFY(start(std::nullopt));
    const Live live = connected();
    const QString path
        = participantPath(u"/api/v2/conversations/messages/"_s, live, live.agentParticipant);
    m_env->sandbox().organisation().setAgentPermissions({u"conversation:message:create"_s});
    QCOMPARE(m_env->client().patch(path, m_agent, {{u"state"_s, u"disconnected"_s}}).status, 403);
    m_env->sandbox().organisation().setAgentPermissions(Organisation::agentPermissions());
    QCOMPARE(m_env->client().patch(path, m_agent, {{u"state"_s, u"disconnected"_s}}).status, 202);
    // The supervisor's role is untouched by the agent role.
    QVERIFY(m_env->sandbox().organisation().supervisor()->permissions.contains(kDisconnect));
}

QTEST_GUILESS_MAIN(TestSandboxPermissions)
#include "tst_sandboxpermissions.moc"
