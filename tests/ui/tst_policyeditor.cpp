// The live policy editor: every invalid input is said next to its field and blocks Apply; a
// valid change reaches the enforcer, its revision comes back and a row's countdown moves; undo,
// import (each error with its field), export, wrap-up codes from the organisation. Offscreen,
// against an in-process sandbox whose clock stands still; waits are for signals.

#include "../support/specialfiles.h"
#include "core/configfile.h"
#include "core/durationformat.h"
#include "core/policyparser.h"
#include "genesys/memorytokenstore.h"
#include "sandbox/conversationstore.h"
#include "sandbox/eventscheduler.h"
#include "sandbox/organisation.h"
#include "sandbox/sandboxbrowser.h"
#include "sandbox/simconversation.h"
#include "sandbox/trafficsimulator.h"
#include "sandboxfixture.h"
#include "supervision/supervisioncontroller.h"
#include "ui/conversationtablemodel.h"
#include "ui/policy/durationedit.h"
#include "ui/policy/messageeditor.h"
#include "ui/policy/policyeditordialog.h"
#include "ui/policy/policyform.h"
#include "ui/policy/problemlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace IdleGuard;
using namespace IdleGuard::Sandbox;
using namespace Qt::StringLiterals;
using Ui::PolicyEditorDialog;

namespace {

PolicySet testPolicies()
{
    const QByteArray json = R"({"version": 1, "default": {
        "name": "Editor test", "mode": "turn-aware", "requireAgentMessage": true,
        "defaultLanguage": "en",
        "customer": {"warning1": {"afterSeconds": 120, "message": "[W1] {customerName}, still there?"},
                     "warning2": {"afterSeconds": 240, "message": "[W2] Closing in {closeInMinutes} min."},
                     "close": {"afterSeconds": 360, "message": "[CLOSE] Goodbye."}},
        "agent": {"flag": {"afterSeconds": 120}, "escalate": {"afterSeconds": 300}},
        "closeScope": "agent"}})";
    PolicyErrors errors;
    const auto set = PolicyParser::parse(json, &errors);
    if (!set)
        qFatal("test policy refused");
    return *set;
}

// Types into a duration field as a person would (textEdited, then leaving the field).
void typeDuration(Ui::DurationEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
    emit edit->editingFinished();
}

} // namespace

class TestPolicyEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void invalidInputIsSaidAtItsFieldAndBlocksApply_data();
    void invalidInputIsSaidAtItsFieldAndBlocksApply();
    void timesReadWithUnitsAndShowAsInTheTable();
    void previewRendersThePlaceholders();
    void applyReachesTheWorkerAndMovesTheCountdown();
    void undoBringsBackThePolicyBefore();
    void appliedPoliciesAreSavedForTheNextStart();
    void importShowsEachErrorWithItsField();
    void importRefusesWhatIsNotARegularFile();
    void exportWritesAFileCheckPolicyAccepts();
    void wrapupCodesComeFromTheOrganisation();
    void wrapupCodeIsTypedWhenCodesCannotBeRead();

private:
    void signIn();
    QString startConversation(const QString &customer);
    Enforcement::ConversationRow rowOf(const QString &id) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Genesys::MemoryTokenStore> m_tokens;
    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<SandboxBrowser> m_browser;
    std::unique_ptr<Supervision::SupervisionController> m_controller;
    std::unique_ptr<Ui::ConversationTableModel> m_model;
    std::unique_ptr<PolicyEditorDialog> m_dialog;
    const Clock *m_clock = nullptr;
    QString m_queueId;
    QString m_agentId;
};

void TestPolicyEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_tokens = std::make_unique<Genesys::MemoryTokenStore>();
    m_fixture = std::make_unique<SandboxFixture>();
    QVERIFY(m_fixture->start());
    IdleGuard::Sandbox::Sandbox &sandbox = m_fixture->sandbox();
    sandbox.simulator().setPaused(true);
    m_clock = &sandbox.scheduler().clock();
    m_queueId = sandbox.organisation().queues().constFirst().id;
    m_agentId = m_fixture->agentOf(m_queueId);
    m_controller = std::make_unique<Supervision::SupervisionController>(*m_clock, *m_tokens);
    m_browser = std::make_unique<SandboxBrowser>();
    m_controller->setBrowserLauncher(m_browser->launcher());
    Supervision::SupervisionController::Settings settings;
    settings.environment = Genesys::Environment::custom(sandbox.baseUrl());
    settings.clientId = QString::fromLatin1(Genesys::PkceSignIn::defaultClientId);
    settings.queues = {m_queueId};
    settings.policies = testPolicies();
    settings.journalPath = m_dir->filePath(u"journal.sqlite"_s);
    settings.instanceId = u"editor-test"_s;
    settings.claimLeadMs = 0;
    settings.policyFile = m_dir->filePath(u"config/policy.json"_s);
    m_controller->configure(settings);
    m_model = std::make_unique<Ui::ConversationTableModel>(*m_clock);
    connect(m_controller.get(), &Supervision::SupervisionController::statusesReady, m_model.get(),
            &Ui::ConversationTableModel::setAll);
    connect(m_controller.get(), &Supervision::SupervisionController::statusesChanged, m_model.get(),
            &Ui::ConversationTableModel::applyBatch);
    m_dialog = std::make_unique<PolicyEditorDialog>(*m_controller);
    m_dialog->setQueues({{m_queueId, u"Billing"_s}});
    m_dialog->show();
}

void TestPolicyEditor::cleanup()
{
    m_dialog.reset();
    m_model.reset();
    m_controller.reset();
    m_browser.reset();
    m_fixture.reset();
    m_tokens.reset();
    m_dir.reset();
}

void TestPolicyEditor::signIn()
{
    QSignalSpy started(m_controller.get(), &Supervision::SupervisionController::enforcerStarted);
    m_controller->signIn();
    QVERIFY(started.wait(20'000));
    QVERIFY(started.constFirst().at(0).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->policyHistory().hasInForce(), 10'000);
}

QString TestPolicyEditor::startConversation(const QString &customer)
{
    return m_fixture->startAnsweredConversation(m_queueId, m_agentId, customer);
}

Enforcement::ConversationRow TestPolicyEditor::rowOf(const QString &id) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(Ui::ConversationTableModel::ConversationIdRole) == id)
            return index.data(Ui::ConversationTableModel::RowRole)
                .value<Enforcement::ConversationRow>();
    }
    return {};
}

void TestPolicyEditor::invalidInputIsSaidAtItsFieldAndBlocksApply_data()
{
    // stage, what is typed into its time (empty: untouched), a message for Warning1 (null:
    // untouched), the default language (empty: untouched), words the problem must contain
    QTest::addColumn<int>("stage");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    const int w1 = int(IdleStage::Warning1);
    QTest::addRow("not a time") << w1 << u"soon"_s << QString() << QString() << u"not a time"_s;
    QTest::addRow("below 10 s") << w1 << u"5 s"_s << QString() << QString() << u"at least 10"_s;
    QTest::addRow("above 8 h") << w1 << u"9 h"_s << QString() << QString() << u"at most 8 h"_s;
    QTest::addRow("warning 2 not after warning 1")
        << int(IdleStage::Warning2) << u"1 min"_s << QString() << QString()
        << u"must be greater than customer.warning1"_s;
    QTest::addRow("escalate not after flag")
        << int(IdleStage::AgentEscalate) << u"2:00"_s << QString() << QString()
        << u"must be greater than agent.flag"_s;
    QTest::addRow("warning without text")
        << int(IdleStage::Warning1) << QString() << u""_s << QString() << u"required"_s;
    QTest::addRow("unknown placeholder")
        << w1 << QString() << u"Hi {customer}"_s << QString() << u"{customer}"_s;
    QTest::addRow("unbalanced brace")
        << w1 << QString() << u"Hi {customerName"_s << QString() << u"unclosed"_s;
    QTest::addRow("too long") << w1 << QString() << QString(2001, u'x') << QString()
                              << u"at most 2000"_s;
    QTest::addRow("bad language tag")
        << w1 << QString() << QString() << u"english please"_s << u"not a language tag"_s;
}

