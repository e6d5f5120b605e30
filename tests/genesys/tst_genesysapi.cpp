// GenesysApi's typed calls against a lively sandbox organisation: every call's success path is
// compared with the sandbox's own state, and the failure paths carry the platform's codes.

#include "core/manualclock.h"
#include "genesys/genesysapi.h"
#include "genesys/restclient.h"
#include "sandbox/conversationstore.h"
#include "sandbox/eventscheduler.h"
#include "sandbox/organisation.h"
#include "sandbox/sandbox.h"
#include "sandbox/trafficsimulator.h"
#include "sandboxfixture.h"

#include <QLoggingCategory>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace IdleGuard;
using namespace IdleGuard::Genesys;
using namespace IdleGuard::Sandbox;
using SandboxOrg = IdleGuard::Sandbox::Sandbox;
using namespace Qt::StringLiterals;

class TestGenesysApi : public QObject
{
    Q_OBJECT

    struct Env
    {
        explicit Env(const SandboxOptions &options)
            : fixture(options)
        {
            if (!fixture.start())
                qFatal("sandbox did not start");
            client = std::make_unique<RestClient>(Environment::custom(fixture.sandbox().baseUrl()),
                                                  clock);
            client->setAccessToken(fixture.supervisorToken());
            api = std::make_unique<GenesysApi>(*client);
        }

        // Runs one typed call to completion and hands back what its callback got.
        template<typename T, typename Start> std::pair<ApiResult, T> run(Start start)
        {
            std::optional<std::pair<ApiResult, T>> outcome;
            start([&](const ApiResult &result, const T &value) { outcome.emplace(result, value); });
            if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10'000))
                qFatal("a GenesysApi call did not complete");
            return *outcome;
        }

        SandboxFixture fixture;
        ManualClock clock {0};
        std::unique_ptr<RestClient> client;
        std::unique_ptr<GenesysApi> api;
        QObject context;
    };

    static SandboxOptions lively(int conversations)
    {
        SandboxOptions options = SandboxFixture::quietOptions();
        options.simulate = true;
        options.conversations = conversations;
        return options;
    }

