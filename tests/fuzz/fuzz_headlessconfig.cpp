// Fuzz target: the headless enforcer's configuration file (HeadlessConfig::parse,
// docs/headless.md), including the inline policies it hands to the policy parser. Relative paths
// resolve in an empty directory of its own. The configuration promises that no error ever
// contains the client secret: every input that is a JSON object is also read with a marker as
// its inline secret, and no error may show the marker.

#include "fuzzsupport.h"
#include "headless/headlessconfig.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace IdleGuard;
using namespace IdleGuard::Headless;

namespace {

const QString kSecretMarker = QStringLiteral("s3cr3t-MARKER-5f0c1d");

QString emptyDirectory()
{
    static QTemporaryDir *dir = new QTemporaryDir; // removed by the OS's tmp cleaning at worst
    return dir->path();
}

void read(const QByteArray &json, bool checkSecret)
{
    QStringList errors;
    const std::optional<HeadlessConfig> config
        = HeadlessConfig::parse(json, emptyDirectory(), &errors);
    if (!config) {
        FUZZ_CHECK(!errors.isEmpty());
        if (checkSecret) {
            for (const QString &error : std::as_const(errors))
                FUZZ_CHECK(!error.contains(kSecretMarker));
        }
        return;
    }
    FUZZ_CHECK(errors.isEmpty());
    FUZZ_CHECK(!config->queues.isEmpty());
    FUZZ_CHECK(config->environment.isValid());
    FUZZ_CHECK(HeadlessConfig::isValidInstanceId(config->instanceId));
    FUZZ_CHECK(config->claimLeadSeconds >= 0
               && config->claimLeadSeconds <= HeadlessConfig::kMaxClaimLeadSeconds);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::initialise();
    const QByteArray json = Fuzz::bytes(data, size);
    read(json, false);
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (document.isObject()) {
        QJsonObject object = document.object();
        object.insert(QStringLiteral("clientSecret"), kSecretMarker);
        read(QJsonDocument(object).toJson(QJsonDocument::Compact), true);
    }
    return 0;
}
