#pragma once

#include "auditfilterbar.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace IdleGuard {
class Clock;
namespace Enforcement {
struct ActionReport;
struct ConversationRow;
} // namespace Enforcement
namespace Supervision {
class AuditReader;
class AuditTableModel;
} // namespace Supervision
} // namespace IdleGuard

namespace IdleGuard::Ui {

class AuditView;

// The window's audit journal: the read-only journal (AuditReader), the paged table model and
// the view, opened once the enforcer has created the journal and closed on sign-out. Finished
// actions reach it through noteAction(): the view takes in what was journaled at most once per
// refresh interval, and people who acted for the first time join the "who acted" choice. The
// view is placed by the window (a dock); the panel deletes it before the model it shows.
class AuditPanel final : public QObject
{
    Q_OBJECT

public:
    AuditPanel(const Clock &clock, QWidget *viewParent, QObject *parent = nullptr);
    ~AuditPanel() override;

    AuditView *view() const { return m_view; }
    Supervision::AuditReader &reader() const { return *m_reader; }
    Supervision::AuditTableModel &model() const { return *m_model; }

    // The enforcer started on this journal: read it (a journal that cannot be read says so in
    // the view).
    void open(const QString &journalPath);
    void close();
    void noteAction(const IdleGuard::Enforcement::ActionReport &report);

    // How ids read in the view.
    void setQueueNames(const QHash<QString, QString> &names);
    void setSignedInUser(const QString &userId, const QString &userName);
    // The customers' names of the conversations the table has shown this session, so that
    // actions on conversations that have ended still read with a name.
    void rememberCustomers(const QList<IdleGuard::Enforcement::ConversationRow> &rows);
    void applyPreset(AuditFilterBar::Preset preset);

signals:
    void conversationSelected(const QString &conversationId);

private:
    void updateSupervisors();

    std::unique_ptr<Supervision::AuditReader> m_reader;
    std::unique_ptr<Supervision::AuditTableModel> m_model;
    QPointer<AuditView> m_view; // deleted before the model it shows
    QString m_userId;
    QString m_userName;
    QStringList m_supervisors; // ids of people who acted, from the journal and since
    QHash<QString, QString> m_customers; // conversation id -> customer name, this session
};

} // namespace IdleGuard::Ui
