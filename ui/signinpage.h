#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace IdleGuard::Ui {

// The page a supervisor sees before signing in: where the organisation lives (a Genesys Cloud
// region, or a custom address such as the sandbox's), the OAuth client id, and Sign in. Shows
// progress ("your browser opened …") and every error in words, never only in a log. It holds
// no logic of its own: it asks for a sign-in with the values entered, and is told what happened.
class SignInPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SignInPage(QWidget *parent = nullptr);

    // The environment as entered: a region key, or a custom base URL.
    QString environmentKey() const;
    QString clientId() const;
    void setEnvironmentKey(const QString &key);
    void setClientId(const QString &clientId);
    // The demo: the sandbox's address, fixed.
    void lockTo(const QString &environmentKey, const QString &clientId, const QString &note);

    void showProgress(const QString &message);
    void showError(const QString &message);
    void showIdle();

signals:
    void signInRequested();
    void cancelRequested();

private:
    void updateButton();

    QComboBox *m_environment = nullptr;
    QLineEdit *m_clientId = nullptr;
    QPushButton *m_signIn = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    bool m_inProgress = false;
};

} // namespace IdleGuard::Ui
