#pragma once

#include "core/Result.h"
#include "core/workspace/Workspace.h"

#include <QString>

namespace trialdesk::core {

class TrialSession;

// When and where backups are made (docs/backups.md). Kept in the database's settings table.
struct BackupSchedule
{
    static constexpr int kMinKeep = 1;
    static constexpr int kMaxKeep = 365;
    static constexpr int kMinWarnDays = 1;
    static constexpr int kMaxWarnDays = 90;

    QString folder; // absolute; empty: the workspace's own backups folder
    bool daily = false; // the GUI makes a backup when the last one is a day old
    int keep = 14; // after a scheduled backup, only the newest `keep` backups stay in the folder
    int warnAfterDays = 2; // the GUI warns when the last good backup is older than this

    bool operator==(const BackupSchedule &) const = default;
};

// Trial-wide settings: the idle lock delay and the backup schedule (in the database) and the login
// policy (in workspace.json, since it applies before the database can be opened). Changes are
// audited and need Action::UserManage (the administrator's), Action::WorkspaceBackup for the backup
// schedule.
class SettingsService
{
public:
    explicit SettingsService(TrialSession &session)
        : m_session(session)
    {
    }

    Result<int> idleLockMinutes() const;
    Status setIdleLockMinutes(int minutes, const QString &reason);

    Result<LoginPolicy> loginPolicy() const;
    // 1 to 100 failures, 1 to 1440 minutes of lockout.
    Status setLoginPolicy(const LoginPolicy &policy, const QString &reason);

    // Anyone signed in may read it (the GUI shows the warning to administrators only).
    Result<BackupSchedule> backupSchedule() const;
    // The folder must be absolute and an existing folder this user may write into (or empty); keep 1
    // to 365; warnAfterDays 1 to 90. Each changed field is audited (setting.change, backup_schedule).
    Status setBackupSchedule(const BackupSchedule &schedule, const QString &reason);

private:
    TrialSession &m_session;
};

} // namespace trialdesk::core
