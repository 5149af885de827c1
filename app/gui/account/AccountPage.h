#pragma once

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

class PasswordPairWidget;

// "My account": change one's own password, choose the interface language (applied at once), and
// for an administrator the trial's idle lock delay.
class AccountPage : public QWidget
{
    Q_OBJECT

public:
    explicit AccountPage(core::TrialSession &session, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void changePassword();
    void applyLanguage(int index);
    void saveIdleLock();
    void showMessage(QLabel *label, const QString &text, bool error);

    core::TrialSession &m_session;
    QLabel *m_heading;
    QGroupBox *m_passwordBox;
    QLabel *m_currentPasswordLabel;
    QLineEdit *m_currentPassword;
    PasswordPairWidget *m_newPassword;
    QPushButton *m_changePassword;
    QLabel *m_passwordMessage;
    QGroupBox *m_languageBox;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QGroupBox *m_idleBox = nullptr;
    QLabel *m_idleLabel = nullptr;
    QSpinBox *m_idleMinutes = nullptr;
    QLabel *m_idleReasonLabel = nullptr;
    QLineEdit *m_idleReason = nullptr;
    QPushButton *m_saveIdle = nullptr;
    QLabel *m_idleMessage = nullptr;
};

} // namespace trialdesk::gui
