#pragma once

#include "core/workspace/Site.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

class PasswordPairWidget;

// Adds an account (UserService::add): user name, display name, role, site and initial password.
class AddUserDialog : public QDialog
{
    Q_OBJECT

public:
    AddUserDialog(core::TrialSession &session, const QList<core::Site> &sites, QWidget *parent = nullptr);

    QString addedUsername() const { return m_added; }

public slots:
    void accept() override;

private:
    core::TrialSession &m_session;
    QLineEdit *m_username;
    QLineEdit *m_displayName;
    QComboBox *m_role;
    QComboBox *m_site;
    PasswordPairWidget *m_passwords;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QString m_added;
};

} // namespace trialdesk::gui
