#include "templaterenderer.h"

namespace IdleGuard {

namespace {

QString valueOf(const QString &name, const TemplateContext &c, bool *known)
{
    *known = true;
    if (name == u"customerName")
        return c.customerName.trimmed();
    if (name == u"agentName")
        return c.agentName.trimmed();
    if (name == u"queueName")
        return c.queueName.trimmed();
    if (name == u"idleMinutes")
        return QString::number(c.idleMinutes);
    if (name == u"closeInMinutes")
        return c.closeInMinutes < 0 ? QString() : QString::number(c.closeInMinutes);
    *known = false;
    return {};
}

// Walks a template, calling literal(text) and placeholder(name) in order. Returns false and
// sets *error on an unbalanced brace.
template<typename Literal, typename Placeholder>
bool walk(const QString &t, Literal &&literal, Placeholder &&placeholder, QString *error)
{
    qsizetype i = 0;
    while (i < t.size()) {
        const QChar ch = t.at(i);
        if (ch == u'{' && i + 1 < t.size() && t.at(i + 1) == u'{') {
            literal(QStringLiteral("{"));
            i += 2;
        } else if (ch == u'}' && i + 1 < t.size() && t.at(i + 1) == u'}') {
            literal(QStringLiteral("}"));
            i += 2;
        } else if (ch == u'{') {
            const qsizetype close = t.indexOf(u'}', i + 1);
            if (close < 0) {
                *error = TemplateRenderer::tr("unclosed \"{\" at position %1").arg(i + 1);
                return false;
            }
            placeholder(t.mid(i + 1, close - i - 1));
            i = close + 1;
        } else if (ch == u'}') {
            *error = TemplateRenderer::tr("stray \"}\" at position %1").arg(i + 1);
            return false;
        } else {
            literal(QString(ch));
            ++i;
        }
    }
    return true;
}

} // namespace

const QStringList &TemplateRenderer::placeholders()
{
    static const QStringList names {QStringLiteral("customerName"), QStringLiteral("agentName"),
                                    QStringLiteral("queueName"), QStringLiteral("idleMinutes"),
                                    QStringLiteral("closeInMinutes")};
    return names;
}

QStringList TemplateRenderer::problems(const QString &templateText)
{
    QStringList out;
    QString error;
    const bool balanced = walk(
        templateText, [](const QString &) {},
        [&](const QString &name) {
            if (!placeholders().contains(name))
                out << tr("unknown placeholder {%1} (known: %2)")
                           .arg(name, placeholders().join(QStringLiteral(", ")));
        },
        &error);
    if (!balanced)
        out << error;
    return out;
}

QString TemplateRenderer::render(const QString &templateText, const TemplateContext &context)
{
    QString out;
    out.reserve(templateText.size() + 32);
    QString error;
    const bool balanced = walk(
        templateText, [&](const QString &text) { out += text; },
        [&](const QString &name) {
            bool known = false;
            const QString value = valueOf(name, context, &known);
            if (!known) {
                out += u'{' + name + u'}'; // validation refuses these; keep them visible
            } else if (value.isEmpty() && out.endsWith(u' ')) {
                out.chop(1); // "Hi {customerName}, ..." without a name reads "Hi, ..."
            } else {
                out += value;
            }
        },
        &error);
    return balanced ? out : templateText; // validation refuses these; never send half a text
}

} // namespace IdleGuard
