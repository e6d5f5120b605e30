// The interface in German and Spanish is complete, and its plural forms are right.
//
// English is the source language; translations/idleguard_de.ts and idleguard_es.ts hold every
// string of app/ and ui/ that goes through tr() or QT_TR_NOOP, idleguard_en.ts only the English
// plural forms. After adding or changing such a string:
//   cmake --build build --target update_translations
// then translate every entry it marked unfinished (translations/README.md; translations/tstool.py
// lists them and writes translations back). This test fails, naming each source string, while a
// translation is unfinished or empty, a plural entry lacks a form, or placeholders (%1, %n, %L1),
// accelerators (&) or HTML tags differ from the source. It also runs lupdate on the sources into
// a copy of each .ts file, so a tr() string added without update_translations fails it too.
// Last, the compiled .qm files embedded under :/i18n must hold exactly what the .ts files say.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

using namespace Qt::StringLiterals;

const QString kTranslations = QStringLiteral(IDLEGUARD_SOURCE_DIR "/translations");

// One <message> of a .ts file.
struct Entry
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool unfinished = false;
    QString translation; // singular entries
    QStringList forms; // plural entries
};

struct TsFile
{
    QString language;
    QList<Entry> entries;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = path + u": "_s + file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(u"language"_s).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            entry = Entry {};
            entry.context = context;
            entry.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
        } else if (name == u"source") {
            entry.source = xml.readElementText();
        } else if (name == u"comment") {
            entry.comment = xml.readElementText();
        } else if (name == u"translation") {
            const auto type = xml.attributes().value(u"type"_s);
            entry.unfinished = type == u"unfinished" || type == u"vanished" || type == u"obsolete";
            if (entry.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        entry.forms << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                entry.translation = xml.readElementText();
            }
            ts.entries << entry;
        }
    }
    if (xml.hasError())
        ts.error = u"%1: line %2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

// The sorted placeholders of a text: %1 to %99, %L1, %n.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(L?[1-9][0-9]?|n)"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

// How many keyboard accelerators (a single & before a character) a text has.
qsizetype accelerators(QString text)
{
    text.remove(u"&&"_s);
    static const QRegularExpression pattern(u"&[^\\s]"_s);
    return text.count(pattern);
}

QStringList htmlTags(const QString &text)
{
    static const QRegularExpression pattern(u"</?[a-zA-Z][^>]*>"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    return found;
}

// German and Spanish have two plural forms (one, other); so has English.
constexpr int kPluralForms = 2;

// What is wrong with the entries of one .ts file, one line per problem, naming the source
// string. For the source language (en) only the plural entries are translations.
QStringList problems(const TsFile &ts, bool sourceLanguage)
{
    QStringList found;
    if (!ts.error.isEmpty())
        return {ts.error};
    for (const Entry &e : ts.entries) {
        if (sourceLanguage && !e.numerus)
            continue;
        const QString where = u"%1: \"%2\""_s.arg(e.context, e.source);
        if (e.unfinished) {
            found << where + u": unfinished"_s;
            continue;
        }
        if (e.numerus && e.forms.size() != kPluralForms)
            found << where
                    + u": %1 plural form(s), needs %2"_s.arg(e.forms.size()).arg(kPluralForms);
        const QStringList texts = e.numerus ? e.forms : QStringList {e.translation};
        for (const QString &text : texts) {
            if (text.trimmed().isEmpty()) {
                found << where + u": empty translation"_s;
                continue;
            }
            if (placeholders(text) != placeholders(e.source))
                found << where
                        + u": placeholders %1 became %2 in \"%3\""_s.arg(
                            placeholders(e.source).join(u' '), placeholders(text).join(u' '), text);
            if (accelerators(text) != accelerators(e.source))
                found << where + u": accelerator (&) lost or added in \"%1\""_s.arg(text);
            if (htmlTags(text) != htmlTags(e.source))
                found << where + u": HTML tags differ in \"%1\""_s.arg(text);
        }
    }
    return found;
}

QString report(const QString &file, const QStringList &lines)
{
    return u"%1: %2 problem(s); run the update_translations target and translate "
           "(translations/README.md):\n  "_s.arg(file)
               .arg(lines.size())
        + lines.join(u"\n  "_s);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void translationComplete_data();
    void translationComplete();
    void englishPluralForms();
    void sourcesAllTranslated_data();
    void sourcesAllTranslated();
    void compiledTranslations_data();
    void compiledTranslations();
    void translatorTranslatesTheWindow_data();
    void translatorTranslatesTheWindow();
};

void TestTranslations::translationComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << u"de"_s;
    QTest::newRow("Spanish") << u"es"_s;
}

void TestTranslations::translationComplete()
{
    QFETCH(QString, language);
    const QString file = u"idleguard_%1.ts"_s.arg(language);
    const TsFile ts = readTs(kTranslations + u'/' + file);
    QCOMPARE(ts.language, language);
    QVERIFY2(ts.entries.size() > 100, qPrintable(file + u" is nearly empty"_s));
    const QStringList found = problems(ts, false);
    QVERIFY2(found.isEmpty(), qPrintable(report(file, found)));
}

