#pragma once

#include "app/cli/Command.h"

namespace trialdesk::cli {

// The options that describe a new trial (--trial-name, --admin, --admin-display-name, --protocol),
// for init and server init.
QList<QCommandLineOption> newTrialOptions();

// init --workspace DIR --trial-name NAME --admin NAME --password-stdin [--protocol FILE]
// Creates the trial workspace and prints the recovery code (shown once) on stdout.
class InitCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
