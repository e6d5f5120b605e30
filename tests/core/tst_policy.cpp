// Tests of the idle policy model, its validation and the policy file format (product.md,
// "Idle policy semantics"; docs/policy.md). Keeping the previous policy in force after a refused
// file is the engine's concern and is tested with the engine.

#include "../support/specialfiles.h"
#include "core/configfile.h"
#include "core/policy.h"
#include "core/policyparser.h"
#include "core/policyset.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace IdleGuard;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(IdleGuard::Policy)
Q_DECLARE_METATYPE(IdleGuard::PolicySet)

namespace {

const QString kQueueId = QStringLiteral("9d2b7c1a-5e4f-4a3b-8c2d-1e0f9a8b7c6d");

QString describe(const PolicyErrors &errors)
{
    QStringList lines;
    for (const PolicyError &e : errors)
        lines << e.toString();
    return lines.isEmpty() ? QStringLiteral("(no errors)") : lines.join(QStringLiteral("\n"));
}

bool hasError(const PolicyErrors &errors, const QString &field, const QString &messagePart)
{
    for (const PolicyError &e : errors) {
        if (e.field == field && e.message.contains(messagePart))
            return true;
    }
    return false;
}

// builtInDefault() with one change applied.
template<typename Change> Policy defaultWith(Change &&change)
{
    Policy p = Policy::builtInDefault();
    change(p);
    return p;
}

// A complete, valid policy document around the given default policy members (JSON text without
// the surrounding braces) and queues.
QByteArray document(const QByteArray &defaultMembers, const QByteArray &queues = QByteArray())
{
    QByteArray json = "{\"version\": 1, \"default\": {" + defaultMembers + "}";
    if (!queues.isEmpty())
        json += ", \"queues\": {" + queues + "}";
    return json + "}";
}

// A default policy that is valid on its own: one warning, close, agent flag.
const QByteArray kValidDefault = R"("customer": {
        "warning1": {"afterSeconds": 300, "message": "Are you still there?"},
        "close": {"afterSeconds": 900}
    },
    "agent": {"flag": {"afterSeconds": 180}})";

} // namespace

class TestPolicy : public QObject
{
    Q_OBJECT

private:
    void validationErrorColumns();
    void checkValidationError();

private slots:
    void previewContext_usesTheStageTimes()
    {
        Policy p = Policy::builtInDefault(); // 5, 10, 15 min
        QCOMPARE(p.previewContext(IdleStage::Warning1).idleMinutes, 5);
        QCOMPARE(p.previewContext(IdleStage::Warning1).closeInMinutes, 10);
        QCOMPARE(p.previewContext(IdleStage::Warning2).closeInMinutes, 5);
        QCOMPARE(p.previewContext(IdleStage::Close).closeInMinutes, -1); // nothing ahead
        p.close.afterSeconds = 630; // 30 s past a whole minute: rounded up, as the engine does
        QCOMPARE(p.previewContext(IdleStage::Warning2).closeInMinutes, 1);
        p.close.enabled = false;
        QCOMPARE(p.previewContext(IdleStage::Warning1).closeInMinutes, -1);
    }
    // Policy and Policy::validate
    void builtInDefault_isValid();
    void builtInDefault_matchesProductDefaults();
    void validate_acceptsPolicy_data();
    void validate_acceptsPolicy();
    void validate_rejectsTimeOutOfRange_data();
    void validate_rejectsTimeOutOfRange();
    void validate_requiresStrictlyIncreasingStageTimes_data();
    void validate_requiresStrictlyIncreasingStageTimes();
    void validate_requiresMessageOnEnabledWarning_data();
    void validate_requiresMessageOnEnabledWarning();
    void validate_rejectsBadMessageVariant_data();
    void validate_rejectsBadMessageVariant();
    void validate_rejectsInvalidDefaultLanguage();
    void validate_prefixesFieldPaths();
    void validate_reportsEveryError();

    // PolicyParser::parse
    void parse_rejectsMalformedJsonWithLineAndColumn();
    void parse_rejectsDocument_data();
    void parse_rejectsDocument();
    void parse_refusedDocumentReturnsNulloptAndErrors();
    void parse_acceptedDocumentClearsErrors();
    void parse_prefixesQueueErrorsWithQueuePath_data();
    void parse_prefixesQueueErrorsWithQueuePath();
    void parse_defaultPolicyLeavesUnstatedFieldsOff();
    void parse_queueInheritsUnstatedFieldsFromDefault();
    void parse_queueCanSwitchStageOff_data();
    void parse_queueCanSwitchStageOff();
    void parse_plainStringMessageBelongsToDefaultLanguage();
    void parse_messageObjectKeepsEveryLanguage();
    void serialize_roundTripsToEqualPolicySet_data();
    void serialize_roundTripsToEqualPolicySet();
    void load_reportsEveryErrorOfInvalidFile();
    void load_reportsUnreadableFile();
    void load_refusesWhatIsNotARegularFile_data();
    void load_refusesWhatIsNotARegularFile();
    void load_followsSymlinkToRegularFile();
    void forQueue_fallsBackToDefault();

    // The shipped examples
    void examples_parseClean_data();
    void examples_parseClean();
    void example_setsDocumentedPolicies();
};

// --- Policy::validate --------------------------------------------------------------------------

void TestPolicy::builtInDefault_isValid()
{
    const PolicyErrors errors = Policy::builtInDefault().validate();
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
}

void TestPolicy::builtInDefault_matchesProductDefaults()
{
    const Policy p = Policy::builtInDefault();
    QCOMPARE(p.mode, PolicyMode::TurnAware);
    QVERIFY(p.requireAgentMessage);
    QCOMPARE(p.closeScope, CloseScope::Agent);
    QCOMPARE(p.defaultLanguage, QStringLiteral("en"));
    QVERIFY(p.warning1.enabled);
    QCOMPARE(p.warning1.afterSeconds, 300);
    QVERIFY(p.warning2.enabled);
    QCOMPARE(p.warning2.afterSeconds, 600);
    QVERIFY(p.close.enabled);
    QCOMPARE(p.close.afterSeconds, 900);
    QVERIFY(p.agentFlag.enabled);
    QCOMPARE(p.agentFlag.afterSeconds, 180);
    QVERIFY(p.agentEscalate.enabled);
    QCOMPARE(p.agentEscalate.afterSeconds, 600);
    QVERIFY(p.wrapUpCode.isEmpty());
    // Customers are written to in the languages the window speaks.
    for (IdleStage s : {IdleStage::Warning1, IdleStage::Warning2, IdleStage::Close})
        QCOMPARE(p.stage(s).message.languages(),
                 (QStringList {QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("es")}));
}

