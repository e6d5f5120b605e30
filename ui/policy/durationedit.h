#pragma once

#include <QLineEdit>

#include <optional>

namespace IdleGuard::Ui {

// A line edit for a threshold: the supervisor types "30 s", "2 min", "1 h 30 min" or "2:30"
// (DurationFormat::parseSeconds), and once the field is left it shows the value as the table
// does ("m:ss", "h:mm h"). What cannot be read stays as typed and is reported by problem().
class DurationEdit final : public QLineEdit
{
    Q_OBJECT

public:
    explicit DurationEdit(QWidget *parent = nullptr);

    void setSeconds(int seconds);
    std::optional<int> seconds() const { return m_seconds; }
    // Why the text is not a time; empty when it is.
    QString problem() const { return m_problem; }

signals:
    // The value or the problem changed (as the supervisor types).
    void edited();

private:
    void parse();
    void normalize();

    std::optional<int> m_seconds;
    QString m_problem;
};

} // namespace IdleGuard::Ui
