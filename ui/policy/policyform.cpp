#include "policyform.h"

#include "core/durationformat.h"
#include "durationedit.h"
#include "messageeditor.h"
#include "problemlabel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace IdleGuard::Ui {

namespace {

// The policy file's name of each stage (the field paths of Policy::validate()).
QString stagePath(IdleStage stage)
{
    switch (stage) {
    case IdleStage::Warning1:
        return QStringLiteral("customer.warning1");
    case IdleStage::Warning2:
        return QStringLiteral("customer.warning2");
    case IdleStage::Close:
        return QStringLiteral("customer.close");
    case IdleStage::AgentFlag:
        return QStringLiteral("agent.flag");
    case IdleStage::AgentEscalate:
        return QStringLiteral("agent.escalate");
    case IdleStage::None:
        break;
    }
    return {};
}

QScrollArea *scrolling(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

enum Tab { TimersTab, MessagesTab, EndingTab, TabCount };

} // namespace

PolicyForm::PolicyForm(QWidget *parent)
    : QWidget(parent)
{
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(scrolling(buildTimersTab()), QString());
    m_tabs->addTab(scrolling(buildMessagesTab()), QString());
    m_tabs->addTab(scrolling(buildEndingTab()), QString());
    m_other = new ProblemLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_other);
    layout->addWidget(m_tabs);
    updateTabTitles(QList<int>(TabCount, 0));
}

QWidget *PolicyForm::buildTimersTab()
{
    auto *page = new QWidget;
    m_name = new QLineEdit(page);
    m_name->setPlaceholderText(tr("A label for people, e.g. \"Billing, evenings\""));
    m_mode = new QComboBox(page);
    m_mode->addItem(tr("Turn-aware"), QVariant::fromValue(PolicyMode::TurnAware));
    m_mode->addItem(tr("Any activity"), QVariant::fromValue(PolicyMode::AnyActivity));
    m_mode->addItem(tr("Customer only"), QVariant::fromValue(PolicyMode::CustomerOnly));
    m_modeHint = new QLabel(page);
    m_modeHint->setWordWrap(true);
    m_modeHint->setForegroundRole(QPalette::PlaceholderText);
    m_requireAgentMessage = new QCheckBox(tr("Start the customer's timer only after the agent "
                                             "has written"),
                                          page);
    m_countTyping = new QCheckBox(tr("Count typing as activity"), page);
    auto *mode = new QWidget(page); // the mode and what it means, as one field
    auto *modeLayout = new QVBoxLayout(mode);
    modeLayout->setContentsMargins(0, 0, 0, 0);
    modeLayout->addWidget(m_mode);
    modeLayout->addWidget(m_modeHint);
    modeLayout->addWidget(m_requireAgentMessage);
    modeLayout->addWidget(m_countTyping);
    auto *rules = new QFormLayout;
    rules->addRow(tr("Name:"), m_name);
    rules->addRow(tr("Mode:"), mode);

    auto *customer = new QGroupBox(tr("When the customer is silent"), page);
    auto *customerGrid = new QGridLayout(customer);
    addStageRow(IdleStage::Warning1, tr("First warning after"), tr("sends the first warning"),
                customerGrid);
    addStageRow(IdleStage::Warning2, tr("Second warning after"), tr("sends the second warning"),
                customerGrid);
    addStageRow(IdleStage::Close, tr("Close after"),
                tr("sends the closing message and frees the agent"), customerGrid);
    auto *agent = new QGroupBox(tr("When the agent owes a reply"), page);
    auto *agentGrid = new QGridLayout(agent);
    addStageRow(IdleStage::AgentFlag, tr("Flag after"), tr("flags the row and alerts you"),
                agentGrid);
    addStageRow(IdleStage::AgentEscalate, tr("Escalate after"),
                tr("alerts you again (nobody is disconnected)"), agentGrid);

    // One column for the times of both tracks, however long the labels are in a language.
    int labelWidth = 0;
    for (const StageRow &row : std::as_const(m_rows))
        labelWidth = std::max(labelWidth, row.enabled->sizeHint().width());
    customerGrid->setColumnMinimumWidth(0, labelWidth);
    agentGrid->setColumnMinimumWidth(0, labelWidth);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(rules);
    layout->addWidget(customer);
    layout->addWidget(agent);
    layout->addStretch();

    connect(m_name, &QLineEdit::textEdited, this, &PolicyForm::onEdited);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &PolicyForm::onEdited);
    connect(m_requireAgentMessage, &QCheckBox::toggled, this, &PolicyForm::onEdited);
    connect(m_countTyping, &QCheckBox::toggled, this, &PolicyForm::onEdited);
    return page;
}