void TestPolicy::validate_acceptsPolicy_data()
{
    QTest::addColumn<Policy>("policy");

    QTest::addRow("built-in default") << Policy::builtInDefault();
    QTest::addRow("close message is optional")
        << defaultWith([](Policy &p) { p.close.message = {}; });
    QTest::addRow("shortest time 10 s")
        << defaultWith([](Policy &p) { p.warning1.afterSeconds = 10; });
    QTest::addRow("longest time 8 h")
        << defaultWith([](Policy &p) { p.close.afterSeconds = 28800; });
    QTest::addRow("message of exactly 2000 characters") << defaultWith(
        [](Policy &p) { p.warning1.message.setText(QStringLiteral("en"), QString(2000, u'x')); });
    QTest::addRow("escaped braces in a message") << defaultWith([](Policy &p) {
        p.warning1.message.setText(QStringLiteral("en"), QStringLiteral("Reply {{yes}} please"));
    });
    QTest::addRow("disabled warning2 with negative time") << defaultWith([](Policy &p) {
        p.warning2.enabled = false;
        p.warning2.afterSeconds = -5;
    });
    QTest::addRow("disabled warning2 with zero time and no message")
        << defaultWith([](Policy &p) { p.warning2 = {}; });
    QTest::addRow("disabled warning2 below 10 s") << defaultWith([](Policy &p) {
        p.warning2.enabled = false;
        p.warning2.afterSeconds = 5;
    });
    QTest::addRow("disabled warning2 earlier than warning1") << defaultWith([](Policy &p) {
        p.warning2.enabled = false;
        p.warning2.afterSeconds = 100;
    });
    QTest::addRow("disabled close above 8 h") << defaultWith([](Policy &p) {
        p.close.enabled = false;
        p.close.afterSeconds = 40000;
    });
    QTest::addRow("disabled escalate not after flag") << defaultWith([](Policy &p) {
        p.agentEscalate.enabled = false;
        p.agentEscalate.afterSeconds = 60;
    });
    QTest::addRow("disabled agent track") << defaultWith([](Policy &p) {
        p.agentFlag = {};
        p.agentEscalate = {};
    });
    QTest::addRow("default language with region") << defaultWith([](Policy &p) {
        p.defaultLanguage = QStringLiteral("pt-BR");
        for (IdleStage s : {IdleStage::Warning1, IdleStage::Warning2, IdleStage::Close})
            p.stage(s).message.setText(QStringLiteral("pt_br"),
                                       QStringLiteral("Olá {customerName}"));
    });
}

void TestPolicy::validate_acceptsPolicy()
{
    QFETCH(Policy, policy);
    const PolicyErrors errors = policy.validate();
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
}

void TestPolicy::validationErrorColumns()
{
    QTest::addColumn<Policy>("policy");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messagePart");
}

// Every row makes exactly one thing wrong, so validate() reports exactly one error.
void TestPolicy::checkValidationError()
{
    QFETCH(Policy, policy);
    QFETCH(QString, field);
    QFETCH(QString, messagePart);

    const PolicyErrors errors = policy.validate();
    QVERIFY2(hasError(errors, field, messagePart), qPrintable(describe(errors)));
    QVERIFY2(errors.size() == 1, qPrintable(describe(errors)));
}

void TestPolicy::validate_rejectsTimeOutOfRange_data()
{
    validationErrorColumns();
    const QString w1 = QStringLiteral("customer.warning1.afterSeconds");

    QTest::addRow("negative seconds")
        << defaultWith([](Policy &p) { p.warning1.afterSeconds = -1; }) << w1
        << QStringLiteral("must not be negative (got -1 s)");
    QTest::addRow("zero seconds") << defaultWith([](Policy &p) { p.warning1.afterSeconds = 0; })
                                  << w1 << QStringLiteral("must be greater than zero");
    QTest::addRow("one second") << defaultWith([](Policy &p) { p.warning1.afterSeconds = 1; }) << w1
                                << QStringLiteral("must be at least 10 s (got 1 s)");
    QTest::addRow("9 seconds, just below 10 s")
        << defaultWith([](Policy &p) { p.warning1.afterSeconds = 9; }) << w1
        << QStringLiteral("must be at least 10 s (got 9 s)");
    QTest::addRow("28801 seconds, just above 8 h")
        << defaultWith([](Policy &p) { p.close.afterSeconds = 28801; })
        << QStringLiteral("customer.close.afterSeconds")
        << QStringLiteral("must be at most 8 h (28800 s) (got 28801 s)");
    QTest::addRow("agent flag below 10 s")
        << defaultWith([](Policy &p) { p.agentFlag.afterSeconds = 5; })
        << QStringLiteral("agent.flag.afterSeconds") << QStringLiteral("must be at least 10 s");
    QTest::addRow("agent escalate above 8 h")
        << defaultWith([](Policy &p) { p.agentEscalate.afterSeconds = 90000; })
        << QStringLiteral("agent.escalate.afterSeconds") << QStringLiteral("must be at most 8 h");
    QTest::addRow("agent flag negative")
        << defaultWith([](Policy &p) { p.agentFlag.afterSeconds = -180; })
        << QStringLiteral("agent.flag.afterSeconds") << QStringLiteral("must not be negative");
}

void TestPolicy::validate_rejectsTimeOutOfRange()
{
    checkValidationError();
}

