#pragma once

namespace IdleGuard {

// Keeps Qt's own log lines that carry credentials out of the log, whatever QT_LOGGING_RULES
// says: Qt 6.4's QHttpServer logs each request with all its headers (qt.httpserver*, debug),
// bearer tokens and Basic client credentials among them, and QOAuth2AuthorizationCodeFlow logs
// the authorize URL with its state (qt.networkauth.oauth2, debug). Those categories' debug
// output stays off; every other category follows the rules. Installed once per process, by the
// sandbox and the sign-in before they serve or sign in anything.
class SecretLogFilter
{
public:
    static void install();
    // Whether `categoryName` is one whose debug output is kept off.
    static bool carriesSecrets(const char *categoryName);
};

} // namespace IdleGuard