    // A live conversation with a connected agent, as the sandbox knows it.
    static const SimConversation *connectedOne(SandboxOrg &sandbox)
    {
        for (const SimConversation *conversation : sandbox.store().conversations()) {
            const SimParticipant *agent = conversation->activeAgent();
            if (!conversation->isEnded() && agent && agent->state == "connected"_L1)
                return conversation;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(
            u"idleguard.sandbox.*.info=false\nidleguard.genesys.*.info=false"_s);
    }

    void usersMe()
    {
        Env env(SandboxFixture::quietOptions());
        const auto [result, user]
            = env.run<GenesysApi::User>([&](auto done) { env.api->usersMe(&env.context, done); });
        QVERIFY2(result.ok(), qPrintable(result.describe()));
        QCOMPARE(user.name, u"Sam Supervisor"_s);
        QCOMPARE(user.id, env.fixture.sandbox().organisation().supervisor()->id);
        QVERIFY(user.permissions.contains(u"conversation:communication:disconnect"_s));
    }

    void queuesAcrossPages()
    {
        SandboxOptions options = SandboxFixture::quietOptions();
        options.queues = 130; // more than one page of 100
        Env env(options);
        const auto [result, queues]
            = env.run<QList<Queue>>([&](auto done) { env.api->queues(&env.context, done); });
        QVERIFY2(result.ok(), qPrintable(result.describe()));
        QCOMPARE(queues.size(), 130);
        QSet<QString> ids;
        for (const Queue &queue : queues)
            ids.insert(queue.id);
        QCOMPARE(ids.size(), 130);
        QVERIFY(std::is_sorted(queues.cbegin(), queues.cend(),
                               [](const Queue &a, const Queue &b) { return a.name < b.name; }));
    }

    void wrapupCodesMatchTheSandbox()
    {
        Env env(SandboxFixture::quietOptions());
        const auto [result, codes] = env.run<QList<WrapupCode>>(
            [&](auto done) { env.api->wrapupCodes(&env.context, done); });
        QVERIFY2(result.ok(), qPrintable(result.describe()));
        const auto &expected = env.fixture.sandbox().organisation().wrapupCodes();
        QVERIFY(!expected.isEmpty());
        QCOMPARE(codes.size(), expected.size());
        for (const auto &code : expected)
            QVERIFY(codes.contains(WrapupCode {code.id, code.name}));
        QVERIFY(std::is_sorted(codes.cbegin(), codes.cend(), [](const auto &a, const auto &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        }));
    }

    void activeConversationsMatchTheSandbox()
    {
        Env env(lively(240)); // several pages of the analytics query
        SandboxOrg &sandbox = env.fixture.sandbox();
        sandbox.simulator().setPaused(true);
        const QStringList queueIds {sandbox.organisation().queues().at(0).id,
                                    sandbox.organisation().queues().at(1).id};
        QSet<QString> expected;
        for (const SimConversation *conversation : sandbox.store().conversations()) {
            if (!conversation->isEnded() && queueIds.contains(conversation->queueId))
                expected.insert(conversation->id);
        }
        QVERIFY(expected.size() > 100);
        const QDateTime since
            = QDateTime::fromMSecsSinceEpoch(sandbox.scheduler().nowMs(), QTimeZone::utc())
                  .addDays(-1);
        const auto [result, ids] = env.run<QStringList>([&](auto done) {
            env.api->activeConversationIds(queueIds, since, since.addDays(2), &env.context, done);
        });
        QVERIFY2(result.ok(), qPrintable(result.describe()));
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), expected);
        QCOMPARE(ids.size(), expected.size()); // no duplicates across pages
    }

    void noActiveConversations()
    {
        Env env(SandboxFixture::quietOptions());
        const auto [result, ids] = env.run<QStringList>([&](auto done) {
            env.api->activeConversationIds(
                {env.fixture.sandbox().organisation().queues().constFirst().id},
                QDateTime::currentDateTimeUtc().addYears(-1), QDateTime::currentDateTimeUtc(),
                &env.context, done);
        });
        QVERIFY2(result.ok(), qPrintable(result.describe()));
        QVERIFY(ids.isEmpty());
    }

    void conversationSendDisconnectWrapupAttributes()
    {
        Env env(lively(20));
        SandboxOrg &sandbox = env.fixture.sandbox();
        sandbox.simulator().setPaused(true);
        const SimConversation *live = connectedOne(sandbox);
        QVERIFY(live);
        const QString conversationId = live->id;
        const QString agentId = live->activeAgent()->id;

        const auto [got, conversation] = env.run<Conversation>(
            [&](auto done) { env.api->conversation(conversationId, &env.context, done); });
        QVERIFY2(got.ok(), qPrintable(got.describe()));
        QCOMPARE(conversation.id, conversationId);
        QCOMPARE(conversation.participants.size(), live->participants.size());
        QVERIFY(conversation.connectedAgent());
        QCOMPARE(conversation.connectedAgent()->id, agentId);

        const auto [commResult, communicationId] = env.run<QString>([&](auto done) {
            env.api->communicationId(conversationId, agentId, &env.context, done);
        });
        QVERIFY2(commResult.ok(), qPrintable(commResult.describe()));
        QCOMPARE(communicationId, live->activeAgent()->communicationId);
        // A copy: clang 14 lets no lambda capture a structured binding.
        const QString agentCommunicationId = communicationId;

        const auto [sent, messageId] = env.run<QString>([&](auto done) {
            env.api->sendMessage(conversationId, agentCommunicationId, u"Are you still there?"_s,
                                 &env.context, done);
        });
        QVERIFY2(sent.ok(), qPrintable(sent.describe()));
        const SimMessage &last
            = sandbox.store().conversation(conversationId)->activeAgent()->messages.constLast();
        QCOMPARE(last.id, messageId);
        QCOMPARE(last.senderUserId, sandbox.organisation().supervisor()->id);

        const auto [patched, ok] = env.run<bool>([&](auto done) {
            env.api->patchAttributes(conversationId, agentId,
                                     {{u"idleGuard.stage"_s, u"warning1"_s}}, &env.context, done);
        });
        QVERIFY(patched.ok() && ok);
        QCOMPARE(sandbox.store()
                     .conversation(conversationId)
                     ->participant(agentId)
                     ->attributes.value(u"idleGuard.stage"_s),
                 u"warning1"_s);

        const auto [disconnected, done1] = env.run<bool>([&](auto done) {
            env.api->disconnectParticipant(conversationId, agentId, &env.context, done);
        });
        QVERIFY(disconnected.ok() && done1);
        QCOMPARE(sandbox.store().conversation(conversationId)->participant(agentId)->state,
                 u"disconnected"_s);

        const auto [again, done2] = env.run<bool>([&](auto done) {
            env.api->disconnectParticipant(conversationId, agentId, &env.context, done);
        });
        QVERIFY(!done2);
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode, u"conflict"_s);

        const QString code
            = sandbox.organisation().queue(live->queueId)->wrapupCodeIds.constFirst();
        const auto [wrapped, done3] = env.run<bool>([&](auto done) {
            env.api->setWrapup(conversationId, agentId, code, u"closed by Idle Guard"_s,
                               &env.context, done);
        });
        QVERIFY2(wrapped.ok() && done3, qPrintable(wrapped.describe()));
        QCOMPARE(sandbox.store().conversation(conversationId)->participant(agentId)->wrapupCode,
                 code);

        const auto [missing, nothing] = env.run<Conversation>([&](auto done) {
            env.api->conversation(u"00000000-0000-4000-8000-000000000000"_s, &env.context, done);
        });
        QCOMPARE(missing.errorCode, u"not.found"_s);
        QVERIFY(nothing.id.isEmpty());
    }

    void channelsAndSubscriptions()
    {
        Env env(SandboxFixture::quietOptions());
        const auto [created, channel] = env.run<GenesysApi::Channel>(
            [&](auto done) { env.api->createChannel(&env.context, done); });
        QVERIFY2(created.ok(), qPrintable(created.describe()));
        QVERIFY(channel.id.startsWith(u"streaming-0-"_s));
        QCOMPARE(channel.connectUri.scheme(), u"ws"_s);
        QVERIFY(channel.expiresMs > env.fixture.sandbox().scheduler().nowMs());
        // A copy: clang 14 lets no lambda capture a structured binding.
        const QString channelId = channel.id;

        const QString queueId = env.fixture.sandbox().organisation().queues().constFirst().id;
        const auto [subscribed, states] = env.run<QList<GenesysApi::TopicState>>([&](auto done) {
            env.api->setSubscriptions(channelId, {GenesysApi::queueTopic(queueId)}, &env.context,
                                      done);
        });
        QVERIFY2(subscribed.ok(), qPrintable(subscribed.describe()));
        QCOMPARE(states.size(), 1);
        QVERIFY(states.constFirst().permitted);

        const auto [rejected, none] = env.run<QList<GenesysApi::TopicState>>([&](auto done) {
            env.api->setSubscriptions(channelId,
                                      {u"v2.routing.queues.nope.conversations.messages"_s},
                                      &env.context, done);
        });
        QCOMPARE(rejected.status, 400);
        QVERIFY(none.isEmpty());

        const auto [exists, yes] = env.run<bool>(
            [&](auto done) { env.api->channelExists(channelId, &env.context, done); });
        QVERIFY(exists.ok() && yes);
        const auto [gone, no] = env.run<bool>([&](auto done) {
            env.api->channelExists(u"streaming-0-unknown"_s, &env.context, done);
        });
        QCOMPARE(gone.status, 404);
        QVERIFY(!no);
    }
};

QTEST_GUILESS_MAIN(TestGenesysApi)
#include "tst_genesysapi.moc"
