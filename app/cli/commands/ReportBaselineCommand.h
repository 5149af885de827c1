#pragma once

#include "Command.h"

namespace trialdesk::cli {

// report baseline --format pdf|csv|json --output FILE: Table 1 (baseline characteristics by arm) and the balance of
// arms by stratum. By arm, so refused (exit 1) for roles without report.by-arm.
class ReportBaselineCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
