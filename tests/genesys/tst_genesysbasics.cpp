// The Genesys layer's pure parts: regions and the loopback-only rule for plain transports, the
// backoff arithmetic, the client-side rate budget on a manual clock, and the tolerant parsing
// of both conversation JSON forms (REST and topic event) into domain types.

#include "core/manualclock.h"
#include "genesys/backoffpolicy.h"
#include "genesys/conversationmirror.h"
#include "genesys/conversationparser.h"
#include "genesys/environment.h"
#include "genesys/genesysapi.h"
#include "genesys/genesyslogging.h"
#include "genesys/ratebudget.h"
#include "genesys/restclient.h"

#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace IdleGuard;
using namespace IdleGuard::Genesys;
using namespace Qt::StringLiterals;

namespace {

QJsonObject json(const char *text)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

// The reference's REST example (section 5.4), trimmed to what matters.
const char *kRestConversation = R"({
  "id": "c7f1e2d3-4b5a-4c6d-9e8f-0a1b2c3d4e5f", "unexpectedField": {"x": 1},
  "participants": [
    {"id": "p-customer", "name": "Jane Customer", "startTime": "2025-03-04T10:00:01.020Z",
     "connectedTime": "2025-03-04T10:00:01.200Z", "purpose": "customer", "state": "connected",
     "attributes": {"orderId": "A-1009", "notAString": 5},
     "messages": [
       {"messageId": "m1", "messageStatus": "received", "messageTime": "2025-03-04T10:00:01.100Z",
        "messageMetadata": {"type": "Text"}},
       {"messageId": "typing", "messageTime": "2025-03-04T10:00:02.000Z", "messageMetadata": {"type": "Event"}}]},
    {"id": "p-acd", "purpose": "acd", "state": "disconnected", "startTime": "2025-03-04T10:00:02.000Z",
     "endTime": "2025-03-04T10:00:09.500Z", "queue": {"id": "q1"}, "messages": []},
    {"id": "p-agent", "name": "Alex Agent", "startTime": "2025-03-04T10:00:09.500Z",
     "connectedTime": "2025-03-04T10:00:15.000Z", "purpose": "agent", "state": "connected",
     "user": {"id": "u1"}, "queue": {"id": "q1"},
     "messages": [{"messageId": "m2", "messageStatus": "delivery-success", "messageTime": "2025-03-04T10:00:20.400Z"}]}
  ]})";

// The topic form (section 7.4): message {id} instead of messageId.
const char *kTopicConversation = R"({
  "id": "c1",
  "participants": [
    {"id": "p-customer", "purpose": "customer", "state": "connected", "startTime": "2025-03-04T10:00:01.020Z",
     "messages": [{"message": {"id": "m1"}, "messageTime": "2025-03-04T10:00:01.100Z", "messageStatus": "received"}]},
    {"id": "p-agent", "purpose": "agent", "state": "connected", "user": {"id": "u1"}, "queue": {"id": "q1"},
     "startTime": "2025-03-04T10:00:09.500Z", "connectedTime": "2025-03-04T10:00:15.000Z",
     "messages": [{"message": {"id": "m2"}, "messageTime": "2025-03-04T10:00:20.400Z"}]}
  ]})";

} // namespace

