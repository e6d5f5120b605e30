#pragma once

#include "core/localizedtext.h"
#include "core/templaterenderer.h"
#include "problemlabel.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace IdleGuard::Ui {

// Edits the per-language texts of one stage's message (a LocalizedText) with a live preview
// of its placeholders. A language whose text is empty is not part of the message.
class MessageEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit MessageEditor(QWidget *parent = nullptr);

    void setMessage(const LocalizedText &message, const QString &defaultLanguage);
    LocalizedText message() const;
    void setDefaultLanguage(const QString &language);
    // The sample values the preview renders with.
    void setPreviewContext(const TemplateContext &context);
    // Problems with the message as a whole (key "") or with one language (key: its tag).
    void showProblems(const QMap<QString, QStringList> &problems);
    QString currentLanguage() const;
    void setCurrentLanguage(const QString &language);

    QPlainTextEdit *textEdit() const { return m_text; }
    QLabel *preview() const { return m_preview; }
    ProblemLabel *problemLabel() const { return m_problem; }

signals:
    void edited();

private:
    void addLanguage();
    void removeLanguage();
    void rebuildLanguages(const QString &select);
    void showLanguage();
    void onTextChanged();
    void updatePreview();
    void updateProblem();

    QComboBox *m_languages = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_remove = nullptr;
    QToolButton *m_insert = nullptr;
    QPlainTextEdit *m_text = nullptr;
    ProblemLabel *m_problem = nullptr;
    QLabel *m_preview = nullptr;
    QMap<QString, QString> m_texts; // normalized tag -> text, empty ones included while edited
    QString m_defaultLanguage = QStringLiteral("en");
    TemplateContext m_context;
    QMap<QString, QStringList> m_problems;
    bool m_loading = false;
};

} // namespace IdleGuard::Ui
