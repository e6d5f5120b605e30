// Fuzz target: the message templates (TemplateRenderer::problems and render). The input is the
// template, optionally followed by NUL-separated customer, agent and queue names.

#include "core/templaterenderer.h"
#include "fuzzsupport.h"

using namespace IdleGuard;

namespace {

bool hasBrace(const QString &text)
{
    return text.contains(u'{') || text.contains(u'}');
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::initialise();
    const QList<QByteArray> parts = Fuzz::bytes(data, size).split('\0');
    const QString text = QString::fromUtf8(parts.value(0));
    TemplateContext context;
    context.customerName = QString::fromUtf8(parts.value(1, "Jane"));
    context.agentName = QString::fromUtf8(parts.value(2, "Alex"));
    context.queueName = QString::fromUtf8(parts.value(3, "Web Support"));
    context.idleMinutes = int(size % 240);
    context.closeInMinutes = int(size % 7) - 1;

    const QStringList problems = TemplateRenderer::problems(text);
    const QString rendered = TemplateRenderer::render(text, context);

    // Text without braces is sent as it is.
    if (!hasBrace(text))
        FUZZ_CHECK(rendered == text);
    // A template the editor accepts leaves no brace of its own in the message (names may have
    // some), unless it asked for a literal one.
    if (problems.isEmpty() && !text.contains(QStringLiteral("{{"))
        && !text.contains(QStringLiteral("}}")) && !hasBrace(context.customerName)
        && !hasBrace(context.agentName) && !hasBrace(context.queueName))
        FUZZ_CHECK(!hasBrace(rendered));
    return 0;
}
