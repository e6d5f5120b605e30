#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace IdleGuard::Genesys {

// Where a Genesys Cloud organisation lives: its login host (OAuth) and API host (REST, and the
// channels whose connectUri the API hands out). Either one of the platform's regions, or a custom
// environment such as the sandbox organisation on 127.0.0.1.
class Environment
{
public:
    Environment() = default;

    // Every region the platform has (reference section 1), by its SDK key, e.g. "eu_west_1".
    static QList<Environment> regions();
    static Environment region(const QString &key);
    // A custom environment whose login and API share one base URL, e.g. http://127.0.0.1:8080.
    static Environment custom(const QUrl &baseUrl);
    // "eu_west_1", "mypurecloud.ie" or a URL: whatever a user may type or configure.
    static Environment fromString(const QString &text);

    bool isValid() const { return m_loginBase.isValid() && m_apiBase.isValid(); }
    QString key() const { return m_key; } // region key, or the custom base URL
    QString domain() const { return m_domain; } // region domain, empty for custom ones
    QUrl loginBase() const { return m_loginBase; }
    QUrl apiBase() const { return m_apiBase; }

    QUrl loginUrl(const QString &path) const;
    QUrl apiUrl(const QString &path) const;

    // Plain http/ws is only acceptable to a loopback host; everything else needs https/wss.
    // Returns an empty string when the URL may be used, else the reason it may not.
    static QString transportProblem(const QUrl &url);

    friend bool operator==(const Environment &, const Environment &) = default;

private:
    QString m_key;
    QString m_domain;
    QUrl m_loginBase;
    QUrl m_apiBase;
};

} // namespace IdleGuard::Genesys
