#include "browserlauncher.h"

#include "genesyslogging.h"

#include <QProcess>

namespace IdleGuard::Genesys {

using namespace Qt::StringLiterals;

BrowserLauncher::BrowserLauncher(Open fallback)
    : m_fallback(std::move(fallback))
{ }

QString BrowserLauncher::command() const
{
    if (!m_command.isEmpty())
        return m_command;
    return qEnvironmentVariable("IDLEGUARD_BROWSER");
}

bool BrowserLauncher::open(const QUrl &url) const
{
    const QString commandLine = command();
    if (!commandLine.isEmpty()) {
        QStringList arguments = QProcess::splitCommand(commandLine);
        const QString program = arguments.takeFirst();
        arguments.append(url.toString(QUrl::FullyEncoded));
        // The URL carries only the PKCE challenge and state, never a secret; still not logged.
        qCInfo(lcGenesysAuth) << "opening the sign-in page with" << program;
        if (!QProcess::startDetached(program, arguments)) {
            qCWarning(lcGenesysAuth) << "could not start the browser command" << program;
            return false;
        }
        return true;
    }
    if (m_fallback)
        return m_fallback(url);
    qCWarning(lcGenesysAuth) << "no way to open a browser: set IDLEGUARD_BROWSER";
    return false;
}

BrowserLauncher::Open BrowserLauncher::launcher() const
{
    return [launcher = *this](const QUrl &url) { return launcher.open(url); };
}

} // namespace IdleGuard::Genesys
