// Tests of message templates (TemplateRenderer) and their language variants (LocalizedText):
// product.md, "Idle policy semantics", messages are templates with placeholders and
// per-language variants.

#include "core/localizedtext.h"
#include "core/templaterenderer.h"

#include <QTest>

using namespace IdleGuard;

namespace {

TemplateContext fullContext()
{
    TemplateContext c;
    c.customerName = QStringLiteral("Anna");
    c.agentName = QStringLiteral("Bo");
    c.queueName = QStringLiteral("Returns");
    c.idleMinutes = 7;
    c.closeInMinutes = 5;
    return c;
}

// "tag=text" pairs into a LocalizedText.
LocalizedText variants(const QStringList &pairs)
{
    LocalizedText text;
    for (const QString &pair : pairs)
        text.setText(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    return text;
}

} // namespace

class TestTemplateRenderer : public QObject
{
    Q_OBJECT

private slots:
    // TemplateRenderer
    void placeholders_areTheDocumentedFive();
    void render_substitutesPlaceholders_data();
    void render_substitutesPlaceholders();
    void render_closeInMinutesMinusOneRendersEmpty();
    void render_emptyCustomerNameDropsPrecedingSpace_data();
    void render_emptyCustomerNameDropsPrecedingSpace();
    void render_doubledBracesAreLiteral_data();
    void render_doubledBracesAreLiteral();
    void render_keepsUnknownPlaceholderVisible();
    void render_returnsUnbalancedTemplateUnchanged_data();
    void render_returnsUnbalancedTemplateUnchanged();
    void problems_reportsUnknownPlaceholdersAndUnbalancedBraces_data();
    void problems_reportsUnknownPlaceholdersAndUnbalancedBraces();

