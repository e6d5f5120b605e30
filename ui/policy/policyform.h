#pragma once

#include "core/policy.h"
#include "core/wrapupcode.h"

#include <QList>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace IdleGuard::Ui {

class DurationEdit;
class MessageEditor;
class ProblemLabel;

// Edits one idle policy (the default or a queue's): the mode, the customer track's times and
// messages, the agent track's times, and how the agent is freed. It only shows and collects
// values; whether they are valid is decided by Policy::validate() (the rules of
// --check-policy), whose errors showProblems() puts next to the fields they name.
class PolicyForm final : public QWidget
{
    Q_OBJECT

public:
    explicit PolicyForm(QWidget *parent = nullptr);

    void setPolicy(const Policy &policy);
    // The policy as edited; a time that cannot be read keeps its last readable value (and is
    // reported by inputProblems()).
    Policy policy() const;
    // What the fields cannot even read (a time that is not a time), with field paths as in the
    // policy file ("customer.warning1.afterSeconds").
    PolicyErrors inputProblems() const;
    // Errors of Policy::validate() for this policy, field paths without the policy's prefix.
    void showProblems(const PolicyErrors &errors);

    void setWrapupCodes(const QList<WrapupCode> &codes);
    // The organisation's codes cannot be read: the code is typed as text.
    void setWrapupCodesUnavailable(const QString &reason);
    // The names the message previews use.
    void setPreviewNames(const QString &queueName, const QString &agentName);

    // For tests and screenshots.
    DurationEdit *durationEdit(IdleStage stage) const;
    QCheckBox *stageSwitch(IdleStage stage) const;
    ProblemLabel *problemLabel(IdleStage stage) const;
    MessageEditor *messageEditor(IdleStage stage) const;
    QComboBox *wrapupCombo() const { return m_wrapup; }
    QTabWidget *tabs() const { return m_tabs; }
    ProblemLabel *otherProblems() const { return m_other; }

signals:
    void edited();

private:
    struct StageRow
    {
        IdleStage stage = IdleStage::None;
        QCheckBox *enabled = nullptr;
        DurationEdit *after = nullptr;
        ProblemLabel *problem = nullptr;
        MessageEditor *message = nullptr; // customer stages only
    };

    QWidget *buildTimersTab();
    QWidget *buildMessagesTab();
    QWidget *buildEndingTab();
    StageRow &addStageRow(IdleStage stage, const QString &label, const QString &hint,
                          QGridLayout *grid);
    const StageRow *row(IdleStage stage) const;
    void onEdited();
    void updatePreviews();
    void updateTabTitles(const QList<int> &problemsPerTab);
    static QString modeHint(PolicyMode mode);
    void selectWrapupCode(const QString &id);

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_mode = nullptr;
    QLabel *m_modeHint = nullptr;
    QCheckBox *m_requireAgentMessage = nullptr;
    QCheckBox *m_countTyping = nullptr;
    QLineEdit *m_defaultLanguage = nullptr;
    ProblemLabel *m_defaultLanguageProblem = nullptr;
    QButtonGroup *m_closeScope = nullptr;
    QComboBox *m_wrapup = nullptr;
    QLabel *m_wrapupNote = nullptr;
    ProblemLabel *m_wrapupProblem = nullptr;
    ProblemLabel *m_other = nullptr; // problems no field shows
    QList<StageRow> m_rows;
    Policy m_policy; // the last readable values
    QString m_queueName;
    QString m_agentName;
    bool m_loading = false;
};

} // namespace IdleGuard::Ui
