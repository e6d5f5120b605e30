#include "detailspane.h"

#include "conversationrowtext.h"
#include "core/clock.h"
#include "core/durationformat.h"

#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace IdleGuard::Ui {

using namespace Qt::StringLiterals;
using Enforcement::ConversationRow;
using Supervision::TranscriptEntry;

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return u"<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>"_s.arg(esc(label),
                                                                                      value);
}

} // namespace

DetailsPane::DetailsPane(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
{
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_text = new QTextBrowser(this);
    m_text->setOpenLinks(false);
    m_text->setAccessibleName(tr("Conversation details"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    clear();
}

void DetailsPane::clear()
{
    m_row = {};
    m_transcript.clear();
    m_outcome.clear();
    m_title->setText(tr("<b>No conversation selected</b>"));
    m_text->setHtml(tr("<p>Select a conversation in the table to see its messages, the stages "
                       "carried out and where its next deadline comes from.</p>"));
}

void DetailsPane::showRow(const ConversationRow &conversation, const QString &queueName,
                          const Policy &policy)
{
    if (conversation.conversationId != m_row.conversationId) {
        m_transcript.clear();
        m_transcriptState = tr("Loading the messages…");
        m_outcome.clear();
    }
    m_row = conversation;
    m_queueName = queueName;
    m_policy = policy;
    render();
}

void DetailsPane::showTranscript(const QString &conversationId,
                                 const QList<TranscriptEntry> &entries)
{
    if (conversationId != m_row.conversationId)
        return; // an answer for a conversation no longer selected
    m_transcript = entries;
    m_transcriptState.clear();
    render();
}

void DetailsPane::showTranscriptError(const QString &conversationId, const QString &message)
{
    if (conversationId != m_row.conversationId)
        return;
    m_transcriptState = tr("The messages could not be read: %1").arg(message);
    render();
}

void DetailsPane::showOutcome(const QString &conversationId, const QString &text, bool failed)
{
    if (conversationId != m_row.conversationId)
        return;
    m_outcome = text;
    m_outcomeFailed = failed;
    render();
}

QString DetailsPane::html() const
{
    return m_text->toHtml();
}

void DetailsPane::render()
{
    const QString who = m_row.customerName.isEmpty() ? tr("Customer") : m_row.customerName;
    m_title->setText(tr("<b>%1</b> with %2 · %3")
                         .arg(esc(who),
                              esc(m_row.agentName.isEmpty() ? tr("no agent") : m_row.agentName),
                              esc(m_queueName)));
    QString html = summaryHtml();
    if (!m_outcome.isEmpty())
        html += u"<p style='color:%1'><b>%2</b></p>"_s.arg(
            m_outcomeFailed ? u"#d32f2f"_s : u"#2e7d32"_s, esc(m_outcome));
    html += stagesHtml() + policyHtml() + transcriptHtml();
    m_text->setHtml(html);
}

QString DetailsPane::summaryHtml() const
{
    const qint64 now = m_clock.nowMs();
    QString t = u"<table>"_s;
    t += row(tr("Conversation"), u"<code>%1</code>"_s.arg(esc(m_row.conversationId)));
    if (!m_row.channel.isEmpty())
        t += row(tr("Channel"), esc(ConversationRowText::channel(m_row)));
    if (!m_row.language.isEmpty())
        t += row(tr("Language"), esc(m_row.language));
    if (m_row.state == TrackingState::WaitingInQueue) {
        t += row(tr("Waiting in queue"), esc(DurationFormat::compact(now - m_row.waitingSinceMs)));
    } else {
        t += row(tr("Owes the reply"), esc(ConversationRowText::owes(m_row)));
        if (m_row.idleSinceMs != kNoTime)
            t += row(tr("Silent for"), esc(DurationFormat::compact(now - m_row.idleSinceMs)));
    }
    if (m_row.startedMs != kNoTime)
        t += row(tr("Started"), esc(ConversationRowText::clockTimeWithSeconds(m_row.startedMs)));
    t += row(tr("Messages"), QString::number(m_row.messageCount));
    // The table's flags, in the same words, and what only the details explain.
    QStringList flags = ConversationRowText::flagList(m_row, now);
    if (m_row.awaitingAgentMessage)
        flags << tr("no timer until the agent has written");
    if (!flags.isEmpty())
        t += row(tr("Flags"), esc(flags.join(u"; "_s)));
    return t + u"</table>"_s;
}

QString DetailsPane::stagesHtml() const
{
    QString h = u"<h4>%1</h4>"_s.arg(tr("This idle period"));
    if (m_row.results.isEmpty())
        return h + u"<p>%1</p>"_s.arg(tr("No stage carried out yet."));
    h += u"<ul>"_s;
    for (const Enforcement::StageResult &r : m_row.results) {
        h += u"<li>%1%2</li>"_s.arg(
            esc(tr("%1 — %2 at %3", "stage — outcome at time")
                    .arg(ConversationRowText::stageName(r.stage),
                         ConversationRowText::outcomeName(r.outcome),
                         ConversationRowText::clockTimeWithSeconds(r.atMs))),
            r.error.isEmpty() ? QString() : u" (%1)"_s.arg(esc(r.error)));
    }
    return h + u"</ul>"_s;
}

QString DetailsPane::policyHtml() const
{
    QString h = u"<h4>%1</h4>"_s.arg(
        tr("Policy in force: %1")
            .arg(esc(m_policy.name.isEmpty() ? tr("default") : m_policy.name)));
    QStringList stages;
    for (IdleStage s : {IdleStage::Warning1, IdleStage::Warning2, IdleStage::Close,
                        IdleStage::AgentFlag, IdleStage::AgentEscalate}) {
        const StageSpec &spec = m_policy.stage(s);
        if (spec.enabled)
            stages << u"%1 %2"_s.arg(ConversationRowText::stageName(s),
                                     DurationFormat::seconds(spec.afterSeconds));
    }
    h += u"<p>%1</p>"_s.arg(esc(stages.join(u" · "_s)));
    if (!m_row.hasNextStage())
        return h + u"<p>%1</p>"_s.arg(tr("No automatic step is scheduled."));
    const StageSpec &next = m_policy.stage(m_row.nextStage);
    // Where the deadline comes from: the countdown's start plus the stage's threshold.
    QString from;
    if (m_row.snoozedUntilMs != kNoTime && m_row.countdownStartMs == m_row.snoozedUntilMs)
        from = tr("the end of the snooze at %1")
                   .arg(ConversationRowText::clockTimeWithSeconds(m_row.countdownStartMs));
    else
        from = tr("the silence that began at %1")
                   .arg(ConversationRowText::clockTimeWithSeconds(m_row.countdownStartMs));
    h += u"<p>%1</p>"_s.arg(esc(tr("Next: %1 at %2 = %3 + %4.")
                                    .arg(ConversationRowText::stageName(m_row.nextStage),
                                         ConversationRowText::clockTimeWithSeconds(m_row.nextAtMs),
                                         from, DurationFormat::seconds(next.afterSeconds))));
    return h;
}

QString DetailsPane::transcriptHtml() const
{
    QString h = u"<h4>%1</h4>"_s.arg(tr("Messages"));
    if (!m_transcriptState.isEmpty())
        return h + u"<p><i>%1</i></p>"_s.arg(esc(m_transcriptState));
    if (m_transcript.isEmpty())
        return h + u"<p>%1</p>"_s.arg(tr("No messages yet."));
    for (const TranscriptEntry &e : m_transcript) {
        QString who;
        QString tint; // a faint tint per side, readable on light and dark backgrounds
        switch (e.from) {
        case TranscriptEntry::From::Customer:
            who = m_row.customerName.isEmpty() ? tr("Customer") : m_row.customerName;
            tint = u"rgba(46,125,50,40)"_s;
            break;
        case TranscriptEntry::From::Agent:
            who = m_row.agentName.isEmpty() ? tr("Agent") : m_row.agentName;
            tint = u"rgba(59,130,214,40)"_s;
            break;
        case TranscriptEntry::From::IdleGuard:
            who = tr("Idle Guard (for %1)")
                      .arg(m_row.agentName.isEmpty() ? tr("the agent") : m_row.agentName);
            tint = u"rgba(240,160,32,60)"_s;
            break;
        case TranscriptEntry::From::Other:
            who = tr("System");
            tint = u"rgba(128,128,128,40)"_s;
            break;
        }
        const QString text
            = e.text.isEmpty() ? u"<i>%1</i>"_s.arg(tr("(text not available)")) : esc(e.text);
        // The customer on the left, the agent's side on the right, as in a chat.
        const bool right = e.from != TranscriptEntry::From::Customer;
        h += u"<p style='margin-%1:48px; background-color:%2; padding:4px'>"
             u"<small><b>%3</b> · %4</small><br>%5</p>"_s.arg(
                 right ? u"left"_s : u"right"_s, tint, esc(who),
                 esc(ConversationRowText::clockTimeWithSeconds(e.atMs)), text);
    }
    return h;
}

} // namespace IdleGuard::Ui
