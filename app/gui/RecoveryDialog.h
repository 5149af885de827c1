#pragma once

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace trialdesk::core {
class TrialSession;
class Workspace;
} // namespace trialdesk::core

namespace trialdesk::gui {

class PasswordPairWidget;

// Opens the trial with the recovery code as an administrator who lost their password, and sets
// the new password (Workspace::recover). Audited by the core.
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RecoveryDialog(core::Workspace &workspace, QWidget *parent = nullptr);
    ~RecoveryDialog() override;

    void setAdminUsername(const QString &username);
    std::unique_ptr<core::TrialSession> takeSession();

public slots:
    void accept() override;

private:
    core::Workspace &m_workspace;
    std::unique_ptr<core::TrialSession> m_session;
    QLineEdit *m_code;
    QLineEdit *m_username;
    PasswordPairWidget *m_passwords;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace trialdesk::gui