void TestPolicy::validate_requiresStrictlyIncreasingStageTimes_data()
{
    validationErrorColumns();
    const QString w2 = QStringLiteral("customer.warning2.afterSeconds");
    const QString close = QStringLiteral("customer.close.afterSeconds");
    const QString escalate = QStringLiteral("agent.escalate.afterSeconds");

    QTest::addRow("T2 equal to T1")
        << defaultWith([](Policy &p) { p.warning2.afterSeconds = 300; }) << w2
        << QStringLiteral("must be greater than customer.warning1.afterSeconds (300 s)");
    QTest::addRow("T2 less than T1")
        << defaultWith([](Policy &p) { p.warning2.afterSeconds = 200; }) << w2
        << QStringLiteral("must be greater than customer.warning1.afterSeconds (300 s)");
    QTest::addRow("T3 equal to T2")
        << defaultWith([](Policy &p) { p.close.afterSeconds = 600; }) << close
        << QStringLiteral("must be greater than customer.warning2.afterSeconds (600 s)");
    QTest::addRow("T3 less than T2")
        << defaultWith([](Policy &p) { p.close.afterSeconds = 450; }) << close
        << QStringLiteral("must be greater than customer.warning2.afterSeconds (600 s)");
    QTest::addRow("T3 not after T1 when warning2 is off") << defaultWith([](Policy &p) {
        p.warning2.enabled = false;
        p.close.afterSeconds = 300;
    }) << close << QStringLiteral("must be greater than customer.warning1.afterSeconds (300 s)");
    QTest::addRow("escalate equal to flag")
        << defaultWith([](Policy &p) { p.agentEscalate.afterSeconds = 180; }) << escalate
        << QStringLiteral("must be greater than agent.flag.afterSeconds (180 s)");
    QTest::addRow("escalate less than flag")
        << defaultWith([](Policy &p) { p.agentEscalate.afterSeconds = 60; }) << escalate
        << QStringLiteral("must be greater than agent.flag.afterSeconds (180 s)");
}

void TestPolicy::validate_requiresStrictlyIncreasingStageTimes()
{
    checkValidationError();
}

void TestPolicy::validate_requiresMessageOnEnabledWarning_data()
{
    validationErrorColumns();
    QTest::addRow("warning1 without message")
        << defaultWith([](Policy &p) { p.warning1.message = {}; })
        << QStringLiteral("customer.warning1.message")
        << QStringLiteral("is required when the stage is enabled");
    QTest::addRow("warning2 without message")
        << defaultWith([](Policy &p) { p.warning2.message = {}; })
        << QStringLiteral("customer.warning2.message")
        << QStringLiteral("is required when the stage is enabled");
}

void TestPolicy::validate_requiresMessageOnEnabledWarning()
{
    checkValidationError();
}

void TestPolicy::validate_rejectsBadMessageVariant_data()
{
    validationErrorColumns();
    QTest::addRow("default-language variant missing")
        << defaultWith([](Policy &p) {
               p.warning1.message = LocalizedText(QStringLiteral("de"), QStringLiteral("Hallo?"));
           })
        << QStringLiteral("customer.warning1.message")
        << QStringLiteral("has no text for the default language \"en\"");
    QTest::addRow("default-language variant missing on close")
        << defaultWith([](Policy &p) {
               p.close.message = LocalizedText(QStringLiteral("de"), QStringLiteral("Tschüss"));
           })
        << QStringLiteral("customer.close.message")
        << QStringLiteral("has no text for the default language \"en\"");
    QTest::addRow("empty variant text") << defaultWith([](Policy &p) {
        p.warning2.message.setText(QStringLiteral("de"), QString());
    }) << QStringLiteral("customer.warning2.message.de")
                                        << QStringLiteral("must not be empty");
    QTest::addRow("blank variant text") << defaultWith([](Policy &p) {
        p.warning1.message.setText(QStringLiteral("en"), QStringLiteral(" \n\t"));
    }) << QStringLiteral("customer.warning1.message.en")
                                        << QStringLiteral("must not be empty");
    QTest::addRow("message of 2001 characters")
        << defaultWith([](Policy &p) {
               p.warning1.message.setText(QStringLiteral("en"), QString(2001, u'x'));
           })
        << QStringLiteral("customer.warning1.message.en")
        << QStringLiteral("is 2001 characters long; the platform accepts at most 2000");
    QTest::addRow("unknown placeholder") << defaultWith([](Policy &p) {
        p.warning1.message.setText(QStringLiteral("de"), QStringLiteral("Hallo {kundenName}"));
    }) << QStringLiteral("customer.warning1.message.de")
                                         << QStringLiteral("unknown placeholder {kundenName}");
    QTest::addRow("placeholder with wrong case")
        << defaultWith([](Policy &p) {
               p.close.message.setText(QStringLiteral("en"), QStringLiteral("Bye {CustomerName}"));
           })
        << QStringLiteral("customer.close.message.en")
        << QStringLiteral("unknown placeholder {CustomerName}");
    QTest::addRow("unclosed brace") << defaultWith([](Policy &p) {
        p.warning2.message.setText(QStringLiteral("en"),
                                   QStringLiteral("Closing in {closeInMinutes min"));
    }) << QStringLiteral("customer.warning2.message.en")
                                    << QStringLiteral("unclosed \"{\"");
    QTest::addRow("stray closing brace") << defaultWith([](Policy &p) {
        p.warning1.message.setText(QStringLiteral("en"), QStringLiteral("Are you there? :}"));
    }) << QStringLiteral("customer.warning1.message.en")
                                         << QStringLiteral("stray \"}\"");
    QTest::addRow("invalid language tag") << defaultWith([](Policy &p) {
        p.warning1.message.setText(QStringLiteral("deutsch"), QStringLiteral("Hallo?"));
    }) << QStringLiteral("customer.warning1.message.deutsch")
                                          << QStringLiteral("\"deutsch\" is not a language tag");
}

void TestPolicy::validate_rejectsBadMessageVariant()
{
    checkValidationError();
}

void TestPolicy::validate_rejectsInvalidDefaultLanguage()
{
    Policy p = Policy::builtInDefault();
    p.defaultLanguage = QStringLiteral("english");
    const PolicyErrors errors = p.validate();
    QVERIFY2(hasError(errors, QStringLiteral("defaultLanguage"),
                      QStringLiteral("\"english\" is not a language tag")),
             qPrintable(describe(errors)));
    // The three customer messages have no variant for that "language" either.
    QVERIFY2(hasError(errors, QStringLiteral("customer.warning1.message"),
                      QStringLiteral("has no text for the default language \"english\"")),
             qPrintable(describe(errors)));
    QVERIFY2(errors.size() == 4, qPrintable(describe(errors)));

    p.defaultLanguage.clear();
    QVERIFY2(hasError(p.validate(), QStringLiteral("defaultLanguage"),
                      QStringLiteral("is not a language tag")),
             qPrintable(describe(p.validate())));
}

void TestPolicy::validate_prefixesFieldPaths()
{
    Policy p = Policy::builtInDefault();
    p.warning2.afterSeconds = 5;
    const PolicyErrors errors = p.validate(QStringLiteral("queues.q1."));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().field, QStringLiteral("queues.q1.customer.warning2.afterSeconds"));
}

