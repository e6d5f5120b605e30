#include "headlessconfig.h"

#include "core/configfile.h"
#include "core/ownerfiles.h"
#include "core/policyparser.h"
#include "core/textposition.h"
#include "headlesslogging.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>
#include <QStandardPaths>
#include <QSysInfo>

#include <algorithm>
#include <cmath>

namespace IdleGuard::Headless {

using namespace Qt::StringLiterals;

namespace {

const QString kEnvironment = u"environment"_s;
const QString kClientId = u"clientId"_s;
const QString kClientSecretEnv = u"clientSecretEnv"_s;
const QString kClientSecret = u"clientSecret"_s;
const QString kClientSecretFile = u"clientSecretFile"_s;
const QString kQueues = u"queues"_s;
const QString kPolicies = u"policies"_s;
const QString kPolicyFile = u"policyFile"_s;
const QString kJournal = u"journal"_s;
const QString kObserveOnly = u"observeOnly"_s;
const QString kWorkerToken = u"workerToken"_s;
const QString kInstanceId = u"instanceId"_s;
const QString kClaimLeadSeconds = u"claimLeadSeconds"_s;
const QString kSandboxClock = u"sandboxClock"_s;

bool isInstanceIdChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
        || c == u'.' || c == u'_' || c == u'-';
}

// POSIX: an environment variable name is letters, digits and underscores, not starting with a
// digit.
bool isEnvironmentVariableName(const QString &name)
{
    if (name.isEmpty() || name.front().isDigit())
        return false;
    for (QChar c : name) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
              || c == u'_'))
            return false;
    }
    return true;
}

QString lineAndColumn(const QByteArray &json, int offset)
{
    const TextPosition at = TextPosition::at(json, offset);
    return HeadlessConfig::tr("line %1, column %2").arg(at.line).arg(at.column);
}

// Walks the configuration object onto a HeadlessConfig, collecting "field: problem" errors.
// Values of the secret fields never go into an error.
class ConfigReader
{
public:
    ConfigReader(const QJsonObject &root, const QString &baseDir, QStringList *errors)
        : m_root(root)
        , m_baseDir(baseDir)
        , m_errors(errors)
    { }

    void read(HeadlessConfig *config);

private:
    void fail(const QString &field, const QString &message)
    {
        m_errors->append(field + u": "_s + message);
    }
    // The string at key: nullopt when absent (and *missing reported when required), or when it is
    // not a non-empty string (reported).
    std::optional<QString> string(const QString &key, bool required);
    QString absolutePath(const QString &path) const
    {
        return QDir::cleanPath(QDir(m_baseDir).absoluteFilePath(path));
    }

    void readEnvironment(HeadlessConfig *config);
    void readSecret(HeadlessConfig *config);
    void readQueues(HeadlessConfig *config);
    void readPolicies(HeadlessConfig *config);
    void readJournal(HeadlessConfig *config);
    void readInstanceId(HeadlessConfig *config);
    void readClaimLead(HeadlessConfig *config);
    void readSandboxClock(HeadlessConfig *config);

    QJsonObject m_root;
    QString m_baseDir;
    QStringList *m_errors;
};

std::optional<QString> ConfigReader::string(const QString &key, bool required)
{
    const QJsonValue value = m_root.value(key);
    if (value.isUndefined()) {
        if (required)
            fail(key, HeadlessConfig::tr("is missing"));
        return std::nullopt;
    }
    if (!value.isString()) {
        fail(key, HeadlessConfig::tr("must be a string"));
        return std::nullopt;
    }
    if (value.toString().trimmed().isEmpty()) {
        fail(key, HeadlessConfig::tr("must not be empty"));
        return std::nullopt;
    }
    return value.toString();
}

void ConfigReader::readEnvironment(HeadlessConfig *config)
{
    const std::optional<QString> text = string(kEnvironment, true);
    if (!text)
        return;
    const Genesys::Environment environment = Genesys::Environment::fromString(*text);
    if (!environment.isValid()) {
        fail(kEnvironment,
             HeadlessConfig::tr("unknown region or URL \"%1\" (expected a region such as "
                                "eu_west_1, its domain such as mypurecloud.ie, or an https URL)")
                 .arg(*text));
        return;
    }
    for (const QUrl &url : {environment.loginBase(), environment.apiBase()}) {
        const QString problem = Genesys::Environment::transportProblem(url);
        if (!problem.isEmpty()) {
            fail(kEnvironment, HeadlessConfig::tr("%1 (use https)").arg(problem));
            return;
        }
    }
    config->environment = environment;
}

