#include "messageeditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace IdleGuard::Ui {

MessageEditor::MessageEditor(QWidget *parent)
    : QWidget(parent)
{
    m_languages = new QComboBox(this);
    m_languages->setObjectName(QStringLiteral("messageLanguage"));
    m_languages->setToolTip(tr("The language of the text below; customers get the text in "
                               "their language, else in the policy's default language."));
    m_add = new QToolButton(this);
    m_add->setText(tr("Add language…"));
    m_remove = new QToolButton(this);
    m_remove->setText(tr("Remove language"));
    m_insert = new QToolButton(this);
    m_insert->setText(tr("Insert placeholder"));
    m_insert->setPopupMode(QToolButton::InstantPopup);
    auto *placeholders = new QMenu(m_insert);
    for (const QString &name : TemplateRenderer::placeholders()) {
        placeholders->addAction(u'{' + name + u'}', this, [this, name] {
            m_text->insertPlainText(u'{' + name + u'}');
            m_text->setFocus();
        });
    }
    m_insert->setMenu(placeholders);

    m_text = new QPlainTextEdit(this);
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 4 + 12);
    m_problem = new ProblemLabel(this);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("messagePreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setForegroundRole(QPalette::PlaceholderText);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_languages);
    bar->addWidget(m_add);
    bar->addWidget(m_remove);
    bar->addStretch();
    bar->addWidget(m_insert);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_text);
    layout->addWidget(m_problem);
    layout->addWidget(m_preview);

    connect(m_languages, &QComboBox::currentIndexChanged, this, &MessageEditor::showLanguage);
    connect(m_add, &QToolButton::clicked, this, &MessageEditor::addLanguage);
    connect(m_remove, &QToolButton::clicked, this, &MessageEditor::removeLanguage);
    connect(m_text, &QPlainTextEdit::textChanged, this, &MessageEditor::onTextChanged);
}

void MessageEditor::setMessage(const LocalizedText &message, const QString &defaultLanguage)
{
    m_defaultLanguage = LocalizedText::normalizedTag(defaultLanguage);
    m_texts.clear();
    for (const QString &language : message.languages())
        m_texts.insert(language, message.text(language));
    rebuildLanguages(m_texts.contains(m_defaultLanguage) || m_texts.isEmpty() ? m_defaultLanguage
                                                                              : m_texts.firstKey());
}

LocalizedText MessageEditor::message() const
{
    LocalizedText message;
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
        if (!it->isEmpty())
            message.setText(it.key(), *it);
    }
    return message;
}

void MessageEditor::setDefaultLanguage(const QString &language)
{
    const QString tag = LocalizedText::normalizedTag(language);
    if (tag == m_defaultLanguage)
        return;
    m_defaultLanguage = tag;
    rebuildLanguages(currentLanguage());
}

void MessageEditor::setPreviewContext(const TemplateContext &context)
{
    m_context = context;
    updatePreview();
}

void MessageEditor::showProblems(const QMap<QString, QStringList> &problems)
{
    if (problems == m_problems)
        return;
    m_problems = problems;
    // A language with a problem is marked in the list, so it is found without opening each.
    for (int i = 0; i < m_languages->count(); ++i) {
        const QString tag = m_languages->itemData(i).toString();
        m_languages->setItemIcon(
            i,
            problems.contains(tag) ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    }
    updateProblem();
}

QString MessageEditor::currentLanguage() const
{
    return m_languages->currentData().toString();
}

void MessageEditor::setCurrentLanguage(const QString &language)
{
    const int index = m_languages->findData(LocalizedText::normalizedTag(language));
    if (index >= 0)
        m_languages->setCurrentIndex(index);
}

void MessageEditor::addLanguage()
{
    bool ok = false;
    const QString tag = QInputDialog::getText(
        this, tr("Add a language"),
        tr("Language tag of the new text (for example \"de\", \"es\" or \"pt-BR\"):"),
        QLineEdit::Normal, QString(), &ok);
    if (!ok || tag.trimmed().isEmpty())
        return;
    const QString normalized = LocalizedText::normalizedTag(tag.trimmed());
    m_texts.insert(normalized, m_texts.value(normalized)); // invalid tags show their problem
    rebuildLanguages(normalized);
    m_text->setFocus();
    emit edited();
}

void MessageEditor::removeLanguage()
{
    const QString tag = currentLanguage();
    if (!m_texts.remove(tag))
        return;
    rebuildLanguages(m_defaultLanguage);
    emit edited();
}

void MessageEditor::rebuildLanguages(const QString &select)
{
    m_loading = true;
    if (!m_texts.contains(m_defaultLanguage))
        m_texts.insert(m_defaultLanguage, QString()); // there is always a place for it
    m_languages->clear();
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
        const QString label
            = it.key() == m_defaultLanguage ? tr("%1 (default)").arg(it.key()) : it.key();
        m_languages->addItem(label, it.key());
    }
    const int index = m_languages->findData(select);
    m_languages->setCurrentIndex(index >= 0 ? index : 0);
    m_loading = false;
    m_problems.clear(); // icons are set again by the next showProblems()
    showLanguage();
}

void MessageEditor::showLanguage()
{
    const QString tag = currentLanguage();
    m_loading = true;
    m_text->setPlainText(m_texts.value(tag));
    m_loading = false;
    m_remove->setEnabled(tag != m_defaultLanguage);
    updatePreview();
    updateProblem();
}

void MessageEditor::onTextChanged()
{
    if (m_loading)
        return;
    m_texts[currentLanguage()] = m_text->toPlainText();
    updatePreview();
    emit edited();
}

void MessageEditor::updatePreview()
{
    const QString text = m_texts.value(currentLanguage());
    m_preview->setText(text.trimmed().isEmpty()
                           ? tr("No text in this language: customers who write in it get the "
                                "default language's text.")
                           : tr("Preview: %1").arg(TemplateRenderer::render(text, m_context)));
}

void MessageEditor::updateProblem()
{
    QStringList lines = m_problems.value(QString());
    lines += m_problems.value(currentLanguage());
    m_problem->setProblems(lines);
}

} // namespace IdleGuard::Ui