PolicyForm::StageRow &PolicyForm::addStageRow(IdleStage stage, const QString &label,
                                              const QString &hint, QGridLayout *grid)
{
    StageRow row;
    row.stage = stage;
    row.enabled = new QCheckBox(label, grid->parentWidget());
    row.enabled->setObjectName(stagePath(stage) + QStringLiteral(".enabled"));
    row.after = new DurationEdit(grid->parentWidget());
    row.after->setObjectName(stagePath(stage) + QStringLiteral(".afterSeconds"));
    row.enabled->setToolTip(tr("Switch this stage on or off"));
    auto *hintLabel = new QLabel(tr("of silence: %1").arg(hint), grid->parentWidget());
    hintLabel->setForegroundRole(QPalette::PlaceholderText);
    row.problem = new ProblemLabel(grid->parentWidget());
    const int r = grid->rowCount();
    grid->addWidget(row.enabled, r, 0);
    grid->addWidget(row.after, r, 1);
    grid->addWidget(hintLabel, r, 2);
    grid->addWidget(row.problem, r + 1, 1, 1, 2);
    grid->setColumnStretch(2, 1);
    connect(row.enabled, &QCheckBox::toggled, row.after, &QWidget::setEnabled);
    connect(row.enabled, &QCheckBox::toggled, this, &PolicyForm::onEdited);
    connect(row.after, &DurationEdit::edited, this, &PolicyForm::onEdited);
    m_rows.append(row);
    return m_rows.last();
}

QWidget *PolicyForm::buildMessagesTab()
{
    auto *page = new QWidget;
    m_defaultLanguage = new QLineEdit(page);
    m_defaultLanguage->setObjectName(QStringLiteral("defaultLanguage"));
    m_defaultLanguage->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("pt-BRxxxx"))
                                       + 16);
    m_defaultLanguage->setToolTip(tr("The language used when a customer's language has no text"));
    m_defaultLanguageProblem = new ProblemLabel(page);
    auto *language = new QFormLayout;
    language->addRow(tr("Default language:"), m_defaultLanguage);
    language->addRow(QString(), m_defaultLanguageProblem);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(language);
    const QList<std::pair<IdleStage, QString>> stages {
        {IdleStage::Warning1, tr("First warning")},
        {IdleStage::Warning2, tr("Second warning")},
        {IdleStage::Close, tr("Closing message (optional)")}};
    for (const auto &[stage, title] : stages) {
        auto *box = new QGroupBox(title, page);
        auto *editor = new MessageEditor(box);
        editor->setObjectName(stagePath(stage) + QStringLiteral(".message"));
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(editor);
        layout->addWidget(box);
        for (StageRow &row : m_rows) {
            if (row.stage == stage)
                row.message = editor;
        }
        connect(editor, &MessageEditor::edited, this, &PolicyForm::onEdited);
    }
    layout->addStretch();
    connect(m_defaultLanguage, &QLineEdit::textEdited, this, &PolicyForm::onEdited);
    return page;
}

QWidget *PolicyForm::buildEndingTab()
{
    auto *page = new QWidget;
    auto *agentOnly = new QRadioButton(tr("Disconnect the agent only; the customer can write "
                                          "again and is routed anew"),
                                       page);
    auto *whole = new QRadioButton(tr("End the whole conversation"), page);
    m_closeScope = new QButtonGroup(page);
    m_closeScope->addButton(agentOnly, int(CloseScope::Agent));
    m_closeScope->addButton(whole, int(CloseScope::Conversation));
    m_wrapup = new QComboBox(page);
    m_wrapup->setObjectName(QStringLiteral("wrapUpCode"));
    m_wrapup->addItem(tr("No wrap-up code"), QString());
    m_wrapupNote = new QLabel(page);
    m_wrapupNote->setWordWrap(true);
    m_wrapupNote->setForegroundRole(QPalette::PlaceholderText);
    m_wrapupNote->setText(tr("Reading the organisation's wrap-up codes…"));
    m_wrapupProblem = new ProblemLabel(page);
    auto *form = new QFormLayout;
    form->addRow(tr("When the close stage comes:"), agentOnly);
    form->addRow(QString(), whole);
    form->addRow(tr("Wrap-up code:"), m_wrapup);
    form->addRow(QString(), m_wrapupNote);
    form->addRow(QString(), m_wrapupProblem);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addStretch();
    connect(m_closeScope, &QButtonGroup::idToggled, this, &PolicyForm::onEdited);
    connect(m_wrapup, &QComboBox::currentIndexChanged, this, &PolicyForm::onEdited);
    connect(m_wrapup, &QComboBox::editTextChanged, this, &PolicyForm::onEdited);
    return page;
}

