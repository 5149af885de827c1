#pragma once

#include "core/Result.h"
#include "core/audit/AuditTrail.h"
#include "core/services/SettingsService.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace trialdesk::core {

class TrialSession;

// One backup folder as found on disk.
struct BackupInfo
{
    QString folder; // absolute path of the backup folder
    QDateTime createdAt; // UTC
    QString createdBy;
    bool complete = false; // its manifest (backup.json) is there: the copy was checked when made
    qint64 auditEntries = -1; // from the manifest; -1 without one
    QByteArray auditHead; // from the manifest (hex); empty without one
};

// What BackupService::verify found. ok() when nothing is wrong; otherwise problems says what, one
// translated sentence each.
struct BackupCheck
{
    QString folder;
    bool integrityOk = false; // PRAGMA integrity_check said "ok"
    AuditTrail::Verification chain; // the backup's own chain
    qint64 liveEntries = 0;
    bool prefixOfLive = false; // the live chain has the backup's head at the backup's entry count
    QStringList problems;
    bool ok() const { return problems.isEmpty(); }
};

// The last good backup and whether it is too old (BackupSchedule::warnAfterDays).
struct BackupStatus
{
    BackupSchedule schedule;
    QString folder; // where backups go
    std::optional<BackupInfo> lastGood;
    bool overdue = true;
};

// Backups of the trial (Action::WorkspaceBackup, the administrator's). A backup is a complete
// workspace folder <folder>/<UTC time>/: a consistent, still encrypted copy of the database
// (SQLCipher's sqlcipher_export under the same key) with the key slots and workspace.json of that
// moment, so the passwords and the recovery code valid then open it, and a manifest (backup.json)
// with the audit entry count and head of the copy, written last once the copy passed its integrity
// check and its chain verified. <folder> is the one given, else the backup schedule's, else
// <workspace>/backups. Restoring is copying the folder back (docs/backups.md). Audited.
class BackupService
{
public:
    static constexpr int kFormatVersion = 1;
    static inline const QString kManifestName = QStringLiteral("backup.json");

    explicit BackupService(TrialSession &session)
        : m_session(session)
    {
    }

    // Returns the backup folder. outputDirectory must exist (a missing drive or share is refused, not
    // created on the local disk); empty: the schedule's folder or <workspace>/backups.
    Result<QString> create(const QString &reason, const QString &outputDirectory = QString());

    // Opens the backup (its folder, or a file in it) with this user's password through the backup's
    // own key slot, as a restore would, and checks it: PRAGMA integrity_check, its audit chain, its
    // manifest, and that its chain head is an entry of the live chain. An error when it cannot be
    // opened at all (no such backup, the password does not open its slot); the problems found
    // otherwise. The verification is audited in the live trail.
    Result<BackupCheck> verify(const QString &backup, const QByteArray &password);

    // Where backups go now: the schedule's folder, else <workspace>/backups.
    Result<QString> folder() const;
    // The backups in folder(), newest first.
    Result<QList<BackupInfo>> list() const;
    Result<BackupStatus> status() const;

    struct ScheduledRun
    {
        QString folder; // the backup made; empty when none was due
        QStringList removed; // older backups removed to keep the schedule's number
    };
    // With a daily schedule, makes a backup when the last good one is a day old or more, then keeps
    // only the newest BackupSchedule::keep complete backups of the folder (removals audited).
    Result<ScheduledRun> runIfDue();

private:
    Result<QList<BackupInfo>> listIn(const QString &folder) const;

    TrialSession &m_session;
};

} // namespace trialdesk::core
