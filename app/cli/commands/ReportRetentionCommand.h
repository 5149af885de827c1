#pragma once

#include "Command.h"

namespace trialdesk::cli {

// report retention --format pdf|csv|json --output FILE: retention and visit completion by visit and arm.
// By arm, so refused (exit 1) for roles without report.by-arm.
class ReportRetentionCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
