#include "secretlogfilter.h"

#include <QLoggingCategory>

#include <cstring>
#include <mutex>

namespace IdleGuard {

namespace {

QLoggingCategory::CategoryFilter g_rulesFilter = nullptr;

// Qt calls this for every category, and again whenever the rules change: the rules first, then
// the exceptions.
void filterCategory(QLoggingCategory *category)
{
    if (g_rulesFilter)
        g_rulesFilter(category);
    if (SecretLogFilter::carriesSecrets(category->categoryName()))
        category->setEnabled(QtDebugMsg, false);
}

} // namespace

bool SecretLogFilter::carriesSecrets(const char *categoryName)
{
    return std::strncmp(categoryName, "qt.httpserver", 13) == 0
        || std::strcmp(categoryName, "qt.networkauth.oauth2") == 0;
}

void SecretLogFilter::install()
{
    static std::once_flag installed;
    std::call_once(installed,
                   [] { g_rulesFilter = QLoggingCategory::installFilter(filterCategory); });
}

} // namespace IdleGuard
