#include "localizedtext.h"

#include <QRegularExpression>

namespace IdleGuard {

LocalizedText::LocalizedText(const QString &defaultLanguage, const QString &text)
{
    setText(defaultLanguage, text);
}

void LocalizedText::setText(const QString &language, const QString &text)
{
    m_variants.insert(normalizedTag(language), text);
}

QString LocalizedText::text(const QString &language) const
{
    return m_variants.value(normalizedTag(language));
}

bool LocalizedText::hasLanguage(const QString &language) const
{
    return m_variants.contains(normalizedTag(language));
}

QStringList LocalizedText::languages() const
{
    return m_variants.keys();
}

QString LocalizedText::pick(const QString &language, const QString &defaultLanguage) const
{
    return m_variants.value(pickLanguage(language, defaultLanguage));
}

QString LocalizedText::pickLanguage(const QString &language, const QString &defaultLanguage) const
{
    if (!language.isEmpty()) {
        const QString tag = normalizedTag(language);
        if (m_variants.contains(tag))
            return tag;
        const QString base = tag.section(QLatin1Char('-'), 0, 0);
        if (m_variants.contains(base))
            return base;
    }
    return normalizedTag(defaultLanguage);
}

QString LocalizedText::normalizedTag(const QString &tag)
{
    QString out = tag.trimmed().toLower();
    out.replace(QLatin1Char('_'), QLatin1Char('-'));
    return out;
}

bool LocalizedText::isValidTag(const QString &tag)
{
    // Language, then optional script/region/variant subtags: "en", "pt-BR", "zh-Hant-TW".
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$"));
    return pattern.match(tag).hasMatch();
}

} // namespace IdleGuard
