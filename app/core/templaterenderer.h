#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace IdleGuard {

// The values a message template can refer to.
struct TemplateContext
{
    QString customerName;
    QString agentName;
    QString queueName;
    int idleMinutes = 0;
    int closeInMinutes = -1; // -1: no close stage ahead, the placeholder renders empty
};

// Renders warning and closing templates: {customerName}, {agentName}, {queueName},
// {idleMinutes}, {closeInMinutes}; "{{" and "}}" stand for literal braces.
class TemplateRenderer
{
    Q_DECLARE_TR_FUNCTIONS(TemplateRenderer)

public:
    static const QStringList &placeholders();
    // Placeholders used in a template that are not in placeholders(), and unbalanced braces.
    static QStringList problems(const QString &templateText);
    static QString render(const QString &templateText, const TemplateContext &context);
};

} // namespace IdleGuard