void ConfigReader::readSecret(HeadlessConfig *config)
{
    // One source of the secret at most, so it is always clear which one is used.
    QStringList given;
    for (const QString &key : {kClientSecretEnv, kClientSecret, kClientSecretFile}) {
        if (m_root.contains(key))
            given.append(key);
    }
    if (given.size() > 1) {
        fail(given.last(),
             HeadlessConfig::tr("cannot be combined with %1: give the secret in the file, in a "
                                "file of its own or name the environment variable that holds it, "
                                "only one of them")
                 .arg(given.first()));
        return;
    }
    if (const std::optional<QString> name = string(kClientSecretEnv, false)) {
        if (isEnvironmentVariableName(*name))
            config->clientSecretEnv = *name;
        else
            fail(kClientSecretEnv,
                 HeadlessConfig::tr("\"%1\" is not an environment variable name (letters, "
                                    "digits and _, not starting with a digit)")
                     .arg(*name));
    }
    // string() reports only the type or emptiness of the value, never the value itself.
    if (const std::optional<QString> secret = string(kClientSecret, false))
        config->clientSecret = *secret;
    if (const std::optional<QString> path = string(kClientSecretFile, false))
        config->clientSecretFile = absolutePath(*path);
}

void ConfigReader::readQueues(HeadlessConfig *config)
{
    const QJsonValue value = m_root.value(kQueues);
    if (value.isUndefined()) {
        fail(kQueues, HeadlessConfig::tr("is missing"));
        return;
    }
    if (!value.isArray()) {
        fail(kQueues, HeadlessConfig::tr("must be an array of queue ids"));
        return;
    }
    const QJsonArray array = value.toArray();
    if (array.isEmpty()) {
        fail(kQueues, HeadlessConfig::tr("must name at least one queue"));
        return;
    }
    QStringList queues;
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = u"%1[%2]"_s.arg(kQueues).arg(i);
        const QJsonValue entry = array.at(i);
        if (!entry.isString()) {
            fail(field, HeadlessConfig::tr("must be a string"));
            continue;
        }
        const QString id = entry.toString();
        if (id.trimmed().isEmpty()) {
            fail(field, HeadlessConfig::tr("must not be empty"));
        } else if (seen.contains(id)) {
            fail(field, HeadlessConfig::tr("duplicate queue id \"%1\"").arg(id));
        } else {
            seen.insert(id);
            queues.append(id);
        }
    }
    config->queues = queues;
}

void ConfigReader::readPolicies(HeadlessConfig *config)
{
    const bool hasInline = m_root.contains(kPolicies);
    const bool hasFile = m_root.contains(kPolicyFile);
    if (hasInline && hasFile) {
        fail(kPolicyFile,
             HeadlessConfig::tr("cannot be combined with %1: give exactly one of them")
                 .arg(kPolicies));
        return;
    }
    if (!hasInline && !hasFile) {
        fail(kPolicies,
             HeadlessConfig::tr("is missing: give the policies inline or name a %1")
                 .arg(kPolicyFile));
        return;
    }

    PolicyErrors policyErrors;
    std::optional<PolicySet> set;
    QString prefix;
    if (hasInline) {
        const QJsonValue value = m_root.value(kPolicies);
        if (!value.isObject()) {
            fail(kPolicies,
                 HeadlessConfig::tr("must be an object in the policy file format "
                                    "(docs/policy.md)"));
            return;
        }
        prefix = kPolicies;
        set = PolicyParser::parse(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact),
                                  &policyErrors);
    } else {
        const std::optional<QString> path = string(kPolicyFile, true);
        if (!path)
            return;
        config->policyFile = absolutePath(*path);
        prefix = kPolicyFile;
        set = PolicyParser::load(config->policyFile, &policyErrors);
    }
    if (!set) {
        for (const PolicyError &error : std::as_const(policyErrors))
            fail(prefix, error.toString());
        return;
    }
    config->policies = *set;
}

void ConfigReader::readJournal(HeadlessConfig *config)
{
    if (!m_root.contains(kJournal)) {
        config->journalPath = HeadlessConfig::defaultJournalPath();
        if (config->journalPath.isEmpty())
            fail(kJournal,
                 HeadlessConfig::tr("is missing and this system has no application data "
                                    "directory to put the journal in"));
        return;
    }
    if (const std::optional<QString> path = string(kJournal, false))
        config->journalPath = absolutePath(*path);
}

