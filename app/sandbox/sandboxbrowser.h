#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <functional>

namespace IdleGuard::Sandbox {

// Does on the sandbox organisation's sign-in page what a person does in a browser: opens the
// authorize URL, signs in as the chosen user (the form posts the request's parameters back with
// the user) and follows the redirect to the app's loopback address. The demo uses it when no
// browser can be launched, so the sign-in still goes through the same PKCE flow end to end.
// Only for the sandbox on 127.0.0.1: it refuses any other host.
class SandboxBrowser final : public QObject
{
    Q_OBJECT

public:
    explicit SandboxBrowser(QObject *parent = nullptr);

    void setUsername(const QString &email) { m_username = email; }
    QString username() const { return m_username; }

    // Starts the visit; false (and nothing done) for a URL that is not the sandbox's.
    bool open(const QUrl &authorizeUrl);
    // open() as a launcher for Genesys::PkceSignIn.
    std::function<bool(const QUrl &)> launcher();

signals:
    // The loopback page was reached (ok) or a step failed.
    void finished(bool ok, const QString &message);

private:
    void signInOnPage(QNetworkReply *page);
    void followRedirect(QNetworkReply *post);

    QString m_username = QStringLiteral("sam@acme.example");
    QNetworkAccessManager m_network;
};

} // namespace IdleGuard::Sandbox