void TestPolicy::validate_reportsEveryError()
{
    Policy p = Policy::builtInDefault();
    p.warning1.afterSeconds = 0;
    p.warning2.message = {};
    p.agentEscalate.afterSeconds = 100;
    const PolicyErrors errors = p.validate();
    QStringList fields;
    for (const PolicyError &e : errors)
        fields << e.field;
    QCOMPARE(fields,
             (QStringList {QStringLiteral("customer.warning1.afterSeconds"),
                           QStringLiteral("customer.warning2.message"),
                           QStringLiteral("agent.escalate.afterSeconds")}));
}

// --- PolicyParser::parse -----------------------------------------------------------------------

void TestPolicy::parse_rejectsMalformedJsonWithLineAndColumn()
{
    // The second comma is the mistake: line 4, column 21. Qt's parse error offset points at the
    // offending character or just after it, depending on the error, so accept either column.
    const QByteArray json = "{\n"
                            "    \"version\": 1,\n"
                            "    \"default\": {\n"
                            "        \"name\": \"x\",,\n"
                            "    }\n"
                            "}\n";
    PolicyErrors errors;
    const std::optional<PolicySet> set = PolicyParser::parse(json, &errors);
    QVERIFY(!set);
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.constFirst().field.isEmpty());
    const QRegularExpression position(
        QStringLiteral("^malformed JSON at line 4, column 2[12]: \\S"));
    QVERIFY2(position.match(errors.constFirst().message).hasMatch(), qPrintable(describe(errors)));

    // An invalid value on the first line.
    QVERIFY(!PolicyParser::parse("{\"version\": x}", &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.constFirst().message.contains(QStringLiteral("line 1, column 13")),
             qPrintable(describe(errors)));

    // A document cut short is reported at its end: line 2, after its 12 characters.
    QVERIFY(!PolicyParser::parse("{\"version\": 1,\n\"default\": {", &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.constFirst().message.contains(QStringLiteral("line 2, column 13")),
             qPrintable(describe(errors)));
}

void TestPolicy::parse_rejectsDocument_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messagePart");

    // The document as a whole
    QTest::addRow("empty document")
        << QByteArray() << QString() << QStringLiteral("malformed JSON");
    QTest::addRow("document is an array") << QByteArray("[1, 2]") << QString()
                                          << QStringLiteral("the document must be a JSON object");
    QTest::addRow("missing version") << QByteArray(R"({"default": {}})")
                                     << QStringLiteral("version") << QStringLiteral("is missing");
    QTest::addRow("version 2")
        << document(kValidDefault).replace("\"version\": 1", "\"version\": 2")
        << QStringLiteral("version") << QStringLiteral("unsupported version 2");
    QTest::addRow("version as string \"1\"")
        << document(kValidDefault).replace("\"version\": 1", "\"version\": \"1\"")
        << QStringLiteral("version") << QStringLiteral("unsupported version \"1\"");
    QTest::addRow("version 1.5")
        << document(kValidDefault).replace("\"version\": 1", "\"version\": 1.5")
        << QStringLiteral("version") << QStringLiteral("unsupported version 1.5");
    QTest::addRow("missing default") << QByteArray(R"({"version": 1, "queues": {}})")
                                     << QStringLiteral("default") << QStringLiteral("is missing");
    QTest::addRow("default not an object")
        << QByteArray(R"({"version": 1, "default": []})") << QStringLiteral("default")
        << QStringLiteral("must be an object");
    QTest::addRow("empty queue id")
        << QByteArray(R"({"version": 1, "default": {}, "queues": {" ": {}}})")
        << QStringLiteral("queues. ") << QStringLiteral("the queue id must not be empty");
    QTest::addRow("queues not an object")
        << QByteArray(R"({"version": 1, "default": {}, "queues": []})") << QStringLiteral("queues")
        << QStringLiteral("must be an object");

    // Unknown values
    QTest::addRow("unknown mode")
        << document(R"("mode": "lazy", )" + kValidDefault) << QStringLiteral("default.mode")
        << QStringLiteral("unknown value \"lazy\" (expected turn-aware, any-activity or "
                          "customer-only)");
    QTest::addRow("mode with wrong case")
        << document(R"("mode": "Turn-Aware", )" + kValidDefault) << QStringLiteral("default.mode")
        << QStringLiteral("unknown value");
    QTest::addRow("unknown closeScope")
        << document(R"("closeScope": "queue", )" + kValidDefault)
        << QStringLiteral("default.closeScope")
        << QStringLiteral("unknown value \"queue\" (expected agent or conversation)");

    // Unknown fields, named with their full dotted path
    QTest::addRow("unknown field at the root")
        << document(kValidDefault).replace("\"version\": 1", "\"version\": 1, \"colour\": \"red\"")
        << QStringLiteral("colour") << QStringLiteral("unknown field");
    QTest::addRow("unknown field in the policy")
        << document(R"("warnings": true, )" + kValidDefault) << QStringLiteral("default.warnings")
        << QStringLiteral("unknown field");
    QTest::addRow("unknown stage in a track")
        << document(R"("customer": {"warning3": {"afterSeconds": 300, "message": "x"}})")
        << QStringLiteral("default.customer.warning3") << QStringLiteral("unknown field");
    QTest::addRow("unknown field in a stage") << document(
        R"("customer": {"warning1": {"afterSecs": 300, "afterSeconds": 300, "message": "x"}})")
                                              << QStringLiteral(
                                                     "default.customer.warning1.afterSecs")
                                              << QStringLiteral("unknown field");
    QTest::addRow("message on an agent stage")
        << document(kValidDefault)
               .replace(R"("flag": {"afterSeconds": 180})",
                        R"("flag": {"afterSeconds": 180, "message": "hurry"})")
        << QStringLiteral("default.agent.flag.message") << QStringLiteral("unknown field");
    QTest::addRow("unknown field in a queue stage")
        << document(kValidDefault,
                    R"("q1": {"customer": {"close": {"afterSeconds": 900, "text": "bye"}}})")
        << QStringLiteral("queues.q1.customer.close.text") << QStringLiteral("unknown field");

    // Wrong types
    QTest::addRow("afterSeconds as string")
        << document(R"("customer": {"warning1": {"afterSeconds": "300", "message": "x"}})")
        << QStringLiteral("default.customer.warning1.afterSeconds")
        << QStringLiteral("must be a number of seconds");
    QTest::addRow("afterSeconds 12.5")
        << document(R"("customer": {"warning1": {"afterSeconds": 12.5, "message": "x"}})")
        << QStringLiteral("default.customer.warning1.afterSeconds")
        << QStringLiteral("must be a whole number of seconds (got 12.5)");
    QTest::addRow("bool as string")
        << document(R"("requireAgentMessage": "true", )" + kValidDefault)
        << QStringLiteral("default.requireAgentMessage") << QStringLiteral("must be true or false");
    QTest::addRow("enabled as number") << document(
        R"("customer": {"warning1": {"enabled": 1, "afterSeconds": 300, "message": "x"}})")
                                       << QStringLiteral("default.customer.warning1.enabled")
                                       << QStringLiteral("must be true or false");
    QTest::addRow("message as number")
        << document(R"("customer": {"warning1": {"afterSeconds": 300, "message": 42}})")
        << QStringLiteral("default.customer.warning1.message")
        << QStringLiteral("must be a string or an object");
    QTest::addRow("message variant as number")
        << document(R"("customer": {"warning1": {"afterSeconds": 300, "message": {"en": 42}}})")
        << QStringLiteral("default.customer.warning1.message.en")
        << QStringLiteral("must be a string");
    QTest::addRow("name as number")
        << document(R"("name": 7, )" + kValidDefault) << QStringLiteral("default.name")
        << QStringLiteral("must be a string");
    QTest::addRow("stage as number")
        << document(R"("customer": {"warning1": 300})")
        << QStringLiteral("default.customer.warning1") << QStringLiteral("must be an object");
    QTest::addRow("track as array") << document(R"("agent": [])") << QStringLiteral("default.agent")
                                    << QStringLiteral("must be an object");

    // Missing values and invalid values
    QTest::addRow("enabled stage without afterSeconds")
        << document(R"("customer": {"warning1": {"message": "x"}})")
        << QStringLiteral("default.customer.warning1.afterSeconds")
        << QStringLiteral("is required when the stage is enabled");
    QTest::addRow("default policy out of range")
        << document(R"("customer": {"warning1": {"afterSeconds": 5, "message": "x"}})")
        << QStringLiteral("default.customer.warning1.afterSeconds")
        << QStringLiteral("must be at least 10 s");
    QTest::addRow("default policy warning without message")
        << document(R"("customer": {"warning1": {"afterSeconds": 300}})")
        << QStringLiteral("default.customer.warning1.message") << QStringLiteral("is required");
}

