// Tests of PolicyHistory: which policy set is in force, pairing the enforcer's answers with the
// sets sent, and undo.

#include "supervision/policyhistory.h"

#include <QTest>

using namespace IdleGuard;
using namespace IdleGuard::Supervision;
using Kind = PolicyHistory::Kind;

namespace {

PolicySet withWarning(int seconds)
{
    PolicySet set;
    set.defaultPolicy.warning1.afterSeconds = seconds;
    return set;
}

} // namespace

class TestPolicyHistory : public QObject
{
    Q_OBJECT

private slots:
    void nothingInForceBeforeTheFirstAnswer()
    {
        PolicyHistory history;
        history.sent(withWarning(60), Kind::Apply);
        QVERIFY(!history.hasInForce());
        QCOMPARE(history.revision(), 0);
        QVERIFY(history.isWaiting());
        QVERIFY(!history.undoTarget());
        QCOMPARE(history.inForce(), PolicySet()); // the built-in default meanwhile
    }

    void answersPairWithTheSetsInTheOrderSent()
    {
        PolicyHistory history;
        history.sent(withWarning(60), Kind::Apply);
        history.sent(withWarning(70), Kind::Apply);
        QCOMPARE(history.applied(2, 1000), Kind::Apply);
        QCOMPARE(history.inForce(), withWarning(60));
        QCOMPARE(history.revision(), 2);
        QCOMPARE(history.appliedAtMs(), 1000);
        QVERIFY(!history.undoTarget()); // an answer is still awaited
        QCOMPARE(history.applied(3, 2000), Kind::Apply);
        QCOMPARE(history.inForce(), withWarning(70));
        QCOMPARE(history.undoTarget(), withWarning(60));
    }

    void aRejectedSetLeavesTheOneInForce()
    {
        PolicyHistory history;
        history.sent(withWarning(60), Kind::Apply);
        history.applied(2, 0);
        history.sent(withWarning(5), Kind::Apply);
        QCOMPARE(history.rejected(), Kind::Apply);
        QCOMPARE(history.inForce(), withWarning(60));
        QCOMPARE(history.revision(), 2);
        QVERIFY(!history.undoTarget());
    }

    void undoBringsBackThePreviousSetsOneByOne()
    {
        PolicyHistory history;
        for (int i = 0; i < 3; ++i) {
            history.sent(withWarning(60 + i), Kind::Apply);
            history.applied(2 + i, 0);
        }
        QCOMPARE(history.undoTarget(), withWarning(61));
        history.sent(*history.undoTarget(), Kind::Undo);
        QCOMPARE(history.applied(5, 0), Kind::Undo);
        QCOMPARE(history.inForce(), withWarning(61));
        QCOMPARE(history.undoTarget(), withWarning(60));
        history.sent(*history.undoTarget(), Kind::Undo);
        history.applied(6, 0);
        QCOMPARE(history.inForce(), withWarning(60));
        QVERIFY(!history.undoTarget()); // back at the first set
    }

    void theSameSetAgainIsNoNewStep()
    {
        PolicyHistory history;
        history.sent(withWarning(60), Kind::Apply);
        history.applied(2, 0);
        history.forgetWaiting(); // a new enforcer is sent the set in force
        history.sent(withWarning(60), Kind::Apply);
        history.applied(1, 0);
        QVERIFY(!history.undoTarget());
        QCOMPARE(history.revision(), 1);
    }

    void depthIsBounded()
    {
        PolicyHistory history;
        for (int i = 0; i < PolicyHistory::kDepth + 10; ++i) {
            history.sent(withWarning(60 + i), Kind::Apply);
            history.applied(i, 0);
        }
        int undos = 0;
        while (const auto target = history.undoTarget()) {
            history.sent(*target, Kind::Undo);
            history.applied(0, 0);
            ++undos;
        }
        QCOMPARE(undos, PolicyHistory::kDepth);
        QCOMPARE(history.inForce(), withWarning(60 + 10 - 1 + 0)); // the oldest kept
    }

    void anAnswerNobodyWaitsForIsIgnored()
    {
        PolicyHistory history;
        QVERIFY(!history.applied(3, 0));
        QVERIFY(!history.rejected());
        QVERIFY(!history.hasInForce());
    }
};

QTEST_APPLESS_MAIN(TestPolicyHistory)

#include "tst_policyhistory.moc"
