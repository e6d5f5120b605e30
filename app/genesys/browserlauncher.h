#pragma once

#include <QString>
#include <QUrl>

#include <functional>

namespace IdleGuard::Genesys {

// Opens the sign-in page in the user's browser. A command (from setCommand(), else the
// IDLEGUARD_BROWSER environment variable) is run with the URL as its last argument, e.g.
// IDLEGUARD_BROWSER="firefox --private-window". Without one the fallback opens the URL; the app
// passes QDesktopServices::openUrl so that this library needs no QtGui.
class BrowserLauncher
{
public:
    using Open = std::function<bool(const QUrl &url)>;

    explicit BrowserLauncher(Open fallback = {});

    // A command line; arguments are split like a shell would for simple quoting.
    void setCommand(const QString &command) { m_command = command; }
    QString command() const;

    bool open(const QUrl &url) const;
    // open() as a function, for PkceSignIn::setLauncher().
    Open launcher() const;

private:
    QString m_command;
    Open m_fallback;
};

} // namespace IdleGuard::Genesys
