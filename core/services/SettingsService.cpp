#include "core/services/SettingsService.h"

#include "core/services/Write.h"
#include "core/sql/SqlUtil.h"
#include "core/sql/Transaction.h"
#include "core/workspace/TrialSession.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

namespace trialdesk::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::SettingsService)
};

const QString kBackupFolder = QStringLiteral("backup_folder");
const QString kBackupDaily = QStringLiteral("backup_daily");
const QString kBackupKeep = QStringLiteral("backup_keep");
const QString kBackupWarnDays = QStringLiteral("backup_warn_days");

} // namespace

Result<int> SettingsService::idleLockMinutes() const
{
    return m_session.idleLockMinutes();
}

Status SettingsService::setIdleLockMinutes(int minutes, const QString &reason)
{
    auto write = beginWrite(m_session, Action::UserManage);
    if (!write)
        return write.error();
    if (minutes < 1 || minutes > 240)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("trialdesk::core::SettingsService",
                                                     "The idle lock delay must be between 1 "
                                                     "and 240 minutes."));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("trialdesk::core::SettingsService",
                                                     "A reason is required to change existing data."));
    const int before = m_session.idleLockMinutes();
    QSqlDatabase &db = write->database();
    auto removed = exec(db, QStringLiteral("DELETE FROM settings WHERE name = 'idle_lock_minutes'"));
    if (!removed)
        return removed.error();
    auto inserted = exec(db, QStringLiteral("INSERT INTO settings (name, value) VALUES ('idle_lock_minutes', ?)"),
                         { QString::number(minutes) });
    if (!inserted)
        return inserted.error();
    if (Status s = write->audit({ QStringLiteral("setting.change"), QStringLiteral("setting"),
                                  QStringLiteral("idle_lock_minutes"), QStringLiteral("value"), QString::number(before),
                                  QString::number(minutes), reason.trimmed() });
        !s)
        return s;
    return write->commit();
}

Result<LoginPolicy> SettingsService::loginPolicy() const
{
    auto workspace = Workspace::open(m_session.workspaceDirectory(), m_session.clock());
    if (!workspace)
        return workspace.error();
    return workspace.value()->loginPolicy();
}

Status SettingsService::setLoginPolicy(const LoginPolicy &policy, const QString &reason)
{
    auto write = beginWrite(m_session, Action::UserManage);
    if (!write)
        return write.error();
    if (policy.maxFailures < 1 || policy.maxFailures > 100 || policy.lockoutMinutes < 1 || policy.lockoutMinutes > 1440)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("trialdesk::core::SettingsService",
                                                     "Allow 1 to 100 failed logins before a lockout of 1 to 1440 "
                                                     "minutes."));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("trialdesk::core::SettingsService",
                                                     "A reason is required to change existing data."));
    auto before = loginPolicy();
    if (!before)
        return before.error();
    const std::pair<QString, std::pair<int, int>> changes[] = {
        { QStringLiteral("max_failures"), { before->maxFailures, policy.maxFailures } },
        { QStringLiteral("lockout_minutes"), { before->lockoutMinutes, policy.lockoutMinutes } },
    };
    for (const auto &[field, values] : changes) {
        if (values.first == values.second)
            continue;
        if (Status s = write->audit({ QStringLiteral("setting.change"), QStringLiteral("setting"),
                                      QStringLiteral("login_policy"), field, QString::number(values.first),
                                      QString::number(values.second), reason.trimmed() });
            !s)
            return s;
    }
    // The file first: if it cannot be written, the audit entries roll back with the transaction.
    if (Status written = Workspace::writeLoginPolicy(m_session.workspaceDirectory(), policy); !written)
        return written;
    return write->commit();
}

} // namespace trialdesk::core

