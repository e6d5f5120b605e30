#include "policyparser.h"

#include "configfile.h"
#include "logging.h"
#include "textposition.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace IdleGuard {

namespace {

// Walks one JSON policy object onto a Policy (starting from the policy it inherits from),
// collecting errors with full field paths.
class PolicyReader
{
public:
    PolicyReader(PolicyErrors *errors)
        : m_errors(errors)
    { }

    void read(const QJsonObject &object, const QString &path, Policy *policy);

private:
    void fail(const QString &field, const QString &message) { m_errors->append({field, message}); }
    bool checkKeys(const QJsonObject &object, const QString &path, const QStringList &known);
    void readStage(const QJsonValue &value, const QString &path, bool withMessage,
                   StageSpec *stage);
    void readMessage(const QJsonValue &value, const QString &path, LocalizedText *message);
    bool readBool(const QJsonObject &o, const QString &key, const QString &path, bool *out);
    bool readString(const QJsonObject &o, const QString &key, const QString &path, QString *out);

    PolicyErrors *m_errors;
};

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

bool PolicyReader::checkKeys(const QJsonObject &object, const QString &path,
                             const QStringList &known)
{
    bool ok = true;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            fail(join(path, it.key()),
                 PolicyParser::tr("unknown field (expected one of: %1)")
                     .arg(known.join(QStringLiteral(", "))));
            ok = false;
        }
    }
    return ok;
}

bool PolicyReader::readBool(const QJsonObject &o, const QString &key, const QString &path,
                            bool *out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return false;
    if (!v.isBool()) {
        fail(join(path, key), PolicyParser::tr("must be true or false"));
        return false;
    }
    *out = v.toBool();
    return true;
}

bool PolicyReader::readString(const QJsonObject &o, const QString &key, const QString &path,
                              QString *out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return false;
    if (!v.isString()) {
        fail(join(path, key), PolicyParser::tr("must be a string"));
        return false;
    }
    *out = v.toString();
    return true;
}

void PolicyReader::readMessage(const QJsonValue &value, const QString &path, LocalizedText *message)
{
    LocalizedText result;
    if (value.isString()) {
        // Shorthand for the default language, which is only known once the whole policy is
        // read: kept under the empty tag until read() moves it there.
        result.setText(QString(), value.toString());
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!it->isString()) {
                fail(join(path, it.key()), PolicyParser::tr("must be a string"));
                continue;
            }
            result.setText(it.key(), it->toString());
        }
    } else if (!value.isNull()) {
        fail(path, PolicyParser::tr("must be a string or an object of language tag to text"));
        return;
    }
    *message = result;
}

void PolicyReader::readStage(const QJsonValue &value, const QString &path, bool withMessage,
                             StageSpec *stage)
{
    if (value.isUndefined())
        return; // inherited unchanged
    if (value.isNull()) {
        stage->enabled = false;
        return;
    }
    if (!value.isObject()) {
        fail(path, PolicyParser::tr("must be an object"));
        return;
    }
    const QJsonObject o = value.toObject();
    QStringList known {QStringLiteral("enabled"), QStringLiteral("afterSeconds")};
    if (withMessage)
        known << QStringLiteral("message");
    checkKeys(o, path, known);

    // An object that is present switches the stage on unless it says otherwise.
    stage->enabled = true;
    readBool(o, QStringLiteral("enabled"), path, &stage->enabled);

    const QJsonValue seconds = o.value(QStringLiteral("afterSeconds"));
    const QString secondsPath = join(path, QStringLiteral("afterSeconds"));
    if (seconds.isUndefined()) {
        if (stage->enabled && stage->afterSeconds == 0)
            fail(secondsPath, PolicyParser::tr("is required when the stage is enabled"));
    } else if (!seconds.isDouble()) {
        fail(secondsPath, PolicyParser::tr("must be a number of seconds"));
    } else {
        const double d = seconds.toDouble();
        if (d != std::floor(d) || std::abs(d) > 1e9)
            fail(secondsPath,
                 PolicyParser::tr("must be a whole number of seconds (got %1)").arg(d));
        else
            stage->afterSeconds = int(d); // range checks are Policy::validate's
    }
    // Language variants are checked against the policy's final default language later.
    if (withMessage && o.contains(QStringLiteral("message")))
        readMessage(o.value(QStringLiteral("message")), join(path, QStringLiteral("message")),
                    &stage->message);
}

