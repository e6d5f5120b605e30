#include "policy.h"

#include "templaterenderer.h"

namespace IdleGuard {

namespace {

struct StageField
{
    IdleStage stage;
    const char *path;
    bool messageRequired;
    bool hasMessage;
};

constexpr StageField kCustomerStages[] = {
    {IdleStage::Warning1, "customer.warning1", true, true},
    {IdleStage::Warning2, "customer.warning2", true, true},
    {IdleStage::Close, "customer.close", false, true},
};
constexpr StageField kAgentStages[] = {
    {IdleStage::AgentFlag, "agent.flag", false, false},
    {IdleStage::AgentEscalate, "agent.escalate", false, false},
};

} // namespace

Policy Policy::builtInDefault()
{
    Policy p;
    p.name = QStringLiteral("Default");
    p.warning1
        = {true, 300,
           LocalizedText(QStringLiteral("en"),
                         QStringLiteral("Hi {customerName}, are you still there? We have not "
                                        "heard from you for {idleMinutes} minutes."))};
    p.warning1.message.setText(
        QStringLiteral("de"),
        QStringLiteral("Hallo {customerName}, sind Sie noch da? Wir haben seit "
                       "{idleMinutes} Minuten nichts von Ihnen gehört."));
    p.warning1.message.setText(
        QStringLiteral("es"),
        QStringLiteral("Hola, {customerName}: ¿sigue ahí? No sabemos de usted desde hace "
                       "{idleMinutes} minutos."));
    p.warning2
        = {true, 600,
           LocalizedText(QStringLiteral("en"),
                         QStringLiteral("We will close this conversation in {closeInMinutes} "
                                        "minutes unless we hear from you."))};
    p.warning2.message.setText(QStringLiteral("de"),
                               QStringLiteral("Wir schließen dieses Gespräch in {closeInMinutes} "
                                              "Minuten, wenn wir nichts von Ihnen hören."));
    p.warning2.message.setText(QStringLiteral("es"),
                               QStringLiteral("Cerraremos esta conversación en {closeInMinutes} "
                                              "minutos si no sabemos de usted."));
    p.close = {true, 900,
               LocalizedText(QStringLiteral("en"),
                             QStringLiteral("This conversation is now closed. Reply at any time to "
                                            "start a new one."))};
    p.close.message.setText(QStringLiteral("de"),
                            QStringLiteral("Dieses Gespräch ist jetzt beendet. Antworten Sie "
                                           "jederzeit, um ein neues zu beginnen."));
    p.close.message.setText(QStringLiteral("es"),
                            QStringLiteral("Esta conversación ha terminado. Responda cuando "
                                           "quiera para iniciar una nueva."));
    p.agentFlag = {true, 180, {}};
    p.agentEscalate = {true, 600, {}};
    return p;
}

const StageSpec &Policy::stage(IdleStage s) const
{
    return const_cast<Policy *>(this)->stage(s);
}

StageSpec &Policy::stage(IdleStage s)
{
    switch (s) {
    case IdleStage::Warning1:
        return warning1;
    case IdleStage::Warning2:
        return warning2;
    case IdleStage::Close:
        return close;
    case IdleStage::AgentFlag:
        return agentFlag;
    case IdleStage::AgentEscalate:
        return agentEscalate;
    case IdleStage::None:
        break;
    }
    Q_UNREACHABLE();
}

TemplateContext Policy::previewContext(IdleStage s) const
{
    TemplateContext context;
    const int after = stage(s).afterSeconds;
    context.idleMinutes = std::max(0, after) / 60;
    if (close.enabled && s != IdleStage::Close && close.afterSeconds > after)
        context.closeInMinutes = (close.afterSeconds - after + 59) / 60; // as the engine rounds
    return context;
}

PolicyErrors Policy::validate(const QString &prefix) const
{
    PolicyErrors errors;
    auto fail = [&](const QString &field, const QString &message) {
        errors.append({prefix + field, message});
    };

    if (!LocalizedText::isValidTag(defaultLanguage))
        fail(QStringLiteral("defaultLanguage"),
             tr("\"%1\" is not a language tag (expected e.g. \"en\" or \"pt-BR\")")
                 .arg(defaultLanguage));

    auto checkTrack = [&](const auto &fields) {
        const StageField *previous = nullptr;
        for (const StageField &f : fields) {
            const StageSpec &s = stage(f.stage);
            const QString path = QString::fromLatin1(f.path);
            if (s.enabled) {
                const QString field = path + QStringLiteral(".afterSeconds");
                bool timeOk = false;
                if (s.afterSeconds < 0)
                    fail(field, tr("must not be negative (got %1 s)").arg(s.afterSeconds));
                else if (s.afterSeconds == 0)
                    fail(field, tr("must be greater than zero"));
                else if (s.afterSeconds < kMinSeconds)
                    fail(field,
                         tr("must be at least %1 s (got %2 s)")
                             .arg(kMinSeconds)
                             .arg(s.afterSeconds));
                else if (s.afterSeconds > kMaxSeconds)
                    fail(field,
                         tr("must be at most 8 h (%1 s) (got %2 s)")
                             .arg(kMaxSeconds)
                             .arg(s.afterSeconds));
                else
                    timeOk = true;
                if (timeOk && previous) {
                    const StageSpec &p = stage(previous->stage);
                    if (s.afterSeconds <= p.afterSeconds)
                        fail(field,
                             tr("must be greater than %1.afterSeconds (%2 s)")
                                 .arg(QString::fromLatin1(previous->path))
                                 .arg(p.afterSeconds));
                }
                if (timeOk)
                    previous = &f;
                if (f.messageRequired && s.message.isEmpty())
                    fail(path + QStringLiteral(".message"),
                         tr("is required when the stage is enabled"));
            }
            if (!f.hasMessage || s.message.isEmpty())
                continue;
            if (s.enabled && !s.message.hasLanguage(defaultLanguage))
                fail(path + QStringLiteral(".message"),
                     tr("has no text for the default language \"%1\"").arg(defaultLanguage));
            for (const QString &language : s.message.languages()) {
                const QString field = path + QStringLiteral(".message.") + language;
                const QString text = s.message.text(language);
                if (!LocalizedText::isValidTag(language))
                    fail(field, tr("\"%1\" is not a language tag").arg(language));
                if (text.trimmed().isEmpty())
                    fail(field, tr("must not be empty"));
                if (text.size() > kMaxMessageLength)
                    fail(field,
                         tr("is %1 characters long; the platform accepts at most %2")
                             .arg(text.size())
                             .arg(kMaxMessageLength));
                for (const QString &problem : TemplateRenderer::problems(text))
                    fail(field, problem);
            }
        }
    };
    checkTrack(kCustomerStages);
    checkTrack(kAgentStages);
    return errors;
}

} // namespace IdleGuard