void TestPolicy::parse_rejectsDocument()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, messagePart);

    PolicyErrors errors;
    const std::optional<PolicySet> set = PolicyParser::parse(json, &errors);
    QVERIFY(!set);
    QVERIFY2(hasError(errors, field, messagePart), qPrintable(describe(errors)));
    QVERIFY2(errors.size() == 1, qPrintable(describe(errors)));
}

void TestPolicy::parse_refusedDocumentReturnsNulloptAndErrors()
{
    // Several independent mistakes are all reported, not only the first one.
    const QByteArray json = document(R"("mode": "lazy", "closeScope": 1,
        "customer": {"warning1": {"afterSeconds": "soon", "message": "x"}})");
    PolicyErrors errors;
    const std::optional<PolicySet> set = PolicyParser::parse(json, &errors);
    QVERIFY(!set.has_value());
    QVERIFY(!errors.isEmpty());
    QVERIFY2(hasError(errors, QStringLiteral("default.mode"), QStringLiteral("unknown value")),
             qPrintable(describe(errors)));
    QVERIFY2(
        hasError(errors, QStringLiteral("default.closeScope"), QStringLiteral("must be a string")),
        qPrintable(describe(errors)));
    QVERIFY2(hasError(errors, QStringLiteral("default.customer.warning1.afterSeconds"),
                      QStringLiteral("must be a number")),
             qPrintable(describe(errors)));
    QCOMPARE(errors.size(), 3);
}

void TestPolicy::parse_acceptedDocumentClearsErrors()
{
    PolicyErrors errors {{QStringLiteral("stale"), QStringLiteral("from an earlier call")}};
    const std::optional<PolicySet> set = PolicyParser::parse(document(kValidDefault), &errors);
    QVERIFY2(set.has_value(), qPrintable(describe(errors)));
    QVERIFY(errors.isEmpty());
}

void TestPolicy::parse_prefixesQueueErrorsWithQueuePath_data()
{
    QTest::addColumn<QByteArray>("queue");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messagePart");

    const QString prefix = QStringLiteral("queues.") + kQueueId + u'.';
    QTest::addRow("unknown field")
        << QByteArray(R"("colour": "red")") << prefix + QStringLiteral("colour")
        << QStringLiteral("unknown field");
    QTest::addRow("unknown mode") << QByteArray(R"("mode": "never")")
                                  << prefix + QStringLiteral("mode")
                                  << QStringLiteral("unknown value \"never\"");
    QTest::addRow("wrong type") << QByteArray(R"("agent": {"flag": {"afterSeconds": "3 min"}})")
                                << prefix + QStringLiteral("agent.flag.afterSeconds")
                                << QStringLiteral("must be a number of seconds");
    QTest::addRow("time below 10 s") << QByteArray(R"("customer": {"close": {"afterSeconds": 9}})")
                                     << prefix + QStringLiteral("customer.close.afterSeconds")
                                     << QStringLiteral("must be at least 10 s");
    QTest::addRow("close not after warning1")
        << QByteArray(R"("customer": {"close": {"afterSeconds": 300}})")
        << prefix + QStringLiteral("customer.close.afterSeconds")
        << QStringLiteral("must be greater than customer.warning1.afterSeconds");
    QTest::addRow("warning without message")
        << QByteArray(
               R"("customer": {"warning2": {"afterSeconds": 600}, "close": {"afterSeconds": 900}})")
        << prefix + QStringLiteral("customer.warning2.message") << QStringLiteral("is required");
    QTest::addRow("queue is not an object") << QByteArray() << QStringLiteral("queues.") + kQueueId
                                            << QStringLiteral("must be an object");
}

void TestPolicy::parse_prefixesQueueErrorsWithQueuePath()
{
    QFETCH(QByteArray, queue);
    QFETCH(QString, field);
    QFETCH(QString, messagePart);

    const QByteArray queueJson = queue.isEmpty() ? QByteArray("42") : QByteArray("{" + queue + "}");
    const QByteArray json = document(kValidDefault, "\"" + kQueueId.toUtf8() + "\": " + queueJson);
    PolicyErrors errors;
    QVERIFY(!PolicyParser::parse(json, &errors));
    QVERIFY2(hasError(errors, field, messagePart), qPrintable(describe(errors)));
    QVERIFY2(errors.size() == 1, qPrintable(describe(errors)));
}

