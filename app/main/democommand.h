#pragma once

#include "core/policyset.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>
#include <optional>

namespace IdleGuard::Sandbox {
class Sandbox;
}

namespace IdleGuard {

// `idleguard --demo --headless`: the enforcer against an in-process sandbox organisation with
// its simulated traffic and short demo policies, so anyone sees it work in one command with no
// Genesys account. Prints each action as it happens and a summary every few seconds; runs until
// Ctrl+C (or for `runForSeconds`), then says where the journal is.
class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    struct Options
    {
        double speed = 1.0; // the sandbox clock's speed (and the enforcer's)
        int runForSeconds = 0; // 0: until interrupted
        int summarySeconds = 5;
        quint16 port = 0; // 0: any free port on 127.0.0.1
    };

    static int runHeadless(const Options &options, QTextStream &out, QTextStream &err);
    // The demo's policies: every stage within minutes, so things happen while one watches.
    static QByteArray demoPolicies();

    // What the headless and the window demo share: the sandbox organisation with the demo's
    // traffic, its policies (each queue closing with its first wrap-up code), and a journal
    // folder that outlives the run. Each returns nothing (and says why in `error`) on failure.
    static std::unique_ptr<Sandbox::Sandbox> startSandbox(const Options &options, QString *error);
    static std::optional<PolicySet> sandboxPolicies(const Sandbox::Sandbox &sandbox);
    static QString newJournalPath(QString *error);
};

} // namespace IdleGuard
