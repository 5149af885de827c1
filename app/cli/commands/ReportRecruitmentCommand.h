#pragma once

#include "app/cli/Command.h"

namespace trialdesk::cli {

// report recruitment --format pdf|csv|json --output FILE: cumulative randomizations
// against the target, by site and month, screening-to-randomization ratio.
class ReportRecruitmentCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
