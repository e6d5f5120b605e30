// Fuzz target: a page of the analytics details query's answer (GenesysApi::parseAnalyticsPage),
// what the feed's resync reads to find the active conversations (reference 6.1).

#include "fuzzsupport.h"
#include "genesys/genesysapi.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

using namespace IdleGuard;
using namespace IdleGuard::Genesys;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::initialise();
    const QJsonDocument document = QJsonDocument::fromJson(Fuzz::bytes(data, size));
    if (!document.isObject())
        return 0;
    const GenesysApi::AnalyticsPage page = GenesysApi::parseAnalyticsPage(document.object());
    FUZZ_CHECK(page.conversationIds.size() <= page.entries);
    for (const QString &id : page.conversationIds)
        FUZZ_CHECK(!id.isEmpty());
    // An empty page ends the paging, whatever totalHits claims; so does any hostile count.
    if (page.entries == 0)
        FUZZ_CHECK(!page.hasMoreAfter(1));
    FUZZ_CHECK(!page.hasMoreAfter(std::numeric_limits<int>::max()));
    for (int p : {1, 2, 1000, 21'474'836, 21'474'837})
        page.hasMoreAfter(p);
    return 0;
}