void ConfigReader::readInstanceId(HeadlessConfig *config)
{
    const std::optional<QString> id = string(kInstanceId, false);
    if (!id)
        return; // absent: the default from the host name
    if (!HeadlessConfig::isValidInstanceId(*id)) {
        fail(kInstanceId,
             HeadlessConfig::tr("\"%1\" is not an instance id (1 to %2 characters of A-Z, a-z, "
                                "0-9, '.', '_' and '-')")
                 .arg(*id)
                 .arg(HeadlessConfig::kMaxInstanceIdLength));
        return;
    }
    config->instanceId = *id;
}

void ConfigReader::readClaimLead(HeadlessConfig *config)
{
    const QJsonValue value = m_root.value(kClaimLeadSeconds);
    if (value.isUndefined())
        return;
    const double seconds = value.toDouble(-1);
    if (!value.isDouble() || seconds != std::floor(seconds) || seconds < 0
        || seconds > HeadlessConfig::kMaxClaimLeadSeconds) {
        fail(kClaimLeadSeconds,
             HeadlessConfig::tr("must be a whole number of seconds from 0 to %1")
                 .arg(HeadlessConfig::kMaxClaimLeadSeconds));
        return;
    }
    config->claimLeadSeconds = static_cast<int>(seconds);
}

bool isLoopbackEnvironment(const Genesys::Environment &environment)
{
    if (!environment.domain().isEmpty())
        return false; // a region of the platform
    const QString host = environment.apiBase().host();
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

void ConfigReader::readSandboxClock(HeadlessConfig *config)
{
    const QJsonValue value = m_root.value(kSandboxClock);
    if (value.isUndefined())
        return;
    // A test seam: the platform's clock is the wall clock, so a fast clock is only meaningful
    // against a sandbox organisation on this machine.
    if (!config->environment.isValid() || !isLoopbackEnvironment(config->environment)) {
        fail(kSandboxClock,
             HeadlessConfig::tr("is only allowed with a sandbox organisation on a loopback "
                                "environment (http://127.0.0.1:<port>)"));
        return;
    }
    const QJsonObject object = value.toObject();
    const QStringList keys = object.keys();
    const bool exactKeys = keys.size() == 3 && object.contains("speed"_L1)
        && object.contains("nowMs"_L1) && object.contains("atWallMs"_L1);
    const double speed = object.value("speed"_L1).toDouble(-1);
    const double nowMs = object.value("nowMs"_L1).toDouble(-1);
    const double atWallMs = object.value("atWallMs"_L1).toDouble(-1);
    const auto wholeMs = [](double ms) { return ms >= 0 && ms == std::floor(ms) && ms < 9.0e15; };
    if (!value.isObject() || !exactKeys || speed < 1
        || speed > HeadlessConfig::kMaxSandboxClockSpeed || !wholeMs(nowMs) || !wholeMs(atWallMs)) {
        fail(kSandboxClock,
             HeadlessConfig::tr("must be {\"speed\": 1 to %1, \"nowMs\": the sandbox's clock at "
                                "\"atWallMs\": the wall clock, both in whole ms since 1970}")
                 .arg(HeadlessConfig::kMaxSandboxClockSpeed));
        return;
    }
    config->sandboxClock = HeadlessConfig::SandboxClock {speed, static_cast<qint64>(nowMs),
                                                         static_cast<qint64>(atWallMs)};
}

void ConfigReader::read(HeadlessConfig *config)
{
    const QStringList known
        = {kEnvironment, kClientId,         kClientSecretEnv, kClientSecret, kClientSecretFile,
           kQueues,      kPolicies,         kPolicyFile,      kJournal,      kObserveOnly,
           kInstanceId,  kClaimLeadSeconds, kSandboxClock,    kWorkerToken};
    for (auto it = m_root.begin(); it != m_root.end(); ++it) {
        if (!known.contains(it.key()))
            fail(
                it.key(),
                HeadlessConfig::tr("unknown field (expected one of: %1)").arg(known.join(u", "_s)));
    }

    readEnvironment(config);
    if (const std::optional<QString> id = string(kClientId, true))
        config->clientId = *id;
    readSecret(config);
    readQueues(config);
    readPolicies(config);
    readJournal(config);
    const QJsonValue observeOnly = m_root.value(kObserveOnly);
    if (!observeOnly.isUndefined()) {
        if (observeOnly.isBool())
            config->observeOnly = observeOnly.toBool();
        else
            fail(kObserveOnly, HeadlessConfig::tr("must be true or false"));
    }
    readInstanceId(config);
    readClaimLead(config);
    readSandboxClock(config);
    const QJsonValue workerToken = m_root.value(kWorkerToken);
    if (workerToken == "own"_L1 || workerToken == "shared"_L1)
        config->ownWorkerToken = workerToken == "own"_L1;
    else if (!workerToken.isUndefined())
        fail(kWorkerToken, HeadlessConfig::tr("must be \"own\" or \"shared\""));
}

} // namespace