void TestPolicyEditor::invalidInputIsSaidAtItsFieldAndBlocksApply()
{
    QFETCH(int, stage);
    QFETCH(QString, time);
    QFETCH(QString, message);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    Ui::PolicyForm *form = m_dialog->form();
    QPushButton *apply = m_dialog->applyButton();

    // A valid change first: Apply is possible.
    typeDuration(form->durationEdit(IdleStage::Warning1), u"90 s"_s);
    QVERIFY(apply->isEnabled());

    const auto s = IdleStage(stage);
    QStringList shown;
    if (!time.isEmpty()) {
        typeDuration(form->durationEdit(s), time);
        shown = form->problemLabel(s)->problems();
    }
    if (!message.isNull()) {
        form->messageEditor(IdleStage::Warning1)->textEdit()->setPlainText(message);
        shown = form->messageEditor(IdleStage::Warning1)->problemLabel()->problems();
    }
    if (!language.isEmpty()) {
        auto *edit = form->findChild<QLineEdit *>(u"defaultLanguage"_s);
        edit->setText(language);
        emit edit->textEdited(language);
        for (auto *label : form->findChildren<Ui::ProblemLabel *>())
            shown += label->problems();
    }
    QVERIFY2(shown.join(u' ').contains(expected),
             qPrintable(u"shown: \""_s + shown.join(u" | "_s) + u"\", expected: "_s + expected));
    QVERIFY(!apply->isEnabled());
    QVERIFY(m_dialog->statusLabel()->text().contains(u"problem"_s));
    // The tab holding the field says it has a problem.
    bool tabSays = false;
    for (int tab = 0; tab < form->tabs()->count(); ++tab)
        tabSays = tabSays || form->tabs()->tabText(tab).contains(u"problem"_s);
    QVERIFY(tabSays);
}

void TestPolicyEditor::timesReadWithUnitsAndShowAsInTheTable()
{
    Ui::PolicyForm *form = m_dialog->form();
    Ui::DurationEdit *w1 = form->durationEdit(IdleStage::Warning1);
    QCOMPARE(w1->text(), u"2:00"_s); // 120 s, as the table shows it
    typeDuration(w1, u"1 min 30 s"_s);
    QCOMPARE(w1->text(), u"1:30"_s);
    QCOMPARE(m_dialog->draft().defaultPolicy.warning1.afterSeconds, 90);
    typeDuration(form->durationEdit(IdleStage::Close), u"1 h 30 min"_s);
    QCOMPARE(form->durationEdit(IdleStage::Close)->text(), DurationFormat::seconds(5400));
    QCOMPARE(m_dialog->draft().defaultPolicy.close.afterSeconds, 5400);
}

void TestPolicyEditor::previewRendersThePlaceholders()
{
    Ui::MessageEditor *w2 = m_dialog->form()->messageEditor(IdleStage::Warning2);
    // Warning 2 at 4 min, close at 6 min: closing in 2 minutes.
    QVERIFY2(w2->preview()->text().contains(u"Closing in 2 min."_s),
             qPrintable(w2->preview()->text()));
    Ui::MessageEditor *w1 = m_dialog->form()->messageEditor(IdleStage::Warning1);
    w1->textEdit()->setPlainText(u"{agentName} at {queueName} asks {customerName}"_s);
    QVERIFY(!w1->preview()->text().contains(u'{'));
    // A queue's policy previews with the queue's name.
    m_dialog->openOn(m_queueId);
    m_dialog->ownPolicy()->setChecked(true);
    w1 = m_dialog->form()->messageEditor(IdleStage::Warning1);
    w1->textEdit()->setPlainText(u"Queue {queueName}"_s);
    QVERIFY2(w1->preview()->text().contains(u"Queue Billing"_s), qPrintable(w1->preview()->text()));
}

