#include "app/cli/commands/SettingsCommands.h"

#include "app/cli/CommandContext.h"
#include "app/cli/SessionOpener.h"
#include "core/services/SettingsService.h"
#include "core/workspace/TrialSession.h"

#include <QCoreApplication>
#include <QDir>

namespace trialdesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::SettingsCommands)
};

// A whole number option within bounds; ok=false (and a usage error written) when present but invalid.
std::optional<int> boundedOption(CommandContext &context, const QString &name, int minimum, int maximum, bool &ok)
{
    if (!context.isSet(name))
        return std::nullopt;
    bool parsed = false;
    const int value = context.value(name).toInt(&parsed);
    if (!parsed || value < minimum || value > maximum) {
        context.fail(ExitUsage, Tr::tr("--%1 takes a whole number from %2 to %3.").arg(name).arg(minimum).arg(maximum));
        ok = false;
        return std::nullopt;
    }
    return value;
}

} // namespace

QString SettingsShowCommand::summary() const
{
    return Tr::tr("Show the idle lock delay, the login policy and the backup schedule.");
}

int SettingsShowCommand::run(CommandContext &context)
{
    return withSession(context, [&](core::TrialSession &session) -> int {
        core::SettingsService settings(session);
        auto idle = settings.idleLockMinutes();
        auto policy = settings.loginPolicy();
        auto backups = settings.backupSchedule();
        if (!idle)
            return reportError(context, idle.error());
        if (!policy)
            return reportError(context, policy.error());
        if (!backups)
            return reportError(context, backups.error());
        context.out() << QStringLiteral("idle_lock_minutes=%1\nmax_failures=%2\nlockout_minutes=%3\n")
                             .arg(idle.value())
                             .arg(policy->maxFailures)
                             .arg(policy->lockoutMinutes)
                      << QStringLiteral("backup_folder=%1\nbackup_daily=%2\nbackup_keep=%3\nbackup_warn_days=%4\n")
                             .arg(QDir::toNativeSeparators(backups->folder),
                                  backups->daily ? QStringLiteral("on") : QStringLiteral("off"))
                             .arg(backups->keep)
                             .arg(backups->warnAfterDays);
        return ExitSuccess;
    });
}

QString SettingsSetCommand::summary() const
{
    return Tr::tr("Change the idle lock delay, the login policy or the backup schedule (administrator).");
}

QList<QCommandLineOption> SettingsSetCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("idle-lock-minutes"),
                           Tr::tr("Minutes of inactivity before the screen locks."), Tr::tr("N")),
        QCommandLineOption(QStringLiteral("max-failures"), Tr::tr("Failed logins before a lockout."), Tr::tr("N")),
        QCommandLineOption(QStringLiteral("lockout-minutes"), Tr::tr("How long a lockout lasts."), Tr::tr("N")),
        QCommandLineOption(QStringLiteral("backup-folder"),
                           Tr::tr("Existing folder for backups, e.g. on another drive or a network share (\"\": "
                                  "the workspace's backups folder)."),
                           Tr::tr("DIR")),
        QCommandLineOption(QStringLiteral("backup-daily"),
                           Tr::tr("on: the GUI backs up daily while it is open; off: only by hand."), Tr::tr("on|off")),
        QCommandLineOption(QStringLiteral("backup-keep"),
                           Tr::tr("How many backups a scheduled backup keeps in the folder."), Tr::tr("N")),
        QCommandLineOption(QStringLiteral("backup-warn-days"),
                           Tr::tr("Warn when the last good backup is older than N days."), Tr::tr("N")),
        QCommandLineOption(QStringLiteral("reason"), Tr::tr("Why the setting changes (audited)."), Tr::tr("TEXT"))
    };
}

int SettingsSetCommand::run(CommandContext &context)
{
    bool ok = true;
    const auto idle = boundedOption(context, QStringLiteral("idle-lock-minutes"), 1, 240, ok);
    const auto failures = boundedOption(context, QStringLiteral("max-failures"), 1, 100, ok);
    const auto lockout = boundedOption(context, QStringLiteral("lockout-minutes"), 1, 1440, ok);
    const auto keep = boundedOption(context, QStringLiteral("backup-keep"), core::BackupSchedule::kMinKeep,
                                    core::BackupSchedule::kMaxKeep, ok);
    const auto warnDays = boundedOption(context, QStringLiteral("backup-warn-days"), core::BackupSchedule::kMinWarnDays,
                                        core::BackupSchedule::kMaxWarnDays, ok);
    if (!ok)
        return ExitUsage;
    std::optional<bool> daily;
    if (context.isSet(QStringLiteral("backup-daily"))) {
        const QString value = context.value(QStringLiteral("backup-daily"));
        if (value != QLatin1String("on") && value != QLatin1String("off"))
            return context.fail(ExitUsage, Tr::tr("--backup-daily takes on or off."));
        daily = value == QLatin1String("on");
    }
    const bool backupFolder = context.isSet(QStringLiteral("backup-folder"));
    const bool backups = backupFolder || daily || keep || warnDays;
    if (!idle && !failures && !lockout && !backups)
        return context.fail(ExitUsage,
                            Tr::tr("settings set needs at least one of --idle-lock-minutes, --max-failures, "
                                   "--lockout-minutes, --backup-folder, --backup-daily, --backup-keep, "
                                   "--backup-warn-days."));
    return withSession(context, [&](core::TrialSession &session) -> int {
        core::SettingsService settings(session);
        const QString reason = context.value(QStringLiteral("reason"));
        if (idle)
            if (core::Status set = settings.setIdleLockMinutes(*idle, reason); !set)
                return reportError(context, set.error());
        if (failures || lockout) {
            auto policy = settings.loginPolicy();
            if (!policy)
                return reportError(context, policy.error());
            core::LoginPolicy changed = policy.value();
            changed.maxFailures = failures.value_or(changed.maxFailures);
            changed.lockoutMinutes = lockout.value_or(changed.lockoutMinutes);
            if (core::Status set = settings.setLoginPolicy(changed, reason); !set)
                return reportError(context, set.error());
        }
        if (backups) {
            auto schedule = settings.backupSchedule();
            if (!schedule)
                return reportError(context, schedule.error());
            core::BackupSchedule changed = schedule.value();
            if (backupFolder)
                changed.folder = context.value(QStringLiteral("backup-folder"));
            changed.daily = daily.value_or(changed.daily);
            changed.keep = keep.value_or(changed.keep);
            changed.warnAfterDays = warnDays.value_or(changed.warnAfterDays);
            if (core::Status set = settings.setBackupSchedule(changed, reason); !set)
                return reportError(context, set.error());
        }
        context.err() << Tr::tr("Settings changed.") << Qt::endl;
        return ExitSuccess;
    });
}

} // namespace trialdesk::cli
