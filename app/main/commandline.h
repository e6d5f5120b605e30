#pragma once

#include "democommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace IdleGuard {

// Parses idleguard's command line and runs what it asks for. Kept out of main() so the tests
// can drive every option without starting a process.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode { Ok = 0, Failed = 1, UsageError = 2 };

    // What the window needs to know from the command line.
    struct WindowOptions
    {
        bool demo = false;
        double speed = 1.0;
        int runForSeconds = 0; // 0: until the window is closed
        QString screenshotDir; // --screenshots: save pictures of the window there, then quit
    };
    // The window lives in a widget library this one does not link: main() hands it in.
    using WindowRunner = std::function<int(const WindowOptions &options)>;
    static void setWindowRunner(WindowRunner runner);
    // Whether these arguments open the window (and so need a QApplication and a display).
    static bool wantsWindow(const QStringList &arguments);

    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    static bool demoOptions(const QCommandLineParser &parser, const QCommandLineOption &speed,
                            const QCommandLineOption &runFor, DemoCommand::Options *options,
                            QTextStream &err);
};

} // namespace IdleGuard
