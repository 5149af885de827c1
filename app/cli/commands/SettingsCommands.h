#pragma once

#include "app/cli/Command.h"

namespace trialdesk::cli {

// settings show: the idle lock delay, the login policy and the backup schedule.
class SettingsShowCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("settings show"); }
    QString summary() const override;
    int run(CommandContext &context) override;
};

// settings set [--idle-lock-minutes N] [--max-failures N] [--lockout-minutes N] [--backup-folder DIR]
// [--backup-daily on|off] [--backup-keep N] [--backup-warn-days N] --reason TEXT
class SettingsSetCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("settings set"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
