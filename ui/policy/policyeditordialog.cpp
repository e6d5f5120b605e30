#include "policyeditordialog.h"

#include "core/policyparser.h"
#include "policyform.h"
#include "supervision/supervisioncontroller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

namespace IdleGuard::Ui {

using Supervision::SupervisionController;

PolicyEditorDialog::PolicyEditorDialog(SupervisionController &controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("policyEditor"));
    setWindowTitle(tr("Idle policies"));
    buildUi();
    connect(&m_controller, &SupervisionController::policyHistoryChanged, this,
            &PolicyEditorDialog::onHistoryChanged);
    connect(&m_controller, &SupervisionController::policiesRejected, this,
            [this](const PolicyErrors &errors) {
                QStringList lines;
                for (const PolicyError &e : errors)
                    lines << e.toString();
                showProblem(tr("The enforcer refused the policies"),
                            tr("The policies in force stay in force."), lines.join(u'\n'));
            });
    connect(&m_controller, &SupervisionController::policiesNotSaved, this,
            [this](const QString &message) { showProblem(tr("Policies not saved"), message); });
    connect(&m_controller, &SupervisionController::wrapupCodesReady, m_form,
            &PolicyForm::setWrapupCodes);
    connect(&m_controller, &SupervisionController::wrapupCodesFailed, m_form,
            &PolicyForm::setWrapupCodesUnavailable);
    connect(&m_controller, &SupervisionController::enforcingChanged, this,
            &PolicyEditorDialog::updateStatus);
    loadDraft(m_controller.policyHistory().latest());
    resize(980, 700);
}

void PolicyEditorDialog::buildUi()
{
    m_scopes = new QListWidget(this);
    m_scopes->setObjectName(QStringLiteral("policyScopes"));
    m_scopeTitle = new QLabel(this);
    QFont title = m_scopeTitle->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.15);
    m_scopeTitle->setFont(title);
    m_own
        = new QCheckBox(tr("This queue has its own policy (otherwise it uses the default)"), this);
    m_form = new PolicyForm(this);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_scopeTitle);
    rightLayout->addWidget(m_own);
    rightLayout->addWidget(m_form, 1);
    auto *split = new QSplitter(this);
    split->addWidget(m_scopes);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({240, 740});

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("policyStatus"));
    m_status->setWordWrap(true);
    m_instanceNote = new QLabel(
        tr("These policies are the ones this Idle Guard enforces. Another instance on the same "
           "queues (a colleague's window, the headless service) enforces its own policies: "
           "apply the same file there."),
        this);
    m_instanceNote->setWordWrap(true);
    m_instanceNote->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("Import…"), QDialogButtonBox::ActionRole);
    m_export = buttons->addButton(tr("Export…"), QDialogButtonBox::ActionRole);
    m_undo = buttons->addButton(tr("Undo last apply"), QDialogButtonBox::ActionRole);
    m_discard = buttons->addButton(tr("Discard changes"), QDialogButtonBox::ResetRole);
    m_apply = buttons->addButton(tr("Apply"), QDialogButtonBox::ApplyRole);
    buttons->addButton(QDialogButtonBox::Close);
    m_apply->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_instanceNote);
    layout->addWidget(buttons);

    connect(m_scopes, &QListWidget::currentRowChanged, this, &PolicyEditorDialog::onScopeChanged);
    connect(m_own, &QCheckBox::toggled, this, &PolicyEditorDialog::onOwnToggled);
    connect(m_form, &PolicyForm::edited, this, &PolicyEditorDialog::onFormEdited);
    connect(m_apply, &QPushButton::clicked, this, &PolicyEditorDialog::apply);
    connect(m_undo, &QPushButton::clicked, this, [this] { m_controller.undoPolicies(); });
    connect(m_discard, &QPushButton::clicked, this, &PolicyEditorDialog::discard);
    connect(m_import, &QPushButton::clicked, this, &PolicyEditorDialog::chooseImport);
    connect(m_export, &QPushButton::clicked, this, &PolicyEditorDialog::chooseExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
}

void PolicyEditorDialog::setQueues(const QList<Queue> &queues)
{
    m_queues = queues;
    updateScopeItems();
    // The names arrived after the editor opened: the title and the previews use them now.
    m_scopeTitle->setText(scopeName(m_scope));
    m_form->setPreviewNames(m_scope.isEmpty() ? QString() : scopeName(m_scope), QString());
}

