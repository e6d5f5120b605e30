#pragma once

#include "core/policyset.h"
#include "core/queue.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace IdleGuard::Supervision {
class SupervisionController;
}

namespace IdleGuard::Ui {

class PolicyForm;

// The live policy editor: the default policy and each queue's, edited as a draft and applied to
// this instance's enforcer in one step (every countdown follows at once). Shows which revision
// is in force, undoes the last apply, imports and exports the policy file. Validity is decided
// by PolicySet::validate() (the rules of --check-policy); Apply stays disabled while anything
// is invalid. Non-modal: the supervisor watches the table while tuning.
class PolicyEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PolicyEditorDialog(Supervision::SupervisionController &controller,
                                QWidget *parent = nullptr);

    // The organisation's queues (names for the list; a queue without its own policy uses the
    // default).
    void setQueues(const QList<Queue> &queues);
    // Shows the policy that applies to this queue ("" for the default) and raises the dialog.
    void openOn(const QString &queueId);

    bool importFile(const QString &path); // false: nothing changed, the errors were shown
    bool exportFile(const QString &path);

    // For tests and screenshots.
    PolicyForm *form() const { return m_form; }
    QListWidget *scopes() const { return m_scopes; }
    QCheckBox *ownPolicy() const { return m_own; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *undoButton() const { return m_undo; }
    QLabel *statusLabel() const { return m_status; }
    const PolicySet &draft() const { return m_draft; }
    QString currentScope() const { return m_scope; }
    // The last import's problems, as shown ("field: message").
    QStringList importProblems() const { return m_importProblems; }

signals:
    // Something went wrong the supervisor should read (an import refused, a file not written);
    // the dialog shows it too, tests listen here.
    void problemShown(const QString &message);

private:
    void buildUi();
    void onHistoryChanged();
    void onScopeChanged();
    void onOwnToggled(bool own);
    void onFormEdited();
    void validate();
    void updateScopeItems();
    void updateStatus();
    void apply();
    void discard();
    void loadDraft(const PolicySet &set);
    void showForm();
    void chooseImport();
    void chooseExport();
    void showProblem(const QString &title, const QString &text, const QString &details = {});
    QString prefix(const QString &scope) const;
    QString scopeName(const QString &scope) const;

    Supervision::SupervisionController &m_controller;
    QList<Queue> m_queues;
    PolicySet m_draft;
    PolicySet m_base; // the set in force when the draft was started
    QString m_scope; // "" the default, else a queue id
    PolicyErrors m_errors; // of the whole draft, with their prefixes
    QStringList m_importProblems;
    bool m_applying = false;
    bool m_loading = false;

    QListWidget *m_scopes = nullptr;
    QLabel *m_scopeTitle = nullptr;
    QCheckBox *m_own = nullptr;
    PolicyForm *m_form = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_instanceNote = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_discard = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace IdleGuard::Ui
