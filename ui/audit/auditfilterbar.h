#pragma once

#include "core/journalfilter.h"

#include <QHash>
#include <QTimeZone>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPushButton;

namespace IdleGuard {
class Clock;
}

namespace IdleGuard::Ui {

// The audit view's filter controls in one row: time range (presets, or a custom range with two
// date-time fields), queue, conversation id, who acted, outcome and kind of action, and Export
// CSV…. It turns what the supervisor chose into a JournalFilter and says when it changed (typing
// in the conversation field settles first); it decides nothing about the rows.
class AuditFilterBar final : public QWidget
{
    Q_OBJECT

public:
    enum class Range { Everything, LastHour, Today, Last24Hours, Last7Days, Custom };
    Q_ENUM(Range)
    // What the summary strip's tiles ask for.
    enum class Preset { FailuresToday, AutoClosedToday };
    static constexpr int kTypingPauseMs = 400;

    explicit AuditFilterBar(const Clock &clock, QWidget *parent = nullptr);

    // The filter the controls describe, with the relative ranges computed from now. nullopt,
    // with a sentence in *error, when it contradicts itself (a custom range that ends before
    // it starts).
    std::optional<JournalFilter> filter(QString *error = nullptr) const;

    void setQueues(const QHash<QString, QString> &names); // id -> name
    void setSupervisors(const QHash<QString, QString> &names); // user id -> what to call them
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    void setRange(Range range);
    void setCustomRange(const QDateTime &from, const QDateTime &to);
    void setConversation(const QString &conversationId);
    void applyPreset(Preset preset);
    void clear();

    // For tests.
    QComboBox *rangeBox() const { return m_range; }
    QComboBox *queueBox() const { return m_queue; }
    QComboBox *actorBox() const { return m_actor; }
    QComboBox *outcomeBox() const { return m_outcome; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *conversationEdit() const { return m_conversation; }
    QPushButton *exportButton() const { return m_export; }

signals:
    void changed();
    void exportRequested();

private:
    void buildRange();
    void buildChoices();
    void rangeChosen();
    qint64 localMs(const QDateTime &shown) const;
    // Changes several controls as one: a single changed() at the end.
    void batch(const std::function<void()> &change);

    const Clock &m_clock;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QComboBox *m_range = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QComboBox *m_queue = nullptr;
    QLineEdit *m_conversation = nullptr;
    QComboBox *m_actor = nullptr;
    QComboBox *m_outcome = nullptr;
    QComboBox *m_kind = nullptr;
    QPushButton *m_export = nullptr;
    QTimer m_typing;
    bool m_quiet = false;
};

} // namespace IdleGuard::Ui