class TestGenesysBasics : public QObject
{
    Q_OBJECT

private slots:
    void mirrorKeepsTombstonesBounded()
    {
        // A 24/7 feed sees conversations end by the hundred thousand: the late events of a
        // recent one are still refused, while the memory of long-gone ones is let go.
        ConversationMirror mirror;
        mirror.setWatchedQueues({u"q"_s});
        const auto conversation = [](int n, bool ended) {
            Conversation c;
            c.id = u"c%1"_s.arg(n);
            c.queueId = u"q"_s;
            c.startMs = 1000;
            Participant customer;
            customer.id = u"p%1"_s.arg(n);
            customer.purpose = ParticipantPurpose::Customer;
            customer.state = ended ? ParticipantState::Disconnected : ParticipantState::Connected;
            customer.startMs = 1000;
            customer.endMs = ended ? 2000 : kNoTime;
            c.participants = {customer};
            c.endMs = ended ? 2000 : kNoTime;
            return c;
        };
        const int total = 3 * 10'000;
        for (int n = 0; n < total; ++n) {
            QCOMPARE(mirror.apply(conversation(n, false)), ConversationMirror::Outcome::Applied);
            QCOMPARE(mirror.apply(conversation(n, true)), ConversationMirror::Outcome::Removed);
        }
        QCOMPARE(mirror.size(), 0);
        QVERIFY(mirror.tombstoneCount() <= 2 * 10'000);
        QVERIFY(mirror.tombstoneCount() >= 10'000);
        // A stale event of a conversation that ended recently stays refused...
        QCOMPARE(mirror.apply(conversation(total - 1, false)), ConversationMirror::Outcome::Stale);
        // ...one of the first, long forgotten, is taken as news.
        QCOMPARE(mirror.apply(conversation(0, false)), ConversationMirror::Outcome::Applied);
    }

    void regionsComeFromTheReference()
    {
        const auto regions = Environment::regions();
        QCOMPARE(regions.size(), 18);
        const Environment ireland = Environment::region(u"eu_west_1"_s);
        QVERIFY(ireland.isValid());
        QCOMPARE(ireland.loginBase(), QUrl(u"https://login.mypurecloud.ie"_s));
        QCOMPARE(ireland.apiBase(), QUrl(u"https://api.mypurecloud.ie"_s));
        QCOMPARE(Environment::fromString(u"mypurecloud.ie"_s), ireland);
        QCOMPARE(Environment::region(u"us_east_2"_s).apiBase(),
                 QUrl(u"https://api.use2.us-gov-pure.cloud"_s));
        QVERIFY(!Environment::region(u"mars_north_1"_s).isValid());
    }

    void customEnvironmentSharesOneBase()
    {
        const Environment sandbox = Environment::fromString(u"http://127.0.0.1:8080/"_s);
        QVERIFY(sandbox.isValid());
        QCOMPARE(sandbox.apiUrl(u"/api/v2/users/me"_s),
                 QUrl(u"http://127.0.0.1:8080/api/v2/users/me"_s));
        QCOMPARE(sandbox.loginUrl(u"/oauth/token"_s), QUrl(u"http://127.0.0.1:8080/oauth/token"_s));
        QVERIFY(!Environment::fromString(u"http://127.0.0.1:8080/some/path"_s).isValid());
    }

    void plainTransportOnlyToLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https anywhere") << u"https://api.mypurecloud.ie/x"_s << true;
        QTest::newRow("wss anywhere") << u"wss://streaming.mypurecloud.ie/channels/x"_s << true;
        QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:8080/x"_s << true;
        QTest::newRow("ws 127.0.0.1") << u"ws://127.0.0.1:8080/channels/x"_s << true;
        QTest::newRow("http localhost") << u"http://localhost:8080/x"_s << true;
        QTest::newRow("http ::1") << u"http://[::1]:8080/x"_s << true;
        QTest::newRow("http remote") << u"http://api.mypurecloud.ie/x"_s << false;
        QTest::newRow("ws remote") << u"ws://streaming.mypurecloud.ie/x"_s << false;
        QTest::newRow("http LAN") << u"http://192.168.1.5:8080/x"_s << false;
        QTest::newRow("ftp") << u"ftp://127.0.0.1/x"_s << false;
        // The whole of 127.0.0.0/8 is loopback; names that merely start like it are not.
        QTest::newRow("http 127.255.0.1") << u"http://127.255.0.1:8080/x"_s << true;
        QTest::newRow("ws ::1") << u"ws://[::1]:8080/channels/x"_s << true;
        QTest::newRow("http LOCALHOST") << u"http://LOCALHOST:8080/x"_s << true;
        QTest::newRow("http 127.0.0.1.example.com") << u"http://127.0.0.1.example.com/x"_s << false;
        QTest::newRow("http localhost.example.com") << u"http://localhost.example.com/x"_s << false;
        QTest::newRow("http 0.0.0.0") << u"http://0.0.0.0:8080/x"_s << false;
        QTest::newRow("ws 128.0.0.1") << u"ws://128.0.0.1/x"_s << false;
        QTest::newRow("http fd00::2") << u"http://[fd00::2]:8080/x"_s << false;
        QTest::newRow("no scheme") << u"//127.0.0.1/x"_s << false;
    }

    void plainTransportOnlyToLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(Environment::transportProblem(QUrl(url)).isEmpty(), allowed);
    }

