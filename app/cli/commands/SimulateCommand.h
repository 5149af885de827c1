#pragma once

#include "app/cli/Command.h"

namespace trialdesk::cli {

// simulate: Monte Carlo assessment of a design (imbalance, guessing, deterministic allocations),
// without a workspace. --json prints one JSON object on stdout; progress goes to stderr.
class SimulateCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