QString HeadlessConfig::defaultClientSecretEnv()
{
    return u"IDLEGUARD_CLIENT_SECRET"_s;
}

QString HeadlessConfig::defaultJournalPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir.isEmpty() ? QString() : dir + u"/journal.sqlite"_s;
}

QString HeadlessConfig::defaultInstanceId()
{
    QString id = QSysInfo::machineHostName().left(kMaxInstanceIdLength);
    for (QChar &c : id) {
        if (!isInstanceIdChar(c))
            c = u'-';
    }
    return id.isEmpty() ? u"idleguard"_s : id;
}

bool HeadlessConfig::isValidInstanceId(const QString &id)
{
    return !id.isEmpty() && id.size() <= kMaxInstanceIdLength
        && std::all_of(id.cbegin(), id.cend(), isInstanceIdChar);
}

std::optional<HeadlessConfig> HeadlessConfig::parse(const QByteArray &json, const QString &baseDir,
                                                    QStringList *errors)
{
    QStringList found;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt's message names the syntax problem, never the text around it: no secret leaks.
        found.append(tr("malformed JSON at %1: %2")
                         .arg(lineAndColumn(json, parseError.offset), parseError.errorString()));
    } else if (!document.isObject()) {
        found.append(tr("the document must be a JSON object"));
    }

    HeadlessConfig config;
    if (found.isEmpty())
        ConfigReader(document.object(), baseDir, &found).read(&config);
    if (!found.isEmpty()) {
        qCDebug(lcHeadless) << "configuration refused with" << found.size() << "error(s)";
        *errors = found;
        return std::nullopt;
    }
    qCDebug(lcHeadless).nospace() << "configuration read: environment " << config.environment.key()
                                  << ", " << config.queues.size() << " queue(s), instance "
                                  << config.instanceId << ", observeOnly " << config.observeOnly;
    errors->clear();
    return config;
}

std::optional<HeadlessConfig> HeadlessConfig::load(const QString &path, QStringList *errors)
{
    QString error;
    const std::optional<QByteArray> content = ConfigFile::read(path, &error);
    if (!content) {
        *errors = {error};
        return std::nullopt;
    }
    std::optional<HeadlessConfig> config = parse(*content, QFileInfo(path).absolutePath(), errors);
    // With the secret inline the file is as secret as the secret: other users must not read it
    // (nor change it, to point the enforcer elsewhere with our credentials).
    if (config && !config->clientSecret.isEmpty()) {
        if (const QString exposure = OwnerFiles::exposure(path); !exposure.isEmpty()) {
            *errors = {kClientSecret + u": "_s + exposure};
            return std::nullopt;
        }
    }
    return config;
}

QString HeadlessConfig::resolveSecret(QString *error) const
{
    if (!clientSecret.isEmpty()) {
        error->clear();
        return clientSecret;
    }
    if (!clientSecretFile.isEmpty())
        return readSecretFile(error);
    const QByteArray name = clientSecretEnv.toLocal8Bit();
    if (!qEnvironmentVariableIsSet(name.constData())) {
        *error
            = tr("no client secret: the environment variable %1 is not set").arg(clientSecretEnv);
        return {};
    }
    const QString secret = qEnvironmentVariable(name.constData());
    if (secret.isEmpty()) {
        *error = tr("no client secret: the environment variable %1 is empty").arg(clientSecretEnv);
        return {};
    }
    error->clear();
    return secret;
}

QString HeadlessConfig::readSecretFile(QString *error) const
{
    // Refused before reading: a secret others can read is not a secret any more, and the
    // administrator should hear so rather than have it used.
    if (const QString exposure = OwnerFiles::exposure(clientSecretFile); !exposure.isEmpty()) {
        *error = tr("no client secret: %1").arg(exposure);
        return {};
    }
    QString readError;
    const std::optional<QByteArray> content
        = ConfigFile::read(clientSecretFile, &readError, kMaxSecretFileBytes);
    if (!content) {
        *error = tr("no client secret: %1").arg(readError);
        return {};
    }
    // The whole file is the secret; the line end an editor adds is not part of it.
    const QString secret = QString::fromUtf8(*content).trimmed();
    if (secret.isEmpty()) {
        *error = tr("no client secret: the file %1 is empty").arg(clientSecretFile);
        return {};
    }
    error->clear();
    return secret;
}

} // namespace IdleGuard::Headless
