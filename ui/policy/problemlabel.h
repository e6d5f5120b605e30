#pragma once

#include <QLabel>

namespace IdleGuard::Ui {

// The words under a field that say what is wrong with it, in a red that reads on light and dark
// palettes; hidden while there is nothing to say.
class ProblemLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit ProblemLabel(QWidget *parent = nullptr);

    void setProblems(const QStringList &problems);
    QStringList problems() const { return m_problems; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColor();

    QStringList m_problems;
};

} // namespace IdleGuard::Ui
