#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace IdleGuard {

// A text with per-language variants, keyed by BCP 47 tag ("en", "de-CH").
// Picks a variant by the fallback chain: exact tag, base language, default language.
class LocalizedText
{
public:
    LocalizedText() = default;
    explicit LocalizedText(const QString &defaultLanguage, const QString &text);

    void setText(const QString &language, const QString &text);
    QString text(const QString &language) const; // exact variant only
    bool hasLanguage(const QString &language) const;
    QStringList languages() const;
    bool isEmpty() const { return m_variants.isEmpty(); }

    // The variant for a customer language, falling back as described above.
    QString pick(const QString &language, const QString &defaultLanguage) const;
    // The normalized tag pick() takes its text from.
    QString pickLanguage(const QString &language, const QString &defaultLanguage) const;

    // "de_CH" and "DE-ch" both become "de-ch": tags compare case-insensitively.
    static QString normalizedTag(const QString &tag);
    static bool isValidTag(const QString &tag);

    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;

private:
    QMap<QString, QString> m_variants; // normalized tag -> text
};

} // namespace IdleGuard