void PolicyEditorDialog::openOn(const QString &queueId)
{
    m_scope = queueId;
    updateScopeItems();
    showForm();
    if (m_form->wrapupCombo()->count() <= 1)
        m_controller.fetchWrapupCodes(); // again after a failure: it may work now
    show();
    raise();
    activateWindow();
}

void PolicyEditorDialog::loadDraft(const PolicySet &set)
{
    m_base = m_controller.policyHistory().latest();
    m_draft = set;
    updateScopeItems();
    showForm();
}

QString PolicyEditorDialog::prefix(const QString &scope) const
{
    return scope.isEmpty() ? QStringLiteral("default.") : QStringLiteral("queues.%1.").arg(scope);
}

QString PolicyEditorDialog::scopeName(const QString &scope) const
{
    if (scope.isEmpty())
        return tr("Default policy");
    for (const Queue &queue : m_queues) {
        if (queue.id == scope)
            return queue.name;
    }
    return tr("Queue %1").arg(scope);
}

void PolicyEditorDialog::updateScopeItems()
{
    m_loading = true;
    QList<std::pair<QString, QString>> scopes {{QString(), scopeName({})}}; // id, name
    QSet<QString> listed;
    for (const Queue &queue : m_queues) {
        scopes.append({queue.id, queue.name});
        listed.insert(queue.id);
    }
    for (auto it = m_draft.queuePolicies.cbegin(); it != m_draft.queuePolicies.cend(); ++it) {
        if (!listed.contains(it.key())) // a policy for a queue this organisation does not show
            scopes.append({it.key(), tr("Queue %1 (not in this organisation)").arg(it.key())});
    }
    if (!m_scope.isEmpty() && !listed.contains(m_scope) && !m_draft.queuePolicies.contains(m_scope))
        scopes.append({m_scope, scopeName(m_scope)}); // asked for before the names arrived
    m_scopes->clear();
    for (const auto &[id, name] : scopes) {
        const bool own = id.isEmpty() || m_draft.queuePolicies.contains(id);
        const QString label = id.isEmpty() ? name
            : own                          ? tr("%1 — own policy").arg(name)
                                           : tr("%1 — uses the default").arg(name);
        auto *item = new QListWidgetItem(label, m_scopes);
        item->setData(Qt::UserRole, id);
        QFont font = item->font();
        font.setBold(own);
        item->setFont(font);
        const QString errorPrefix = prefix(id);
        const bool broken = std::any_of(m_errors.cbegin(), m_errors.cend(), [&](const auto &e) {
            return e.field.startsWith(errorPrefix);
        });
        if (broken)
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        if (id == m_scope)
            m_scopes->setCurrentItem(item);
    }
    if (!m_scopes->currentItem()) {
        m_scope.clear();
        m_scopes->setCurrentRow(0);
    }
    m_loading = false;
}

void PolicyEditorDialog::onScopeChanged()
{
    if (m_loading || !m_scopes->currentItem())
        return;
    m_scope = m_scopes->currentItem()->data(Qt::UserRole).toString();
    showForm();
}

void PolicyEditorDialog::showForm()
{
    m_loading = true;
    const bool isDefault = m_scope.isEmpty();
    const bool own = isDefault || m_draft.queuePolicies.contains(m_scope);
    m_scopeTitle->setText(scopeName(m_scope));
    m_own->setVisible(!isDefault);
    m_own->setChecked(own);
    m_form->setPolicy(m_draft.forQueue(m_scope));
    m_form->setEnabled(own);
    m_form->setPreviewNames(isDefault ? QString() : scopeName(m_scope), QString());
    m_loading = false;
    validate();
}

void PolicyEditorDialog::onOwnToggled(bool own)
{
    if (m_loading || m_scope.isEmpty())
        return;
    if (own) {
        Policy policy = m_draft.defaultPolicy; // a start the supervisor changes from
        policy.name = scopeName(m_scope);
        m_draft.queuePolicies.insert(m_scope, policy);
    } else {
        m_draft.queuePolicies.remove(m_scope);
    }
    updateScopeItems();
    showForm();
}

void PolicyEditorDialog::onFormEdited()
{
    if (m_loading)
        return;
    if (m_scope.isEmpty())
        m_draft.defaultPolicy = m_form->policy();
    else if (m_draft.queuePolicies.contains(m_scope))
        m_draft.queuePolicies[m_scope] = m_form->policy();
    validate();
}