void PolicyForm::setPolicy(const Policy &policy)
{
    m_loading = true;
    m_policy = policy;
    m_name->setText(policy.name);
    m_mode->setCurrentIndex(m_mode->findData(QVariant::fromValue(policy.mode)));
    m_requireAgentMessage->setChecked(policy.requireAgentMessage);
    m_countTyping->setChecked(policy.countTyping);
    m_defaultLanguage->setText(policy.defaultLanguage);
    for (StageRow &row : m_rows) {
        const StageSpec &spec = policy.stage(row.stage);
        row.enabled->setChecked(spec.enabled);
        row.after->setEnabled(spec.enabled);
        row.after->setSeconds(spec.afterSeconds);
        if (row.message)
            row.message->setMessage(spec.message, policy.defaultLanguage);
    }
    if (QAbstractButton *scope = m_closeScope->button(int(policy.closeScope)))
        scope->setChecked(true);
    selectWrapupCode(policy.wrapUpCode);
    m_loading = false;
    onEdited();
}

Policy PolicyForm::policy() const
{
    Policy p = m_policy;
    p.name = m_name->text().trimmed();
    p.mode = m_mode->currentData().value<PolicyMode>();
    p.requireAgentMessage = m_requireAgentMessage->isChecked();
    p.countTyping = m_countTyping->isChecked();
    p.defaultLanguage = m_defaultLanguage->text().trimmed();
    for (const StageRow &row : m_rows) {
        StageSpec &spec = p.stage(row.stage);
        spec.enabled = row.enabled->isChecked();
        if (row.after->seconds())
            spec.afterSeconds = *row.after->seconds();
        if (row.message)
            spec.message = row.message->message();
    }
    p.closeScope = CloseScope(std::max(0, m_closeScope->checkedId()));
    const int index = m_wrapup->currentIndex();
    const bool typed = m_wrapup->isEditable()
        && (index < 0 || m_wrapup->currentText() != m_wrapup->itemText(index));
    p.wrapUpCode = typed ? m_wrapup->currentText().trimmed() : m_wrapup->currentData().toString();
    return p;
}

PolicyErrors PolicyForm::inputProblems() const
{
    PolicyErrors problems;
    for (const StageRow &row : m_rows) {
        if (row.enabled->isChecked() && !row.after->problem().isEmpty())
            problems.append(
                {stagePath(row.stage) + QStringLiteral(".afterSeconds"), row.after->problem()});
    }
    return problems;
}

void PolicyForm::showProblems(const PolicyErrors &errors)
{
    QHash<QString, QStringList> byField;
    for (const PolicyError &e : errors)
        byField[e.field].append(e.message);
    QList<int> perTab(TabCount, 0);
    auto take = [&](const QString &field, int tab) {
        const QStringList found = byField.take(field);
        perTab[tab] += int(found.size());
        return found;
    };
    for (StageRow &row : m_rows) {
        const QString path = stagePath(row.stage);
        row.problem->setProblems(take(path + QStringLiteral(".afterSeconds"), TimersTab));
        if (!row.message)
            continue;
        QMap<QString, QStringList> messageProblems; // "" the message, else a language
        if (const QStringList whole = take(path + QStringLiteral(".message"), MessagesTab);
            !whole.isEmpty())
            messageProblems.insert(QString(), whole);
        const QString prefix = path + QStringLiteral(".message.");
        const QStringList fields = byField.keys();
        for (const QString &field : fields) {
            if (field.startsWith(prefix))
                messageProblems.insert(field.mid(prefix.size()), take(field, MessagesTab));
        }
        row.message->showProblems(messageProblems);
    }
    m_defaultLanguageProblem->setProblems(take(QStringLiteral("defaultLanguage"), MessagesTab));
    m_wrapupProblem->setProblems(take(QStringLiteral("wrapUpCode"), EndingTab));
    QStringList rest; // a field no widget shows (a mode, say): still said, with its path
    for (auto it = byField.cbegin(); it != byField.cend(); ++it) {
        for (const QString &message : *it)
            rest.append(PolicyError {it.key(), message}.toString());
    }
    m_other->setProblems(rest);
    updateTabTitles(perTab);
}

