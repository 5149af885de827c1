#pragma once

#include "Command.h"

namespace trialdesk::cli {

// report outcomes --format pdf|csv|json --output FILE: the descriptive outcome summary by arm with Welch 95% intervals.
// By arm, so refused (exit 1) for roles without report.by-arm.
class ReportOutcomesCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