void PolicyEditorDialog::validate()
{
    const QString scopePrefix = prefix(m_scope);
    PolicyErrors errors = m_draft.validate();
    for (const PolicyError &e : m_form->inputProblems()) {
        // An unreadable time replaces what validate() says about the last readable one.
        const QString field = scopePrefix + e.field;
        errors.removeIf([&](const PolicyError &other) { return other.field == field; });
        errors.append({field, e.message});
    }
    const bool changed = errors != m_errors;
    m_errors = errors;
    PolicyErrors shown;
    for (const PolicyError &e : std::as_const(m_errors)) {
        if (e.field.startsWith(scopePrefix))
            shown.append({e.field.mid(scopePrefix.size()), e.message});
    }
    m_form->showProblems(shown);
    if (changed)
        updateScopeItems();
    updateStatus();
}

void PolicyEditorDialog::updateStatus()
{
    const auto &history = m_controller.policyHistory();
    // Before sign-in the enforcer answers nothing yet: what is sent then applies when it starts.
    const bool enforcing = m_controller.isEnforcing();
    const bool dirty = m_draft != history.latest();
    const bool busy = history.isWaiting() && enforcing;
    m_apply->setEnabled(m_errors.isEmpty() && dirty && !busy);
    m_export->setEnabled(m_errors.isEmpty());
    m_discard->setEnabled(dirty && !busy);
    m_undo->setEnabled(history.undoTarget().has_value());
    QString text;
    if (!enforcing || !history.hasInForce()) {
        text = dirty ? tr("Not enforcing yet. Applied policies take effect once you are signed "
                          "in.")
                     : tr("Not enforcing yet: these policies take effect once you are signed in.");
    } else if (busy) {
        text = tr("Applying…");
    } else {
        const QString at = QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(history.appliedAtMs()).time(), QLocale::ShortFormat);
        text = tr("In force: revision %1, applied at %2.").arg(history.revision()).arg(at);
        text += u' ';
        text += dirty ? tr("Your changes are not applied yet.")
                      : tr("The editor shows the policies in force.");
    }
    if (!m_errors.isEmpty())
        text += u' ' + tr("Fix %n problem(s) to apply.", nullptr, int(m_errors.size()));
    m_status->setText(text);
}

void PolicyEditorDialog::apply()
{
    if (!m_errors.isEmpty())
        return;
    m_applying = true;
    m_controller.setPolicies(m_draft); // answered through policyHistoryChanged
    updateStatus();
}

void PolicyEditorDialog::discard()
{
    loadDraft(m_controller.policyHistory().latest());
}

void PolicyEditorDialog::onHistoryChanged()
{
    const auto &history = m_controller.policyHistory();
    if (history.isWaiting()) {
        updateStatus();
        return;
    }
    // An unchanged draft follows what is in force (an undo, an apply from elsewhere); edits the
    // supervisor has not applied yet are kept.
    const bool unedited = m_draft == m_base;
    m_applying = false;
    if (unedited && history.inForce() != m_draft)
        loadDraft(history.inForce());
    else
        m_base = history.inForce();
    updateStatus();
}

void PolicyEditorDialog::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import policies"), QString(),
                                                      tr("Policy files (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void PolicyEditorDialog::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export policies"), QStringLiteral("policy.json"), tr("Policy files (*.json)"));
    if (!path.isEmpty())
        exportFile(path);
}

bool PolicyEditorDialog::importFile(const QString &path)
{
    PolicyErrors errors;
    const auto set = PolicyParser::load(path, &errors);
    m_importProblems.clear();
    if (!set) {
        for (const PolicyError &e : std::as_const(errors))
            m_importProblems << e.toString();
        showProblem(tr("Policies not imported"),
                    tr("%1 has %n problem(s); nothing was changed.", nullptr, int(errors.size()))
                        .arg(QDir::toNativeSeparators(path)),
                    m_importProblems.join(u'\n'));
        return false;
    }
    m_draft = *set; // a draft: nothing is in force until Apply
    if (!m_scope.isEmpty() && !m_draft.queuePolicies.contains(m_scope))
        m_scope.clear();
    updateScopeItems();
    showForm();
    return true;
}

bool PolicyEditorDialog::exportFile(const QString &path)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(PolicyParser::serialize(m_draft)) >= 0
        && file.commit())
        return true;
    showProblem(
        tr("Policies not exported"),
        tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return false;
}

void PolicyEditorDialog::showProblem(const QString &title, const QString &text,
                                     const QString &details)
{
    emit problemShown(details.isEmpty() ? text : text + u'\n' + details);
    // Window-modal but not blocking: the table keeps updating behind it.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("policyProblem"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!details.isEmpty())
        box->setInformativeText(details); // each problem with its field, readable at once
    box->open();
}

} // namespace IdleGuard::Ui
