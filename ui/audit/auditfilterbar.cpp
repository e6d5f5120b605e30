#include "auditfilterbar.h"

#include "core/clock.h"
#include "supervision/dashboardcounts.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>
#include <utility>

namespace IdleGuard::Ui {

using namespace Qt::StringLiterals;
using Kind = IdleAction::Kind;

namespace {

constexpr qint64 kHourMs = 3'600'000;
constexpr int kActorIdRole = Qt::UserRole + 1;

// The outcome and action choices, in combo order.
const QList<QList<JournalOutcome>> &outcomeChoices()
{
    static const QList<QList<JournalOutcome>> choices = {
        {},
        {JournalOutcome::Succeeded, JournalOutcome::Observed},
        {JournalOutcome::Failed},
        {JournalOutcome::Skipped},
        {JournalOutcome::Failed, JournalOutcome::Skipped},
        {JournalOutcome::Pending},
    };
    return choices;
}

const QList<QList<Kind>> &kindChoices()
{
    static const QList<QList<Kind>> choices = {
        {},
        {Kind::SendWarning},
        {Kind::SendClosingMessage},
        {Kind::Disconnect},
        {Kind::FlagAgent, Kind::EscalateAgent},
        {Kind::Snooze, Kind::Exempt, Kind::Include, Kind::Reset},
    };
    return choices;
}

QComboBox *comboBox(QWidget *parent, const QString &name)
{
    auto *box = new QComboBox(parent);
    box->setAccessibleName(name);
    box->setToolTip(name);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

} // namespace

AuditFilterBar::AuditFilterBar(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
{
    setObjectName(u"auditFilterBar"_s);
    buildRange();
    buildChoices();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : std::initializer_list<QWidget *> {m_range, m_from, m_to, m_queue,
                                                        m_conversation, m_actor, m_outcome, m_kind})
        layout->addWidget(w);
    layout->setStretchFactor(m_conversation, 1);
    layout->addWidget(m_export);

    m_typing.setSingleShot(true);
    m_typing.setInterval(kTypingPauseMs);
    connect(&m_typing, &QTimer::timeout, this, &AuditFilterBar::changed);
    connect(m_conversation, &QLineEdit::textChanged, this, [this] {
        if (!m_quiet)
            m_typing.start();
    });
    for (QComboBox *box : {m_queue, m_actor, m_outcome, m_kind}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_quiet)
                emit changed();
        });
    }
    connect(m_export, &QPushButton::clicked, this, &AuditFilterBar::exportRequested);
}

void AuditFilterBar::buildRange()
{
    m_range = comboBox(this, tr("Time range"));
    m_range->addItem(tr("Everything"), int(Range::Everything));
    m_range->addItem(tr("Last hour"), int(Range::LastHour));
    m_range->addItem(tr("Today"), int(Range::Today));
    m_range->addItem(tr("Last 24 hours"), int(Range::Last24Hours));
    m_range->addItem(tr("Last 7 days"), int(Range::Last7Days));
    m_range->addItem(tr("From … to …"), int(Range::Custom));
    const auto edit = [this](const QString &name) {
        auto *e = new QDateTimeEdit(this);
        e->setAccessibleName(name);
        e->setToolTip(name);
        e->setCalendarPopup(true);
        e->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
        e->hide();
        connect(e, &QDateTimeEdit::dateTimeChanged, this, [this] {
            if (!m_quiet)
                m_typing.start();
        });
        return e;
    };
    m_from = edit(tr("From"));
    m_to = edit(tr("To"));
    connect(m_range, &QComboBox::currentIndexChanged, this, &AuditFilterBar::rangeChosen);
}

void AuditFilterBar::buildChoices()
{
    m_queue = comboBox(this, tr("Queue"));
    m_queue->addItem(tr("All queues"), QString());
    m_conversation = new QLineEdit(this);
    m_conversation->setPlaceholderText(tr("Conversation id"));
    m_conversation->setAccessibleName(tr("Conversation id, or how it starts"));
    m_conversation->setClearButtonEnabled(true);
    m_conversation->setMinimumWidth(fontMetrics().horizontalAdvance(u'M') * 10);
    m_actor = comboBox(this, tr("Who acted"));
    setSupervisors({});
    m_outcome = comboBox(this, tr("Outcome"));
    const QStringList outcomes
        = {tr("Any outcome"),       tr("Done"),     tr("Failed"), tr("Skipped"),
           tr("Failed or skipped"), tr("Under way")};
    for (int i = 0; i < outcomes.size(); ++i)
        m_outcome->addItem(outcomes.at(i), i);
    m_kind = comboBox(this, tr("Action"));
    const QStringList kinds = {tr("Any action"),  tr("Warnings"),    tr("Closing messages"),
                               tr("Disconnects"), tr("Agent flags"), tr("Overrides")};
    for (int i = 0; i < kinds.size(); ++i)
        m_kind->addItem(kinds.at(i), i);
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setObjectName(u"exportCsv"_s);
    m_export->setToolTip(tr("Save the actions this filter shows as a CSV file"));
}

void AuditFilterBar::rangeChosen()
{
    const bool custom = Range(m_range->currentData().toInt()) == Range::Custom;
    if (custom && m_from->isHidden()) {
        // A useful start: today so far, to the next full hour.
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), m_zone);
        const bool wasQuiet = std::exchange(m_quiet, true);
        m_from->setDateTime(QDateTime(now.date(), QTime(0, 0)));
        m_to->setDateTime(QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(3600));
        m_quiet = wasQuiet;
    }
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    if (!m_quiet)
        emit changed();
}