    void backoffGrowsWithJitterAndCap()
    {
        const BackoffPolicy policy {500, 30'000, 5};
        QCOMPARE(policy.ceilingMs(0), 500);
        QCOMPARE(policy.ceilingMs(1), 1000);
        QCOMPARE(policy.ceilingMs(3), 4000);
        QCOMPARE(policy.ceilingMs(10), 30'000);
        QCOMPARE(policy.ceilingMs(1000), 30'000); // no overflow
        QCOMPARE(policy.delayMs(2, 0.0), 0);
        QCOMPARE(policy.delayMs(2, 0.5), 1000);
        QVERIFY(policy.delayMs(2, 0.999) < 2000);
        QCOMPARE(policy.delayMs(2, 7.0), 2000); // fraction clamped
    }

    void rateBudgetStaysBelowTheLimit()
    {
        ManualClock clock(1'000'000);
        RateBudget budget(clock, 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(budget.waitMs(), 0);
            budget.recordRequest();
            clock.advanceMs(1000);
        }
        // Three requests at t=0, 1 s, 2 s; now t=3 s: the first leaves the window at t=60 s.
        QCOMPARE(budget.waitMs(), 57'000);
        QCOMPARE(budget.headroom(), 0);
        clock.advanceMs(57'000);
        QCOMPARE(budget.waitMs(), 0);
        QCOMPARE(budget.headroom(), 1);
    }

    void rateBudgetKeepsAReserveForUrgentRequests()
    {
        ManualClock clock(1'000'000);
        RateBudget budget(clock, 3);
        for (int i = 0; i < 3; ++i) {
            budget.recordRequest();
            clock.advanceMs(1000);
        }
        // Ordinary requests wait for the window; a stage's record may still go, up to the
        // reserve, and only then waits for the oldest request beyond it to leave the window.
        QCOMPARE(budget.waitMs(), 57'000);
        QCOMPARE(budget.waitMs(RateBudget::Priority::Urgent), 0);
        for (int i = 0; i < RateBudget::kUrgentReserve; ++i)
            budget.recordRequest();
        QCOMPARE(budget.waitMs(RateBudget::Priority::Urgent), 57'000);
        // The server's own word (its window used up) holds urgent requests too.
        clock.advanceMs(60'000);
        budget.recordHeaders(300, 300, 5);
        QCOMPARE(budget.waitMs(RateBudget::Priority::Urgent), 5'000);
    }

    void clientsOfOneTokenShareOneBudget()
    {
        // The feed's client and the worker's use one token; the platform counts them together.
        ManualClock clock(0);
        const Environment environment = Environment::custom(QUrl(u"http://127.0.0.1:9"_s));
        RestClient feed(environment, clock);
        RestClient worker(environment, clock);
        worker.shareBudget(feed.sharedBudget());
        QCOMPARE(&worker.budget(), &feed.budget());
        const int before = feed.budget().headroom();
        worker.budget().recordRequest();
        QCOMPARE(feed.budget().headroom(), before - 1);
        feed.budget().recordTooManyRequests(9);
        QCOMPARE(worker.budgetWaitMs(RateBudget::Priority::Urgent), 9'000);
    }

    void rateBudgetHonoursServerHeadersAndRetryAfter()
    {
        ManualClock clock(0);
        RateBudget budget(clock, 280);
        budget.recordHeaders(300, 300, 12); // the server's window is used up
        QCOMPARE(budget.limit(), 275); // and its limit is the documented one
        QCOMPARE(budget.waitMs(), 12'000);
        QCOMPARE(budget.headroom(), 0);
        clock.advanceMs(12'000);
        QCOMPARE(budget.waitMs(), 0);

        budget.recordTooManyRequests(7);
        QCOMPARE(budget.waitMs(), 7000);
        clock.advanceMs(7000);
        budget.recordTooManyRequests(-1); // no Retry-After: the documented fallback of 60 s
        QCOMPARE(budget.waitMs(), 60'000);
        // A platform (or sandbox) that allows more: the budget follows it.
        budget.recordHeaders(10, 12'000, 60);
        QCOMPARE(budget.limit(), 11'000);
    }

    void parsesTheRestForm()
    {
        const Conversation conversation = ConversationParser::parse(json(kRestConversation));
        QCOMPARE(conversation.id, u"c7f1e2d3-4b5a-4c6d-9e8f-0a1b2c3d4e5f"_s);
        QCOMPARE(conversation.queueId, u"q1"_s);
        QCOMPARE(conversation.participants.size(), 3);
        const Participant *customer = conversation.customer();
        QVERIFY(customer);
        QCOMPARE(customer->messages.size(), 1); // the typing event is not a message
        QCOMPARE(customer->messages.constFirst().id, u"m1"_s);
        QCOMPARE(customer->messages.constFirst().sender, Party::Customer);
        QCOMPARE(customer->attributes.value(u"orderId"_s), u"A-1009"_s);
        QVERIFY(!customer->attributes.contains(u"notAString"_s));
        const Participant *agent = conversation.connectedAgent();
        QVERIFY(agent);
        QCOMPARE(agent->userId, u"u1"_s);
        QCOMPARE(agent->messages.constFirst().sender, Party::Agent);
        QCOMPARE(agent->messages.constFirst().timestampMs,
                 QDateTime::fromString(u"2025-03-04T10:00:20.400Z"_s, Qt::ISODateWithMs)
                     .toMSecsSinceEpoch());
        QVERIFY(!conversation.isEnded());
        QCOMPARE(conversation.startMs,
                 ConversationParser::parseTime(QJsonValue(u"2025-03-04T10:00:01.020Z"_s)));
    }

    void parsesTheTopicForm()
    {
        const Conversation conversation = ConversationParser::parse(json(kTopicConversation));
        QCOMPARE(conversation.customer()->messages.constFirst().id, u"m1"_s);
        QCOMPARE(conversation.connectedAgent()->messages.constFirst().id, u"m2"_s);
        QCOMPARE(conversation.queueId, u"q1"_s);
    }

    void channelComesFromTheLegs()
    {
        // participants[].type: the customer's leg decides; nothing said, nothing invented.
        QCOMPARE(ConversationParser::parse(json(kRestConversation)).channel, QString());
        QCOMPARE(ConversationParser::parse(json(R"({"id": "c4", "participants": [
            {"id": "a", "purpose": "agent", "state": "connected", "type": "webmessaging"},
            {"id": "c", "purpose": "customer", "state": "connected", "type": "SMS"}]})"))
                     .channel,
                 u"sms"_s);
        QCOMPARE(ConversationParser::parse(json(R"({"id": "c5", "participants": [
            {"id": "c", "purpose": "customer", "state": "connected", "type": "unknown"}]})"))
                     .channel,
                 QString());
    }

    void unknownAndMalformedValuesNeverCrash()
    {
        const int before = ConversationParser::unknownValueCount();
        const Conversation conversation = ConversationParser::parse(json(R"({
          "id": "c2",
          "participants": [
            {"id": "a", "purpose": "hologram", "state": "teleporting", "startTime": "not a time"},
            {"id": "b", "purpose": 7, "state": null, "messages": "nope"},
            {"purpose": "customer"},
            "not an object",
            {"id": "c", "purpose": "customer", "state": "CONNECTED",
             "messages": [{"messageId": "m", "messageTime": 12}, {"message": "x"}, 5]}
          ]})"));
        QCOMPARE(conversation.participants.size(), 3); // the one without an id is dropped
        QCOMPARE(conversation.participants.at(0).purpose, ParticipantPurpose::Unknown);
        QCOMPARE(conversation.participants.at(0).state, ParticipantState::Unknown);
        QCOMPARE(conversation.participants.at(0).startMs, kNoTime);
        QCOMPARE(conversation.participants.at(2).state, ParticipantState::Connected);
        QVERIFY(conversation.participants.at(2).messages.isEmpty());
        QCOMPARE(ConversationParser::unknownValueCount(), before + 2);

        QVERIFY(ConversationParser::parse(QJsonObject()).id.isEmpty());
        QVERIFY(ConversationParser::parse(json(R"({"id": "c3", "participants": {"x": 1}})"))
                    .participants.isEmpty());
    }

    // Unknown values come from the server: each is logged once, but not without end (a broken
    // or hostile server sending a new one in every event would grow memory and the log).
    void unknownValuesAreLoggedBoundedly()
    {
        static QStringList logged;
        logged.clear();
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &context, const QString &message) {
                if (qstrcmp(context.category, lcGenesysParse().categoryName()) == 0)
                    logged.append(message);
            });
        const int before = ConversationParser::unknownValueCount();
        for (int i = 0; i < 1000; ++i)
            ConversationParser::parseState(u"hostile-%1"_s.arg(i));
        ConversationParser::parsePurpose(u"hostile-purpose"_s);
        qInstallMessageHandler(previous);

        QCOMPARE(ConversationParser::unknownValueCount(), before + 1001);
        QVERIFY(!logged.isEmpty());
        QVERIFY(logged.size() <= ConversationParser::kMaxLoggedUnknownValues + 1);
        QVERIFY(logged.first().contains(u"hostile-0"_s));
        QVERIFY(logged.last().contains(u"further ones are not logged"_s));
    }

    void endedConversationsCarryTheirEnd()
    {
        const Conversation conversation
            = ConversationParser::parse(json(R"({"id": "c4", "participants": [
          {"id": "a", "purpose": "customer", "state": "disconnected", "endTime": "2025-03-04T10:05:00.000Z"},
          {"id": "b", "purpose": "agent", "state": "disconnected", "endTime": "2025-03-04T10:06:00.000Z"}]})"));
        QVERIFY(conversation.isEnded());
        QCOMPARE(conversation.endMs,
                 ConversationParser::parseTime(QJsonValue(u"2025-03-04T10:06:00.000Z"_s)));
    }

    // The analytics details query's answer (reference 6.1), as the resync pages through it.
    void readsAnalyticsPages()
    {
        const GenesysApi::AnalyticsPage page = GenesysApi::parseAnalyticsPage(json(R"({
          "conversations": [
            {"conversationId": "c1", "conversationStart": "2025-03-04T10:00:01.020Z"},
            {"conversationId": ""}, {}, "not an object", {"conversationId": 7},
            {"conversationId": "c2"}],
          "totalHits": 250})"));
        QCOMPARE(page.conversationIds, QStringList({u"c1"_s, u"c2"_s}));
        QCOMPARE(page.entries, 6); // entries without a usable id still make a page
        QCOMPARE(page.totalHits, 250);
        QVERIFY(page.hasMoreAfter(1));
        QVERIFY(page.hasMoreAfter(2));
        QVERIFY(!page.hasMoreAfter(3));

        // "conversations" is left out when nothing matched: no page follows, whatever the count.
        const auto none = GenesysApi::parseAnalyticsPage(json(R"({"totalHits": 500})"));
        QVERIFY(none.conversationIds.isEmpty());
        QVERIFY(!none.hasMoreAfter(1));
        QVERIFY(!GenesysApi::parseAnalyticsPage(json(R"({"conversations": {}, "totalHits": 5})"))
                     .hasMoreAfter(1));
        // A hostile count cannot wrap page * pageSize around into "more".
        const auto huge = GenesysApi::parseAnalyticsPage(
            json(R"({"conversations": [{"conversationId": "c1"}], "totalHits": 2147483647})"));
        QVERIFY(huge.hasMoreAfter(21'474'835));
        QVERIFY(!huge.hasMoreAfter(21'474'837));
        QVERIFY(!huge.hasMoreAfter(std::numeric_limits<int>::max()));
        QVERIFY(
            !GenesysApi::parseAnalyticsPage(json(R"({"conversations": [{}], "totalHits": "9"})"))
                 .hasMoreAfter(1));
    }
};

QTEST_GUILESS_MAIN(TestGenesysBasics)
#include "tst_genesysbasics.moc"
