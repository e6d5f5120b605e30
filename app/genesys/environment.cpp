#include "environment.h"

#include <QHostAddress>

namespace IdleGuard::Genesys {

using namespace Qt::StringLiterals;

namespace {

struct RegionRow
{
    const char *key;
    const char *domain;
};

// The SDK's PureCloudRegionHosts table (reference section 1): login.D and api.D.
constexpr RegionRow kRegions[] = {
    {"us_east_1", "mypurecloud.com"},
    {"us_east_2", "use2.us-gov-pure.cloud"},
    {"us_west_2", "usw2.pure.cloud"},
    {"ca_central_1", "cac1.pure.cloud"},
    {"sa_east_1", "sae1.pure.cloud"},
    {"mx_central_1", "mxc1.pure.cloud"},
    {"eu_west_1", "mypurecloud.ie"},
    {"eu_west_2", "euw2.pure.cloud"},
    {"eu_central_1", "mypurecloud.de"},
    {"eu_central_2", "euc2.pure.cloud"},
    {"eusc_de_east_1", "edee1.eusc-pure.cloud"},
    {"me_central_1", "mec1.pure.cloud"},
    {"ap_south_1", "aps1.pure.cloud"},
    {"ap_southeast_1", "apse1.pure.cloud"},
    {"ap_southeast_2", "mypurecloud.com.au"},
    {"ap_northeast_1", "mypurecloud.jp"},
    {"ap_northeast_2", "apne2.pure.cloud"},
    {"ap_northeast_3", "apne3.pure.cloud"},
};

bool isLoopback(const QString &host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

QList<Environment> Environment::regions()
{
    QList<Environment> result;
    for (const RegionRow &row : kRegions) {
        Environment environment;
        environment.m_key = QString::fromLatin1(row.key);
        environment.m_domain = QString::fromLatin1(row.domain);
        environment.m_loginBase = QUrl(u"https://login."_s + environment.m_domain);
        environment.m_apiBase = QUrl(u"https://api."_s + environment.m_domain);
        result.append(environment);
    }
    return result;
}

Environment Environment::region(const QString &key)
{
    for (const Environment &environment : regions()) {
        if (environment.m_key == key || environment.m_domain == key)
            return environment;
    }
    return {};
}

Environment Environment::custom(const QUrl &baseUrl)
{
    Environment environment;
    const QString path = baseUrl.path(QUrl::FullyDecoded);
    // A base URL is scheme, host and port: a path would be silently dropped, so refuse it.
    if (!baseUrl.isValid() || baseUrl.host().isEmpty() || (!path.isEmpty() && path != "/"_L1))
        return environment;
    QUrl base
        = baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    environment.m_key = base.toString();
    environment.m_loginBase = base;
    environment.m_apiBase = base;
    return environment;
}

Environment Environment::fromString(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.contains("://"_L1))
        return custom(QUrl(trimmed, QUrl::StrictMode));
    return region(trimmed);
}

QUrl Environment::loginUrl(const QString &path) const
{
    QUrl url = m_loginBase;
    url.setPath(path);
    return url;
}

QUrl Environment::apiUrl(const QString &path) const
{
    QUrl url = m_apiBase;
    url.setPath(path);
    return url;
}

QString Environment::transportProblem(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == "https"_L1 || scheme == "wss"_L1)
        return {};
    if (scheme == "http"_L1 || scheme == "ws"_L1) {
        if (isLoopback(url.host()))
            return {};
        return u"refusing unencrypted %1 to %2: plain http and ws are only allowed to 127.0.0.1"_s
            .arg(scheme, url.host());
    }
    return u"unsupported scheme \"%1\""_s.arg(scheme);
}

} // namespace IdleGuard::Genesys
