#pragma once

#include "core/policy.h"
#include "enforcement/conversationrow.h"
#include "supervision/transcriptloader.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace IdleGuard {
class Clock;
}

namespace IdleGuard::Ui {

// What the supervisor sees about the selected conversation: who and where, the messages by side
// with their times (customer left, agent right, Idle Guard's own marked), the stages of the
// current idle period with their results, and the policy in force with where the next deadline
// comes from (the silence's start, a snooze, the threshold). Values only: the row and the
// transcript are handed to it.
class DetailsPane final : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPane(const Clock &clock, QWidget *parent = nullptr);

    void showRow(const IdleGuard::Enforcement::ConversationRow &row, const QString &queueName,
                 const IdleGuard::Policy &policy);
    void showTranscript(const QString &conversationId,
                        const QList<IdleGuard::Supervision::TranscriptEntry> &entries);
    void showTranscriptError(const QString &conversationId, const QString &message);
    // The outcome of the last supervisor action on this conversation.
    void showOutcome(const QString &conversationId, const QString &text, bool failed);
    void clear();
    QString conversationId() const { return m_row.conversationId; }
    // The whole pane as HTML (what tests and screen readers get).
    QString html() const;

private:
    void render();
    QString summaryHtml() const;
    QString stagesHtml() const;
    QString policyHtml() const;
    QString transcriptHtml() const;

    const Clock &m_clock;
    QLabel *m_title = nullptr;
    QTextBrowser *m_text = nullptr;
    IdleGuard::Enforcement::ConversationRow m_row;
    QString m_queueName;
    IdleGuard::Policy m_policy;
    QList<IdleGuard::Supervision::TranscriptEntry> m_transcript;
    QString m_transcriptState; // "loading…", an error, or empty once loaded
    QString m_outcome;
    bool m_outcomeFailed = false;
};

} // namespace IdleGuard::Ui