    // LocalizedText
    void pick_followsFallbackChain_data();
    void pick_followsFallbackChain();
    void setText_treatsTagsCaseInsensitively();
    void normalizedTag_lowercasesAndUsesHyphen_data();
    void normalizedTag_lowercasesAndUsesHyphen();
    void isValidTag_acceptsLanguageTagsOnly_data();
    void isValidTag_acceptsLanguageTagsOnly();
};

// --- TemplateRenderer --------------------------------------------------------------------------

void TestTemplateRenderer::placeholders_areTheDocumentedFive()
{
    QStringList names = TemplateRenderer::placeholders();
    names.sort();
    QCOMPARE(names,
             (QStringList {QStringLiteral("agentName"), QStringLiteral("closeInMinutes"),
                           QStringLiteral("customerName"), QStringLiteral("idleMinutes"),
                           QStringLiteral("queueName")}));
    for (const QString &name : TemplateRenderer::placeholders())
        QVERIFY2(TemplateRenderer::problems(u'{' + name + u'}').isEmpty(), qPrintable(name));
}

void TestTemplateRenderer::render_substitutesPlaceholders_data()
{
    QTest::addColumn<QString>("templateText");
    QTest::addColumn<QString>("expected");

    QTest::addRow("customerName") << QStringLiteral("Hi {customerName}!")
                                  << QStringLiteral("Hi Anna!");
    QTest::addRow("agentName") << QStringLiteral("This is {agentName}.")
                               << QStringLiteral("This is Bo.");
    QTest::addRow("queueName") << QStringLiteral("Team {queueName}")
                               << QStringLiteral("Team Returns");
    QTest::addRow("idleMinutes") << QStringLiteral("Silent for {idleMinutes} min")
                                 << QStringLiteral("Silent for 7 min");
    QTest::addRow("closeInMinutes")
        << QStringLiteral("Closing in {closeInMinutes} min") << QStringLiteral("Closing in 5 min");
    QTest::addRow("every placeholder")
        << QStringLiteral("{customerName}/{agentName}/{queueName}/{idleMinutes}/{closeInMinutes}")
        << QStringLiteral("Anna/Bo/Returns/7/5");
    QTest::addRow("adjacent placeholders")
        << QStringLiteral("{idleMinutes}{closeInMinutes}") << QStringLiteral("75");
    QTest::addRow("repeated placeholder")
        << QStringLiteral("{agentName} and {agentName}") << QStringLiteral("Bo and Bo");
    QTest::addRow("no placeholder")
        << QStringLiteral("Are you still there?") << QStringLiteral("Are you still there?");
    QTest::addRow("empty template") << QString() << QString();
    QTest::addRow("non-ASCII text") << QStringLiteral("Grüß Gott, {customerName} – noch da?")
                                    << QStringLiteral("Grüß Gott, Anna – noch da?");
}

void TestTemplateRenderer::render_substitutesPlaceholders()
{
    QFETCH(QString, templateText);
    QFETCH(QString, expected);
    QVERIFY(TemplateRenderer::problems(templateText).isEmpty());
    QCOMPARE(TemplateRenderer::render(templateText, fullContext()), expected);
}

void TestTemplateRenderer::render_closeInMinutesMinusOneRendersEmpty()
{
    TemplateContext c = fullContext();
    c.closeInMinutes = -1;
    QCOMPARE(TemplateRenderer::render(QStringLiteral("[{closeInMinutes}]"), c),
             QStringLiteral("[]"));

    c.closeInMinutes = 0; // zero minutes left is a number, not "no close stage"
    QCOMPARE(TemplateRenderer::render(QStringLiteral("[{closeInMinutes}]"), c),
             QStringLiteral("[0]"));

    c.idleMinutes = 0;
    QCOMPARE(TemplateRenderer::render(QStringLiteral("[{idleMinutes}]"), c), QStringLiteral("[0]"));

    c.idleMinutes = 480;
    QCOMPARE(TemplateRenderer::render(QStringLiteral("[{idleMinutes}]"), c),
             QStringLiteral("[480]"));
}

void TestTemplateRenderer::render_emptyCustomerNameDropsPrecedingSpace_data()
{
    QTest::addColumn<QString>("customerName");
    QTest::addColumn<QString>("templateText");
    QTest::addColumn<QString>("expected");

    QTest::addRow("empty name before a comma")
        << QString() << QStringLiteral("Hi {customerName}, x") << QStringLiteral("Hi, x");
    QTest::addRow("blank name counts as empty")
        << QStringLiteral("   ") << QStringLiteral("Hi {customerName}, x")
        << QStringLiteral("Hi, x");
    QTest::addRow("empty name at the start")
        << QString() << QStringLiteral("{customerName}, are you there?")
        << QStringLiteral(", are you there?");
    QTest::addRow("name present keeps the space")
        << QStringLiteral("Anna") << QStringLiteral("Hi {customerName}, x")
        << QStringLiteral("Hi Anna, x");
    QTest::addRow("name is trimmed")
        << QStringLiteral("  Anna  ") << QStringLiteral("Hi {customerName}, x")
        << QStringLiteral("Hi Anna, x");
}

void TestTemplateRenderer::render_emptyCustomerNameDropsPrecedingSpace()
{
    QFETCH(QString, customerName);
    QFETCH(QString, templateText);
    QFETCH(QString, expected);
    TemplateContext c = fullContext();
    c.customerName = customerName;
    QCOMPARE(TemplateRenderer::render(templateText, c), expected);
}

void TestTemplateRenderer::render_doubledBracesAreLiteral_data()
{
    QTest::addColumn<QString>("templateText");
    QTest::addColumn<QString>("expected");

    QTest::addRow("escaped placeholder")
        << QStringLiteral("{{customerName}}") << QStringLiteral("{customerName}");
    QTest::addRow("lone escaped braces")
        << QStringLiteral("a {{ b }} c") << QStringLiteral("a { b } c");
    QTest::addRow("escaped brace around a placeholder")
        << QStringLiteral("{{{agentName}}}") << QStringLiteral("{Bo}");
    QTest::addRow("four braces") << QStringLiteral("{{{{") << QStringLiteral("{{");
}

void TestTemplateRenderer::render_doubledBracesAreLiteral()
{
    QFETCH(QString, templateText);
    QFETCH(QString, expected);
    QVERIFY2(TemplateRenderer::problems(templateText).isEmpty(),
             qPrintable(TemplateRenderer::problems(templateText).join(u'\n')));
    QCOMPARE(TemplateRenderer::render(templateText, fullContext()), expected);
}

void TestTemplateRenderer::render_keepsUnknownPlaceholderVisible()
{
    QCOMPARE(TemplateRenderer::render(QStringLiteral("Hi {name}, {agentName} here"), fullContext()),
             QStringLiteral("Hi {name}, Bo here"));
}

void TestTemplateRenderer::render_returnsUnbalancedTemplateUnchanged_data()
{
    QTest::addColumn<QString>("templateText");

    QTest::addRow("unclosed brace") << QStringLiteral("Hi {customerName, are you there?");
    QTest::addRow("unclosed brace after a placeholder") << QStringLiteral("Hi {customerName} {");
    QTest::addRow("stray closing brace") << QStringLiteral("Hi {agentName} :}");
    QTest::addRow("three closing braces") << QStringLiteral("{agentName}}}}");
}

void TestTemplateRenderer::render_returnsUnbalancedTemplateUnchanged()
{
    QFETCH(QString, templateText);
    QVERIFY(!TemplateRenderer::problems(templateText).isEmpty());
    QCOMPARE(TemplateRenderer::render(templateText, fullContext()), templateText);
}

void TestTemplateRenderer::problems_reportsUnknownPlaceholdersAndUnbalancedBraces_data()
{
    QTest::addColumn<QString>("templateText");
    QTest::addColumn<QStringList>("expectedParts"); // one distinctive part per expected problem

    QTest::addRow("valid template")
        << QStringLiteral("Hi {customerName}, {agentName} from {queueName}") << QStringList();
    QTest::addRow("escaped braces") << QStringLiteral("{{not a placeholder}}") << QStringList();
    QTest::addRow("unknown placeholder")
        << QStringLiteral("Hi {name}")
        << QStringList {QStringLiteral("unknown placeholder {name}")};
    QTest::addRow("placeholder names are case-sensitive")
        << QStringLiteral("Hi {CustomerName}")
        << QStringList {QStringLiteral("unknown placeholder {CustomerName}")};
    QTest::addRow("two unknown placeholders")
        << QStringLiteral("{first} and {second}")
        << QStringList {QStringLiteral("unknown placeholder {first}"),
                        QStringLiteral("unknown placeholder {second}")};
    QTest::addRow("empty braces") << QStringLiteral("Hi {}")
                                  << QStringList {QStringLiteral("unknown placeholder {}")};
    QTest::addRow("unclosed brace") << QStringLiteral("Hi {customerName")
                                    << QStringList {QStringLiteral("unclosed \"{\" at position 4")};
    QTest::addRow("stray closing brace")
        << QStringLiteral("Hi }") << QStringList {QStringLiteral("stray \"}\" at position 4")};
    QTest::addRow("unknown placeholder, then unbalanced")
        << QStringLiteral("{nope} {")
        << QStringList {QStringLiteral("unknown placeholder {nope}"),
                        QStringLiteral("unclosed \"{\" at position 8")};
}

void TestTemplateRenderer::problems_reportsUnknownPlaceholdersAndUnbalancedBraces()
{
    QFETCH(QString, templateText);
    QFETCH(QStringList, expectedParts);

    const QStringList problems = TemplateRenderer::problems(templateText);
    const QString all = problems.join(u'\n');
    QCOMPARE(problems.size(), expectedParts.size());
    for (qsizetype i = 0; i < problems.size(); ++i)
        QVERIFY2(problems.at(i).contains(expectedParts.at(i)), qPrintable(all));
    // An unknown placeholder's message names the known ones, so the author can fix it.
    for (const QString &problem : problems) {
        if (problem.startsWith(QStringLiteral("unknown placeholder")))
            QVERIFY2(problem.contains(QStringLiteral("customerName")), qPrintable(problem));
    }
}

// --- LocalizedText -----------------------------------------------------------------------------

void TestTemplateRenderer::pick_followsFallbackChain_data()
{
    QTest::addColumn<QStringList>("texts"); // "tag=text"
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("defaultLanguage");
    QTest::addColumn<QString>("expected");

    const QStringList common {QStringLiteral("en=Hello"), QStringLiteral("de=Hallo"),
                              QStringLiteral("pt=Olá"), QStringLiteral("pt-BR=Olá (BR)")};
    const QString en = QStringLiteral("en");

    QTest::addRow("exact tag") << common << QStringLiteral("de") << en << QStringLiteral("Hallo");
    QTest::addRow("de-CH falls back to base de")
        << common << QStringLiteral("de-CH") << en << QStringLiteral("Hallo");
    QTest::addRow("pt-BR exact") << common << QStringLiteral("pt-BR") << en
                                 << QStringLiteral("Olá (BR)");
    QTest::addRow("pt-PT falls back to base pt")
        << common << QStringLiteral("pt-PT") << en << QStringLiteral("Olá");
    QTest::addRow("fr missing falls back to default en")
        << common << QStringLiteral("fr") << en << QStringLiteral("Hello");
    QTest::addRow("fr-CA missing falls back to default en")
        << common << QStringLiteral("fr-CA") << en << QStringLiteral("Hello");
    QTest::addRow("no customer language picks default")
        << common << QString() << en << QStringLiteral("Hello");
    QTest::addRow("default language other than en")
        << common << QStringLiteral("fr") << QStringLiteral("de") << QStringLiteral("Hallo");
    QTest::addRow("upper-case tag")
        << common << QStringLiteral("DE") << en << QStringLiteral("Hallo");
    QTest::addRow("mixed-case region")
        << common << QStringLiteral("PT-br") << en << QStringLiteral("Olá (BR)");
    QTest::addRow("underscore equals hyphen")
        << common << QStringLiteral("pt_BR") << en << QStringLiteral("Olá (BR)");
    QTest::addRow("underscore region falls back to base")
        << common << QStringLiteral("de_AT") << en << QStringLiteral("Hallo");
    QTest::addRow("default language in another case")
        << common << QStringLiteral("fr") << QStringLiteral("EN") << QStringLiteral("Hello");
    QTest::addRow("variant stored with underscore")
        << QStringList {QStringLiteral("en=Hello"), QStringLiteral("de_CH=Grüezi")}
        << QStringLiteral("de-ch") << en << QStringLiteral("Grüezi");
    QTest::addRow("exact regional variant beats base")
        << QStringList {QStringLiteral("en=Hello"), QStringLiteral("de=Hallo"),
                        QStringLiteral("de-CH=Grüezi")}
        << QStringLiteral("de-CH") << en << QStringLiteral("Grüezi");
    QTest::addRow("base language does not pick a regional variant")
        << QStringList {QStringLiteral("en=Hello"), QStringLiteral("de-CH=Grüezi")}
        << QStringLiteral("de") << en << QStringLiteral("Hello");
    QTest::addRow("nothing matches and no default variant")
        << QStringList {QStringLiteral("de=Hallo")} << QStringLiteral("fr") << en << QString();
}

void TestTemplateRenderer::pick_followsFallbackChain()
{
    QFETCH(QStringList, texts);
    QFETCH(QString, language);
    QFETCH(QString, defaultLanguage);
    QFETCH(QString, expected);
    QCOMPARE(variants(texts).pick(language, defaultLanguage), expected);
}

void TestTemplateRenderer::setText_treatsTagsCaseInsensitively()
{
    LocalizedText text(QStringLiteral("EN"), QStringLiteral("Hello"));
    text.setText(QStringLiteral("pt-BR"), QStringLiteral("first"));
    text.setText(QStringLiteral("pt_br"), QStringLiteral("second"));
    QCOMPARE(text.languages(), (QStringList {QStringLiteral("en"), QStringLiteral("pt-br")}));
    QCOMPARE(text.text(QStringLiteral("PT-BR")), QStringLiteral("second"));
    QVERIFY(text.hasLanguage(QStringLiteral("en")));
    QVERIFY(text.hasLanguage(QStringLiteral("pt_BR")));
    QVERIFY(!text.hasLanguage(QStringLiteral("pt")));
    QCOMPARE(text, variants({QStringLiteral("en=Hello"), QStringLiteral("PT-br=second")}));
    QVERIFY(!text.isEmpty());
    QVERIFY(LocalizedText().isEmpty());
}

void TestTemplateRenderer::normalizedTag_lowercasesAndUsesHyphen_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("expected");

