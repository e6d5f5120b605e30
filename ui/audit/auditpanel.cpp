#include "auditpanel.h"

#include "auditview.h"
#include "enforcement/actionreport.h"
#include "enforcement/conversationrow.h"
#include "supervision/auditreader.h"
#include "supervision/audittablemodel.h"

namespace IdleGuard::Ui {

using Supervision::AuditReader;
using Supervision::AuditTableModel;

AuditPanel::AuditPanel(const Clock &clock, QWidget *viewParent, QObject *parent)
    : QObject(parent)
    , m_reader(std::make_unique<AuditReader>(clock))
    , m_model(std::make_unique<AuditTableModel>(m_reader->journal(), clock))
{
    m_view = new AuditView(*m_model, *m_reader, clock, viewParent);
    connect(m_view, &AuditView::conversationSelected, this, &AuditPanel::conversationSelected);
    connect(m_reader.get(), &AuditReader::journalChanged, m_model.get(), &AuditTableModel::refresh);
    connect(m_reader.get(), &AuditReader::openFailed, m_view, [this] { m_view->applyFilter(); });
    m_model->setCustomerLookup([this](const QString &id) { return m_customers.value(id); });
}

AuditPanel::~AuditPanel()
{
    delete m_view;
}

void AuditPanel::open(const QString &journalPath)
{
    if (!m_reader->open(journalPath)) {
        m_model->clear();
        return;
    }
    m_supervisors = m_reader->journal().supervisors();
    updateSupervisors();
    m_view->applyFilter(); // reads the first page
}

void AuditPanel::close()
{
    m_reader->close();
    m_model->clear();
    m_view->applyFilter();
}

void AuditPanel::noteAction(const Enforcement::ActionReport &report)
{
    if (report.journalId < 0)
        return; // observe-only: nothing was journaled
    m_reader->noteJournaled();
    if (report.action.isManual() && !m_supervisors.contains(report.action.actor)) {
        m_supervisors << report.action.actor;
        updateSupervisors();
    }
}

void AuditPanel::setQueueNames(const QHash<QString, QString> &names)
{
    m_model->setQueueNames(names);
    m_view->filterBar()->setQueues(names);
}

void AuditPanel::setSignedInUser(const QString &userId, const QString &userName)
{
    m_userId = userId;
    m_userName = userName;
    if (!userId.isEmpty())
        m_model->setActorNames({{userId, userName}});
    updateSupervisors();
}

void AuditPanel::rememberCustomers(const QList<Enforcement::ConversationRow> &rows)
{
    // A day's conversations, not the journal's history: a plain cap keeps it bounded.
    constexpr qsizetype kMaxRemembered = 100'000;
    if (m_customers.size() > kMaxRemembered)
        m_customers.clear();
    for (const Enforcement::ConversationRow &row : rows) {
        if (!row.customerName.isEmpty())
            m_customers.insert(row.conversationId, row.customerName);
    }
}

void AuditPanel::applyPreset(AuditFilterBar::Preset preset)
{
    m_view->filterBar()->applyPreset(preset);
}

void AuditPanel::updateSupervisors()
{
    QHash<QString, QString> names;
    for (const QString &id : std::as_const(m_supervisors))
        names.insert(id, m_model->actorText(id));
    if (!m_userId.isEmpty())
        names.insert(m_userId, tr("%1 (you)").arg(m_userName.isEmpty() ? m_userId : m_userName));
    m_view->filterBar()->setSupervisors(names);
}

} // namespace IdleGuard::Ui
