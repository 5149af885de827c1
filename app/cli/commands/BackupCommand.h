#pragma once

#include "app/cli/Command.h"

namespace trialdesk::cli {

// backup create --reason TEXT [--output DIR]: a complete, encrypted copy of the workspace in DIR (default:
// the backup schedule's folder, else the workspace's backups folder); prints the backup folder.
class BackupCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("backup create"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

// backup verify DIR: opens the backup with the user's password through its own key slot and checks it
// (integrity, audit chain, manifest, prefix of the live chain). Exit 0 good, 3 a problem, 1 cannot open.
class BackupVerifyCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("backup verify"); }
    QString summary() const override;
    QStringList positionalNames() const override { return { QStringLiteral("DIR") }; }
    int run(CommandContext &context) override;
};

// backup list: the backups in the backup folder, newest first, and whether the last good one is too old.
class BackupListCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("backup list"); }
    QString summary() const override;
    int run(CommandContext &context) override;
};

// backup run-due: the daily schedule once, for the system's scheduler (cron): backs up when the last good
// backup is a day old, then keeps the schedule's number of backups; prints the backup folder, if any.
class BackupRunDueCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("backup run-due"); }
    QString summary() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