void PolicyForm::updateTabTitles(const QList<int> &problemsPerTab)
{
    const QString titles[TabCount] = {tr("Timers"), tr("Messages"), tr("Ending")};
    for (int tab = 0; tab < TabCount; ++tab) {
        const int n = problemsPerTab.value(tab);
        m_tabs->setTabText(
            tab, n == 0 ? titles[tab] : tr("%1 (%n problem(s))", nullptr, n).arg(titles[tab]));
        m_tabs->setTabIcon(tab,
                           n == 0 ? QIcon() : style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
}

void PolicyForm::setWrapupCodes(const QList<WrapupCode> &codes)
{
    const QString current = policy().wrapUpCode;
    m_loading = true;
    m_wrapup->setEditable(false);
    m_wrapup->clear();
    m_wrapup->addItem(tr("No wrap-up code"), QString());
    for (const WrapupCode &code : codes)
        m_wrapup->addItem(code.name.isEmpty() ? code.id : code.name, code.id);
    m_wrapupNote->setText(tr("The organisation's wrap-up codes; the agent's leg gets the code "
                             "chosen here when the policy frees the agent."));
    selectWrapupCode(current);
    m_loading = false;
}

void PolicyForm::setWrapupCodesUnavailable(const QString &reason)
{
    const QString current = policy().wrapUpCode;
    m_loading = true;
    m_wrapup->clear();
    m_wrapup->setEditable(true);
    m_wrapup->lineEdit()->setPlaceholderText(tr("wrap-up code id"));
    m_wrapup->setEditText(current);
    m_wrapupNote->setText(tr("The organisation's wrap-up codes could not be read (%1). Type the "
                             "code's id, or leave the field empty for none.")
                              .arg(reason));
    m_loading = false;
}

void PolicyForm::selectWrapupCode(const QString &id)
{
    if (m_wrapup->isEditable()) {
        m_wrapup->setEditText(id);
        return;
    }
    int index = m_wrapup->findData(id);
    if (index < 0) {
        // A code the organisation does not list (deleted, or another division's): kept, said.
        m_wrapup->addItem(tr("Unknown code %1").arg(id), id);
        index = m_wrapup->count() - 1;
    }
    m_wrapup->setCurrentIndex(index);
}

void PolicyForm::setPreviewNames(const QString &queueName, const QString &agentName)
{
    m_queueName = queueName;
    m_agentName = agentName;
    updatePreviews();
}

void PolicyForm::onEdited()
{
    if (m_loading)
        return;
    const Policy p = policy();
    m_policy = p;
    m_modeHint->setText(modeHint(p.mode));
    for (StageRow &row : m_rows) {
        if (row.message)
            row.message->setDefaultLanguage(p.defaultLanguage);
    }
    updatePreviews();
    emit edited();
}

QString PolicyForm::modeHint(PolicyMode mode)
{
    switch (mode) {
    case PolicyMode::TurnAware:
        return tr("Whoever owes the next reply is timed: a silent customer is warned, an agent "
                  "who keeps a customer waiting is flagged.");
    case PolicyMode::AnyActivity:
        return tr("Silence on both sides counts: any message restarts the customer's timer.");
    case PolicyMode::CustomerOnly:
        return tr("Only the customer's messages restart the customer's timer; the agent's "
                  "messages do not.");
    }
    return {};
}

void PolicyForm::updatePreviews()
{
    for (StageRow &row : m_rows) {
        if (!row.message)
            continue;
        TemplateContext context = m_policy.previewContext(row.stage);
        context.customerName = tr("Alex");
        context.agentName = m_agentName.isEmpty() ? tr("Sam") : m_agentName;
        context.queueName = m_queueName.isEmpty() ? tr("Support") : m_queueName;
        row.message->setPreviewContext(context);
    }
}

const PolicyForm::StageRow *PolicyForm::row(IdleStage stage) const
{
    for (const StageRow &r : m_rows) {
        if (r.stage == stage)
            return &r;
    }
    return nullptr;
}

DurationEdit *PolicyForm::durationEdit(IdleStage stage) const
{
    return row(stage) ? row(stage)->after : nullptr;
}

QCheckBox *PolicyForm::stageSwitch(IdleStage stage) const
{
    return row(stage) ? row(stage)->enabled : nullptr;
}

ProblemLabel *PolicyForm::problemLabel(IdleStage stage) const
{
    return row(stage) ? row(stage)->problem : nullptr;
}

MessageEditor *PolicyForm::messageEditor(IdleStage stage) const
{
    return row(stage) ? row(stage)->message : nullptr;
}

} // namespace IdleGuard::Ui