void PolicyReader::read(const QJsonObject &object, const QString &path, Policy *policy)
{
    checkKeys(object, path,
              {QStringLiteral("name"), QStringLiteral("mode"),
               QStringLiteral("requireAgentMessage"), QStringLiteral("countTyping"),
               QStringLiteral("defaultLanguage"), QStringLiteral("customer"),
               QStringLiteral("agent"), QStringLiteral("closeScope"),
               QStringLiteral("wrapUpCode")});

    readString(object, QStringLiteral("name"), path, &policy->name);
    QString text;
    if (readString(object, QStringLiteral("mode"), path, &text)
        && !parsePolicyMode(text, &policy->mode))
        fail(join(path, QStringLiteral("mode")),
             PolicyParser::tr(
                 "unknown value \"%1\" (expected turn-aware, any-activity or customer-only)")
                 .arg(text));
    readBool(object, QStringLiteral("requireAgentMessage"), path, &policy->requireAgentMessage);
    readBool(object, QStringLiteral("countTyping"), path, &policy->countTyping);
    readString(object, QStringLiteral("defaultLanguage"), path, &policy->defaultLanguage);
    if (readString(object, QStringLiteral("closeScope"), path, &text)
        && !parseCloseScope(text, &policy->closeScope))
        fail(join(path, QStringLiteral("closeScope")),
             PolicyParser::tr("unknown value \"%1\" (expected agent or conversation)").arg(text));
    readString(object, QStringLiteral("wrapUpCode"), path, &policy->wrapUpCode);

    auto readTrack = [&](const QString &key, const QList<std::pair<QString, IdleStage>> &stages,
                         bool withMessage) {
        const QJsonValue v = object.value(key);
        if (v.isUndefined())
            return;
        const QString trackPath = join(path, key);
        if (!v.isObject()) {
            fail(trackPath, PolicyParser::tr("must be an object"));
            return;
        }
        const QJsonObject o = v.toObject();
        QStringList known;
        for (const auto &[name, stage] : stages)
            known << name;
        checkKeys(o, trackPath, known);
        for (const auto &[name, stage] : stages)
            readStage(o.value(name), join(trackPath, name), withMessage, &policy->stage(stage));
    };
    readTrack(QStringLiteral("customer"),
              {{QStringLiteral("warning1"), IdleStage::Warning1},
               {QStringLiteral("warning2"), IdleStage::Warning2},
               {QStringLiteral("close"), IdleStage::Close}},
              true);
    readTrack(QStringLiteral("agent"),
              {{QStringLiteral("flag"), IdleStage::AgentFlag},
               {QStringLiteral("escalate"), IdleStage::AgentEscalate}},
              false);

    // A message given as a plain string belongs to the policy's (final) default language.
    for (IdleStage s : {IdleStage::Warning1, IdleStage::Warning2, IdleStage::Close}) {
        StageSpec &stage = policy->stage(s);
        if (stage.message.hasLanguage(QString())) {
            LocalizedText fixed;
            for (const QString &language : stage.message.languages())
                fixed.setText(language.isEmpty() ? policy->defaultLanguage : language,
                              stage.message.text(language));
            stage.message = fixed;
        }
    }
}

// A JSON scalar as it stood in the file, for error messages.
QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return u'"' + value.toString() + u'"';
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return value.isArray() ? QStringLiteral("[...]") : QStringLiteral("{...}");
    }
}

QString lineAndColumn(const QByteArray &json, int offset)
{
    const TextPosition at = TextPosition::at(json, offset);
    return PolicyParser::tr("line %1, column %2").arg(at.line).arg(at.column);
}

} // namespace

