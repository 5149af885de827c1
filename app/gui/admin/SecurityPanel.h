#pragma once

#include "core/services/KeyService.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

// Administration, "Security" tab: backups (Action::WorkspaceBackup: made now, verified, and their daily
// schedule, folder and warning), rotation of the database key
// (Action::KeyRotate) with the users it leaves without a password, and the login policy
// (Action::UserManage). Each part is shown only when the role allows it; all go through the core
// services (BackupService, KeyService, SettingsService) with the reason they require.
class SecurityPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SecurityPanel(core::TrialSession &session, QWidget *parent = nullptr);

    // Reloads the backup list and the users left without a valid key slot.
    void refresh();
    // Names of the backup folders in the backup folder (the schedule's, else <workspace>/backups/),
    // newest first.
    QStringList backupFolders() const;
    // Opens the key rotation dialog (also offered after a user is deactivated).
    void rotateKey();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void refreshBackups();
    void refreshStaleUsers();
    void loadLoginPolicy();
    void loadBackupSchedule();
    void refreshBackupStatus();
    void backUp();
    void chooseBackupFolder();
    void saveBackupSchedule();
    void verifyBackup();
    void showNewRecoveryCode();
    void saveLoginPolicy();
    static void showMessage(QLabel *label, const QString &text, bool error);

    core::TrialSession &m_session;
    // Set by a successful rotation until its recovery code is handed to the dialog that shows it.
    std::optional<core::KeyService::Rotation> m_rotation;
    QString m_lastBackup;

    QGroupBox *m_backupBox = nullptr;
    QLabel *m_backupExplanation = nullptr;
    QTreeWidget *m_backups = nullptr;
    QPushButton *m_backUp = nullptr;
    QPushButton *m_verify = nullptr;
    QLabel *m_backupMessage = nullptr;
    QLabel *m_backupStatus = nullptr;
    QLabel *m_scheduleTitle = nullptr;
    QLabel *m_backupFolderLabel = nullptr;
    QLineEdit *m_backupFolder = nullptr;
    QPushButton *m_chooseFolder = nullptr;
    QCheckBox *m_daily = nullptr;
    QLabel *m_keepLabel = nullptr;
    QSpinBox *m_keep = nullptr;
    QLabel *m_warnDaysLabel = nullptr;
    QSpinBox *m_warnDays = nullptr;
    QPushButton *m_saveSchedule = nullptr;

    QGroupBox *m_keyBox = nullptr;
    QLabel *m_keyExplanation = nullptr;
    QPushButton *m_rotate = nullptr;
    QLabel *m_keyMessage = nullptr;
    QLabel *m_staleUsers = nullptr;

    QGroupBox *m_policyBox = nullptr;
    QLabel *m_policyExplanation = nullptr;
    QLabel *m_maxFailuresLabel = nullptr;
    QSpinBox *m_maxFailures = nullptr;
    QLabel *m_lockoutLabel = nullptr;
    QSpinBox *m_lockoutMinutes = nullptr;
    QPushButton *m_savePolicy = nullptr;
    QLabel *m_policyMessage = nullptr;
};

} // namespace trialdesk::gui
