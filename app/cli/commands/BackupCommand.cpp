#include "app/cli/commands/BackupCommand.h"

#include "app/cli/CommandContext.h"
#include "app/cli/SessionOpener.h"
#include "core/services/BackupService.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QScopeGuard>

namespace trialdesk::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::BackupCommand)
};
} // namespace

QString BackupCommand::summary() const
{
    return Tr::tr("Back up the workspace (encrypted); prints the backup folder.");
}

QList<QCommandLineOption> BackupCommand::options() const
{
    return { QCommandLineOption(QStringLiteral("reason"), Tr::tr("Why the backup is made (audited)."), Tr::tr("TEXT")),
             QCommandLineOption(QStringLiteral("output"),
                                Tr::tr("An existing folder to back up into, e.g. on another drive or a network share "
                                       "(default: the scheduled backups' folder)."),
                                Tr::tr("DIR")) };
}

int BackupCommand::run(CommandContext &context)
{
    if (context.isSet(QStringLiteral("output")) && context.value(QStringLiteral("output")).trimmed().isEmpty())
        return context.fail(ExitUsage, Tr::tr("--output needs a folder."));
    return withSession(context, [&](core::TrialSession &session) -> int {
        auto folder = core::BackupService(session).create(context.value(QStringLiteral("reason")),
                                                          context.value(QStringLiteral("output")));
        if (!folder)
            return reportError(context, folder.error());
        context.out() << QDir::toNativeSeparators(folder.value()) << Qt::endl;
        return ExitSuccess;
    });
}

QString BackupVerifyCommand::summary() const
{
    return Tr::tr("Check a backup with your password; exit 3 when a problem is found.");
}

int BackupVerifyCommand::run(CommandContext &context)
{
    // The password opens the live trial, then the backup's own key slot.
    if (!context.isSet(QStringLiteral("password-stdin")))
        return context.fail(ExitUsage, Tr::tr("backup verify needs --password-stdin."));
    QByteArray password = context.readSecretLine();
    const auto wipe = qScopeGuard([&] { CommandContext::wipe(password); });
    return withSession(context, password, [&](core::TrialSession &session) -> int {
        auto check = core::BackupService(session).verify(context.positional().constFirst(), password);
        if (!check)
            return reportError(context, check.error());
        if (!check->ok()) {
            for (const QString &problem : check->problems)
                context.out() << QStringLiteral("problem: ") << problem << '\n';
            context.out().flush();
            return ExitVerification;
        }
        context.out() << QStringLiteral(
                             "ok: %1, integrity ok, %2 audit entries, head %3, a prefix of the live trail (%4 "
                             "entries)")
                             .arg(QDir::toNativeSeparators(check->folder))
                             .arg(check->chain.entries)
                             .arg(QString::fromLatin1(check->chain.head))
                             .arg(check->liveEntries)
                      << Qt::endl;
        return ExitSuccess;
    });
}

QString BackupListCommand::summary() const
{
    return Tr::tr("List the backups in the backup folder, newest first.");
}

int BackupListCommand::run(CommandContext &context)
{
    return withSession(context, [&](core::TrialSession &session) -> int {
        core::BackupService backups(session);
        auto status = backups.status();
        if (!status)
            return reportError(context, status.error());
        auto list = backups.list();
        if (!list)
            return reportError(context, list.error());
        context.out() << QStringLiteral("created_at\tcomplete\taudit_entries\tfolder") << '\n';
        for (const core::BackupInfo &backup : list.value())
            context.out() << (backup.createdAt.isValid() ? core::Clock::format(backup.createdAt) : QStringLiteral("-"))
                          << '\t' << (backup.complete ? "yes" : "no") << '\t'
                          << (backup.auditEntries >= 0 ? QString::number(backup.auditEntries) : QStringLiteral("-"))
                          << '\t' << QDir::toNativeSeparators(backup.folder) << '\n';
        context.out().flush();
        if (status->overdue)
            context.err() << (status->lastGood ? Tr::tr("Warning: the last good backup is more than %n day(s) old.",
                                                        nullptr, status->schedule.warnAfterDays)
                                               : Tr::tr("Warning: there is no good backup in %1.")
                                                     .arg(QDir::toNativeSeparators(status->folder)))
                          << Qt::endl;
        return ExitSuccess;
    });
}

QString BackupRunDueCommand::summary() const
{
    return Tr::tr("Run the daily backup schedule once (for cron): back up if due, keep the last N.");
}

int BackupRunDueCommand::run(CommandContext &context)
{
    return withSession(context, [&](core::TrialSession &session) -> int {
        core::BackupService backups(session);
        auto status = backups.status();
        if (!status)
            return reportError(context, status.error());
        if (!status->schedule.daily) {
            context.err() << Tr::tr("Daily backups are off (settings set --backup-daily on): nothing to do.")
                          << Qt::endl;
            return ExitSuccess;
        }
        auto run = backups.runIfDue();
        if (!run)
            return reportError(context, run.error());
        if (run->folder.isEmpty()) {
            context.err() << Tr::tr("The last good backup is less than a day old: nothing to do.") << Qt::endl;
            return ExitSuccess;
        }
        context.out() << QDir::toNativeSeparators(run->folder) << Qt::endl;
        for (const QString &removed : std::as_const(run->removed))
            context.err() << Tr::tr("Removed the older backup %1.").arg(QDir::toNativeSeparators(removed)) << Qt::endl;
        return ExitSuccess;
    });
}

} // namespace trialdesk::cli
