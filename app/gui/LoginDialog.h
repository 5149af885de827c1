#pragma once

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace trialdesk::core {
class TrialSession;
class Workspace;
} // namespace trialdesk::core

namespace trialdesk::gui {

// Signs a user in to a workspace; an administrator who lost their password can use the recovery
// code instead. Accepted once a session is open: take it with takeSession().
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(core::Workspace &workspace, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // Shown above the fields (the demo lists its accounts there); empty hides it.
    void setNotice(const QString &text);
    void setUsername(const QString &username);

    std::unique_ptr<core::TrialSession> takeSession();

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void openRecovery();
    void showError(const QString &message);

    core::Workspace &m_workspace;
    std::unique_ptr<core::TrialSession> m_session;
    QLabel *m_notice;
    QLabel *m_server; // which trial server, for a workspace of a trial server
    QLabel *m_usernameLabel;
    QLineEdit *m_username;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_recovery;
    QDialogButtonBox *m_buttons;
    QPushButton *m_login;
};

} // namespace trialdesk::gui
