#include "problemlabel.h"

#include <QEvent>

namespace IdleGuard::Ui {

ProblemLabel::ProblemLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
    applyColor();
}

void ProblemLabel::setProblems(const QStringList &problems)
{
    if (problems == m_problems)
        return;
    m_problems = problems;
    setText(problems.join(u'\n'));
    setVisible(!problems.isEmpty());
}

void ProblemLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColor();
}

void ProblemLabel::applyColor()
{
    // A dark window needs a lighter red to stay readable.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QPalette p = palette();
    const QColor red = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
    if (p.color(QPalette::WindowText) != red) {
        p.setColor(QPalette::WindowText, red);
        setPalette(p);
    }
}

} // namespace IdleGuard::Ui