namespace trialdesk::core {

Result<BackupSchedule> SettingsService::backupSchedule() const
{
    auto query
        = exec(m_session.database(), QStringLiteral("SELECT name, value FROM settings WHERE name IN (?, ?, ?, ?)"),
               { kBackupFolder, kBackupDaily, kBackupKeep, kBackupWarnDays });
    if (!query)
        return query.error();
    BackupSchedule schedule;
    while (query->next()) {
        const QString name = query->value(0).toString();
        const QString value = query->value(1).toString();
        bool ok = false;
        const int number = value.toInt(&ok);
        if (name == kBackupFolder)
            schedule.folder = value;
        else if (name == kBackupDaily)
            schedule.daily = value == QLatin1String("1");
        else if (name == kBackupKeep && ok)
            schedule.keep = qBound(BackupSchedule::kMinKeep, number, BackupSchedule::kMaxKeep);
        else if (name == kBackupWarnDays && ok)
            schedule.warnAfterDays = qBound(BackupSchedule::kMinWarnDays, number, BackupSchedule::kMaxWarnDays);
    }
    return schedule;
}

Status SettingsService::setBackupSchedule(const BackupSchedule &schedule, const QString &reason)
{
    auto write = beginWrite(m_session, Action::WorkspaceBackup);
    if (!write)
        return write.error();
    const QString folder = schedule.folder.trimmed();
    if (!folder.isEmpty()) {
        const QFileInfo info(folder);
        if (!QDir::isAbsolutePath(folder))
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("The backup folder must be a full path (for example /media/backup/trial or "
                                    "//server/share/trial), not %1.")
                                 .arg(QDir::toNativeSeparators(folder)));
        if (!info.isDir())
            return makeError(ErrorCode::NotFound,
                             Tr::tr("There is no folder %1. Connect the drive or the network share, or create the "
                                    "folder, then try again.")
                                 .arg(QDir::toNativeSeparators(folder)));
        if (!info.isWritable())
            return makeError(ErrorCode::PermissionDenied,
                             Tr::tr("You may not write into %1. Choose a folder you may write into.")
                                 .arg(QDir::toNativeSeparators(folder)));
    }
    if (schedule.keep < BackupSchedule::kMinKeep || schedule.keep > BackupSchedule::kMaxKeep)
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("Keep from %1 to %2 backups.").arg(BackupSchedule::kMinKeep).arg(BackupSchedule::kMaxKeep));
    if (schedule.warnAfterDays < BackupSchedule::kMinWarnDays || schedule.warnAfterDays > BackupSchedule::kMaxWarnDays)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Warn when the last backup is %1 to %2 days old.")
                             .arg(BackupSchedule::kMinWarnDays)
                             .arg(BackupSchedule::kMaxWarnDays));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("A reason is required to change existing data."));
    auto before = backupSchedule();
    if (!before)
        return before.error();
    const QString folderPath = folder.isEmpty() ? QString() : QDir::cleanPath(folder);
    auto flag = [](bool on) { return on ? QStringLiteral("1") : QStringLiteral("0"); };
    const std::pair<QString, std::pair<QString, QString>> changes[] = {
        { kBackupFolder, { before->folder, folderPath } },
        { kBackupDaily, { flag(before->daily), flag(schedule.daily) } },
        { kBackupKeep, { QString::number(before->keep), QString::number(schedule.keep) } },
        { kBackupWarnDays, { QString::number(before->warnAfterDays), QString::number(schedule.warnAfterDays) } },
    };
    QSqlDatabase &db = write->database();
    bool changed = false;
    for (const auto &[name, values] : changes) {
        if (values.first == values.second)
            continue;
        changed = true;
        // Portable SQL (SQLite and PostgreSQL): replace the row, inside the write's transaction.
        auto removed = exec(db, QStringLiteral("DELETE FROM settings WHERE name = ?"), { name });
        if (!removed)
            return removed.error();
        auto written
            = exec(db, QStringLiteral("INSERT INTO settings (name, value) VALUES (?, ?)"), { name, values.second });
        if (!written)
            return written.error();
        if (Status s
            = write->audit({ QStringLiteral("setting.change"), QStringLiteral("setting"),
                             QStringLiteral("backup_schedule"), name, values.first, values.second, reason.trimmed() });
            !s)
            return s;
    }
    if (!changed)
        return makeError(ErrorCode::InvalidInput, Tr::tr("The backup schedule is already set this way."));
    return write->commit();
}

} // namespace trialdesk::core