void TestTranslations::englishPluralForms()
{
    const TsFile ts = readTs(kTranslations + u"/idleguard_en.ts"_s);
    QCOMPARE(ts.language, u"en"_s);
    const QStringList found = problems(ts, true);
    QVERIFY2(found.isEmpty(), qPrintable(report(u"idleguard_en.ts"_s, found)));
    // "(s)" is the source's plural hint: the English forms spell it out.
    for (const Entry &e : ts.entries) {
        if (e.numerus && e.source.contains(u"(s)"_s)) {
            QVERIFY2(!e.forms.value(0).contains(u"(s)"_s) && !e.forms.value(1).contains(u"(s)"_s),
                     qPrintable(e.source));
        }
    }
}

void TestTranslations::sourcesAllTranslated_data()
{
    translationComplete_data();
    QTest::newRow("English plurals") << u"en"_s;
}

// lupdate over app/ and ui/ (as the update_translations target runs it) into a copy of the .ts
// file: a string added to the code but not to the .ts file comes back unfinished.
void TestTranslations::sourcesAllTranslated()
{
    QFETCH(QString, language);
    const QString file = u"idleguard_%1.ts"_s.arg(language);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(file);
    QVERIFY(QFile::copy(kTranslations + u'/' + file, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const QString sources = QStringLiteral(IDLEGUARD_SOURCE_DIR);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(IDLEGUARD_LUPDATE),
                  {u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-extensions"_s, u"cpp,h"_s,
                   u"-I"_s, sources + u"/app"_s, sources + u"/app"_s, sources + u"/ui"_s, u"-ts"_s,
                   copy});
    QVERIFY2(lupdate.waitForFinished(60'000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAll().constData());
    const QStringList found = problems(readTs(copy), language == u"en");
    QVERIFY2(found.isEmpty(), qPrintable(report(file + u" after lupdate"_s, found)));
}

void TestTranslations::compiledTranslations_data()
{
    translationComplete_data();
}

// The embedded .qm file says what the .ts file says: every entry, every plural form under the
// language's own rules (n = 1 the first form; n = 0 and n = 2 the second).
void TestTranslations::compiledTranslations()
{
    QFETCH(QString, language);
    const QString qm = u":/i18n/idleguard_%1.qm"_s.arg(language);
    QVERIFY2(QFile::exists(qm), qPrintable(qm + u" is not in the resources"_s));
    QTranslator translator;
    QVERIFY(translator.load(qm));
    QCOMPARE(translator.language(), language);
    const TsFile ts = readTs(kTranslations + u"/idleguard_%1.ts"_s.arg(language));
    QVERIFY(ts.error.isEmpty());
    QStringList wrong;
    for (const Entry &e : ts.entries) {
        const QByteArray context = e.context.toUtf8();
        const QByteArray source = e.source.toUtf8();
        const QByteArray comment = e.comment.toUtf8();
        const char *disambiguation = e.comment.isEmpty() ? nullptr : comment.constData();
        if (!e.numerus) {
            if (translator.translate(context.constData(), source.constData(), disambiguation)
                != e.translation)
                wrong << e.source;
            continue;
        }
        for (const auto &[n, form] : {std::pair {1, 0}, std::pair {2, 1}, std::pair {0, 1}}) {
            if (translator.translate(context.constData(), source.constData(), disambiguation, n)
                != e.forms.value(form))
                wrong << u"%1 (n = %2)"_s.arg(e.source).arg(n);
        }
    }
    QVERIFY2(wrong.isEmpty(),
             qPrintable(qm + u" differs from its .ts file (rebuild): "_s + wrong.join(u"; "_s)));
}

void TestTranslations::translatorTranslatesTheWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("oneQueue");
    QTest::addColumn<QString>("twoQueues");
    QTest::newRow("English") << u"en"_s << u"Queue"_s << u"1 of 1 queue watched"_s
                             << u"1 of 2 queues watched"_s;
    QTest::newRow("German") << u"de"_s << u"Warteschlange"_s << u"1 von 1 Warteschlange überwacht"_s
                            << u"1 von 2 Warteschlangen überwacht"_s;
    QTest::newRow("Spanish") << u"es"_s << u"Cola"_s << u"1 de 1 cola supervisada"_s
                             << u"1 de 2 colas supervisadas"_s;
}

// Installed as the application does (AppLanguage::install): a column header of the conversation
// table and a plural of the queue picker, through QCoreApplication::translate.
void TestTranslations::translatorTranslatesTheWindow()
{
    QFETCH(QString, language);
    QFETCH(QString, header);
    QFETCH(QString, oneQueue);
    QFETCH(QString, twoQueues);
    QTranslator translator;
    QVERIFY(translator.load(u"idleguard_"_s + language, u":/i18n"_s));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto cleanup = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
    QCOMPARE(QCoreApplication::translate("IdleGuard::Ui::ConversationTableModel", "Queue"), header);
    const char *picker = "IdleGuard::Ui::QueuePicker";
    QCOMPARE(QCoreApplication::translate(picker, "%1 of %n queue(s) watched", nullptr, 1).arg(1),
             oneQueue);
    QCOMPARE(QCoreApplication::translate(picker, "%1 of %n queue(s) watched", nullptr, 2).arg(1),
             twoQueues);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