    QTest::addRow("already normal") << QStringLiteral("en") << QStringLiteral("en");
    QTest::addRow("upper case") << QStringLiteral("DE-CH") << QStringLiteral("de-ch");
    QTest::addRow("underscore") << QStringLiteral("de_CH") << QStringLiteral("de-ch");
    QTest::addRow("surrounding spaces") << QStringLiteral(" pt-BR ") << QStringLiteral("pt-br");
    QTest::addRow("script and region")
        << QStringLiteral("zh_Hant_TW") << QStringLiteral("zh-hant-tw");
}

void TestTemplateRenderer::normalizedTag_lowercasesAndUsesHyphen()
{
    QFETCH(QString, tag);
    QFETCH(QString, expected);
    QCOMPARE(LocalizedText::normalizedTag(tag), expected);
}

void TestTemplateRenderer::isValidTag_acceptsLanguageTagsOnly_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<bool>("valid");

    QTest::addRow("two letters") << QStringLiteral("en") << true;
    QTest::addRow("three letters") << QStringLiteral("gsw") << true;
    QTest::addRow("with region") << QStringLiteral("pt-BR") << true;
    QTest::addRow("with underscore") << QStringLiteral("de_CH") << true;
    QTest::addRow("lower-case region") << QStringLiteral("de-ch") << true;
    QTest::addRow("script and region") << QStringLiteral("zh-Hant-TW") << true;
    QTest::addRow("numeric region") << QStringLiteral("es-419") << true;
    QTest::addRow("empty") << QString() << false;
    QTest::addRow("one letter") << QStringLiteral("e") << false;
    QTest::addRow("language name") << QStringLiteral("english") << false;
    QTest::addRow("trailing hyphen") << QStringLiteral("en-") << false;
    QTest::addRow("leading digit") << QStringLiteral("1en") << false;
    QTest::addRow("space inside") << QStringLiteral("en US") << false;
    QTest::addRow("surrounding space") << QStringLiteral(" en") << false;
    QTest::addRow("subtag too long") << QStringLiteral("en-abcdefghi") << false;
    QTest::addRow("one-letter subtag") << QStringLiteral("en-x") << false;
    QTest::addRow("punctuation") << QStringLiteral("en!") << false;
    QTest::addRow("non-ASCII letter") << QStringLiteral("dé") << false;
}

void TestTemplateRenderer::isValidTag_acceptsLanguageTagsOnly()
{
    QFETCH(QString, tag);
    QFETCH(bool, valid);
    QCOMPARE(LocalizedText::isValidTag(tag), valid);
}

QTEST_APPLESS_MAIN(TestTemplateRenderer)

#include "tst_templaterenderer.moc"