void TestPolicy::parse_defaultPolicyLeavesUnstatedFieldsOff()
{
    PolicyErrors errors;
    const std::optional<PolicySet> set = PolicyParser::parse(
        document(R"("customer": {"warning1": {"afterSeconds": 120, "message": "Hello?"}})"),
        &errors);
    QVERIFY2(set, qPrintable(describe(errors)));
    const Policy &p = set->defaultPolicy;
    QVERIFY(p.warning1.enabled);
    QCOMPARE(p.warning1.afterSeconds, 120);
    QVERIFY(!p.warning2.enabled);
    QVERIFY(!p.close.enabled);
    QVERIFY(!p.agentFlag.enabled);
    QVERIFY(!p.agentEscalate.enabled);
    QCOMPARE(p.mode, PolicyMode::TurnAware);
    QCOMPARE(p.closeScope, CloseScope::Agent);
    QVERIFY(p.requireAgentMessage);
    QVERIFY(!p.countTyping);
    QCOMPARE(p.defaultLanguage, QStringLiteral("en"));
    QVERIFY(set->queuePolicies.isEmpty());
}

void TestPolicy::parse_queueInheritsUnstatedFieldsFromDefault()
{
    const QByteArray json = document(
        R"("name": "Everyone", "mode": "customer-only", "countTyping": true, "wrapUpCode": "wrap-1",
        "customer": {
            "warning1": {"afterSeconds": 300, "message": {"en": "Still there?", "de": "Noch da?"}},
            "warning2": {"afterSeconds": 600, "message": "Closing soon"},
            "close": {"afterSeconds": 900, "message": "Bye"}
        },
        "agent": {"flag": {"afterSeconds": 180}, "escalate": {"afterSeconds": 600}})",
        "\"" + kQueueId.toUtf8() + R"(": {
            "closeScope": "conversation",
            "customer": {"warning1": {"afterSeconds": 240}, "close": {"message": "Goodbye"}}
        })");
    PolicyErrors errors;
    const std::optional<PolicySet> set = PolicyParser::parse(json, &errors);
    QVERIFY2(set, qPrintable(describe(errors)));
    QVERIFY(set->queuePolicies.contains(kQueueId));

    Policy expected = set->defaultPolicy;
    expected.name.clear(); // a queue's name is its own
    expected.closeScope = CloseScope::Conversation;
    expected.warning1.afterSeconds = 240; // its message stays the default's
    expected.close.message = LocalizedText(QStringLiteral("en"), QStringLiteral("Goodbye"));
    const Policy &queue = set->queuePolicies.value(kQueueId);
    QCOMPARE(queue, expected);

    // Spot checks, so that a mistake in the expectation above cannot hide one in the parser.
    QCOMPARE(queue.mode, PolicyMode::CustomerOnly);
    QVERIFY(queue.countTyping);
    QCOMPARE(queue.wrapUpCode, QStringLiteral("wrap-1"));
    QCOMPARE(queue.warning1.message.text(QStringLiteral("de")), QStringLiteral("Noch da?"));
    QCOMPARE(queue.warning2.afterSeconds, 600);
    QCOMPARE(queue.close.afterSeconds, 900);
    QCOMPARE(queue.agentEscalate.afterSeconds, 600);
    // ... and the default policy is not touched by its queue.
    QCOMPARE(set->defaultPolicy.closeScope, CloseScope::Agent);
    QCOMPARE(set->defaultPolicy.warning1.afterSeconds, 300);
    QCOMPARE(set->defaultPolicy.name, QStringLiteral("Everyone"));
}

void TestPolicy::parse_queueCanSwitchStageOff_data()
{
    QTest::addColumn<QByteArray>("queue");
    QTest::addColumn<IdleStage>("stage");

    QTest::addRow("warning2 null")
        << QByteArray(R"("customer": {"warning2": null})") << IdleStage::Warning2;
    QTest::addRow("warning2 enabled false")
        << QByteArray(R"("customer": {"warning2": {"enabled": false}})") << IdleStage::Warning2;
    QTest::addRow("close null") << QByteArray(R"("customer": {"close": null})") << IdleStage::Close;
    QTest::addRow("escalate enabled false")
        << QByteArray(R"("agent": {"escalate": {"enabled": false}})") << IdleStage::AgentEscalate;
    QTest::addRow("flag null") << QByteArray(R"("agent": {"flag": null})") << IdleStage::AgentFlag;
}

void TestPolicy::parse_queueCanSwitchStageOff()
{
    QFETCH(QByteArray, queue);
    QFETCH(IdleStage, stage);

    const QJsonObject queueObject = QJsonDocument::fromJson(QByteArray("{" + queue + "}")).object();
    QVERIFY(!queueObject.isEmpty());
    const QJsonObject root {
        {QStringLiteral("version"), 1},
        {QStringLiteral("default"), PolicyParser::toJson(Policy::builtInDefault())},
        {QStringLiteral("queues"), QJsonObject {{QStringLiteral("q1"), queueObject}}}};

    PolicyErrors errors;
    const std::optional<PolicySet> set = PolicyParser::parse(QJsonDocument(root).toJson(), &errors);
    QVERIFY2(set, qPrintable(describe(errors)));
    QVERIFY(set->defaultPolicy.stage(stage).enabled);
    const Policy &q = set->forQueue(QStringLiteral("q1"));
    QVERIFY(!q.stage(stage).enabled);
    for (IdleStage other : {IdleStage::Warning1, IdleStage::Warning2, IdleStage::Close,
                            IdleStage::AgentFlag, IdleStage::AgentEscalate}) {
        if (other != stage)
            QCOMPARE(q.stage(other), set->defaultPolicy.stage(other));
    }
}