void TestPolicyEditor::applyReachesTheWorkerAndMovesTheCountdown()
{
    const QString id = startConversation(u"Alex"_s);
    signIn();
    // The agent has written; the customer's first warning is due 2 min into the silence.
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(id).nextStage == IdleStage::Warning1, 20'000);
    const Enforcement::ConversationRow before = rowOf(id);
    QCOMPARE(before.nextAtMs - before.countdownStartMs, 120'000);
    const int revisionBefore = m_controller->policyHistory().revision();

    // The supervisor tunes the conversation's queue: its own policy, first warning at 30 s.
    m_dialog->openOn(m_queueId);
    QCOMPARE(m_dialog->currentScope(), m_queueId);
    m_dialog->ownPolicy()->setChecked(true);
    typeDuration(m_dialog->form()->durationEdit(IdleStage::Warning1), u"30 s"_s);
    QVERIFY(m_dialog->applyButton()->isEnabled());
    QSignalSpy applied(m_controller.get(), &Supervision::SupervisionController::policiesApplied);
    m_dialog->applyButton()->click();
    QVERIFY(applied.wait(10'000));
    const int revision = applied.constFirst().at(0).toInt();
    QVERIFY(revision > revisionBefore);
    QCOMPARE(m_controller->policyHistory().revision(), revision);
    QCOMPARE(m_controller->policyHistory().inForce().forQueue(m_queueId).warning1.afterSeconds, 30);
    QVERIFY(m_dialog->statusLabel()->text().contains(QString::number(revision)));
    QVERIFY(!m_dialog->applyButton()->isEnabled()); // nothing left to apply

    // The row's countdown follows at once: 30 s from the same start.
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(id).nextAtMs - rowOf(id).countdownStartMs, qint64(30'000),
                              10'000);
    QCOMPARE(rowOf(id).countdownStartMs, before.countdownStartMs);
}

void TestPolicyEditor::undoBringsBackThePolicyBefore()
{
    signIn();
    QVERIFY(!m_dialog->undoButton()->isEnabled()); // nothing applied here yet
    const PolicySet original = m_controller->policyHistory().inForce();
    typeDuration(m_dialog->form()->durationEdit(IdleStage::Warning1), u"45 s"_s);
    QSignalSpy changed(m_controller.get(),
                       &Supervision::SupervisionController::policyHistoryChanged);
    m_dialog->applyButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->policyHistory().isWaiting(), 10'000);
    QCOMPARE(m_controller->policyHistory().inForce().defaultPolicy.warning1.afterSeconds, 45);
    QVERIFY(m_dialog->undoButton()->isEnabled());
    const int revision = m_controller->policyHistory().revision();

    m_dialog->undoButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->policyHistory().revision() > revision, 10'000);
    QCOMPARE(m_controller->policyHistory().inForce(), original);
    // The editor shows what is in force again.
    QCOMPARE(m_dialog->draft(), original);
    QCOMPARE(m_dialog->form()->durationEdit(IdleStage::Warning1)->text(), u"2:00"_s);
    QVERIFY(!m_dialog->undoButton()->isEnabled());
}

void TestPolicyEditor::appliedPoliciesAreSavedForTheNextStart()
{
    signIn();
    const QString file = m_controller->settings().policyFile;
    QVERIFY(!QFile::exists(file)); // the set the program started with is not written back
    typeDuration(m_dialog->form()->durationEdit(IdleStage::Warning2), u"5 min"_s);
    m_dialog->applyButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(file), 10'000);
    PolicyErrors errors;
    const auto saved = PolicyParser::load(file, &errors);
    QVERIFY(saved);
    QCOMPARE(*saved, m_controller->policyHistory().inForce());
    QCOMPARE(saved->defaultPolicy.warning2.afterSeconds, 300);
}

// Import goes through the same check as --check-policy (ConfigFile): a FIFO is refused at once,
// not waited on, and a directory or /dev/zero is named for what it is.
void TestPolicyEditor::importRefusesWhatIsNotARegularFile()
{
    const PolicySet before = m_dialog->draft();
    const SpecialFiles files(*m_dir, ConfigFile::kMaxBytes);
    QVERIFY(files.ok);
    const QList<std::pair<QString, QString>> cases {
        {files.fifo, u"it is a named pipe (FIFO), not a regular file"_s},
        {files.directory, u"it is a directory, not a regular file"_s},
        {u"/dev/zero"_s, u"it is a character device, not a regular file"_s},
        {files.oversized, u"it is larger than 1 MiB, the most read from such a file"_s},
    };
    for (const auto &[path, expected] : cases) {
        QSignalSpy shown(m_dialog.get(), &PolicyEditorDialog::problemShown);
        FifoWatchdog watchdog(files.fifo);
        QVERIFY(!m_dialog->importFile(path));
        QVERIFY2(watchdog.disarm(), qPrintable(u"Import blocked on "_s + path));
        QCOMPARE(shown.count(), 1);
        QCOMPARE(m_dialog->importProblems(),
                 QStringList {u"cannot read %1: %2"_s.arg(path, expected)});
        QCOMPARE(m_dialog->draft(), before);
    }
}

void TestPolicyEditor::importShowsEachErrorWithItsField()
{
    const PolicySet before = m_dialog->draft();
    const QString bad = m_dir->filePath(u"bad.json"_s);
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"version": 1, "default": {
        "customer": {"warning1": {"afterSecs": 60, "message": "Hi"},
                     "warning2": {"afterSeconds": 5, "message": "Hi again"}}}})");
    file.close();
    QSignalSpy shown(m_dialog.get(), &PolicyEditorDialog::problemShown);
    QVERIFY(!m_dialog->importFile(bad));
    QCOMPARE(shown.count(), 1);
    const QString problems = m_dialog->importProblems().join(u'\n');
    QVERIFY2(problems.contains(u"default.customer.warning1.afterSecs"_s), qPrintable(problems));
    QVERIFY(shown.constFirst().at(0).toString().contains(u"afterSecs"_s));
    QCOMPARE(m_dialog->draft(), before); // nothing lost

    const QString good = m_dir->filePath(u"good.json"_s);
    PolicySet wanted = testPolicies();
    wanted.defaultPolicy.warning1.afterSeconds = 100;
    wanted.queuePolicies.insert(m_queueId, wanted.defaultPolicy);
    QFile goodFile(good);
    QVERIFY(goodFile.open(QIODevice::WriteOnly));
    goodFile.write(PolicyParser::serialize(wanted));
    goodFile.close();
    QVERIFY(m_dialog->importFile(good));
    QCOMPARE(m_dialog->draft(), wanted);
    QVERIFY(m_dialog->applyButton()->isEnabled()); // a draft, applied only on Apply
    QCOMPARE(m_controller->settings().policies, testPolicies());
}

void TestPolicyEditor::exportWritesAFileCheckPolicyAccepts()
{
    typeDuration(m_dialog->form()->durationEdit(IdleStage::AgentFlag), u"4 min"_s);
    const QString path = m_dir->filePath(u"exported.json"_s);
    QVERIFY(m_dialog->exportFile(path));
    PolicyErrors errors;
    const auto read = PolicyParser::load(path, &errors);
    QVERIFY(read);
    QCOMPARE(*read, m_dialog->draft());
    QCOMPARE(read->defaultPolicy.agentFlag.afterSeconds, 240);
    // A draft with a problem cannot be exported.
    typeDuration(m_dialog->form()->durationEdit(IdleStage::AgentFlag), u"2 s"_s);
    bool exportEnabled = true;
    for (auto *button : m_dialog->findChildren<QPushButton *>()) {
        if (button->text().remove(u'&').startsWith(u"Export"_s))
            exportEnabled = button->isEnabled();
    }
    QVERIFY(!exportEnabled);
    // An unwritable place is said, not ignored.
    QSignalSpy shown(m_dialog.get(), &PolicyEditorDialog::problemShown);
    typeDuration(m_dialog->form()->durationEdit(IdleStage::AgentFlag), u"4 min"_s);
    QVERIFY(!m_dialog->exportFile(m_dir->filePath(u"missing/dir/policy.json"_s)));
    QCOMPARE(shown.count(), 1);
}

void TestPolicyEditor::wrapupCodesComeFromTheOrganisation()
{
    signIn();
    m_dialog->openOn(QString()); // reads the codes
    QComboBox *combo = m_dialog->form()->wrapupCombo();
    const auto &codes = m_fixture->sandbox().organisation().wrapupCodes();
    QTRY_COMPARE_WITH_TIMEOUT(combo->count(), int(codes.size()) + 1, 10'000); // + "none"
    QVERIFY(!combo->isEditable());
    const int index = combo->findData(codes.constFirst().id);
    QVERIFY(index > 0);
    QCOMPARE(combo->itemText(index), codes.constFirst().name);
    combo->setCurrentIndex(index);
    QCOMPARE(m_dialog->draft().defaultPolicy.wrapUpCode, codes.constFirst().id);
}

void TestPolicyEditor::wrapupCodeIsTypedWhenCodesCannotBeRead()
{
    m_dialog->openOn(QString()); // not signed in: the codes cannot be read
    QComboBox *combo = m_dialog->form()->wrapupCombo();
    QTRY_VERIFY(combo->isEditable());
    combo->setEditText(u"code-42"_s);
    QCOMPARE(m_dialog->draft().defaultPolicy.wrapUpCode, u"code-42"_s);
    QVERIFY(m_dialog->applyButton()->isEnabled());
}

QTEST_MAIN(TestPolicyEditor)

#include "tst_policyeditor.moc"
