#include "sandboxbrowser.h"

#include "sandboxlogging.h"

#include <QHostAddress>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace IdleGuard::Sandbox {

using namespace Qt::StringLiterals;

namespace {

QNetworkRequest request(const QUrl &url)
{
    QNetworkRequest r(url);
    // Each hop is taken by hand: the last one leads to the app, not to the sandbox.
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return r;
}

bool isLoopback(const QUrl &url)
{
    const QHostAddress host(url.host());
    return url.host() == u"localhost" || (!host.isNull() && host.isLoopback());
}

} // namespace

SandboxBrowser::SandboxBrowser(QObject *parent)
    : QObject(parent)
{ }

std::function<bool(const QUrl &)> SandboxBrowser::launcher()
{
    return [this](const QUrl &url) { return open(url); };
}

bool SandboxBrowser::open(const QUrl &authorizeUrl)
{
    if (!isLoopback(authorizeUrl) || authorizeUrl.scheme() != u"http")
        return false;
    qCInfo(lcSandboxHttp).noquote() << "completing the sign-in page as" << m_username;
    QNetworkReply *page = m_network.get(request(authorizeUrl));
    connect(page, &QNetworkReply::finished, this, [this, page] { signInOnPage(page); });
    return true;
}

void SandboxBrowser::signInOnPage(QNetworkReply *page)
{
    page->deleteLater();
    if (page->error() != QNetworkReply::NoError) {
        emit finished(false, tr("The sign-in page did not open: %1").arg(page->errorString()));
        return;
    }
    // The page's form carries the authorize request's parameters and asks who signs in.
    QUrlQuery form(page->url());
    form.addQueryItem(u"username"_s, m_username);
    QNetworkRequest post = request(page->url().adjusted(QUrl::RemoveQuery));
    post.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    QNetworkReply *reply = m_network.post(post, form.toString(QUrl::FullyEncoded).toUtf8());
    connect(reply, &QNetworkReply::finished, this, [this, reply] { followRedirect(reply); });
}

void SandboxBrowser::followRedirect(QNetworkReply *post)
{
    post->deleteLater();
    const QUrl back = QUrl::fromEncoded(post->rawHeader("Location"));
    if (!back.isValid() || !isLoopback(back)) {
        emit finished(false, tr("The sign-in page did not send the browser back to the app."));
        return;
    }
    QNetworkReply *callback = m_network.get(request(back));
    connect(callback, &QNetworkReply::finished, this, [this, callback] {
        callback->deleteLater();
        const int status = callback->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        emit finished(status >= 200 && status < 400,
                      status >= 200 && status < 400
                          ? QString()
                          : tr("The app's sign-in page answered HTTP %1.").arg(status));
    });
}

} // namespace IdleGuard::Sandbox