std::optional<PolicySet> PolicyParser::parse(const QByteArray &json, PolicyErrors *errors)
{
    PolicyErrors found;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        found.append({QString(),
                      tr("malformed JSON at %1: %2")
                          .arg(lineAndColumn(json, parseError.offset), parseError.errorString())});
    } else if (!doc.isObject()) {
        found.append({QString(), tr("the document must be a JSON object")});
    }
    if (!found.isEmpty()) {
        *errors = found;
        return std::nullopt;
    }

    const QJsonObject root = doc.object();
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (version.isUndefined()) {
        found.append(
            {QStringLiteral("version"),
             tr("is missing (this build reads version %1)").arg(PolicySet::kFormatVersion)});
    } else if (!version.isDouble() || version.toDouble() != PolicySet::kFormatVersion) {
        found.append({QStringLiteral("version"),
                      tr("unsupported version %1 (this build reads version %2)")
                          .arg(jsonText(version))
                          .arg(PolicySet::kFormatVersion)});
    }
    if (!found.isEmpty()) { // an unknown version is not worth reading further
        *errors = found;
        return std::nullopt;
    }

    PolicyReader reader(&found);
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != u"version" && it.key() != u"default" && it.key() != u"queues")
            found.append(
                {it.key(), tr("unknown field (expected one of: version, default, queues)")});
    }

    PolicySet set;
    const QJsonValue defaults = root.value(QStringLiteral("default"));
    if (defaults.isUndefined()) {
        found.append({QStringLiteral("default"),
                      tr("is missing: the default policy covers every queue without its own")});
    } else if (!defaults.isObject()) {
        found.append({QStringLiteral("default"), tr("must be an object")});
    } else {
        // Everything unstated in the file is off: a file describes its policy completely.
        Policy base;
        reader.read(defaults.toObject(), QStringLiteral("default"), &base);
        set.defaultPolicy = base;
    }

    const QJsonValue queues = root.value(QStringLiteral("queues"));
    if (!queues.isUndefined() && !queues.isObject()) {
        found.append({QStringLiteral("queues"), tr("must be an object of queue id to policy")});
    } else {
        const QJsonObject q = queues.toObject();
        for (auto it = q.begin(); it != q.end(); ++it) {
            const QString path = QStringLiteral("queues.") + it.key();
            if (it.key().trimmed().isEmpty()) {
                found.append({path, tr("the queue id must not be empty")});
                continue;
            }
            if (!it->isObject()) {
                found.append({path, tr("must be an object")});
                continue;
            }
            Policy policy = set.defaultPolicy; // a queue inherits what it does not say
            policy.name.clear();
            reader.read(it->toObject(), path, &policy);
            set.queuePolicies.insert(it.key(), policy);
        }
    }

    if (found.isEmpty())
        found = set.validate();
    if (!found.isEmpty()) {
        qCDebug(lcPolicy) << "policy refused with" << found.size() << "error(s)";
        *errors = found;
        return std::nullopt;
    }
    errors->clear();
    return set;
}

std::optional<PolicySet> PolicyParser::load(const QString &path, PolicyErrors *errors)
{
    QString error;
    const std::optional<QByteArray> content = ConfigFile::read(path, &error);
    if (!content) {
        *errors = {{QString(), error}};
        return std::nullopt;
    }
    return parse(*content, errors);
}

QJsonObject PolicyParser::toJson(const Policy &p)
{
    // Every field is written, empty ones included: a queue inherits what its object leaves out,
    // so leaving out an empty wrap-up code or message would read back as the default's.
    auto stage = [&](const StageSpec &s, bool withMessage) -> QJsonValue {
        QJsonObject o {{QStringLiteral("enabled"), s.enabled},
                       {QStringLiteral("afterSeconds"), s.afterSeconds}};
        if (withMessage) {
            QJsonObject m;
            for (const QString &language : s.message.languages())
                m.insert(language, s.message.text(language));
            o.insert(QStringLiteral("message"),
                     s.message.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m));
        }
        return o;
    };
    QJsonObject o;
    if (!p.name.isEmpty())
        o.insert(QStringLiteral("name"), p.name);
    o.insert(QStringLiteral("mode"), stableName(p.mode));
    o.insert(QStringLiteral("requireAgentMessage"), p.requireAgentMessage);
    o.insert(QStringLiteral("countTyping"), p.countTyping);
    o.insert(QStringLiteral("defaultLanguage"), p.defaultLanguage);
    o.insert(QStringLiteral("customer"),
             QJsonObject {{QStringLiteral("warning1"), stage(p.warning1, true)},
                          {QStringLiteral("warning2"), stage(p.warning2, true)},
                          {QStringLiteral("close"), stage(p.close, true)}});
    o.insert(QStringLiteral("agent"),
             QJsonObject {{QStringLiteral("flag"), stage(p.agentFlag, false)},
                          {QStringLiteral("escalate"), stage(p.agentEscalate, false)}});
    o.insert(QStringLiteral("closeScope"), stableName(p.closeScope));
    o.insert(QStringLiteral("wrapUpCode"), p.wrapUpCode);
    return o;
}

QByteArray PolicyParser::serialize(const PolicySet &set)
{
    QJsonObject queues;
    for (auto it = set.queuePolicies.cbegin(); it != set.queuePolicies.cend(); ++it)
        queues.insert(it.key(), toJson(*it));
    const QJsonObject root {{QStringLiteral("version"), PolicySet::kFormatVersion},
                            {QStringLiteral("default"), toJson(set.defaultPolicy)},
                            {QStringLiteral("queues"), queues}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace IdleGuard
