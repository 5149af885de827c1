#pragma once

#include "app/cli/Command.h"

namespace trialdesk::cli {

// design stream: one stratum's spec v1 list for a design given on the command line, as CSV
// (sequence,block_number,block_size,position_in_block,arm). No workspace: anyone can check a list.
class DesignStreamCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