void TestPolicy::parse_plainStringMessageBelongsToDefaultLanguage()
{
    const QByteArray json = document(
        R"("defaultLanguage": "de",
        "customer": {
            "warning1": {"afterSeconds": 300, "message": "Sind Sie noch da?"},
            "close": {"afterSeconds": 900, "message": "Auf Wiedersehen"}
        })",
        R"("q1": {"defaultLanguage": "fr-CA",
                  "customer": {"warning1": {"message": "Êtes-vous là?"}, "close": {"message": null}}})");
    PolicyErrors errors;
    const std::optional<PolicySet> set = PolicyParser::parse(json, &errors);
    QVERIFY2(set, qPrintable(describe(errors)));

    const LocalizedText &message = set->defaultPolicy.warning1.message;
    QCOMPARE(message.languages(), QStringList {QStringLiteral("de")});
    QCOMPARE(message.text(QStringLiteral("de")), QStringLiteral("Sind Sie noch da?"));
    QVERIFY(!message.hasLanguage(QStringLiteral("en")));

    const Policy &queue = set->queuePolicies.value(QStringLiteral("q1"));
    QCOMPARE(queue.warning1.message.languages(), QStringList {QStringLiteral("fr-ca")});
    QCOMPARE(queue.warning1.message.text(QStringLiteral("fr-CA")), QStringLiteral("Êtes-vous là?"));
    QCOMPARE(queue.warning1.afterSeconds, 300);
    QVERIFY(queue.close.enabled); // a close stage without a message
    QVERIFY(queue.close.message.isEmpty());
    QCOMPARE(queue.close.afterSeconds, 900);
}

void TestPolicy::parse_messageObjectKeepsEveryLanguage()
{
    const QByteArray json = document(R"("customer": {"warning1": {"afterSeconds": 300,
        "message": {"en": "Still there?", "de_CH": "Sind Sie no da?", "pt-BR": "Você está aí?"}}})");
    PolicyErrors errors;
    const std::optional<PolicySet> set = PolicyParser::parse(json, &errors);
    QVERIFY2(set, qPrintable(describe(errors)));
    const LocalizedText &message = set->defaultPolicy.warning1.message;
    QCOMPARE(message.languages().size(), 3);
    QCOMPARE(message.text(QStringLiteral("de-ch")), QStringLiteral("Sind Sie no da?"));
    QCOMPARE(message.pick(QStringLiteral("pt-BR"), QStringLiteral("en")),
             QStringLiteral("Você está aí?"));
    QCOMPARE(message.pick(QStringLiteral("fr"), QStringLiteral("en")),
             QStringLiteral("Still there?"));
}

void TestPolicy::serialize_roundTripsToEqualPolicySet_data()
{
    QTest::addColumn<PolicySet>("policies");

    PolicySet set;
    set.defaultPolicy = Policy::builtInDefault();
    Policy queue = Policy::builtInDefault();
    queue.name = QStringLiteral("Returns");
    queue.mode = PolicyMode::AnyActivity;
    queue.requireAgentMessage = false;
    queue.countTyping = true;
    queue.closeScope = CloseScope::Conversation;
    queue.wrapUpCode = QStringLiteral("3f6c2a9e-8b1d-4e7f-a5c0-2d9b8e1f4a6c");
    queue.warning1.afterSeconds = 120;
    queue.warning1.message.setText(QStringLiteral("pt-BR"), QStringLiteral("Olá {customerName}?"));
    queue.warning2.enabled = false; // keeps its time and message, switched off
    queue.close.afterSeconds = 3600;
    queue.agentEscalate.enabled = false;
    set.queuePolicies.insert(kQueueId, queue);
    QTest::addRow("built-in default and a conversation-scope queue") << set;

    PolicySet minimal;
    minimal.defaultPolicy = Policy();
    minimal.defaultPolicy.warning1
        = {true, 60, LocalizedText(QStringLiteral("de"), QStringLiteral("Hallo {{du}}?"))};
    minimal.defaultPolicy.defaultLanguage = QStringLiteral("de");
    QTest::addRow("minimal default, no queues") << minimal;

    // The rows below describe a queue that has less than the default policy: no wrap-up code, no
    // closing message, a stage cleared altogether.
    PolicySet noWrapUp;
    noWrapUp.defaultPolicy = Policy::builtInDefault();
    noWrapUp.defaultPolicy.wrapUpCode = QStringLiteral("0b7e4c2d-6a1f-4e3b-9c8d-5f2a1e0d9c8b");
    Policy plain = Policy::builtInDefault();
    plain.name.clear();
    noWrapUp.queuePolicies.insert(QStringLiteral("q2"), plain);
    QTest::addRow("queue without the default's wrap-up code") << noWrapUp;

    PolicySet silentClose;
    silentClose.defaultPolicy = Policy::builtInDefault();
    Policy noCloseMessage = plain;
    noCloseMessage.close.message = {};
    silentClose.queuePolicies.insert(QStringLiteral("q3"), noCloseMessage);
    QTest::addRow("queue closing without the default's message") << silentClose;

    PolicySet cleared;
    cleared.defaultPolicy = Policy::builtInDefault();
    Policy noEscalation = plain;
    noEscalation.agentEscalate = {};
    cleared.queuePolicies.insert(QStringLiteral("q4"), noEscalation);
    QTest::addRow("queue with a cleared stage") << cleared;
}

void TestPolicy::serialize_roundTripsToEqualPolicySet()
{
    QFETCH(PolicySet, policies);
    QVERIFY2(policies.validate().isEmpty(), qPrintable(describe(policies.validate())));

    const QByteArray json = PolicyParser::serialize(policies);
    PolicyErrors errors;
    const std::optional<PolicySet> reread = PolicyParser::parse(json, &errors);
    QVERIFY2(reread, qPrintable(describe(errors) + u'\n' + QString::fromUtf8(json)));
    QCOMPARE(reread->defaultPolicy, policies.defaultPolicy);
    QCOMPARE(reread->queuePolicies.keys(), policies.queuePolicies.keys());
    // A queue inherits what its object leaves out, so the writer states every field: an empty
    // wrap-up code, an empty message and a cleared stage must read back as themselves.
    QCOMPARE(*reread, policies);
    // Serializing again gives the same bytes: the format is stable.
    QCOMPARE(PolicyParser::serialize(*reread), json);
}

void TestPolicy::load_reportsEveryErrorOfInvalidFile()
{
    PolicyErrors errors;
    const std::optional<PolicySet> set = PolicyParser::load(
        QStringLiteral(IDLEGUARD_TEST_DATA "/policies/invalid-several.json"), &errors);
    QVERIFY(!set);
    QStringList fields;
    for (const PolicyError &e : errors)
        fields << e.field;
    const QString queue = QStringLiteral("queues.") + kQueueId;
    QCOMPARE(fields,
             (QStringList {QStringLiteral("default.customer.warning1.afterSeconds"),
                           QStringLiteral("default.customer.warning1.message.en"),
                           QStringLiteral("default.customer.warning2.message"),
                           QStringLiteral("default.customer.close.afterSeconds"),
                           QStringLiteral("default.agent.escalate.afterSeconds"),
                           queue + QStringLiteral(".customer.close.afterSeconds")}));
    QVERIFY(errors.at(1).message.contains(QStringLiteral("unknown placeholder {customer}")));
}

