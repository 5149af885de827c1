#pragma once

#include "Command.h"

namespace trialdesk::cli {

// backup create --reason TEXT: a complete, encrypted copy of the workspace under backups/.
class BackupCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("backup create"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
