#include "durationedit.h"

#include "core/durationformat.h"

namespace IdleGuard::Ui {

DurationEdit::DurationEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("e.g. 2 min"));
    setToolTip(tr("Type a time with its unit: \"45 s\", \"2 min\", \"1 h 30 min\", or m:ss "
                  "such as \"2:30\"."));
    // Room for "10:00 h" and what people type, without stretching across the dialog.
    setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000 min 00 s")) + 24);
    connect(this, &QLineEdit::textEdited, this, [this] {
        parse();
        emit edited();
    });
    connect(this, &QLineEdit::editingFinished, this, &DurationEdit::normalize);
}

void DurationEdit::setSeconds(int seconds)
{
    m_seconds = seconds;
    m_problem.clear();
    setText(DurationFormat::seconds(seconds));
}

void DurationEdit::parse()
{
    m_problem.clear();
    m_seconds = DurationFormat::parseSeconds(text(), &m_problem);
}

void DurationEdit::normalize()
{
    // Shown as everywhere else once read; what cannot be read stays for the supervisor to fix.
    if (m_seconds && text() != DurationFormat::seconds(*m_seconds))
        setText(DurationFormat::seconds(*m_seconds));
}

} // namespace IdleGuard::Ui