void TestPolicy::load_reportsUnreadableFile()
{
    const QString path = QStringLiteral(IDLEGUARD_TEST_DATA "/policies/does-not-exist.json");
    PolicyErrors errors;
    QVERIFY(!PolicyParser::load(path, &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.constFirst().message.contains(QStringLiteral("cannot read")),
             qPrintable(describe(errors)));
    QVERIFY2(errors.constFirst().message.contains(path), qPrintable(describe(errors)));
}

// A FIFO would block the start for ever and /dev/zero be read until memory runs out: anything
// but a regular file (after following links), and a file over 1 MiB, is refused before it is
// read, naming the path and what it is.
void TestPolicy::load_refusesWhatIsNotARegularFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("fifo") << u"fifo"_s << u"it is a named pipe (FIFO), not a regular file"_s;
    QTest::newRow("link to a fifo")
        << u"linkToFifo"_s << u"it is a named pipe (FIFO), not a regular file"_s;
    QTest::newRow("/dev/zero") << u"/dev/zero"_s
                               << u"it is a character device, not a regular file"_s;
    QTest::newRow("directory") << u"directory"_s << u"it is a directory, not a regular file"_s;
    QTest::newRow("oversized") << u"oversized"_s
                               << u"it is larger than 1 MiB, the most read from such a file"_s;
}

void TestPolicy::load_refusesWhatIsNotARegularFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const SpecialFiles files(dir, ConfigFile::kMaxBytes);
    QVERIFY(files.ok);
    const QMap<QString, QString> paths {{u"fifo"_s, files.fifo},
                                        {u"linkToFifo"_s, files.linkToFifo},
                                        {u"directory"_s, files.directory},
                                        {u"oversized"_s, files.oversized}};
    const QString path = paths.value(kind, kind);

    PolicyErrors errors;
    std::optional<PolicySet> set;
    QVERIFY2(returnsWithin([&] { set = PolicyParser::load(path, &errors); }, files.fifo),
             "PolicyParser::load blocked");
    QVERIFY(!set);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().field, QString());
    QCOMPARE(errors.constFirst().message, u"cannot read %1: %2"_s.arg(path, expected));
}

void TestPolicy::load_followsSymlinkToRegularFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString link = dir.filePath(u"policy.json"_s);
    QVERIFY(QFile::link(QStringLiteral(IDLEGUARD_SOURCE_DIR "/docs/examples/policy.json"), link));
    PolicyErrors errors;
    QVERIFY2(PolicyParser::load(link, &errors), qPrintable(describe(errors)));
}

void TestPolicy::forQueue_fallsBackToDefault()
{
    PolicySet policies;
    policies.defaultPolicy.name = QStringLiteral("Default");
    Policy queue = Policy::builtInDefault();
    queue.name = QStringLiteral("Returns");
    queue.mode = PolicyMode::AnyActivity;
    policies.queuePolicies.insert(kQueueId, queue);
    const PolicySet &set = policies;

    QCOMPARE(set.forQueue(kQueueId).name, QStringLiteral("Returns"));
    QCOMPARE(set.forQueue(kQueueId).mode, PolicyMode::AnyActivity);
    QCOMPARE(&set.forQueue(QStringLiteral("another-queue")), &set.defaultPolicy);
    QCOMPARE(&set.forQueue(QString()), &set.defaultPolicy);
    QCOMPARE(&set.forQueue(kQueueId.toUpper()), &set.defaultPolicy); // ids are exact
}

// --- The shipped examples ----------------------------------------------------------------------

void TestPolicy::examples_parseClean_data()
{
    QTest::addColumn<QString>("path");
    const QString root = QStringLiteral(IDLEGUARD_SOURCE_DIR "/docs/examples");
    // Policy files only: the same folder holds examples of other formats (headless.json).
    QDirIterator it(root, {QStringLiteral("policy*.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    int count = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QTest::addRow("%s", qPrintable(QDir(root).relativeFilePath(path))) << path;
        ++count;
    }
    if (count == 0)
        QTest::addRow("no examples found") << QString();
}

void TestPolicy::examples_parseClean()
{
    QFETCH(QString, path);
    QVERIFY2(!path.isEmpty(), "docs/examples holds no *.json file");
    PolicyErrors errors;
    const std::optional<PolicySet> set = PolicyParser::load(path, &errors);
    QVERIFY2(set, qPrintable(describe(errors)));
    QVERIFY(errors.isEmpty());
}

void TestPolicy::example_setsDocumentedPolicies()
{
    PolicyErrors errors;
    const std::optional<PolicySet> set = PolicyParser::load(
        QStringLiteral(IDLEGUARD_SOURCE_DIR "/docs/examples/policy.json"), &errors);
    QVERIFY2(set, qPrintable(describe(errors)));

    const Policy &d = set->defaultPolicy;
    QCOMPARE(d.mode, PolicyMode::TurnAware);
    QCOMPARE(d.warning1.afterSeconds, 300);
    QCOMPARE(d.warning2.afterSeconds, 600);
    QCOMPARE(d.close.afterSeconds, 900);
    QVERIFY(!d.close.message.isEmpty());
    QCOMPARE(d.agentFlag.afterSeconds, 180);
    QCOMPARE(d.agentEscalate.afterSeconds, 600);
    for (IdleStage s : {IdleStage::Warning1, IdleStage::Warning2, IdleStage::Close})
        QCOMPARE(d.stage(s).message.languages(),
                 (QStringList {QStringLiteral("de"), QStringLiteral("en")}));

    QCOMPARE(set->queuePolicies.keys(), QStringList {kQueueId});
    const Policy &q = set->forQueue(kQueueId);
    QCOMPARE(q.mode, PolicyMode::AnyActivity);
    QCOMPARE(q.closeScope, CloseScope::Conversation);
    QVERIFY(!q.wrapUpCode.isEmpty());
    QCOMPARE(q.warning1.message, d.warning1.message); // inherited
}

QTEST_APPLESS_MAIN(TestPolicy)

#include "tst_policy.moc"