qint64 AuditFilterBar::localMs(const QDateTime &shown) const
{
    // The fields show wall-clock time in the supervisor's zone.
    return QDateTime(shown.date(), shown.time(), m_zone).toMSecsSinceEpoch();
}

std::optional<JournalFilter> AuditFilterBar::filter(QString *error) const
{
    JournalFilter f;
    const qint64 now = m_clock.nowMs();
    switch (Range(m_range->currentData().toInt())) {
    case Range::Everything:
        break;
    case Range::LastHour:
        f.fromMs = now - kHourMs;
        break;
    case Range::Today:
        f.fromMs = Supervision::DashboardCounts::today(now, m_zone).fromMs;
        break;
    case Range::Last24Hours:
        f.fromMs = now - 24 * kHourMs;
        break;
    case Range::Last7Days:
        f.fromMs = now - 7 * 24 * kHourMs;
        break;
    case Range::Custom:
        f.fromMs = localMs(m_from->dateTime());
        f.toMs = localMs(m_to->dateTime());
        break;
    }
    f.queueId = m_queue->currentData().toString();
    f.conversationId = m_conversation->text().trimmed();
    f.actor = JournalFilter::Actor(m_actor->currentData().toInt());
    f.actorId = m_actor->currentData(kActorIdRole).toString();
    f.outcomes = outcomeChoices().value(m_outcome->currentData().toInt());
    f.kinds = kindChoices().value(m_kind->currentData().toInt());
    if (!f.isValid(error))
        return std::nullopt;
    return f;
}

void AuditFilterBar::setQueues(const QHash<QString, QString> &names)
{
    const QString current = m_queue->currentData().toString();
    QList<std::pair<QString, QString>> sorted;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        sorted.append({it.value(), it.key()});
    std::sort(sorted.begin(), sorted.end());
    m_quiet = true;
    m_queue->clear();
    m_queue->addItem(tr("All queues"), QString());
    for (const auto &[name, id] : std::as_const(sorted))
        m_queue->addItem(name, id);
    m_queue->setCurrentIndex(std::max(0, m_queue->findData(current)));
    m_quiet = false;
}

void AuditFilterBar::setSupervisors(const QHash<QString, QString> &names)
{
    const int current = m_actor->currentIndex();
    const QString currentId = m_actor->currentData(kActorIdRole).toString();
    QList<std::pair<QString, QString>> sorted;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        sorted.append({it.value(), it.key()});
    std::sort(sorted.begin(), sorted.end());
    m_quiet = true;
    m_actor->clear();
    m_actor->addItem(tr("Anyone"), int(JournalFilter::Actor::Anyone));
    m_actor->addItem(tr("The policy"), int(JournalFilter::Actor::Automatic));
    m_actor->addItem(tr("Any supervisor"), int(JournalFilter::Actor::Supervisor));
    for (const auto &[name, id] : std::as_const(sorted)) {
        m_actor->addItem(name, int(JournalFilter::Actor::Supervisor));
        m_actor->setItemData(m_actor->count() - 1, id, kActorIdRole);
    }
    int keep
        = currentId.isEmpty() ? std::max(0, current) : m_actor->findData(currentId, kActorIdRole);
    m_actor->setCurrentIndex(keep < 0 || keep >= m_actor->count() ? 0 : keep);
    m_quiet = false;
}

void AuditFilterBar::batch(const std::function<void()> &change)
{
    m_quiet = true;
    change();
    m_quiet = false;
    m_typing.stop();
    emit changed();
}

void AuditFilterBar::setRange(Range range)
{
    batch([&] {
        m_range->setCurrentIndex(m_range->findData(int(range)));
        rangeChosen();
    });
}

void AuditFilterBar::setCustomRange(const QDateTime &from, const QDateTime &to)
{
    batch([&] {
        m_range->setCurrentIndex(m_range->findData(int(Range::Custom)));
        rangeChosen();
        const QDateTime a = from.toTimeZone(m_zone);
        const QDateTime b = to.toTimeZone(m_zone);
        m_from->setDateTime(QDateTime(a.date(), a.time()));
        m_to->setDateTime(QDateTime(b.date(), b.time()));
    });
}

void AuditFilterBar::setConversation(const QString &conversationId)
{
    batch([&] { m_conversation->setText(conversationId); });
}

void AuditFilterBar::clear()
{
    batch([&] {
        m_range->setCurrentIndex(0);
        rangeChosen();
        for (QComboBox *box : {m_queue, m_actor, m_outcome, m_kind})
            box->setCurrentIndex(0);
        m_conversation->clear();
    });
}

void AuditFilterBar::applyPreset(Preset preset)
{
    batch([&] {
        for (QComboBox *box : {m_queue, m_actor, m_outcome, m_kind})
            box->setCurrentIndex(0);
        m_conversation->clear();
        m_range->setCurrentIndex(m_range->findData(int(Range::Today)));
        rangeChosen();
        if (preset == Preset::FailuresToday) {
            m_outcome->setCurrentIndex(2); // failed
        } else {
            m_actor->setCurrentIndex(m_actor->findData(int(JournalFilter::Actor::Automatic)));
            m_outcome->setCurrentIndex(1); // done
            m_kind->setCurrentIndex(3); // disconnects
        }
    });
}

} // namespace IdleGuard::Ui
