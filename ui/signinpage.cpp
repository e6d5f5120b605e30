#include "signinpage.h"

#include "genesys/environment.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace IdleGuard::Ui {

using namespace Qt::StringLiterals;

SignInPage::SignInPage(QWidget *parent)
    : QWidget(parent)
{
    auto *card = new QFrame(this);
    card->setFrameShape(QFrame::StyledPanel);
    card->setMaximumWidth(520);

    auto *title = new QLabel(tr("<h2>Sign in to Genesys Cloud</h2>"), card);
    auto *intro = new QLabel(tr("Idle Guard watches the message conversations of the queues you "
                                "choose. Sign-in happens in your web browser; Idle Guard never "
                                "sees your password."),
                             card);
    intro->setWordWrap(true);

    m_environment = new QComboBox(card);
    m_environment->setEditable(true);
    m_environment->setInsertPolicy(QComboBox::NoInsert);
    for (const Genesys::Environment &region : Genesys::Environment::regions())
        m_environment->addItem(region.domain(), region.key());
    m_environment->setAccessibleName(tr("Region"));
    m_environment->setToolTip(
        tr("The region of your organisation (the address you sign in at), or a full address "
           "such as http://127.0.0.1:8080 for a sandbox."));
    m_clientId = new QLineEdit(card);
    m_clientId->setPlaceholderText(tr("the OAuth client id your administrator gave you"));
    m_clientId->setAccessibleName(tr("OAuth client id"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Region:"), m_environment);
    form->addRow(tr("&Client id:"), m_clientId);

    m_signIn = new QPushButton(tr("&Sign in"), card);
    m_signIn->setDefault(true);
    m_signIn->setAccessibleName(tr("Sign in"));
    m_note = new QLabel(card);
    m_note->setWordWrap(true);
    m_note->hide();
    m_status = new QLabel(card);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Sign-in status"));
    m_busy = new QProgressBar(card);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->hide();

    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 18, 24, 18);
    cardLayout->addWidget(title);
    cardLayout->addWidget(intro);
    cardLayout->addSpacing(8);
    cardLayout->addLayout(form);
    cardLayout->addWidget(m_note);
    cardLayout->addWidget(m_signIn, 0, Qt::AlignRight);
    cardLayout->addWidget(m_busy);
    cardLayout->addWidget(m_status);

    // Centred between stretches rather than by alignment: so the card's height follows the
    // wrapped intro at the card's own width (longer in German and Spanish), never cutting it off.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card, 1);
    row->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    connect(m_signIn, &QPushButton::clicked, this, [this] {
        if (m_inProgress)
            emit cancelRequested();
        else
            emit signInRequested();
    });
    connect(m_clientId, &QLineEdit::textChanged, this, &SignInPage::updateButton);
    connect(m_clientId, &QLineEdit::returnPressed, m_signIn, &QPushButton::click);
    connect(m_environment, &QComboBox::currentTextChanged, this, &SignInPage::updateButton);
    updateButton();
}

QString SignInPage::environmentKey() const
{
    const int index = m_environment->findText(m_environment->currentText());
    return index >= 0 && m_environment->itemData(index).isValid()
        ? m_environment->itemData(index).toString()
        : m_environment->currentText().trimmed();
}

QString SignInPage::clientId() const
{
    return m_clientId->text().trimmed();
}

void SignInPage::setEnvironmentKey(const QString &key)
{
    const int index = m_environment->findData(key);
    if (index >= 0)
        m_environment->setCurrentIndex(index);
    else
        m_environment->setEditText(key);
}

void SignInPage::setClientId(const QString &clientId)
{
    m_clientId->setText(clientId);
}

void SignInPage::lockTo(const QString &environmentKey, const QString &clientId, const QString &note)
{
    setEnvironmentKey(environmentKey);
    setClientId(clientId);
    m_environment->setEnabled(false);
    m_clientId->setReadOnly(true);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void SignInPage::showProgress(const QString &message)
{
    m_inProgress = true;
    m_busy->show();
    m_status->setStyleSheet(QString());
    m_status->setText(message);
    updateButton();
}

void SignInPage::showError(const QString &message)
{
    m_inProgress = false;
    m_busy->hide();
    // Red in light and dark palettes alike.
    m_status->setStyleSheet(u"color: #d32f2f; font-weight: bold;"_s);
    m_status->setText(message);
    updateButton();
}

void SignInPage::showIdle()
{
    m_inProgress = false;
    m_busy->hide();
    m_status->clear();
    updateButton();
}

void SignInPage::updateButton()
{
    m_signIn->setText(m_inProgress ? tr("&Cancel") : tr("&Sign in"));
    const bool complete = !clientId().isEmpty() && !environmentKey().isEmpty();
    m_signIn->setEnabled(m_inProgress || complete);
}

} // namespace IdleGuard::Ui
