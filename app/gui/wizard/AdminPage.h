#pragma once

#include <QByteArray>
#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace trialdesk::gui {

class PasswordPairWidget;

// First-run wizard, step 2: the administrator's account.
class AdminPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit AdminPage(QWidget *parent = nullptr);

    QString username() const;
    QString displayName() const;
    // A copy of the password as UTF-8; the caller wipes it.
    QByteArray password() const;
    void clearPassword();

    bool isComplete() const override;

    // Same rule as the core's: 1 to 64 lower-case letters, digits, '.', '_' or '-', starting with a
    // letter or a digit.
    static bool isValidUsername(const QString &username);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateUsernameFeedback();

    QLabel *m_usernameLabel;
    QLineEdit *m_username;
    QLabel *m_usernameFeedback;
    QLabel *m_displayNameLabel;
    QLineEdit *m_displayName;
    PasswordPairWidget *m_passwords;
};

} // namespace trialdesk::gui
