#pragma once

#include <QByteArray>
#include <QString>

namespace IdleGuard::Genesys {

// An error answer of the OAuth token endpoint (reference section 2.3): the OAuth error code and
// its description, turned into a message a person can act on. Genesys spells the description
// "description", standard OAuth "error_description"; both are read.
struct OAuthError
{
    int status = 0;
    QString error; // e.g. invalid_grant, invalid_client; empty when the body was not OAuth JSON
    QString description;

    static OAuthError fromReply(int status, const QByteArray &body);
    QString message() const;
};

} // namespace IdleGuard::Genesys
