#pragma once

#include "app/cli/Command.h"

namespace trialdesk::cli {

// report randomization --format pdf|csv|json --output FILE: the randomization log with
// its verification and the audit chain head, for monitors. Exit 3 when the verification fails.
class ReportRandomizationCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
