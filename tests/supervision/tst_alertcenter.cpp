// Tests of AlertCenter: which enforcer reports become alerts (an agent flagged or escalated, an
// automatic action failed), their words, muting, and what is never news (reconciled history,
// the supervisor's own actions, skipped stages).

#include "supervision/alertcenter.h"

#include <QSignalSpy>
#include <QTest>

using namespace IdleGuard;
using namespace IdleGuard::Supervision;
using namespace Qt::StringLiterals;
using Enforcement::ActionReport;
using Enforcement::ConversationRow;

namespace {

ActionReport report(IdleAction::Kind kind, JournalOutcome outcome, const QString &id = u"c1"_s)
{
    ActionReport r;
    r.action.kind = kind;
    r.action.conversationId = id;
    r.action.queueId = u"q1"_s;
    r.action.idleSinceMs = 1'000'000;
    r.outcome = outcome;
    r.finishedAtMs = 1'000'000 + 185'000; // 3:05 of waiting
    return r;
}

ConversationRow row(const QString &id, const QString &customer, const QString &agent)
{
    ConversationRow r;
    r.conversationId = id;
    r.customerName = customer;
    r.agentName = agent;
    r.queueId = u"q1"_s;
    return r;
}

} // namespace

class TestAlertCenter : public QObject
{
    Q_OBJECT

private slots:
    void agentFlagAndEscalationAlertWithNames()
    {
        AlertCenter center;
        center.setQueues({{u"q1"_s, u"Billing"_s}});
        center.onStatusesReady({row(u"c1"_s, u"Alex"_s, u"Sam"_s)});
        QSignalSpy raised(&center, &AlertCenter::alertRaised);
        center.onActionFinished(report(IdleAction::Kind::FlagAgent, JournalOutcome::Succeeded));
        center.onActionFinished(report(IdleAction::Kind::EscalateAgent, JournalOutcome::Succeeded));
        QCOMPARE(raised.count(), 2);
        const auto flag = raised.at(0).at(0).value<Alert>();
        QCOMPARE(flag.kind, Alert::Kind::AgentOwes);
        QCOMPARE(flag.conversationId, u"c1"_s);
        QCOMPARE(flag.text, u"Alex has waited 3:05 for a reply from Sam (Billing)."_s);
        const auto escalation = raised.at(1).at(0).value<Alert>();
        QVERIFY(escalation.title.contains(u"still"_s));
    }

    void anAutomaticFailureAlertsWithTheReason()
    {
        AlertCenter center;
        center.onStatusesReady({row(u"c1"_s, u"Alex"_s, u"Sam"_s)});
        QSignalSpy raised(&center, &AlertCenter::alertRaised);
        ActionReport failed = report(IdleAction::Kind::SendWarning, JournalOutcome::Failed);
        failed.error = u"HTTP 403: missing permission"_s;
        center.onActionFinished(failed);
        QCOMPARE(raised.count(), 1);
        const auto alert = raised.at(0).at(0).value<Alert>();
        QCOMPARE(alert.kind, Alert::Kind::ActionFailed);
        QVERIFY(alert.text.contains(u"Alex"_s));
        QVERIFY(alert.text.contains(u"HTTP 403: missing permission"_s));
    }

    void whatIsNotNewsRaisesNothing()
    {
        AlertCenter center;
        center.onStatusesReady({row(u"c1"_s, u"Alex"_s, u"Sam"_s)});
        QSignalSpy raised(&center, &AlertCenter::alertRaised);
        ActionReport reconciled = report(IdleAction::Kind::Disconnect, JournalOutcome::Failed);
        reconciled.reconciled = true;
        center.onActionFinished(reconciled);
        ActionReport manual = report(IdleAction::Kind::Disconnect, JournalOutcome::Failed);
        manual.action.actor = u"supervisor-1"_s; // the supervisor sees their own in the row
        center.onActionFinished(manual);
        center.onActionFinished(report(IdleAction::Kind::FlagAgent, JournalOutcome::Skipped));
        center.onActionFinished(report(IdleAction::Kind::SendWarning, JournalOutcome::Succeeded));
        center.onActionFinished(report(IdleAction::Kind::SendWarning, JournalOutcome::Pending));
        QCOMPARE(raised.count(), 0);
    }

    void eachKindIsMutedOnItsOwn()
    {
        AlertCenter center;
        center.onStatusesReady({row(u"c1"_s, u"Alex"_s, u"Sam"_s)});
        QSignalSpy raised(&center, &AlertCenter::alertRaised);
        center.setMuted(Alert::Kind::AgentOwes, true);
        center.onActionFinished(report(IdleAction::Kind::FlagAgent, JournalOutcome::Succeeded));
        QCOMPARE(raised.count(), 0);
        center.onActionFinished(report(IdleAction::Kind::Disconnect, JournalOutcome::Failed));
        QCOMPARE(raised.count(), 1);
        center.setMuted(Alert::Kind::ActionFailed, true);
        center.setMuted(Alert::Kind::AgentOwes, false);
        center.onActionFinished(report(IdleAction::Kind::Disconnect, JournalOutcome::Failed));
        QCOMPARE(raised.count(), 1);
        center.onActionFinished(report(IdleAction::Kind::FlagAgent, JournalOutcome::Succeeded));
        QCOMPARE(raised.count(), 2);
    }

    void aReportBeforeItsRowWaitsForTheNames()
    {
        AlertCenter center;
        QSignalSpy raised(&center, &AlertCenter::alertRaised);
        // At start-up the enforcer flags an agent before the window has any row.
        center.onActionFinished(report(IdleAction::Kind::FlagAgent, JournalOutcome::Succeeded));
        QCOMPARE(raised.count(), 0);
        center.onStatusesChanged({row(u"c1"_s, u"Alex"_s, u"Sam"_s)}, {});
        QCOMPARE(raised.count(), 1);
        QVERIFY(raised.at(0).at(0).value<Alert>().text.startsWith(u"Alex"_s));
        // One for a conversation the full list no longer has is told without names.
        center.onActionFinished(
            report(IdleAction::Kind::Disconnect, JournalOutcome::Failed, u"c2"_s));
        QCOMPARE(raised.count(), 1);
        center.onStatusesReady({row(u"c1"_s, u"Alex"_s, u"Sam"_s)});
        QCOMPARE(raised.count(), 2);
        QCOMPARE(raised.at(1).at(0).value<Alert>().conversationId, u"c2"_s);
    }

    void unknownNamesReadAsWords()
    {
        AlertCenter center;
        center.onStatusesReady({row(u"c1"_s, u"Alex"_s, u"Sam"_s)});
        center.onStatusesChanged({}, {u"c1"_s}); // the row is gone before the report comes
        QSignalSpy raised(&center, &AlertCenter::alertRaised);
        center.onActionFinished(report(IdleAction::Kind::FlagAgent, JournalOutcome::Succeeded));
        const auto alert = raised.at(0).at(0).value<Alert>();
        QVERIFY2(!alert.text.contains(u"Alex"_s), qPrintable(alert.text));
        QVERIFY(alert.text.startsWith(u"A customer"_s));
        QVERIFY(alert.text.contains(u"q1"_s)); // no queue name known: its id
    }
};

QTEST_APPLESS_MAIN(TestAlertCenter)

#include "tst_alertcenter.moc"
