#include "sandboxlogging.h"

#include <mutex>

Q_LOGGING_CATEGORY(lcSandboxHttp, "idleguard.sandbox.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandboxNotify, "idleguard.sandbox.notify", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandboxSim, "idleguard.sandbox.sim", QtInfoMsg)

namespace IdleGuard::Sandbox {

namespace {

QLoggingCategory::CategoryFilter g_rulesFilter = nullptr;

// Qt calls this for every category, and again whenever the rules change: the rules first, then
// the one exception.
void filterCategory(QLoggingCategory *category)
{
    if (g_rulesFilter)
        g_rulesFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0)
        category->setEnabled(QtDebugMsg, false);
}

} // namespace

void keepHeadersOutOfTheLog()
{
    static std::once_flag installed;
    std::call_once(installed,
                   [] { g_rulesFilter = QLoggingCategory::installFilter(filterCategory); });
}

} // namespace IdleGuard::Sandbox
